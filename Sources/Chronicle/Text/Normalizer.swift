import Foundation

/// The normal form names are compared in: lower case, diacritics folded (`Erdoğan` = `erdogan`),
/// curly apostrophes straightened, periods dropped (`U.S.` = `us`).
///
/// Hashing the normal form as it is produced gives every token a 64-bit key without building
/// a String; the same function keys gazetteer entries, so they meet in one hash table.
public enum Normalizer {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always)
    static func mix(_ hash: inout UInt64, _ byte: UInt8) {
        hash ^= UInt64(byte)
        hash &*= prime
    }

    /// The key of a word already split into tokens elsewhere (for data files and tests).
    public static func key(_ word: String) -> UInt64 {
        var hash = offsetBasis
        let bytes = Array(word.utf8)
        appendNormalized(bytes, 0, bytes.count, into: &hash)
        return hash
    }

    /// The normalised text of a word (for display and for building ids).
    public static func normalized(_ word: String) -> String {
        var out = [UInt8]()
        var scalars = word.unicodeScalars.makeIterator()
        while let s = scalars.next() { appendFolded(s, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Hashes the normal form of `bytes[start..<end]` into `hash`.
    @inline(__always)
    static func appendNormalized(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into hash: inout UInt64) {
        var i = start
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x2E { i += 1; continue }  // '.'
                mix(&hash, (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b)
                i += 1
            } else {
                let (scalar, length) = UTF8Scalar.decode(bytes, at: i)
                mixFolded(scalar, into: &hash)
                i += length
            }
        }
    }

    static func appendNormalized(_ bytes: [UInt8], _ start: Int, _ end: Int, into hash: inout UInt64) {
        bytes.withUnsafeBufferPointer { appendNormalized($0, start, end, into: &hash) }
    }

    /// Hashes the folded UTF-8 of one non-ASCII scalar, as `appendFolded` would produce it,
    /// without building an array for the common cases (quotes, hyphens, accented Latin letters).
    @inline(__always)
    static func mixFolded(_ scalar: Unicode.Scalar, into hash: inout UInt64) {
        let v = scalar.value
        if v == 0x2019 || v == 0x2018 || v == 0x02BC { mix(&hash, 0x27); return }
        if v == 0x2010 || v == 0x2011 { mix(&hash, 0x2D); return }
        if let ascii = FoldTable.shared.ascii(for: v) {
            for b in ascii { mix(&hash, b) }
            return
        }
        var folded = [UInt8]()
        appendFolded(scalar, into: &folded)
        for f in folded { mix(&hash, f) }
    }

    /// Appends the folded UTF-8 of one scalar (lower case, no diacritics, `’` as `'`).
    static func appendFolded(_ scalar: Unicode.Scalar, into out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            if v == 0x2E { return }
            let b = UInt8(v)
            out.append((b >= 0x41 && b <= 0x5A) ? b | 0x20 : b)
            return
        }
        if v == 0x2019 || v == 0x2018 || v == 0x02BC { out.append(0x27); return }
        if v == 0x2010 || v == 0x2011 { out.append(0x2D); return }
        if let ascii = FoldTable.shared.ascii(for: v) {
            out.append(contentsOf: ascii)
            return
        }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            out.append(contentsOf: Array(String(lower).utf8))
        }
    }
}

/// ASCII letters for accented Latin letters (U+00C0…U+024F), built once from Unicode
/// canonical decompositions (the base letter comes first) so no table is typed by hand.
final class FoldTable: Sendable {
    static let shared = FoldTable()
    private let table: [[UInt8]?]

    private init() {
        var table = [[UInt8]?](repeating: nil, count: 0x250 - 0xC0)
        let special: [UInt32: String] = [0xDF: "ss", 0xC6: "ae", 0xE6: "ae", 0xD8: "o", 0xF8: "o",
                                         0x152: "oe", 0x153: "oe", 0x141: "l", 0x142: "l", 0x110: "d",
                                         0x111: "d", 0xD0: "d", 0xF0: "d", 0xDE: "th", 0xFE: "th", 0x131: "i"]
        for v in UInt32(0xC0)..<0x250 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if let s = special[v] { table[Int(v - 0xC0)] = Array(s.utf8); continue }
            // The canonical decomposition's first scalar is the base letter.
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            guard let base = decomposed.first, base.isASCII, base.properties.isAlphabetic else { continue }
            table[Int(v - 0xC0)] = Array(String(base).lowercased().utf8)
        }
        self.table = table
    }

    func ascii(for value: UInt32) -> [UInt8]? {
        value >= 0xC0 && value < 0x250 ? table[Int(value - 0xC0)] : nil
    }
}

/// Decoding one scalar from UTF-8 bytes known to be valid (they come from a Swift String).
enum UTF8Scalar {
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (Unicode.Scalar(b0)!, 1) }
        if b0 < 0xE0, i + 1 < bytes.count {
            let v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 2)
        }
        if b0 < 0xF0, i + 2 < bytes.count {
            let v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
        }
        if i + 3 < bytes.count {
            let v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
        }
        return ("\u{FFFD}", 1)
    }
}

extension Normalizer {
    /// The form names are looked up by: normalised, hyphens as spaces, a possessive dropped,
    /// white space collapsed (`Kim Jong-un's` → `kim jong un`).
    public static func lookupForm(_ name: String) -> String {
        var text = normalized(name)
        if text.hasSuffix("'s") { text.removeLast(2) } else if text.hasSuffix("'") { text.removeLast() }
        return text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }
}
