/// A small streaming JSON writer that keeps key order (readable, diffable output) and escapes
/// every string per RFC 8259, so hostile names cannot break the document.
struct JSONWriter<Output: TextOutputStream> {
    private(set) var out: Output
    private var needsComma = [false]

    init(_ out: Output) { self.out = out }

    mutating func beginObject() { separate(); out.write("{"); needsComma.append(false) }
    mutating func endObject() { needsComma.removeLast(); out.write("}") }
    mutating func beginArray() { separate(); out.write("["); needsComma.append(false) }
    mutating func endArray() { needsComma.removeLast(); out.write("]") }

    mutating func key(_ k: String) {
        separate()
        JSONWriter.writeString(k, to: &out)
        out.write(":")
        needsComma[needsComma.count - 1] = false
    }

    mutating func string(_ s: String?) {
        separate()
        if let s { JSONWriter.writeString(s, to: &out) } else { out.write("null") }
    }

    mutating func number(_ n: Int) { separate(); out.write(String(n)) }

    mutating func number(_ x: Double) {
        separate()
        out.write(x.isFinite ? String((x * 10000).rounded() / 10000) : "null")
    }

    mutating func null() { separate(); out.write("null") }

    mutating func field(_ k: String, _ s: String?) { key(k); string(s) }
    mutating func field(_ k: String, _ n: Int) { key(k); number(n) }
    mutating func field(_ k: String, _ x: Double) { key(k); number(x) }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { out.write(",") }
        needsComma[needsComma.count - 1] = true
    }

    static func writeString(_ s: String, to out: inout Output) {
        // Most strings need no escape: written as they are, without a scalar-by-scalar copy.
        if !needsEscape(s) {
            out.write("\"")
            out.write(s)
            out.write("\"")
            return
        }
        var buffer = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": buffer += "\\\""
            case "\\": buffer += "\\\\"
            case "\n": buffer += "\\n"
            case "\r": buffer += "\\r"
            case "\t": buffer += "\\t"
            case "\u{2028}": buffer += "\\u2028"
            case "\u{2029}": buffer += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    buffer += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    buffer.unicodeScalars.append(scalar)
                }
            }
        }
        buffer += "\""
        out.write(buffer)
    }

    /// Whether `writeString` changes anything in `s`: a quote, a backslash, a control
    /// character (all below U+0020, so single bytes) or U+2028/U+2029 (E2 80 A8/A9), judged on
    /// its UTF-8 bytes.
    static func needsEscape(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
                if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return true }
                i += 1
            }
            return false
        }
    }
}
