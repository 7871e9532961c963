/// One bit each for up to 64 words, given in order of first request, so a set of words is a
/// `UInt64` and "is any of these words ahead?" is one AND. The rule filters of the time tagger
/// use it; a word asked for after the 64 bits are gone gets none, and the caller must then treat
/// it as possibly present.
struct WordBits {
    private var table = EdgeTable()
    private var count: Int32 = 0

    /// The bit of the word `key`, given a new one if it has none and bits remain.
    mutating func assign(_ key: UInt64) -> Int32? {
        if let bit = table.find(node: 0, key: key) { return bit }
        guard count < 64 else { return nil }
        table.insert(node: 0, key: key, next: count)
        count += 1
        return count - 1
    }

    /// The bit of the word `key`, if it was given one.
    @inline(__always)
    func bit(_ key: UInt64) -> Int32? {
        table.find(node: 0, key: key)
    }
}
