import Foundation

/// One line-oriented gazetteer file: records of ` | `-separated fields, `#` comments.
///
/// Every record keeps its file and line so a bad value can be reported where it stands.
/// Lines are split on the file's UTF-8 bytes in place and each field becomes a String once:
/// the generated lists hold over a hundred thousand records, and copying every line into an
/// array before splitting it cost more than the rest of the parse.
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
            var field = fields[index]
            return field.withUTF8 { DataFile.split($0, 0, $0.count, on: [0x3B]) }
        }
    }

    let path: String
    let records: [Record]

    /// Reads a file; `fieldCount` is the allowed number of fields per record.
    /// - Complexity: O(n) in the file's bytes.
    init(path: String, fieldCount: ClosedRange<Int>) throws {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GazetteerError.unreadable(file: path, reason: "no such file or not readable")
        }
        records = try data.withUnsafeBytes { raw in
            try DataFile.records(raw.bindMemory(to: UInt8.self), path: path, fieldCount: fieldCount)
        }
    }

    private static func records(_ bytes: UnsafeBufferPointer<UInt8>, path: String, fieldCount: ClosedRange<Int>) throws -> [Record] {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            let bad = ArticleReader.invalidSequences(Array(bytes)).first
            throw GazetteerError.malformed(file: path, line: bytes[..<bad].count(where: { $0 == 0x0A }) + 1,
                                           reason: "not valid UTF-8 (save the file as UTF-8)")
        }
        var records = [Record]()
        records.reserveCapacity(bytes.count / 64)
        try DataFile.forEachContentLine(bytes) { lineNumber, a, b in
            let fields = DataFile.split(bytes, a, b, on: [0x20, 0x7C, 0x20], keepEmpty: true)
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
        return records
    }

    /// Calls `body(line number, start, end)` for every line of `bytes` that is neither blank nor
    /// a `#` comment, trimmed of spaces, tabs and carriage returns; lines are numbered from 1.
    /// - Complexity: O(n) in the bytes.
    static func forEachContentLine(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int, Int) throws -> Void) rethrows {
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            let (a, b) = DataFile.trim(bytes, start, end)
            if a < b, bytes[a] != 0x23 { try body(lineNumber, a, b) }  // not blank, not `#`
            start = end + 1
        }
    }

    /// `bytes[start..<end]` without surrounding spaces, tabs and carriage returns.
    static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
        var a = start, b = end
        while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 || bytes[a] == 0x0D { a += 1 }
        while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 || bytes[b - 1] == 0x0D { b -= 1 }
        return (a, b)
    }

    /// Splits `bytes[start..<end]` on a separator; parts are trimmed, and empty ones dropped
    /// unless `keepEmpty`.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, on separator: [UInt8],
                      keepEmpty: Bool = false) -> [String] {
        var parts = [String]()
        forEachPart(bytes, start, end, on: separator, keepEmpty: keepEmpty) { a, b in
            parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self))
        }
        return parts
    }

    /// Calls `part(start, end)` for each part of `bytes[start..<end]` between separators,
    /// trimmed; empty parts are skipped unless `keepEmpty`.
    @inline(__always)
    static func forEachPart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, on separator: [UInt8],
                            keepEmpty: Bool = false, _ part: (Int, Int) -> Void) {
        var partStart = start, i = start
        let first = separator[0], count = separator.count
        func cut(_ partEnd: Int) {
            let (a, b) = trim(bytes, partStart, partEnd)
            if a < b || keepEmpty { part(a, b) }
        }
        while i + count <= end {
            if bytes[i] == first && (count == 1 || separator.indices.allSatisfy { bytes[i + $0] == separator[$0] }) {
                cut(i)
                i += count
                partStart = i
            } else {
                i += 1
            }
        }
        cut(end)
    }

    /// `split` over an array (tests and small callers).
    static func split(_ bytes: [UInt8], on separator: [UInt8], keepEmpty: Bool = false) -> [String] {
        bytes.withUnsafeBufferPointer { split($0, 0, $0.count, on: separator, keepEmpty: keepEmpty) }
    }

    /// The `.txt` files of a folder, sorted by name (missing folder: none).
    static func files(in directory: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { directory + "/" + $0 }
    }
}
