import Foundation

/// The lines of a page seen so far, compared as Swift compares Strings (canonical
/// equivalence), for the cleaner's repeated-line rule.
///
/// A `Set<Substring>` gave this answer but hashed every line through Unicode normalisation
/// (most pages hold a `’` or `©`, so no line took the ASCII fast path). Here a line is keyed by
/// its bytes when they are already in normal form C (every scalar below U+0300 or among the
/// quotes, dashes and currency signs of `SolitaryScalar`, none of which compose or decompose),
/// and by its NFC bytes otherwise; two keys are equal exactly when the Strings are.
/// - Complexity: O(n) per line: one hash pass and at most one compare per line with the same hash.
struct SeenLines {
    /// Line keys: byte ranges into the page, or (for normalised lines) into `normalized`.
    private var keys: [(start: Int, end: Int, normalized: Bool)] = []
    /// First key of each hash; `next` chains keys whose hashes collide.
    private var first: [UInt64: Int32] = [:]
    private var next: [Int32] = []
    /// NFC bytes of the lines that needed normalising.
    private var normalized: [UInt8] = []

    /// Adds `page[start..<end]`; true if no equal line was there.
    mutating func insert(_ page: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if SeenLines.isNormal(page, start, end) {
            return insert(key: page, start, end, page: page, isNormalized: false)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: page[start..<end]), as: UTF8.self)
        let nfc = Array(text.precomposedStringWithCanonicalMapping.utf8)
        return nfc.withUnsafeBufferPointer { insert(key: $0, 0, $0.count, page: page, isNormalized: true) }
    }

    /// Adds the key `key[start..<end]` (page bytes, or NFC bytes to be copied in).
    private mutating func insert(key: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, page: UnsafeBufferPointer<UInt8>,
                                 isNormalized: Bool) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in start..<end { hash = (hash ^ UInt64(key[k])) &* 0x100_0000_01b3 }
        let head = first[hash] ?? -1
        var candidate = head
        while candidate >= 0 {
            let known = keys[Int(candidate)]
            let equal = known.normalized
                ? normalized.withUnsafeBufferPointer { SeenLines.equal($0, known.start, known.end, key, start, end) }
                : SeenLines.equal(page, known.start, known.end, key, start, end)
            if equal { return false }
            candidate = next[Int(candidate)]
        }
        next.append(head)
        first[hash] = Int32(keys.count)
        if isNormalized {
            let from = normalized.count
            normalized.append(contentsOf: UnsafeBufferPointer(rebasing: key[start..<end]))
            keys.append((from, normalized.count, true))
        } else {
            keys.append((start, end, false))
        }
        return true
    }

    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ aStart: Int, _ aEnd: Int,
                              _ b: UnsafeBufferPointer<UInt8>, _ bStart: Int, _ bEnd: Int) -> Bool {
        guard aEnd - aStart == bEnd - bStart else { return false }
        if aEnd == aStart { return true }
        return memcmp(a.baseAddress! + aStart, b.baseAddress! + bStart, aEnd - aStart) == 0
    }

    /// Whether the bytes are certainly in normal form C: every scalar is below U+0300, or a
    /// solitary scalar without a decomposition (U+2000 and U+2001 decompose to U+2002, U+2003).
    static func isNormal(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            if bytes[i] < 0x80 { i += 1; continue }
            let (scalar, length) = UTF8Scalar.decode(bytes, at: i)
            let v = scalar.value
            guard SolitaryScalar.contains(v), v != 0x2000, v != 0x2001 else { return false }
            i += length
        }
        return true
    }
}
