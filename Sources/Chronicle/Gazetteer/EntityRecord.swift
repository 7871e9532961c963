/// The three kinds of named entity Chronicle tracks.
public enum EntityType: String, Sendable, CaseIterable, Codable {
    case person = "PERSON"
    case place = "PLACE"
    case org = "ORG"
}

/// One gazetteer entry: `id | TYPE | Name | alias; alias | key=value; key=value`.
public struct EntityRecord: Sendable, Equatable {
    public let id: String
    public let type: EntityType
    public let name: String
    public let aliases: [String]
    /// `kind`, `country`, `role`, `seat-of`, `ambiguous`, … (see gazetteer/README.md).
    public let attributes: [String: String]
    /// `file:line`, for error messages and provenance.
    public let origin: String
    /// From a list built from public data (`entities/generated/`) rather than curated by hand:
    /// its ambiguous names need context before they count.
    public let isGenerated: Bool

    public init(id: String, type: EntityType, name: String, aliases: [String] = [],
                attributes: [String: String] = [:], origin: String = "", isGenerated: Bool = false) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.attributes = attributes
        self.origin = origin
        self.isGenerated = isGenerated
    }

    public var kind: String? { attributes["kind"] }
    /// Marked `ambiguous=yes`: also a common word or surname, so a bare match needs support.
    public var isAmbiguous: Bool { attributes["ambiguous"] == "yes" }

    /// Parses one record of an entity file.
    /// - Complexity: O(n) in the record's bytes; one String per id, name, alias, key and value.
    static func parse(_ record: DataFile.Record, isGenerated: Bool = false) throws -> EntityRecord {
        let f = record.fields
        let id = f[0]
        let idBytes = id.utf8
        guard let colon = idBytes.firstIndex(of: 0x3A), colon != idBytes.startIndex, idBytes.index(after: colon) != idBytes.endIndex,
              idBytes.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x3A }) else {
            throw record.error("bad id '\(id)': expected kind:lowercase-slug, e.g. person:vladimir-putin")
        }
        guard let type = EntityType(rawValue: f[1]) else {
            throw record.error("bad type '\(f[1])': expected PERSON, PLACE or ORG")
        }
        guard !f[2].isEmpty else { throw record.error("empty name") }
        let items = record.list(4)
        var attributes = [String: String](minimumCapacity: items.count)
        for item in items {
            guard let eq = equalsSign(in: item), eq != item.startIndex else {
                throw record.error("bad attribute '\(item)': expected key=value")
            }
            attributes[String(item[..<eq])] = String(item[item.index(after: eq)...])
        }
        return EntityRecord(id: id, type: type, name: f[2], aliases: record.list(3), attributes: attributes,
                            origin: record.file + ":" + String(record.line), isGenerated: isGenerated)
    }

    /// The first `=` `Character` of an attribute item: found on bytes, unless a non-ASCII scalar
    /// stands next to it (a combining or prepended mark would make `=` part of another
    /// `Character`); then by `Character`s.
    private static func equalsSign(in item: String) -> String.Index? {
        let utf8 = item.utf8
        guard let eq = utf8.firstIndex(of: 0x3D) else { return nil }
        let next = utf8.index(after: eq)
        if next != utf8.endIndex && utf8[next] >= 0x80 || eq != utf8.startIndex && utf8[utf8.index(before: eq)] >= 0x80 {
            return item.firstIndex(of: "=")
        }
        return eq
    }
}
