/// HTML text helpers for the page renderers: escaping, and the trigger highlighted inside its
/// sentence.
///
/// Everything that comes from an article or the store (names, sentences, sources, types) goes
/// through `escape` before it reaches the page, in text and in attribute values alike, so a name
/// like `<script>alert(1)</script>` shows as text.
enum HTMLEscape {
    /// Escapes `& < > " '`; the result is safe in element text and in quoted attribute values.
    /// Control characters other than tab and line breaks become spaces (they are not valid HTML).
    /// - Complexity: O(n) in the string's scalars.
    static func escape(_ s: String) -> String {
        var needs = false
        for b in s.utf8 where b == 38 || b == 60 || b == 62 || b == 34 || b == 39 || (b < 0x20 && b != 9 && b != 10 && b != 13) || b == 0x7F {
            needs = true
            break
        }
        guard needs else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}

/// Where a source's trigger sits in its sentence, as far as the store can tell.
public struct TriggerLocation: Sendable, Hashable {
    /// The trigger's text (the document text between the source's `start` and `end`).
    public let text: String
    /// The trigger's code point offset within the sentence, when the sentence could be found in
    /// the document text.
    public let offsetInSentence: Int?

    public init(text: String, offsetInSentence: Int?) {
        self.text = text
        self.offsetInSentence = offsetInSentence
    }
}

enum TriggerHighlight {
    /// The code point range [lower, upper) of the trigger within `sentence`, found in order:
    /// the known offset (checked against the trigger text), the trigger text searched in the
    /// sentence (exact, then case-insensitive), and, without a trigger text, a word of the
    /// trigger's length that also occurs in the event's summary. Nil when nothing fits.
    static func range(in sentence: [Unicode.Scalar], source: EventSource, location: TriggerLocation?, summary: String) -> Range<Int>? {
        if let location, !location.text.isEmpty {
            let needle = Array(location.text.unicodeScalars)
            if let offset = location.offsetInSentence, offset >= 0, offset + needle.count <= sentence.count,
               Array(sentence[offset..<offset + needle.count]) == needle {
                return offset..<offset + needle.count
            }
            if let i = find(needle, in: sentence, foldCase: false) ?? find(needle, in: sentence, foldCase: true) {
                return i..<i + needle.count
            }
        }
        // No trigger text: a word of the trigger's length that the summary also uses.
        let length = source.end - source.start
        guard length > 0 else { return nil }
        let summaryWords = Set(words(Array(summary.unicodeScalars)).map { String(String.UnicodeScalarView(Array(summary.unicodeScalars)[$0])).lowercased() })
        for r in words(sentence) where r.count == length {
            let word = String(String.UnicodeScalarView(sentence[r])).lowercased()
            if summaryWords.contains(word) { return r }
        }
        return nil
    }

    /// The sentence as HTML with the trigger in `<mark>`.
    static func html(sentence: String, source: EventSource, location: TriggerLocation?, summary: String) -> String {
        let scalars = Array(sentence.unicodeScalars)
        guard let r = range(in: scalars, source: source, location: location, summary: summary) else {
            return HTMLEscape.escape(sentence)
        }
        func text(_ part: ArraySlice<Unicode.Scalar>) -> String { HTMLEscape.escape(String(String.UnicodeScalarView(part))) }
        return text(scalars[..<r.lowerBound]) + "<mark>" + text(scalars[r]) + "</mark>" + text(scalars[r.upperBound...])
    }

    private static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], foldCase: Bool) -> Int? {
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        func same(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
            a == b || (foldCase && a.properties.lowercaseMapping == b.properties.lowercaseMapping)
        }
        // Prefer a match on word boundaries (`said`, not the `said` in `unsaid`).
        var fallback: Int?
        for i in 0...(hay.count - needle.count) {
            var ok = true
            for j in 0..<needle.count where !same(hay[i + j], needle[j]) { ok = false; break }
            guard ok else { continue }
            let before = i == 0 || !isWord(hay[i - 1])
            let after = i + needle.count == hay.count || !isWord(hay[i + needle.count])
            if before && after { return i }
            if fallback == nil { fallback = i }
        }
        return fallback
    }

    private static func isWord(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }

    private static func words(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out = [Range<Int>]()
        var start: Int?
        for (i, c) in s.enumerated() {
            if isWord(c) {
                if start == nil { start = i }
            } else if let st = start {
                out.append(st..<i)
                start = nil
            }
        }
        if let st = start { out.append(st..<s.count) }
        return out
    }
}
