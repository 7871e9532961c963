import Foundation

/// Removes the boilerplate of a scraped page and keeps title, captions and body.
///
/// The body is the largest cluster of prose lines (at most `maximumGap` other lines between
/// two of them), together with any other cluster of two or more prose lines. Before it,
/// headings, datelines and captions stay while menus, labels and bylines go; after it, prose
/// stays only until the first line that does not end like a sentence (the footer zone starts
/// there). Anywhere,
/// word soup (icon rows), menus, repeated lines, lines with a link cue (`READ MORE:`) and the
/// list a link cue heads (`You might also like` and its headlines) go; a list cue (a lone
/// `Related`) heads such a list only after the body's start and is a mere label before it. Lines that stay are
/// copied unchanged, so a page with no boilerplate comes out byte for byte as it went in.
///
/// Works on the page's UTF-8 bytes: lines are byte ranges, their shapes one pass each
/// (`LineShape`), cue phrases one automaton pass (`CueMatcher`), and the clean text is copied
/// from the kept ranges. Lines end at `\n` as `String.split` on `Character`s sees them: a `\n`
/// after `\r` belongs to one CR LF `Character` and ends no line (input is normally decoded with
/// `\n` line ends already, see `ArticleReader.decode`).
public struct PageCleaner: Sendable {
    /// Cue phrases by kind, from `cues/boilerplate.txt`; a phrase starting with `^` matches
    /// at the start of a line only.
    let cues: [(phrase: String, kind: String)]
    let matcher: CueMatcher
    /// The kind of each cue, by index.
    private let cueKinds: [CueKind]
    /// Non-prose lines allowed between two prose lines of one body cluster.
    static let maximumGap = 3
    /// A line this short that is only a link cue heads a list of links.
    static let listHeaderWords = 5
    /// Cue phrases count only in lines shorter than this: a long paragraph that mentions a
    /// newsletter or an advertisement is still a paragraph.
    static let cueWordLimit = 25
    /// A line of this many words ending like a sentence, its second word in lower case, is
    /// prose whatever its first word.
    static let sentenceWords = 6

    /// What a cue says about its line.
    enum CueKind { case none, link, list, nav, header, footer, other }

    init(cues: [(phrase: String, kind: String)]) {
        self.cues = cues
        self.matcher = CueMatcher(cues)
        self.cueKinds = cues.map { cue in
            switch cue.kind {
            case "link": return .link
            case "list": return .list
            case "nav": return .nav
            case "header": return .header
            case "footer": return .footer
            default: return .other
            }
        }
    }

    public struct Result: Sendable {
        public let text: String
        /// The raw lines before the body, where datelines stand (some dropped from `text`).
        public let headerLines: [String]
    }

    private enum Zone { case header, body, gap, footer }

    /// One line of the page: its bytes (`start..<end`, the `\n` excluded) and its shape.
    private struct Line {
        let start: Int
        let end: Int
        let shape: LineShape
        var cue: CueKind
    }

    /// - Complexity: O(n) in the page's bytes.
    public func clean(_ raw: String) -> Result {
        var raw = raw
        raw.makeContiguousUTF8()
        return raw.utf8.withContiguousStorageIfAvailable { clean(raw, $0) }!
    }

