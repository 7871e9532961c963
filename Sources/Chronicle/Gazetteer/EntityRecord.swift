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

    /// The first `=` `Character` of an attribute item: found on bytes, unless a non-ASCII scalar
    /// stands next to it (a combining or prepended mark would make `=` part of another
    /// `Character`); then by `Character`s.
    static func equalsSign(in item: String) -> String.Index? {
        let utf8 = item.utf8
        guard let eq = utf8.firstIndex(of: 0x3D) else { return nil }
        let next = utf8.index(after: eq)
        if next != utf8.endIndex && utf8[next] >= 0x80 || eq != utf8.startIndex && utf8[utf8.index(before: eq)] >= 0x80 {
            return item.firstIndex(of: "=")
        }
        return eq
    }
}
