import Foundation

/// One line-oriented gazetteer file: records of ` | `-separated fields, `#` comments.
///
/// Every record keeps its file and line so a bad value can be reported where it stands.
/// Lines are split on UTF-8 bytes: the generated lists hold over a hundred thousand records,
/// and Foundation's string splitting would dominate start-up time.
struct DataFile {
    struct Record {
        let fields: [String]
        let file: String
        let line: Int

        func error(_ reason: String) -> GazetteerError {
            .malformed(file: file, line: line, reason: reason)
        }

        /// A field split on `;` into trimmed, non-empty items.
        func list(_ index: Int) -> [String] {
            guard index < fields.count, !fields[index].isEmpty else { return [] }
            return DataFile.split(Array(fields[index].utf8), on: [0x3B])
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
        let bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            let bad = ArticleReader.invalidSequences(bytes).first
            throw GazetteerError.malformed(file: path, line: bytes[..<bad].count(where: { $0 == 0x0A }) + 1,
                                           reason: "not valid UTF-8 (save the file as UTF-8)")
        }
        var records = [Record]()
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            lineNumber += 1
            defer { start = end + 1 }
            let (a, b) = DataFile.trim(bytes, start, end)
            if a == b || bytes[a] == 0x23 { continue }  // blank or `#`
            let fields = DataFile.split(Array(bytes[a..<b]), on: [0x20, 0x7C, 0x20], keepEmpty: true)
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

    /// `bytes[start..<end]` without surrounding spaces, tabs and carriage returns.
    static func trim(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (Int, Int) {
        var a = start, b = end
        while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 || bytes[a] == 0x0D { a += 1 }
        while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 || bytes[b - 1] == 0x0D { b -= 1 }
        return (a, b)
    }

    /// Splits on a separator; parts are trimmed, and empty ones dropped unless `keepEmpty`.
    static func split(_ bytes: [UInt8], on separator: [UInt8], keepEmpty: Bool = false) -> [String] {
        var parts = [String]()
        var start = 0, i = 0
        func cut(_ end: Int) {
            let (a, b) = trim(bytes, start, end)
            if a < b || keepEmpty { parts.append(String(decoding: bytes[a..<b], as: UTF8.self)) }
        }
        while i + separator.count <= bytes.count {
            if bytes[i] == separator[0] && (separator.count == 1 || bytes[i..<(i + separator.count)].elementsEqual(separator)) {
                cut(i)
                i += separator.count
                start = i
            } else {
                i += 1
            }
        }
        cut(bytes.count)
        return parts
    }

    /// The `.txt` files of a folder, sorted by name (missing folder: none).
    static func files(in directory: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { directory + "/" + $0 }
    }
}
