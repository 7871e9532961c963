/// A trie over normalised token keys: the compiled form of every multi-word list.
///
/// A phrase is stored as the keys of its words, with hyphens and periods dropped, so
/// `Kim Jong-un`, `Kim Jong Un` and `KIM JONG UN` share one path and `U.S.` meets `US`.
/// Walking the text costs one hash lookup per token and stops at the first miss.
///
/// The edges live in one open-addressing table (`EdgeTable`: flat arrays, a multiplicative
/// hash of node and key, linear probing) rather than a `Dictionary` of structs, so a lookup is
/// a few loads and one compare, with no hashing of a struct through `Hasher` and no allocation.
/// - Complexity: O(k) per start position, k the length of the longest phrase that matches there.
struct PhraseTrie: Sendable {
    private var edges = EdgeTable()
    /// Payloads of the phrases ending at a node, in insertion order (empty: not a terminal).
    private var terminals: [[Int32]] = [[]]
    private var nodeCount: Int32 = 1

    /// The word keys of a phrase as the matcher sees it.
    static func keys(of phrase: String) -> [UInt64] {
        var phrase = phrase
        return phrase.withUTF8 { bytes in
            Tokenizer.tokenize(bytes).filter { !isSkippable($0, bytes) }.map(\.key)
        }
    }

    /// Makes room for about `phrases` more phrases of a few words each.
    mutating func reserveCapacity(phrases: Int) {
        edges.reserveCapacity(edges.count + 2 * phrases)
        terminals.reserveCapacity(terminals.count + 2 * phrases)
    }

    /// Inserts a phrase given by its keys and returns the node it ends at; empty phrases are
    /// ignored (the root is returned).
    @discardableResult
    mutating func insert(_ keys: [UInt64], payload: Int32) -> Int32 {
        guard !keys.isEmpty else { return 0 }
        var node: Int32 = 0
        for key in keys {
            if let next = edges.find(node: node, key: key) {
                node = next
            } else {
                edges.insert(node: node, key: key, next: nodeCount)
                terminals.append([])
                node = nodeCount
                nodeCount += 1
            }
        }
        terminals[Int(node)].append(payload)
        return node
    }

    /// The node reached from `node` by the word `key`, or nil.
    @inline(__always)
    func step(_ node: Int32, _ key: UInt64) -> Int32? {
        edges.find(node: node, key: key)
    }

    /// Whether some phrase ends at `node`.
    @inline(__always)
    func isTerminal(_ node: Int32) -> Bool { !terminals[Int(node)].isEmpty }

    /// The payloads of the phrases ending at `node`, in insertion order.
    @inline(__always)
    func payloads(_ node: Int32) -> [Int32] { terminals[Int(node)] }

    /// The keys of the words phrases start with, in no particular order (for tables that
    /// answer "does any list start here" for several tries in one probe).
    /// - Complexity: O(table size).
    var firstWordKeys: [UInt64] { edges.keys(from: 0) }

    /// Whether any phrase starts with the word at `start` (one table probe; no allocation).
    @inline(__always)
    func hasEdge(from start: Int, in tokens: [Token]) -> Bool {
        start < tokens.count && edges.find(node: 0, key: tokens[start].key) != nil
    }

    /// Every phrase that matches at token `start`, longest first, as (last token, payloads).
    ///
    /// Attached hyphens and periods inside the text are stepped over; a line break or a
    /// possessive ends the walk (`Russia's Far East` does not run on past `Russia`).
    func matches(in tokens: [Token], bytes: [UInt8], at start: Int) -> [(last: Int, payloads: [Int32])] {
        // Most positions start no phrase: answer those with one probe and no allocation.
        guard start < tokens.count, edges.find(node: 0, key: tokens[start].key) != nil else { return [] }
        var found = [(last: Int, payloads: [Int32])]()
        walk(tokens, bytes, from: start) { last, node in
            found.append((last, terminals[Int(node)]))
            return true
        }
        return found.reversed()
    }

