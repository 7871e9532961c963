/// A half-open range of UTF-8 byte offsets into a document's clean text.
///
/// Spans are the currency of every annotation: the text is never edited, only pointed into.
/// Byte offsets keep the hot path free of `String.Index` arithmetic; they are converted to
/// Unicode code point offsets (the public JSON convention) only when results are written.
public struct Span: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    /// Earlier first; at the same start, the longer span first.
    public static func < (a: Span, b: Span) -> Bool {
        a.start != b.start ? a.start < b.start : a.end > b.end
    }

    public var description: String { "[\(start), \(end))" }
}
