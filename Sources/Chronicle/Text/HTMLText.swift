/// Turns an HTML page into plain text lines for the cleaner, with what the markup says about
/// the page (title, publication time).
///
/// A forgiving byte scanner, not a DOM parser: scripts, styles, navigation, asides, forms and
/// footers are skipped whole; block elements end lines; entities are decoded; lines that are
/// mostly link text (menus, related-story lists) are dropped by link density.
///
/// Text between tags is copied in runs (a search for the next `<`), tag names are looked up as
/// packed bytes, and lines are decoded and their white space collapsed on bytes; only a line
/// holding combining marks or other joining scalars takes the `String` path, which gives the
/// same result `Character` by `Character`.
struct HTMLText: Sendable {
    struct Result {
        var text: String
        var title: String?
        var published: String?
    }

    /// Elements whose content is never article text.
    static let skipped: Set<String> = ["script", "style", "noscript", "template", "svg", "nav", "footer", "aside",
                                       "form", "button", "select", "iframe", "object", "canvas"]
    /// Elements that start a new line.
    static let blocks: Set<String> = ["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr",
                                      "table", "article", "section", "header", "main", "figure", "figcaption",
                                      "blockquote", "hr", "dt", "dd", "pre", "address", "time", "body", "html"]
    /// Meta properties that give the publication time, most specific first.
    static let dateMeta = ["article:published_time", "datepublished", "pubdate", "publishdate", "date",
                           "dc.date.issued", "dc.date", "og:published_time", "sailthru.date"]

    let entities: [String: String]

    /// Looks like HTML: starts with a tag and names a typical element early on (in the first
    /// 2,000 `Character`s).
    /// - Complexity: O(1): at most the first 2,000 scalars are read.
    static func looksLikeHTML(_ text: String) -> Bool {
        var text = text
        text.makeContiguousUTF8()
        if let answer = text.utf8.withContiguousStorageIfAvailable({ looksLikeHTML(bytes: $0) }), let answer {
            return answer
        }
        return looksLikeHTMLByCharacters(text)
    }

    /// The element names whose presence says HTML.
    private static let markers: [[UInt8]] = ["<html", "<!doctype", "<body", "<p>", "<div", "<head"].map { Array($0.utf8) }

