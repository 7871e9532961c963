/// Writes a timeline entry by entry, so a caller holding a few entries at a time (the store's
/// `streamTimeline`) prints the same bytes `TimelineRenderer.write` prints for the whole
/// array, in bounded memory. Text, JSON and Markdown stream; TimelineJS needs the whole
/// timeline (`streams(_:)` says which).
public struct TimelineStreamWriter: Sendable {
    public let format: TimelineRenderer.Format
    /// The column the text format aligns the time labels to.
    private let width: Int
    /// What goes before each source line: made once, not once per source.
    private let sourceIndent: String
    private var undatedHeader = false
    private var written = 0

    /// - Parameters:
    ///   - widestWhen: the longest `TimelineRenderer.when` label (in characters) among the
    ///     entries to come, which the text format aligns to (capped at 40).
    public init(format: TimelineRenderer.Format, widestWhen: Int) {
        self.format = format
        width = min(40, widestWhen)
        sourceIndent = String(repeating: " ", count: width + 2) + "  ↳ "
    }

    /// Whether `format` can be written entry by entry.
    public static func streams(_ format: TimelineRenderer.Format) -> Bool { format != .timelinejs }

    /// What comes before the first entry.
    public mutating func begin<Output: TextOutputStream>(to out: inout Output) {
        switch format {
        case .json: out.write("[")
        case .markdown: out.write("| When | Type | What | Who | Where | Sources |\n|---|---|---|---|---|---|\n")
        case .text, .timelinejs: break
        }
    }

    public mutating func write<Output: TextOutputStream>(_ e: TimelineEntry, to out: inout Output) {
        defer { written += 1 }
        switch format {
        case .text:
            if e.time?.isDated != true && !undatedHeader {
                out.write("\n-- undated --\n")
                undatedHeader = true
            }
            out.write("\(TimelineRenderer.when(e.time).padding(width))  \(e.type.padding(12)) \(TimelineRenderer.oneLine(e.summary))\n")
            for s in e.sources {
                out.write("\(sourceIndent)\(TimelineRenderer.oneLine(s.source)): \(TimelineRenderer.excerpt(s.sentence))\n")
            }
        case .json:
            if written > 0 { out.write(",") }
            var w = JSONWriter(UTF8Buffer())
            TimelineRenderer.json(e, &w)
            out.write(w.out.text)
        case .markdown:
            out.write(TimelineRenderer.markdownRow(e))
        case .timelinejs:
            break
        }
    }

    /// What comes after the last entry.
    public mutating func end<Output: TextOutputStream>(to out: inout Output) {
        switch format {
        case .text: if written == 0 { out.write("(no events)\n") }
        case .json: out.write("]\n")
        case .markdown, .timelinejs: break
        }
    }
}
