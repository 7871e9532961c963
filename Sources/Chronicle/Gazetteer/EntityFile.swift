import Foundation

/// Reads one entity file (`id | TYPE | Name | alias; alias | key=value; key=value`) straight
/// from its bytes into records, without the `DataFile.Record` step: fields are byte ranges
/// until they become the record's Strings, and alias and attribute lists are split in place.
///
/// Errors name `file:line` as `DataFile`'s do, in the same order as reading the file with
/// `DataFile` and then checking its records would give them: a line
/// with the wrong number of fields (or bad UTF-8) anywhere in the file wins over a bad value;
/// a bad value is returned with the records before it, so the loader still reports an earlier
/// duplicate id first.
/// - Complexity: O(n) in the file's bytes.
enum EntityFile {
    struct Contents {
        var records: [(entity: EntityRecord, line: Int)] = []
        /// The first bad value, found after `records`.
        var error: GazetteerError?
    }

    static func read(path: String, isGenerated: Bool) throws -> Contents {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GazetteerError.unreadable(file: path, reason: "no such file or not readable")
        }
        return try data.withUnsafeBytes { raw in try read(raw.bindMemory(to: UInt8.self), path: path, isGenerated: isGenerated) }
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, path: String, isGenerated: Bool) throws -> Contents {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            let bad = ArticleReader.invalidSequences(Array(bytes)).first
            throw GazetteerError.malformed(file: path, line: bytes[..<bad].count(where: { $0 == 0x0A }) + 1,
                                           reason: "not valid UTF-8 (save the file as UTF-8)")
        }
        var contents = Contents()
        contents.records.reserveCapacity(bytes.count / 64)
        var fields = [(start: Int, end: Int)]()
        try DataFile.forEachContentLine(bytes) { lineNumber, a, b in
            fields.removeAll(keepingCapacity: true)
            DataFile.forEachPart(bytes, a, b, on: [0x20, 0x7C, 0x20], keepEmpty: true) { fields.append(($0, $1)) }
            guard (3...5).contains(fields.count) else {
                throw GazetteerError.malformed(file: path, line: lineNumber,
                                               reason: "expected 3 to 5 fields separated by ' | ', found \(fields.count)")
            }
            if fields[0].start == fields[0].end {
                throw GazetteerError.malformed(file: path, line: lineNumber, reason: "empty first field")
            }
            guard contents.error == nil else { return }  // only the field counts still matter
            do {
                let entity = try record(bytes, fields, file: path, line: lineNumber, isGenerated: isGenerated)
                contents.records.append((entity, lineNumber))
            } catch let error as GazetteerError {
                contents.error = error
            }
        }
        return contents
    }

    /// One record from its field ranges: id `kind:lowercase-slug`, known type, a name, `key=value` attributes.
    private static func record(_ bytes: UnsafeBufferPointer<UInt8>, _ fields: [(start: Int, end: Int)], file: String,
                               line: Int, isGenerated: Bool) throws -> EntityRecord {
        func string(_ range: (start: Int, end: Int)) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range.start..<range.end]), as: UTF8.self)
        }
        func error(_ reason: String) -> GazetteerError { .malformed(file: file, line: line, reason: reason) }
        let id = string(fields[0])
        let idBytes = UnsafeBufferPointer(rebasing: bytes[fields[0].start..<fields[0].end])
        guard let colon = idBytes.firstIndex(of: 0x3A), colon != 0, colon + 1 != idBytes.count,
              idBytes.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x3A }) else {
            throw error("bad id '\(id)': expected kind:lowercase-slug, e.g. person:vladimir-putin")
        }
        let typeName = string(fields[1])
        guard let type = EntityType(rawValue: typeName) else {
            throw error("bad type '\(typeName)': expected PERSON, PLACE or ORG")
        }
        guard fields[2].start < fields[2].end else { throw error("empty name") }
        var attributes = [String: String]()
        if fields.count > 4 {
            var items = [String]()
            DataFile.forEachPart(bytes, fields[4].start, fields[4].end, on: [0x3B]) { items.append(string(($0, $1))) }
            attributes.reserveCapacity(items.count)
            for item in items {
                guard let eq = EntityRecord.equalsSign(in: item), eq != item.startIndex else {
                    throw error("bad attribute '\(item)': expected key=value")
                }
                attributes[String(item[..<eq])] = String(item[item.index(after: eq)...])
            }
        }
        var aliases = [String]()
        if fields.count > 3 {
            DataFile.forEachPart(bytes, fields[3].start, fields[3].end, on: [0x3B]) { aliases.append(string(($0, $1))) }
        }
        return EntityRecord(id: id, type: type, name: string(fields[2]), aliases: aliases, attributes: attributes,
                            origin: file + ":" + String(line), isGenerated: isGenerated)
    }
}