    /// `looksLikeHTML` on bytes, or nil when the head holds a scalar that may join its neighbour
    /// into one `Character` (then only counting `Character`s finds where the head ends).
    static func looksLikeHTML(bytes b: UnsafeBufferPointer<UInt8>) -> Bool? {
        // A page opening with a visible ASCII character other than `<` (most plain text) is no
        // HTML: its first `Character` is neither white space nor `<`, so the head is not read.
        if let first = b.first, first > 0x20, first < 0x7F, first != 0x3C { return false }
        // The head: 2,000 `Character`s, which here are scalars (CR LF counted once).
        var characters = 0, i = 0
        while i < b.count && characters < 2000 {
            let byte = b[i]
            if byte < 0x80 {
                if !(byte == 0x0A && i > 0 && b[i - 1] == 0x0D) { characters += 1 }
                i += 1
            } else {
                let (scalar, length) = UTF8Scalar.decode(b, at: i)
                guard SolitaryScalar.contains(scalar.value) else { return nil }
                characters += 1
                i += length
            }
        }
        if i < b.count {
            if b[i] == 0x0A && b[i - 1] == 0x0D {
                i += 1  // the last `Character` is CR LF
            } else if b[i] >= 0x80, !SolitaryScalar.contains(UTF8Scalar.decode(b, at: i).0.value) {
                return nil  // the next scalar might extend the last `Character` of the head
            }
        }
        let end = i
        // White space and byte order marks, then `<`.
        i = 0
        while i < end {
            if b[i] < 0x80 {
                guard CharacterTraits(ascii: b[i]).isSpace else { break }
                i += 1
            } else {
                let (scalar, length) = UTF8Scalar.decode(b, at: i)
                guard scalar.value == 0xFEFF || scalar.properties.isWhitespace else { break }
                i += length
            }
        }
        guard i < end, b[i] == 0x3C else { return false }
        // A marker anywhere in the head, ASCII case folded (no other scalar lower-cases to one).
        while i < end {
            if b[i] == 0x3C {
                for marker in markers where i + marker.count <= end {
                    var k = 1
                    while k < marker.count, HTMLText.lower(b[i + k]) == marker[k] { k += 1 }
                    if k == marker.count { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// `looksLikeHTML` by `Character`s: the definition the byte scan reproduces.
    static func looksLikeHTMLByCharacters(_ text: String) -> Bool {
        let head = text.prefix(2000).lowercased()
        guard head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "<" else { return false }
        return head.contains("<html") || head.contains("<!doctype") || head.contains("<body")
            || head.contains("<p>") || head.contains("<div") || head.contains("<head")
    }

    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// What an element does to the text.
    enum Role { case skipped, block, title, link, meta, other }

    /// Roles by packed lower-case name (names longer than 16 bytes play no role). `h1` and
    /// `time` are blocks that also carry the title and the publication time.
    private static let roles: [PackedName: Role] = {
        var roles = [PackedName: Role]()
        for name in skipped { roles[PackedName(Array(name.utf8)[...])!] = .skipped }
        for name in blocks { roles[PackedName(Array(name.utf8)[...])!] = .block }
        roles[PackedName(Array("title".utf8)[...])!] = .title
        roles[PackedName(Array("a".utf8)[...])!] = .link
        roles[PackedName(Array("meta".utf8)[...])!] = .meta
        return roles
    }()

    /// A tag name of up to 16 bytes in two words, for a hash lookup without building a String.
    struct PackedName: Hashable {
        var low: UInt64 = 0, high: UInt64 = 0
        /// `name` in ASCII lower case.
        init?(_ name: ArraySlice<UInt8>) {
            guard name.count <= 16 else { return nil }
            for (k, c) in name.enumerated() {
                let c = HTMLText.lower(c)
                if k < 8 { low |= UInt64(c) << (8 * k) } else { high |= UInt64(c) << (8 * (k - 8)) }
            }
        }
    }

    /// The text lines being built: the current line's raw bytes and link bytes, and the lines
    /// done. A struct with mutating methods rather than variables captured by a nested function,
    /// whose every access would be checked for exclusivity at run time.
    private struct Lines {
        var text = [UInt8]()
        var count = 0
        var line = [UInt8]()
        var linkBytes = 0
        var collapsed = [UInt8]()

        /// Ends the current line: decoded, white space collapsed, kept unless empty or mostly links.
        mutating func end(_ converter: HTMLText) {
            defer {
                line.removeAll(keepingCapacity: true)
                linkBytes = 0
            }
            if line.isEmpty { return }
            let fast = line.withUnsafeBufferPointer { HTMLText.decodeAndCollapse($0, converter.entities, into: &collapsed) }
            if !fast {
                let text = converter.decodeEntities(String(decoding: line, as: UTF8.self))
                    .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" })
                    .joined(separator: " ")
                collapsed = Array(text.utf8)
            }
            let textLength = max(line.count, 1)
            let mostlyLinks = linkBytes * 10 > textLength * 6
                && !collapsed.withUnsafeBufferPointer { LineShape($0, from: 0, to: $0.count).isProse }
            if !collapsed.isEmpty && !mostlyLinks {
                if count > 0 { text.append(0x0A) }
                text.append(contentsOf: collapsed)
                count += 1
            }
        }
    }

    /// - Complexity: O(n) in the page's bytes.
    func convert(_ html: String) -> Result {
        let b = Array(html.utf8)
        var lines = Lines()
        lines.text.reserveCapacity(b.count / 2)
        var inLink = 0
        var titleBytes: [UInt8]?, h1Bytes: [UInt8]?, inTitle = false, inH1 = false
        var metaDates = [String: String]()
        var i = 0
        let count = b.count
        while i < count {
            if b[i] == 0x3C {  // <
                if i + 3 < count && b[i + 1] == 0x21 && b[i + 2] == 0x2D && b[i + 3] == 0x2D {  // <!--
                    i = HTMLText.find(b, Array("-->".utf8), from: i + 4).map { $0 + 3 } ?? count
                    continue
                }
                guard let close = HTMLText.firstIndex(of: 0x3E, in: b, from: i + 1) else { break }
                let tag = b[(i + 1)..<close]
                let isEnd = tag.first == 0x2F
                let name = HTMLText.tagName(tag)
                i = close + 1
                let role = name.packed.flatMap { HTMLText.roles[$0] } ?? .other
                if role == .meta, !isEnd, let attrs = attributes(tag) {
                    let key = (attrs["property"] ?? attrs["name"] ?? attrs["itemprop"] ?? "").lowercased()
                    if let content = attrs["content"], HTMLText.dateMeta.contains(key) { metaDates[key] = content }
                    continue
                }
                let isTime = name.packed == HTMLText.time, isH1 = name.packed == HTMLText.h1
                if isTime, !isEnd, let attrs = attributes(tag), let dt = attrs["datetime"], metaDates["time"] == nil {
                    metaDates["time"] = dt
                }
                if role == .title { inTitle = !isEnd; if !isEnd { titleBytes = [] }; continue }
                if isH1 && h1Bytes == nil && !isEnd { inH1 = true; h1Bytes = [] } else if isH1 && isEnd { inH1 = false }
                if role == .link { inLink += isEnd ? (inLink > 0 ? -1 : 0) : 1 }
                if !isEnd, role == .skipped, !(tag.last == 0x2F) {
                    i = HTMLText.skipElement(b, b[name.range].map(HTMLText.lower)[...], from: i)
                    continue
                }
                if role == .block { lines.end(self) }
                continue
            }
            // A run of text up to the next tag.
            let end = HTMLText.firstIndex(of: 0x3C, in: b, from: i) ?? count
            let run = b[i..<end]
            i = end
            if inTitle { titleBytes?.append(contentsOf: run); continue }
            if inH1 { h1Bytes?.append(contentsOf: run) }
            lines.line.append(contentsOf: run)
            if inLink > 0 { lines.linkBytes += run.count }
        }
        lines.end(self)
        var result = Result(text: String(decoding: lines.text, as: UTF8.self))
        func clean(_ bytes: [UInt8]?) -> String? {
            guard let bytes else { return nil }
            let s = decodeEntities(String(decoding: bytes, as: UTF8.self)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return s.isEmpty ? nil : s
        }
        result.title = clean(h1Bytes) ?? clean(titleBytes)
        result.published = HTMLText.dateMeta.lazy.compactMap { metaDates[$0] }.first ?? metaDates["time"]
        return result
    }

    static let time = PackedName(Array("time".utf8)[...]), h1 = PackedName(Array("h1".utf8)[...])

    /// A tag's name: where its letters and digits stand in the tag (after `/` or `!`), and
    /// packed in lower case for lookup (nil if longer than 16 bytes).
    struct TagName {
        let range: Range<Int>
        let packed: PackedName?
    }

    private static func tagName(_ tag: ArraySlice<UInt8>) -> TagName {
        var start = tag.startIndex
        while start < tag.endIndex, tag[start] == 0x2F || tag[start] == 0x21 { start += 1 }
        var end = start
        while end < tag.endIndex {
            let c = tag[end]
            guard (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) else { break }
            end += 1
        }
        return TagName(range: start..<end, packed: PackedName(tag[start..<end]))
    }

    /// Decodes entities in one line's bytes and collapses its white space (spaces, tabs, line
    /// feeds, no-break spaces) into single spaces, trimmed, into `out`. Returns false, leaving
    /// the work to the `String` path, when a scalar of the line or of a decoded entity could join
    /// its neighbour into one `Character`, or a carriage return is present (CR LF is one
    /// `Character`, no separator).
    /// - Complexity: O(n) in the line's bytes.
    private static func decodeAndCollapse(_ line: UnsafeBufferPointer<UInt8>, _ entities: [String: String],
                                          into out: inout [UInt8]) -> Bool {
        guard SolitaryScalar.all(line, 0, line.count, allowCR: false) else { return false }
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(line.count)
        var pendingSpace = false
        var i = 0
        let n = line.count
        while i < n {
            let b0 = line[i]
            if b0 == 0x20 || b0 == 0x09 || b0 == 0x0A || (b0 == 0xC2 && i + 1 < n && line[i + 1] == 0xA0) {
                pendingSpace = true
                i += b0 == 0xC2 ? 2 : 1
                continue
            }
            if b0 == 0x26, let (semi, replacement) = entity(in: line, after: i + 1, entities) {  // &
                var replacement = replacement == "\u{0}" ? "\u{FFFD}" : replacement
                let ok = replacement.withUTF8 { r -> Bool in
                    guard SolitaryScalar.all(r, 0, r.count, allowCR: false) else { return false }
                    var k = 0
                    while k < r.count {
                        let len = r[k] < 0x80 ? 1 : r[k] < 0xE0 ? 2 : r[k] < 0xF0 ? 3 : 4
                        emit(r, k, k + len, into: &out, &pendingSpace)
                        k += len
                    }
                    return true
                }
                guard ok else { return false }
                i = semi + 1
                continue
            }
            // A run of other bytes, copied at once: it ends before white space, `&` or a
            // two-byte lead `C2` (a no-break space, maybe), so always between scalars.
            var j = i + 1
            while j < n {
                let c = line[j]
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x26 || c == 0xC2 { break }
                j += 1
            }
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(contentsOf: UnsafeBufferPointer(rebasing: line[i..<j]))
            i = j
        }
        return true
    }

    /// Appends one scalar's bytes, or notes a separator (space, tab, line feed, no-break space).
    @inline(__always)
    private static func emit(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into out: inout [UInt8],
                             _ pendingSpace: inout Bool) {
        let b0 = bytes[start]
        if b0 == 0x20 || b0 == 0x09 || b0 == 0x0A || (b0 == 0xC2 && end - start == 2 && bytes[start + 1] == 0xA0) {
            pendingSpace = true
            return
        }
        if pendingSpace && !out.isEmpty { out.append(0x20) }
        pendingSpace = false
        for k in start..<end { out.append(bytes[k]) }
    }

    /// The entity starting after the `&` at `start - 1`: the index of its `;` (within ten scalars)
    /// and its text, or nil for a bare ampersand or an unknown name.
    private static func entity(in line: UnsafeBufferPointer<UInt8>, after start: Int, _ entities: [String: String]) -> (Int, String)? {
        var scalars = 0, j = start
        while j < line.count {
            let b = line[j]
            if b & 0xC0 != 0x80 {
                scalars += 1
                if scalars > 10 { return nil }
                if b == 0x3B { break }
            }
            j += 1
        }
        guard j < line.count else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: line[start..<j]), as: UTF8.self)
        return HTMLText.reference(name, entities).map { (j, $0) }
    }

    /// The text of the reference `name` (between `&` and `;`): numeric, hexadecimal or named.
    private static func reference(_ name: some StringProtocol, _ entities: [String: String]) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        } else if name.hasPrefix("#") {
            return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        return entities[String(name)]
    }

    /// `name="value"` pairs of a start tag (quotes optional).
    private func attributes(_ tag: ArraySlice<UInt8>) -> [String: String]? {
        var attrs = [String: String]()
        var i = tag.startIndex
        while i < tag.endIndex, tag[i] != 0x20 && tag[i] != 0x09 && tag[i] != 0x0A { i += 1 }
        while i < tag.endIndex {
            while i < tag.endIndex, tag[i] == 0x20 || tag[i] == 0x09 || tag[i] == 0x0A || tag[i] == 0x2F { i += 1 }
            let nameStart = i
            while i < tag.endIndex, tag[i] != 0x3D, tag[i] != 0x20, tag[i] != 0x2F { i += 1 }
            let name = String(decoding: tag[nameStart..<i], as: UTF8.self).lowercased()
            guard i < tag.endIndex, tag[i] == 0x3D else { if name.isEmpty { break } else { continue } }
            i += 1
            var value: ArraySlice<UInt8>
            if i < tag.endIndex, tag[i] == 0x22 || tag[i] == 0x27 {
                let quote = tag[i]
                let end = tag[(i + 1)...].firstIndex(of: quote) ?? tag.endIndex
                value = tag[(i + 1)..<end]
                i = min(end + 1, tag.endIndex)
            } else {
                let start = i
                while i < tag.endIndex, tag[i] != 0x20 { i += 1 }
                value = tag[start..<i]
            }
            attrs[name] = decodeEntities(String(decoding: value, as: UTF8.self))
        }
        return attrs
    }

    /// Skips to after the matching end tag, counting nested elements of the same name (not for
    /// `script` and `style`, whose content is not markup). Names compare ASCII case-insensitively.
    /// - Complexity: O(n) in the skipped bytes; allocates nothing.
    private static func skipElement(_ b: [UInt8], _ name: ArraySlice<UInt8>, from start: Int) -> Int {
        let nests = !name.elementsEqual("script".utf8) && !name.elementsEqual("style".utf8)
        var depth = 1
        var i = start
        /// Whether the bytes at `k` are `name`, case folded.
        func namesElement(at k: Int) -> Bool {
            guard k + name.count <= b.count else { return false }
            var m = 0
            for c in name {
                if lower(b[k + m]) != c { return false }
                m += 1
            }
            return true
        }
        while i < b.count, depth > 0 {
            guard let open = firstIndex(of: 0x3C, in: b, from: i) else { i = b.count; break }
            i = open
            if i + 1 < b.count, b[i + 1] == 0x2F, namesElement(at: i + 2) {
                depth -= 1
            } else if nests, namesElement(at: i + 1) {
                let after = i + 1 + name.count < b.count ? lower(b[i + 1 + name.count]) : 0x3E
                if after == 0x3E || after == 0x20 { depth += 1 }
            }
            i += 1
        }
        return firstIndex(of: 0x3E, in: b, from: i).map { $0 + 1 } ?? b.count
    }

    /// The first `byte` in `b[from...]`.
    @inline(__always)
    private static func firstIndex(of byte: UInt8, in b: [UInt8], from: Int) -> Int? {
        guard from < b.count else { return nil }
        return b.withUnsafeBufferPointer { p in
            var k = from
            while k < p.count {
                if p[k] == byte { return k }
                k += 1
            }
            return nil
        }
    }

    private static func find(_ b: [UInt8], _ needle: [UInt8], from: Int) -> Int? {
        guard needle.count <= b.count else { return nil }
        var i = from
        while i + needle.count <= b.count {
            if b[i] == needle[0] && b[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// `&amp;`, `&#8220;`, `&#x2019;` and the named entities of `text/html-entities.txt`.
    func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";"), let replacement = HTMLText.reference(after[..<semi], entities) {
                // `&#0;` is U+FFFD in HTML: a NUL would end the text early in C APIs (SQLite).
                out += replacement == "\u{0}" ? "\u{FFFD}" : replacement
                rest = after[after.index(after: semi)...]
                continue
            }
            out += "&"
            rest = after
        }
        return out + rest
    }
}
