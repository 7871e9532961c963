import Foundation

/// Removes the boilerplate of a scraped page and keeps title, captions and body.
///
/// The body is the largest cluster of prose lines (few non-prose lines between them). Before
/// it, headings, datelines and captions stay and menus go; after it, only prose that is not a
/// footer stays. Anywhere, word soup (icon rows), glued menu words, repeated lines and lines
/// with a link cue (`READ MORE:`) go. Lines that stay are copied unchanged, so a page with no
/// boilerplate comes out byte for byte as it went in.
public struct PageCleaner: Sendable {
    /// Lower-case cue phrases by kind (`link`, `footer`, `nav`), from `cues/boilerplate.txt`.
    let cues: [(phrase: String, kind: String)]
    /// Non-prose lines allowed between two prose lines of one body.
    static let maximumGap = 3

    init(cues: [(phrase: String, kind: String)]) {
        self.cues = cues
    }

    public struct Result: Sendable {
        public let text: String
        /// The raw lines before the body, where datelines stand (some dropped from `text`).
        public let headerLines: [String]
    }

    public func clean(_ raw: String) -> Result {
        var lines = raw.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        let shapes = lines.map { LineShape($0.last == "\r" ? $0.dropLast() : $0) }
        let (bodyStart, bodyEnd) = body(shapes)

        var kept = [Substring]()
        var seen = Set<Substring>()
        for (i, shape) in shapes.enumerated() {
            if shape.isBlank {
                if let last = kept.last, !(LineShape(last).isBlank) { kept.append(lines[i]) }
                continue
            }
            let trimmed = shape.text.drop { $0.isWhitespace }
            let repeated = !seen.insert(trimmed).inserted
            guard !repeated, !shape.isWordSoup, !shape.isMenu, cue(shape) != "link", cue(shape) != "nav" else { continue }
            if i < bodyStart {
                if shape.words == 0 && !shape.text.contains(where: \.isNumber) { continue }
                if cue(shape) == "footer" && !shape.isProse && !isCaption(shape) { continue }
            } else if i > bodyEnd {
                guard shape.isProse, cue(shape) == nil else { continue }
            }
            kept.append(lines[i])
        }
        while let last = kept.last, LineShape(last).isBlank { kept.removeLast() }
        let trailingNewline = raw.hasSuffix("\n") && kept.count == lines.count
        let text = kept.joined(separator: "\n") + (trailingNewline ? "\n" : "")
        let header = lines[0..<min(bodyStart, lines.count)].map(String.init)
        return Result(text: text, headerLines: header)
    }

    /// The headline of a clean text: its first line of three words or more (datelines and
    /// bylines are shorter), or nil.
    public static func headline(of text: String) -> String? {
        for line in text.split(separator: "\n").prefix(10) {
            let shape = LineShape(line)
            if shape.words >= 3 { return String(line.trimmingCharacters(in: .whitespaces)) }
        }
        return nil
    }

    /// The first and last line of the largest cluster of prose (by characters); the whole page
    /// when it has no prose.
    private func body(_ shapes: [LineShape]) -> (Int, Int) {
        var best: (start: Int, end: Int, size: Int)?
        var current: (start: Int, end: Int, size: Int)?
        var gap = 0
        for (i, shape) in shapes.enumerated() {
            if shape.isBlank { continue }
            if shape.isProse && cue(shape) == nil {
                if let c = current, gap <= PageCleaner.maximumGap {
                    current = (c.start, i, c.size + shape.text.utf8.count)
                } else {
                    current = (i, i, shape.text.utf8.count)
                }
                gap = 0
                if current!.size > (best?.size ?? 0) { best = current }
            } else {
                gap += 1
            }
        }
        guard let best else { return (0, shapes.count - 1) }
        return (best.start, best.end)
    }

    /// The first cue kind whose phrase the line contains, or nil.
    private func cue(_ shape: LineShape) -> String? {
        for (phrase, kind) in cues where shape.lowercased.contains(phrase) { return kind }
        return nil
    }

    /// A photo caption carries a credit (`©`) but also a sentence's worth of words.
    private func isCaption(_ shape: LineShape) -> Bool {
        shape.words >= 8
    }
}
