import Chronicle

/// An extraction with the parts of its write that do not depend on the store worked out:
/// code point offsets, each entity's lookup forms (its aliases) and each event's summary.
///
/// Why: `chronicle ingest` extracts on several cores but writes on one, and the writer is the
/// slower side. Made where the extraction is (`init` reads nothing from the store), these take
/// about a fourteenth of the writer's instructions off its thread (and cost the workers about
/// 0.4 million instructions an article: lookup forms are no longer remembered across articles).
public struct PreparedExtraction: Sendable {
    public let extraction: Extraction
    /// Code point offsets of the document's bytes: the store counts characters, as SQLite does.
    let offsets: CodePointIndex
    /// For each of `extraction.entities`, the non-empty lookup forms of its name and mentions.
    let aliases: [[String]]
    /// For each of `extraction.events`, its summary, stored when it is a new event.
    let summaries: [String]
    /// The article's mention and timex rows and mention counts (nil when two entities share an id).
    let rows: DocumentRows?
    /// For each of `extraction.events`, the distinct ids of its participants and places in
    /// UTF-8 order: the entities its cross-article merge candidates are looked up by.
    let candidateEntities: [[String]]
    /// For each event, the index in `extraction.entities` of each of its `candidateEntities`, and
    /// of each participant then each place (-1: not among them): the writer numbers an
    /// article's entities first, so it reads their numbers from an array instead of looking
    /// each id up again (a String hash per participant, candidate and window).
    let candidateIndexes: [[Int]], participantIndexes: [[Int]]

    public init(_ extraction: Extraction) {
        self.extraction = extraction
        let document = extraction.document
        offsets = CodePointIndex(document.bytes)
        var names = [String: String]()
        for e in extraction.entities { names[e.id] = e.name }
        aliases = extraction.entities.map { e in
            // Each distinct text once: an entity's mentions mostly repeat a few names.
            var texts = Set([e.name])
            for m in e.mentions { texts.insert(document.text(of: m.span)) }
            var forms = Set<String>()
            for text in texts {
                let form = Normalizer.lookupForm(text)
                if !form.isEmpty { forms.insert(form) }
            }
            return Array(forms)
        }
        summaries = extraction.events.map { EventSummary.make($0, names: names, trigger: document.text(of: $0.trigger)) }
        rows = DocumentRows(extraction, offsets: offsets)
        candidateEntities = extraction.events.map { e in
            Set(e.participants.map(\.entityId) + e.places).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }
        var firstIndex = [String: Int]()
        for (index, e) in extraction.entities.enumerated() where firstIndex[e.id] == nil { firstIndex[e.id] = index }
        candidateIndexes = candidateEntities.map { ids in ids.map { firstIndex[$0] ?? -1 } }
        participantIndexes = extraction.events.map { e in (e.participants.map(\.entityId) + e.places).map { firstIndex[$0] ?? -1 } }
    }
}


/// An article's `mention` and `timex` rows and what its mentions add to the co-occurrence
/// counts, worked out on an extraction worker (`PreparedExtraction`) in terms of the article's
/// own entities (their index in `Extraction.entities`); the writer only puts in the document's
/// and the entities' numbers.
///
/// Why: the writer is the slower side of `chronicle ingest`, and these depend on the article
/// alone. Converting offsets to code points, finding each mention's sentence, dropping repeated
/// mention keys and pairing the entities of each sentence took about a twentieth of the
/// writer's instructions; pairs are now summed per article (one addition per pair of entities
/// instead of one per pair per sentence).
struct DocumentRows: Sendable {
    /// `mention` rows, `mentionColumns` values each: the document (a placeholder), the entity's
    /// index (replaced by its number), start, end, sentence, rule. In the order the writer wrote
    /// them before (entities in order, each one's mentions in order), a repeated (start,
    /// entity) dropped after its first, as `INSERT OR IGNORE` keeps the first.
    let mentionRows: [SQLValue]
    static let mentionColumns = 6
    /// Mention rows kept per entity.
    let mentionCounts: [Int]
    /// Distinct sentences holding a mention, per entity.
    let sentenceCounts: [Int]
    /// Distinct sentences holding any mention.
    let sentences: Int
    /// Pairs of entities (indexes, smaller first) sharing at least one sentence, with how many.
    let sentencePairs: [(a: Int, b: Int, n: Int)]
    /// `timex` rows, `timexColumns` values each, the document first (a placeholder).
    let timexRows: [SQLValue]
    static let timexColumns = 9

    /// Nil when two of the article's entities have one id (the writer then keys rows on entity
    /// numbers itself, as before: the indexes would count one entity twice).
    init?(_ x: Extraction, offsets: CodePointIndex) {
        let ids = x.entities.map(\.id)
        guard Set(ids).count == ids.count else { return nil }
        func cp(_ byte: Int) -> Int { offsets.codePointOffset(ofByte: byte) }
        var rows = [SQLValue](), counts = [Int](repeating: 0, count: ids.count), sentenceCounts = counts
        var entitiesBySentence = [Int: [Int]]()
        for (index, e) in x.entities.enumerated() {
            var starts = Set<Int>(), sentences = Set<Int>()
            for m in e.mentions {
                let sentence = x.sentenceIndex(ofByte: m.span.start)
                if sentences.insert(sentence).inserted { entitiesBySentence[sentence, default: []].append(index) }
                let start = cp(m.span.start)
                guard starts.insert(start).inserted else { continue }
                counts[index] += 1
                rows.append(.null); rows.append(.int(index)); rows.append(.int(start))
                rows.append(.int(cp(m.span.end))); rows.append(.int(sentence)); rows.append(.text(m.source))
            }
            sentenceCounts[index] = sentences.count
        }
        var shared = [Int: Int]()  // a * entity count + b → sentences
        for indexes in entitiesBySentence.values where indexes.count > 1 {
            // Ascending: each entity's sentences were visited in entity order.
            for i in 0..<indexes.count {
                for j in (i + 1)..<indexes.count { shared[indexes[i] * ids.count + indexes[j], default: 0] += 1 }
            }
        }
        mentionRows = rows
        mentionCounts = counts
        self.sentenceCounts = sentenceCounts
        sentences = entitiesBySentence.count
        sentencePairs = shared.map { (a: $0.key / ids.count, b: $0.key % ids.count, n: $0.value) }
        var timex = [SQLValue]()
        timex.reserveCapacity(x.times.count * Self.timexColumns)
        for t in x.times {
            timex += [.null, .int(cp(t.span.start)), .int(cp(t.span.end)), .text(t.type.rawValue), .text(t.value),
                      .text(t.mod), .text(t.range?.begin.description), .text(t.range?.end.description), .text(t.rule)]
        }
        timexRows = timex
    }
}
