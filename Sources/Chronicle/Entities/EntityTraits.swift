/// The facts about each gazetteer entity that the tagger reads at every list match, in flat
/// arrays indexed like `Gazetteer.entities`.
///
/// `EntityRecord.isAmbiguous` looks a String up in the record's attribute dictionary, and
/// copying a record out of the array retains its Strings; these arrays answer with one load.
/// - Complexity: O(e) to build for e entities, once per tagger; O(1) per question.
struct EntityTraits: Sendable {
    private let types: [EntityType]
    private let flags: [UInt8]
    private static let ambiguous: UInt8 = 1, generated: UInt8 = 2

    init(_ entities: [EntityRecord]) {
        types = entities.map(\.type)
        flags = entities.map { ($0.isAmbiguous ? EntityTraits.ambiguous : 0) | ($0.isGenerated ? EntityTraits.generated : 0) }
    }

    var count: Int { types.count }

    @inline(__always) func type(_ entity: Int32) -> EntityType { types[Int(entity)] }
    /// `ambiguous=yes`: also a family name or a common word (George Washington, Kim).
    @inline(__always) func isAmbiguous(_ entity: Int32) -> Bool { flags[Int(entity)] & EntityTraits.ambiguous != 0 }
    /// From a generated list (`gazetteer/cues/generated`, bulk place lists).
    @inline(__always) func isGenerated(_ entity: Int32) -> Bool { flags[Int(entity)] & EntityTraits.generated != 0 }
}
