import Foundation

/// Removes the boilerplate of a scraped page and keeps title, captions and body.
///
/// The body is the largest cluster of prose lines (at most `maximumGap` other lines between
/// two of them), together with any other cluster of two or more prose lines. Before it,
/// headings, datelines and captions stay while menus, labels and bylines go; after it, prose
/// stays only until the first line that does not end like a sentence (the footer zone starts
/// there). Anywhere,
/// word soup (icon rows), menus, repeated lines, lines with a link cue (`READ MORE:`) and the
/// list a link cue heads (`You might also like` and its headlines) go. Lines that stay are
/// copied unchanged, so a page with no boilerplate comes out byte for byte as it went in.
public struct PageCleaner: Sendable {
    /// Cue phrases by kind, from `cues/boilerplate.txt`; a phrase starting with `^` matches
    /// at the start of a line only.
    let cues: [(phrase: String, kind: String)]
    /// Non-prose lines allowed between two prose lines of one body cluster.
    static let maximumGap = 3
    /// A line this short that is only a link cue heads a list of links.
    static let listHeaderWords = 5
    /// Cue phrases count only in lines shorter than this: a long paragraph that mentions a
    /// newsletter or an advertisement is still a paragraph.
    static let cueWordLimit = 25

    init(cues: [(phrase: String, kind: String)]) {
        self.cues = cues
    }

    public struct Result: Sendable {
        public let text: String
        /// The raw lines before the body, where datelines stand (some dropped from `text`).
        public let headerLines: [String]
    }

    private enum Zone { case header, body, gap, footer }

    public func clean(_ raw: String) -> Result {
        var lines = raw.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        let shapes = lines.map { LineShape($0.last == "\r" ? $0.dropLast() : $0) }
        let cueKinds = shapes.map(cue)
        let zones = self.zones(shapes, cueKinds)

        var kept = [Substring]()
        var seen = Set<Substring>()
        var inLinkList = false
        var footerStarted = false
        for (i, shape) in shapes.enumerated() {
            if shape.isBlank {
                inLinkList = false
                if let last = kept.last, !LineShape(last).isBlank { kept.append(lines[i]) }
                continue
            }
            let kind = cueKinds[i]
            let trimmed = shape.text.drop { $0.isWhitespace }
            // A repeated heading or teaser goes; a repeated paragraph of the body stays.
            let repeated = !seen.insert(trimmed).inserted && !(zones[i] == .body && shape.isProse)
            if kind == "link" && shape.words <= PageCleaner.listHeaderWords { inLinkList = true; continue }
            if inLinkList && !(shape.isProse && shape.words >= 20) { continue }
            inLinkList = false
            guard !repeated, !shape.isWordSoup, !shape.isMenu, kind != "link", kind != "nav" else { continue }
            switch zones[i] {
            case .header:
                guard !shape.isLabel, kind != "header", kind != "footer" || shape.words >= 8 else { continue }
            case .body:
                break
            case .gap:
                guard shape.isProse, kind == nil else { continue }
            case .footer:
                // The footer zone starts at the first line that is neither a sentence nor clean.
                if !shape.endsLikeSentence || kind != nil { footerStarted = true }
                guard !footerStarted else { continue }
            }
            kept.append(lines[i])
        }
        while let last = kept.last, LineShape(last).isBlank { kept.removeLast() }
        let trailingNewline = raw.hasSuffix("\n") && kept.count == lines.count
        let text = kept.joined(separator: "\n") + (trailingNewline ? "\n" : "")
        let bodyStart = zones.firstIndex(of: .body) ?? lines.count
        let header = lines[0..<bodyStart].map(String.init)
        return Result(text: text, headerLines: header)
    }

    /// Which part of the page each line is in.
    private func zones(_ shapes: [LineShape], _ cueKinds: [String?]) -> [Zone] {
        // Clusters of prose lines: (first line, last line, prose lines, characters).
        var clusters = [(start: Int, end: Int, lines: Int, size: Int)]()
        var gap = 0
        for (i, shape) in shapes.enumerated() where !shape.isBlank {
            if shape.isProse && cueKinds[i] == nil {
                if let c = clusters.last, gap <= PageCleaner.maximumGap {
                    clusters[clusters.count - 1] = (c.start, i, c.lines + 1, c.size + shape.text.utf8.count)
                } else {
                    clusters.append((i, i, 1, shape.text.utf8.count))
                }
                gap = 0
            } else {
                gap += 1
            }
        }
        guard let main = clusters.indices.max(by: { clusters[$0].size < clusters[$1].size }) else {
            return Array(repeating: .body, count: shapes.count)
        }
        let body = clusters.indices.filter { $0 == main || clusters[$0].lines >= 2 }
        var zones = Array(repeating: Zone.gap, count: shapes.count)
        let first = clusters[body.first!].start, last = clusters[body.last!].end
        for i in 0..<first { zones[i] = .header }
        for i in (last + 1)..<max(last + 1, shapes.count) { zones[i] = .footer }
        for c in body { for i in clusters[c].start...clusters[c].end { zones[i] = .body } }
        return zones
    }

    /// Whether `needle` occurs in `haystack` (plain byte search: lines are short).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        let first = needle[0]
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// The headline of a clean text: its first line of four words or more (datelines,
    /// mastheads and bylines are shorter), or nil.
    public static func headline(of text: String) -> String? {
        for line in text.split(separator: "\n").prefix(10) {
            let shape = LineShape(line)
            if shape.words >= 4 && !shape.hasDigits { return String(line.trimmingCharacters(in: .whitespaces)) }
        }
        return nil
    }

    /// The first cue kind whose phrase the line contains, or nil (always nil for a long line).
    private func cue(_ shape: LineShape) -> String? {
        guard shape.words < PageCleaner.cueWordLimit else { return nil }
        let line = Array(shape.lowercased.utf8.drop { $0 == 0x20 || $0 == 0x09 })
        for (phrase, kind) in cues {
            let bytes = Array(phrase.utf8)
            if bytes.first == 0x5E ? line.starts(with: bytes.dropFirst()) : PageCleaner.contains(line, bytes) { return kind }
        }
        return nil
    }
}
