/// The compiled entity names: a phrase trie plus, for every stored spelling, the case each
/// word must have in the text.
///
/// Case policy: an acronym in the list (`DPRK`, `U.S.`) matches only upper case in the text,
/// so `us` is never the United States; a capitalised word matches a capitalised or all-caps
/// word (headlines), or any word glued on by a hyphen (`Jong-un` for `Jong Un`); a lower-case
/// word in the list (`of`, `al`) matches any case. An all-caps word matches a capitalised
/// list word only on a line written in capitals (`GAO` is not the town of Gao).
struct EntityNameIndex: Sendable {
    enum CaseClass: UInt8, Sendable {
        case free, capital, acronym
    }

    /// One stored spelling. The case classes of its words are packed two bits each into one
    /// word (names have at most `CaseClasses.capacity` words; longer ones keep an array), so
    /// a variant is a plain value: building 200,000 of them allocates nothing, and reading one
    /// while matching retains nothing.
    struct Variant: Sendable {
        let entity: Int32
        let caseClasses: CaseClasses
        /// An alias rather than the canonical name.
        let isAlias: Bool
    }

    /// The case class of each word of a name, in order.
    struct CaseClasses: Sendable {
        static let capacity = 32
        private let packed: UInt64
        let count: Int
        /// Only for names of more than `capacity` words.
        private let overflow: [CaseClass]?

        init(_ classes: [CaseClass]) {
            count = classes.count
            if classes.count > CaseClasses.capacity {
                packed = 0
                overflow = classes
            } else {
                var packed: UInt64 = 0
                for (k, c) in classes.enumerated() { packed |= UInt64(c.rawValue) << (2 * k) }
                self.packed = packed
                overflow = nil
            }
        }

        @inline(__always)
        subscript(k: Int) -> CaseClass {
            if let overflow { return overflow[k] }
            return CaseClass(rawValue: UInt8(truncatingIfNeeded: packed >> (2 * k)) & 3)!
        }
    }

    private(set) var trie = PhraseTrie()
    private(set) var variants: [Variant] = []

    var count: Int { variants.count }

    /// Makes room for about `names` more names, so the tables grow once rather than by doubling.
    mutating func reserveCapacity(names: Int) {
        variants.reserveCapacity(variants.count + names)
        trie.reserveCapacity(phrases: names)
    }

    /// Adds a name; returns the trie node its phrase ends at (nil for a name without words).
    /// - Complexity: O(n) in the name's bytes, plus one table probe per word.
    @discardableResult
    mutating func add(_ name: String, entity: Int32, isAlias: Bool = false) -> Int32? {
        var name = name
        let (keys, classes) = name.withUTF8 { bytes -> ([UInt64], [CaseClass]) in
            let tokens = Tokenizer.tokenize(bytes)
            var keys = [UInt64](), classes = [CaseClass]()
            keys.reserveCapacity(tokens.count)
            classes.reserveCapacity(tokens.count)
            for word in tokens where !PhraseTrie.isSkippable(word, bytes) {
                keys.append(word.key)
                if word.has(.dotted) || word.has(.allCaps) {
                    classes.append(.acronym)
                } else {
                    classes.append(word.isCapitalized ? .capital : .free)
                }
            }
            return (keys, classes)
        }
        guard !keys.isEmpty else { return nil }
        let node = trie.insert(keys, payload: Int32(variants.count))
        variants.append(Variant(entity: entity, caseClasses: CaseClasses(classes), isAlias: isAlias))
        return node
    }

    /// Whether some name starts with the word whose key is `key` (one table probe).
    @inline(__always)
    func startsName(_ key: UInt64) -> Bool { trie.startsPhrase(key) }

    /// The longest name at token `start` whose case fits, as (last token, entity index, whether
    /// it matched an alias).
    /// - Complexity: O(k) for a walk of k tokens; allocates nothing (terminals are collected in a
    ///   stack buffer, checked longest first).
    func match(in tokens: [Token], bytes: [UInt8], at start: Int) -> (last: Int, entity: Int32, isAlias: Bool)? {
        guard trie.hasEdge(from: start, in: tokens) else { return nil }
        var source = TokenArray(tokens: tokens, bytes: bytes)
        return match(in: &source, at: start)
    }

    /// `match` over any `PhraseTokens` (the matcher's `TokenWindow`), reading tokens only as
    /// far as the walk goes.
    @inline(__always)
    func match<Tokens: PhraseTokens>(in tokens: inout Tokens, at start: Int) -> (last: Int, entity: Int32, isAlias: Bool)? {
        withUnsafeTemporaryAllocation(of: (Int, Int32).self, capacity: 32) { found -> (last: Int, entity: Int32, isAlias: Bool)? in
            var n = 0
            var overflow = false
            trie.walk(&tokens, from: start) { last, node in
                if n == found.count { overflow = true; return false }
                found.initializeElement(at: n, to: (last, node))
                n += 1
                return true
            }
            if overflow { return slowMatch(in: &tokens, at: start) }
            var k = n - 1
            while k >= 0 {
                let (last, node) = found[k]
                if let m = firstFitting(node, &tokens, start, last) { return m }
                k -= 1
            }
            return nil
        }
    }

    /// `match` with the terminals in an array, for a phrase with more than 32 on its path.
    private func slowMatch<Tokens: PhraseTokens>(in tokens: inout Tokens, at start: Int) -> (last: Int, entity: Int32, isAlias: Bool)? {
        var found = [(Int, Int32)]()
        trie.walk(&tokens, from: start) { last, node in
            found.append((last, node))
            return true
        }
        for (last, node) in found.reversed() {
            if let m = firstFitting(node, &tokens, start, last) { return m }
        }
        return nil
    }

    /// The first name ending at `node` (tokens `start...last`) whose case fits, in insertion order.
    @inline(__always)
    private func firstFitting<Tokens: PhraseTokens>(_ node: Int32, _ tokens: inout Tokens, _ start: Int, _ last: Int)
        -> (last: Int, entity: Int32, isAlias: Bool)? {
        var result: (last: Int, entity: Int32, isAlias: Bool)?
        trie.forEachPayload(node) { payload in
            let variant = variants[Int(payload)]
            guard fits(variant, &tokens, start, last) else { return true }
            result = (last, variant.entity, variant.isAlias)
            return false
        }
        return result
    }

    private func fits<Tokens: PhraseTokens>(_ variant: Variant, _ tokens: inout Tokens, _ start: Int, _ last: Int) -> Bool {
        var k = 0
        var previous: Token?
        for i in start...last {
            let t = tokens.token(i)!
            defer { previous = t }
            if tokens.isSkippable(t) { continue }
            guard k < variant.caseClasses.count else { return false }
            switch variant.caseClasses[k] {
            case .free: break
            case .capital:
                let afterHyphen = i > start && t.has(.attached) && tokens.isSkippable(previous!)
                if !t.isCapitalized && !afterHyphen { return false }
                if t.has(.allCaps) && !tokens.isOnCapsLine(i) { return false }
            case .acronym:
                if !(t.has(.allCaps) || t.has(.dotted)) { return false }
            }
            k += 1
        }
        return k == variant.caseClasses.count
    }
}
