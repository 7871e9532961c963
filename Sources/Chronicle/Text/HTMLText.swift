/// Turns an HTML page into plain text lines for the cleaner, with what the markup says about
/// the page (title, publication time).
///
/// A forgiving byte scanner, not a DOM parser: scripts, styles, navigation, asides, forms and
/// footers are skipped whole; block elements end lines; entities are decoded; lines that are
/// mostly link text (menus, related-story lists) are dropped by link density.
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

    /// Looks like HTML: starts with a tag and names a typical element early on.
    static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.prefix(2000).lowercased()
        guard head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "<" else { return false }
        return head.contains("<html") || head.contains("<!doctype") || head.contains("<body")
            || head.contains("<p>") || head.contains("<div") || head.contains("<head")
    }

    func convert(_ html: String) -> Result {
        let b = Array(html.utf8)
        var result = Result(text: "")
        var lines = [String]()
        var line = [UInt8](), linkBytes = 0, inLink = 0
        var titleBytes: [UInt8]?, h1Bytes: [UInt8]?, inTitle = false, inH1 = false
        var metaDates = [String: String]()
        var i = 0

        func endLine() {
            var text = String(decoding: line, as: UTF8.self)
            text = decodeEntities(text).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" })
                .joined(separator: " ")
            let textLength = max(line.count, 1)
            let mostlyLinks = linkBytes * 10 > textLength * 6 && !LineShape(Substring(text)).isProse
            if !text.isEmpty && !mostlyLinks { lines.append(text) }
            line.removeAll(keepingCapacity: true)
            linkBytes = 0
        }

        while i < b.count {
            if b[i] == 0x3C {  // <
                if b[i...].starts(with: Array("<!--".utf8)) {
                    i = find(b, Array("-->".utf8), from: i + 4).map { $0 + 3 } ?? b.count
                    continue
                }
                guard let close = b[i...].firstIndex(of: 0x3E) else { break }
                let tag = b[(i + 1)..<close]
                let isEnd = tag.first == 0x2F
                let name = tagName(tag)
                i = close + 1
                if name == "meta", !isEnd, let attrs = attributes(tag) {
                    let key = (attrs["property"] ?? attrs["name"] ?? attrs["itemprop"] ?? "").lowercased()
                    if let content = attrs["content"], HTMLText.dateMeta.contains(key) { metaDates[key] = content }
                    continue
                }
                if name == "time", !isEnd, let attrs = attributes(tag), let dt = attrs["datetime"], metaDates["time"] == nil {
                    metaDates["time"] = dt
                }
                if name == "title" { inTitle = !isEnd; if !isEnd { titleBytes = [] }; continue }
                if name == "h1" && h1Bytes == nil && !isEnd { inH1 = true; h1Bytes = [] } else if name == "h1" && isEnd { inH1 = false }
                if name == "a" { inLink += isEnd ? (inLink > 0 ? -1 : 0) : 1 }
                if !isEnd, HTMLText.skipped.contains(name), !(tag.last == 0x2F) {
                    i = skipElement(b, name, from: i)
                    continue
                }
                if HTMLText.blocks.contains(name) { endLine() }
                continue
            }
            if inTitle { titleBytes?.append(b[i]); i += 1; continue }
            if inH1 { h1Bytes?.append(b[i]) }
            line.append(b[i])
            if inLink > 0 { linkBytes += 1 }
            i += 1
        }
        endLine()
        result.text = lines.joined(separator: "\n")
        func clean(_ bytes: [UInt8]?) -> String? {
            guard let bytes else { return nil }
            let s = decodeEntities(String(decoding: bytes, as: UTF8.self)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return s.isEmpty ? nil : s
        }
        result.title = clean(h1Bytes) ?? clean(titleBytes)
        result.published = HTMLText.dateMeta.lazy.compactMap { metaDates[$0] }.first ?? metaDates["time"]
        return result
    }

    private func tagName(_ tag: ArraySlice<UInt8>) -> String {
        var name = [UInt8]()
        for c in tag.drop(while: { $0 == 0x2F || $0 == 0x21 }) {
            if (c >= 0x41 && c <= 0x5A) { name.append(c | 0x20) } else if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) { name.append(c) } else { break }
        }
        return String(decoding: name, as: UTF8.self)
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

    /// Skips to after the matching end tag, counting nested elements of the same name.
    private func skipElement(_ b: [UInt8], _ name: String, from start: Int) -> Int {
        let open = Array("<\(name)".utf8), close = Array("</\(name)".utf8)
        var depth = 1
        var i = start
        while i < b.count, depth > 0 {
            guard b[i] == 0x3C else { i += 1; continue }
            let lower = b[i..<min(b.count, i + close.count + 1)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            if lower.starts(with: close) { depth -= 1 } else if lower.starts(with: open), name != "script", name != "style" {
                let after = lower.count > open.count ? lower[open.count] : 0x3E
                if after == 0x3E || after == 0x20 { depth += 1 }
            }
            i += 1
        }
        return b[i...].firstIndex(of: 0x3E).map { $0 + 1 } ?? b.count
    }

    private func find(_ b: [UInt8], _ needle: [UInt8], from: Int) -> Int? {
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
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let name = after[..<semi]
                var replacement: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    replacement = entities[String(name)]
                }
                if let replacement {
                    // `&#0;` is U+FFFD in HTML: a NUL would end the text early in C APIs (SQLite).
                    out += replacement == "\u{0}" ? "\u{FFFD}" : replacement
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }
}
