/// A trie over normalised token keys: the compiled form of every multi-word list.
///
/// A phrase is stored as the keys of its words, with hyphens and periods dropped, so
/// `Kim Jong-un`, `Kim Jong Un` and `KIM JONG UN` share one path and `U.S.` meets `US`.
/// Walking the text costs one hash lookup per token and stops at the first miss.
/// - Complexity: O(k) per start position, k the length of the longest phrase that matches there.
struct PhraseTrie: Sendable {
    private struct Edge: Hashable {
        let node: Int32
        let key: UInt64
    }

    private var edges: [Edge: Int32] = [:]
    /// Payloads of the phrases ending at a node, in insertion order.
    private var terminals: [Int32: [Int32]] = [:]
    private var nodeCount: Int32 = 1

    /// The word keys of a phrase as the matcher sees it.
    static func keys(of phrase: String) -> [UInt64] {
        let bytes = Array(phrase.utf8)
        return Tokenizer.tokenize(bytes).filter { !isSkippable($0, bytes) }.map(\.key)
    }

    /// Inserts a phrase given by its keys; empty phrases are ignored.
    mutating func insert(_ keys: [UInt64], payload: Int32) {
        guard !keys.isEmpty else { return }
        var node: Int32 = 0
        for key in keys {
            let edge = Edge(node: node, key: key)
            if let next = edges[edge] {
                node = next
            } else {
                edges[edge] = nodeCount
                node = nodeCount
                nodeCount += 1
            }
        }
        terminals[node, default: []].append(payload)
    }

    /// Every phrase that matches at token `start`, longest first, as (last token, payloads).
    ///
    /// Attached hyphens and periods inside the text are stepped over; a line break or a
    /// possessive ends the walk (`Russia's Far East` does not run on past `Russia`).
    func matches(in tokens: [Token], bytes: [UInt8], at start: Int) -> [(last: Int, payloads: [Int32])] {
        var found = [(last: Int, payloads: [Int32])]()
        var node: Int32 = 0
        var i = start
        while i < tokens.count {
            if i > start && tokens[i].has(.lineStart) { break }
            guard let next = edges[Edge(node: node, key: tokens[i].key)] else { break }
            node = next
            if let payloads = terminals[node] { found.append((i, payloads)) }
            if tokens[i].has(.possessive) { break }
            // Step over `-` or `.` glued to this word, as in `Jong-un` or `St. Petersburg`.
            var j = i + 1
            while j < tokens.count, tokens[j].kind == .punct, tokens[j].has(.attached),
                  PhraseTrie.isSkippable(tokens[j], bytes) {
                j += 1
            }
            i = j
        }
        return found.reversed()
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
}
