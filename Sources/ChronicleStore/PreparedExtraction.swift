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
    }
}