    private func clean(_ raw: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        let ranges = PageCleaner.lineRanges(bytes)
        var lowered = [UInt8]()
        let lines = ranges.map { range -> Line in
            // A `\r` ending the line (not followed by `\n`) is not part of its shape.
            let shapeEnd = range.end > range.start && bytes[range.end - 1] == 0x0D ? range.end - 1 : range.end
            let shape = LineShape(bytes, from: range.start, to: shapeEnd)
            return Line(start: range.start, end: range.end, shape: shape,
                        cue: cue(bytes, range.start, shapeEnd, shape, &lowered))
        }
        let zones = self.zones(lines)

        var kept = [Int]()
        var seen = SeenLines()
        var inLinkList = false
        var footerStarted = false
        for (i, line) in lines.enumerated() {
            let shape = line.shape
            if shape.isBlank {
                inLinkList = false
                if let last = kept.last, !lines[last].shape.isBlank { kept.append(i) }
                continue
            }
            let kind = line.cue
            // A repeated heading or teaser goes; a repeated paragraph of the body stays.
            let trimmedStart = PageCleaner.trimmedStart(raw, bytes, line.start, line.start + shape.byteCount)
            let repeated = !seen.insert(bytes, trimmedStart, line.start + shape.byteCount) && !(zones[i] == .body && shape.isProse)
            if kind == .link && shape.words <= PageCleaner.listHeaderWords { inLinkList = true; continue }
            // `Related` after the body's start heads a list of other stories; before it, a
            // section label (`LATEST NEWS`) over the headline goes alone.
            if kind == .list {
                if zones[i] != .header { inLinkList = true }
                continue
            }
            if inLinkList && !(shape.isProse && shape.words >= 20) { continue }
            inLinkList = false
            guard !repeated, !shape.isWordSoup, !shape.isMenu, kind != .link, kind != .nav else { continue }
            switch zones[i] {
            case .header:
                guard !shape.isLabel, kind != .header, kind != .footer || shape.words >= 8 else { continue }
            case .body:
                break
            case .gap:
                guard shape.isProse, kind == .none else { continue }
            case .footer:
                // The footer zone starts at the first line that is neither a sentence nor clean.
                if !shape.endsLikeSentence || kind != .none { footerStarted = true }
                guard !footerStarted else { continue }
            }
            kept.append(i)
        }
        while let last = kept.last, lines[last].shape.isBlank { kept.removeLast() }
        let trailingNewline = PageCleaner.endsWithLineFeed(bytes) && kept.count == lines.count
        let text = PageCleaner.join(kept.map { (lines[$0].start, lines[$0].end) }, of: bytes, trailingNewline: trailingNewline)
        let bodyStart = zones.firstIndex(of: .body) ?? lines.count
        let header = lines[0..<bodyStart].map {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.start..<$0.end]), as: UTF8.self)
        }
        return Result(text: text, headerLines: header)
    }

    /// The lines of a page as byte ranges, as `split(separator: "\n", omittingEmptySubsequences:
    /// false)` cuts a String (no line after a final `\n`).
    /// - Complexity: O(n).
    static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>, omittingEmpty: Bool = false) -> [(start: Int, end: Int)] {
        var ranges = [(start: Int, end: Int)]()
        var start = 0
        for i in 0..<bytes.count where bytes[i] == 0x0A && !(i > 0 && bytes[i - 1] == 0x0D) {
            if !omittingEmpty || i > start { ranges.append((start, i)) }
            start = i + 1
        }
        if start < bytes.count { ranges.append((start, bytes.count)) }
        return ranges
    }

    /// Whether the text's last `Character` is `\n` (not CR LF).
    static func endsWithLineFeed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = bytes.last, last == 0x0A else { return false }
        return !(bytes.count >= 2 && bytes[bytes.count - 2] == 0x0D)
    }

    /// Where the line `bytes[start..<end]` of `raw` starts after its leading white-space
    /// `Character`s (found on bytes unless a non-ASCII scalar follows the ASCII spaces).
    private static func trimmedStart(_ raw: String, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var a = start
        while a < end, bytes[a] < 0x80, CharacterTraits(ascii: bytes[a]).isSpace { a += 1 }
        if a == end || bytes[a] < 0x80 { return a }
        // A non-ASCII scalar: white space, or a mark joining the space before it.
        let utf8 = raw.utf8
        let line = raw[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
        let trimmed = line.drop { $0.isWhitespace }
        return utf8.distance(from: utf8.startIndex, to: trimmed.startIndex)
    }

    /// The given byte ranges joined by `\n`, as a String.
    private static func join(_ ranges: [(Int, Int)], of bytes: UnsafeBufferPointer<UInt8>, trailingNewline: Bool) -> String {
        let size = ranges.reduce(0) { $0 + $1.1 - $1.0 } + max(ranges.count - 1, 0) + (trailingNewline ? 1 : 0)
        var out = [UInt8]()
        out.reserveCapacity(size)
        for (k, (a, b)) in ranges.enumerated() {
            if k > 0 { out.append(0x0A) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[a..<b]))
        }
        if trailingNewline { out.append(0x0A) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Which part of the page each line is in.
    private func zones(_ lines: [Line]) -> [Zone] {
        // Clusters of prose lines: (first line, last line, prose lines, bytes).
        var clusters = [(start: Int, end: Int, lines: Int, size: Int)]()
        var gap = 0
        for (i, line) in lines.enumerated() where !line.shape.isBlank {
            if line.shape.isProse && line.cue == .none {
                if let c = clusters.last, gap <= PageCleaner.maximumGap {
                    clusters[clusters.count - 1] = (c.start, i, c.lines + 1, c.size + line.shape.byteCount)
                } else {
                    clusters.append((i, i, 1, line.shape.byteCount))
                }
                gap = 0
            } else {
                gap += 1
            }
        }
        guard let main = clusters.indices.max(by: { clusters[$0].size < clusters[$1].size }) else {
            return Array(repeating: .body, count: lines.count)
        }
        let body = clusters.indices.filter { $0 == main || clusters[$0].lines >= 2 }
        var zones = Array(repeating: Zone.gap, count: lines.count)
        let first = clusters[body.first!].start, last = clusters[body.last!].end
        for i in 0..<first { zones[i] = .header }
        for i in (last + 1)..<max(last + 1, lines.count) { zones[i] = .footer }
        for c in body { for i in clusters[c].start...clusters[c].end { zones[i] = .body } }
        return zones
    }

    /// The headline of a clean text: its first line of four words or more (datelines,
    /// mastheads and bylines are shorter), or nil.
    /// - Complexity: O(n) in the bytes of the first ten lines.
    public static func headline(of text: String) -> String? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var start = 0, lines = 0
            while start < bytes.count && lines < 10 {
                var end = start
                while end < bytes.count, !(bytes[end] == 0x0A && !(end > 0 && bytes[end - 1] == 0x0D)) { end += 1 }
                defer { start = end + 1 }
                if end == start { continue }  // empty lines are not counted
                lines += 1
                let shape = LineShape(bytes, from: start, to: end)
                guard shape.words >= 4 && !shape.hasDigits else { continue }
                return trimmedSpaces(bytes, start, end)
            }
            return nil
        }!
    }

    /// `bytes[start..<end]` without leading and trailing spaces and tabs, as
    /// `trimmingCharacters(in: .whitespaces)` trims it (which the non-ASCII case calls).
    private static func trimmedSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var a = start, b = end
        while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
        while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 { b -= 1 }
        if a < b, bytes[a] < 0x80, bytes[b - 1] < 0x80 {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
        }
        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return String(line.trimmingCharacters(in: .whitespaces))
    }

    /// The kind of the first cue phrase the line contains (always none for a long line).
    /// `lowered` is scratch space for the line in lower case.
    private func cue(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ shape: LineShape,
                     _ lowered: inout [UInt8]) -> CueKind {
        let kind = firstCue(bytes, start, end, shape, &lowered)
        // `By John Smith` is a byline; `By year-end the firm expects a profit.` is a sentence.
        if kind == .header, shape.endsLikeSentence, shape.words >= PageCleaner.sentenceWords,
           PageCleaner.secondWordIsLowercase(bytes, start, end) { return .none }
        return kind
    }

    private static func secondWordIsLowercase(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        while i < end, bytes[i] != 0x20 && bytes[i] != 0x09 { i += 1 }
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        return i < end && bytes[i] >= 0x61 && bytes[i] <= 0x7A
    }

    private func firstCue(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ shape: LineShape,
                          _ lowered: inout [UInt8]) -> CueKind {
        guard shape.words < PageCleaner.cueWordLimit, !cueKinds.isEmpty else { return .none }
        var a = start
        while a < end, bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
        let line = UnsafeBufferPointer(rebasing: bytes[a..<end])
        if !line.contains(where: { $0 >= 0x80 }) {
            // ASCII: lower-cased as the automaton reads it, no copy.
            guard let index = matcher.firstCue(inASCII: line) else { return .none }
            return cueKinds[index]
        }
        lowered.removeAll(keepingCapacity: true)
        var i = a
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                lowered.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                i += 1
            } else {
                // `String.lowercased()` maps scalar by scalar, as here.
                let (scalar, length) = UTF8Scalar.decode(bytes, at: i)
                lowered.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                i += length
            }
        }
        guard let index = lowered.withUnsafeBufferPointer({ matcher.firstCue(in: $0) }) else { return .none }
        return cueKinds[index]
    }
}
