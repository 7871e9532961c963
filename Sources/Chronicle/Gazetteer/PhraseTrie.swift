/// A trie over normalised token keys: the compiled form of every multi-word list.
///
/// A phrase is stored as the keys of its words, with hyphens and periods dropped, so
/// `Kim Jong-un`, `Kim Jong Un` and `KIM JONG UN` share one path and `U.S.` meets `US`.
/// Walking the text costs one hash lookup per token and stops at the first miss.
///
/// The edges live in open-addressing tables, one per node, in one array (`ChildTables`) rather
/// than a `Dictionary` of structs, so a step is one probe near the last one, with no hashing of
/// a struct through `Hasher` and no allocation. Payloads are flat too: one per node in an array, and the rare
/// second and later payloads of a node (two entities sharing a spelling) in a dictionary, so
/// reading a node's payloads retains no array.
/// - Complexity: O(k) per start position, k the length of the longest phrase that matches there.
struct PhraseTrie: Sendable {
    private var edges = ChildTables()
    /// The first payload of the phrase ending at each node, or -1 (not a terminal).
    private var firstPayloads: [Int32] = [-1]
    /// The payloads after the first of the nodes that have more than one, in insertion order.
    private var laterPayloads: [Int32: [Int32]] = [:]
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
        firstPayloads.reserveCapacity(firstPayloads.count + 2 * phrases)
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
                firstPayloads.append(-1)
                node = nodeCount
                nodeCount += 1
            }
        }
        if firstPayloads[Int(node)] < 0 {
            firstPayloads[Int(node)] = payload
            edges.markEnd(of: node)
        } else {
            laterPayloads[node, default: []].append(payload)
        }
        return node
    }

    /// The node reached from `node` by the word `key`, or nil.
    @inline(__always)
    func step(_ node: Int32, _ key: UInt64) -> Int32? {
        edges.find(node: node, key: key)
    }

    /// Whether some phrase ends at `node`.
    @inline(__always)
    func isTerminal(_ node: Int32) -> Bool { firstPayloads[Int(node)] >= 0 }

    /// Whether any phrase starts with the word whose key is `key` (one table probe).
    @inline(__always)
    func startsPhrase(_ key: UInt64) -> Bool { edges.step(edges.root, key) != nil }

    /// The payloads of the phrases ending at `node`, in insertion order (an array built for
    /// the call: `forEachPayload` reads them without one).
    func payloads(_ node: Int32) -> [Int32] {
        var all = [Int32]()
        forEachPayload(node) { all.append($0); return true }
        return all
    }

    /// Calls `body` with the payloads of the phrases ending at `node`, in insertion order,
    /// until it returns false; returns false if it did. Allocates nothing.
    @inline(__always)
    @discardableResult
    func forEachPayload(_ node: Int32, _ body: (Int32) -> Bool) -> Bool {
        let first = firstPayloads[Int(node)]
        guard first >= 0 else { return true }
        if !body(first) { return false }
        guard let later = laterPayloads[node] else { return true }
        for payload in later where !body(payload) { return false }
        return true
    }

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
            found.append((last, payloads(node)))
            return true
        }
        return found.reversed()
    }

    /// Walks the phrases matching at `start`, calling `visit(last token, node)` at every terminal
    /// node in order of length (shortest first) until it returns false. Allocates nothing.
    @inline(__always)
    func walk(_ tokens: [Token], _ bytes: [UInt8], from start: Int, _ visit: (Int, Int32) -> Bool) {
        var source = TokenArray(tokens: tokens, bytes: bytes)
        walk(&source, from: start, visit)
    }

    /// `walk` over any `PhraseTokens`: the tokens are read one by one as far as the walk goes
    /// (one past the last word it takes, at most, plus the hyphens and periods glued to it).
    ///
    /// Attached hyphens and periods inside the text are stepped over; a line break or a
    /// possessive ends the walk (`Russia's Far East` does not run on past `Russia`).
    @inline(__always)
    func walk<Tokens: PhraseTokens>(_ tokens: inout Tokens, from start: Int, _ visit: (Int, Int32) -> Bool) {
        var table = edges.root
        var i = start
        while let t = tokens.token(i) {
            if i > start && t.has(.lineStart) { break }
            guard let edge = edges.step(table, t.key) else { break }
            if edge.endsPhrase, !visit(i, edge.target) { return }
            // A possessive ends the name; a node without children ends every phrase through it
            // (no need to read the next token).
            if t.has(.possessive) { break }
            table = ChildTables.Table(packed: edge.children)
            if table.isNone { break }
            // Step over `-` or `.` glued to this word, as in `Jong-un` or `St. Petersburg`.
            var j = i + 1
            while let u = tokens.token(j), u.kind == .punct, u.has(.attached), tokens.isSkippable(u) {
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