    /// Walks the phrases matching at `start`, calling `visit(last token, node)` at every terminal
    /// node in order of length (shortest first) until it returns false. Allocates nothing.
    @inline(__always)
    func walk(_ tokens: [Token], _ bytes: [UInt8], from start: Int, _ visit: (Int, Int32) -> Bool) {
        var node: Int32 = 0
        var i = start
        let count = tokens.count
        while i < count {
            let t = tokens[i]
            if i > start && t.has(.lineStart) { break }
            guard let next = edges.find(node: node, key: t.key) else { break }
            node = next
            if !terminals[Int(node)].isEmpty, !visit(i, node) { return }
            if t.has(.possessive) { break }
            // Step over `-` or `.` glued to this word, as in `Jong-un` or `St. Petersburg`.
            var j = i + 1
            while j < count, tokens[j].kind == .punct, tokens[j].has(.attached),
                  PhraseTrie.isSkippable(tokens[j], bytes) {
                j += 1
            }
            i = j
        }
    }

    /// Hyphens and periods: spelling variation, not part of a name's identity.
    @inline(__always)
    static func isSkippable(_ token: Token, _ bytes: [UInt8]) -> Bool {
        guard token.kind == .punct else { return false }
        let b = bytes[token.start]
        if token.end - token.start == 1 { return b == 0x2D || b == 0x2E }
        // U+2010 hyphen, U+2011 non-breaking hyphen
        return token.end - token.start == 3 && b == 0xE2 && bytes[token.start + 1] == 0x80
            && (bytes[token.start + 2] == 0x90 || bytes[token.start + 2] == 0x91)
    }

    /// `isSkippable` over a buffer (names being compiled).

    @inline(__always)
    static func isSkippable(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .punct else { return false }
        let b = bytes[token.start]
        if token.end - token.start == 1 { return b == 0x2D || b == 0x2E }
        // U+2010 hyphen, U+2011 non-breaking hyphen
        return token.end - token.start == 3 && b == 0xE2 && bytes[token.start + 1] == 0x80
            && (bytes[token.start + 2] == 0x90 || bytes[token.start + 2] == 0x91)
    }
}

/// The trie's edges, (node, word key) → next node, in one open-addressing hash table: three
/// parallel arrays, capacity a power of two kept at most half full, linear probing. Keys are
/// already FNV hashes of the normal form, so one multiply-and-shift spreads them.
struct EdgeTable: Sendable {
    private var nodes: [Int32]
    private var keys: [UInt64]
    /// The next node, or -1 for an empty slot.
    private var targets: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        nodes = [Int32](repeating: 0, count: size)
        keys = [UInt64](repeating: 0, count: size)
        targets = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ node: Int32, _ key: UInt64, _ mask: Int) -> Int {
        let h = (key ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: h >> 29) & mask
    }

    @inline(__always)
    func find(node: Int32, key: UInt64) -> Int32? {
        targets.withUnsafeBufferPointer { targets in
            keys.withUnsafeBufferPointer { keys in
                nodes.withUnsafeBufferPointer { nodes in
                    var s = EdgeTable.slot(node, key, mask)
                    while true {
                        let next = targets[s]
                        if next < 0 { return nil }
                        if keys[s] == key && nodes[s] == node { return next }
                        s = (s + 1) & mask
                    }
                }
            }
        }
    }

    /// The keys of the edges leaving `node`, in table order.
    func keys(from node: Int32) -> [UInt64] {
        (0..<targets.count).compactMap { s in targets[s] >= 0 && nodes[s] == node ? keys[s] : nil }
    }

    /// Grows the table, if needed, to hold `count` edges at most half full.
    mutating func reserveCapacity(_ count: Int) {
        guard count * 2 > targets.count else { return }
        var bigger = EdgeTable(capacity: count)
        for s in 0..<targets.count where targets[s] >= 0 {
            bigger.insert(node: nodes[s], key: keys[s], next: targets[s])
        }
        self = bigger
    }

    /// Adds an edge known to be absent.
    mutating func insert(node: Int32, key: UInt64, next: Int32) {
        if (count + 1) * 2 > targets.count { grow() }
        var s = EdgeTable.slot(node, key, mask)
        while targets[s] >= 0 { s = (s + 1) & mask }
        nodes[s] = node
        keys[s] = key
        targets[s] = next
        count += 1
    }

    private mutating func grow() {
        var bigger = EdgeTable(capacity: targets.count)
        for s in 0..<targets.count where targets[s] >= 0 {
            bigger.insert(node: nodes[s], key: keys[s], next: targets[s])
        }
        self = bigger
    }
}
