import Foundation

/// One line-oriented gazetteer file: records of ` | `-separated fields, `#` comments.
///
/// Every record keeps its file and line so a bad value can be reported where it stands.
struct DataFile {
    struct Record {
        let fields: [String]
        let file: String
        let line: Int

        func error(_ reason: String) -> GazetteerError {
            .malformed(file: file, line: line, reason: reason)
        }

        /// A field split on `; ` into trimmed, non-empty items.
        func list(_ index: Int) -> [String] {
            guard index < fields.count else { return [] }
            return fields[index].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    let path: String
    let records: [Record]

    /// Reads a file; `fieldCount` is the allowed number of fields per record.
    init(path: String, fieldCount: ClosedRange<Int>) throws {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GazetteerError.unreadable(file: path, reason: "no such file or not readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw GazetteerError.unreadable(file: path, reason: "not valid UTF-8")
        }
        var records = [Record]()
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fieldCount.contains(fields.count) else {
                let expected = fieldCount.lowerBound == fieldCount.upperBound
                    ? "\(fieldCount.lowerBound)" : "\(fieldCount.lowerBound) to \(fieldCount.upperBound)"
                throw GazetteerError.malformed(file: path, line: lineNumber,
                                               reason: "expected \(expected) fields separated by ' | ', found \(fields.count)")
            }
            if fields[0].isEmpty {
                throw GazetteerError.malformed(file: path, line: lineNumber, reason: "empty first field")
            }
            records.append(Record(fields: fields, file: path, line: lineNumber))
        }
        self.records = records
    }

    /// The `.txt` files of a folder, sorted by name (missing folder: none).
    static func files(in directory: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { directory + "/" + $0 }
    }
}
