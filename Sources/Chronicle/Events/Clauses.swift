/// Splits a sentence's tokens into clauses, the window for an event's arguments and time.
///
/// A clause ends at `,` `;` `:` brackets, dashes and quotation marks, and before words that
/// open a subordinate clause (`which`, `who`, `where`, `while`, …: the `clause` and `simultaneous`
/// words of `events/argument-cues.txt`).
/// Crude, but it keeps `which said the vehicle was transferred … last weekend` apart from
/// `reported on Tuesday`.
///
/// A view of one sentence of `DocumentClauses`, which numbers the clauses of every sentence in
/// one pass over the document.
struct Clauses {
    /// Clause index of each token of the document, numbered from 0 in each sentence.
    private let clauseOf: [Int32]
    let firstToken: Int
    /// One past the sentence's last token.
    private let endToken: Int
    /// The tokens of `as`, `while`, `when` (`simultaneous` cues) that open a clause, in order.
    let simultaneous: ArraySlice<Int>

    fileprivate init(clauseOf: [Int32], tokens: Range<Int>, simultaneous: ArraySlice<Int>) {
        self.clauseOf = clauseOf
        firstToken = tokens.lowerBound
        endToken = tokens.upperBound
        self.simultaneous = simultaneous
    }

    /// The clause index of a token of the sentence.
    @inline(__always)
    func clause(of token: Int) -> Int { Int(clauseOf[token]) }

    /// The first token of the clause `token` is in (a boundary mark opens its clause).
    func start(of token: Int) -> Int {
        let clause = clause(of: token)
        var start = token
        while start > firstToken, self.clause(of: start - 1) == clause { start -= 1 }
        return start
    }

    /// Whether `t` is a comma (every punctuation scalar is a token of its own).
    static func isComma(_ bytes: [UInt8], _ t: Token) -> Bool {
        t.kind == .punct && t.end - t.start == 1 && bytes[t.start] == 0x2C
    }

    /// How many clause numbers there are (clauses are numbered 0 ..< count).
    var count: Int { (endToken > firstToken ? clause(of: endToken - 1) : 0) + 1 }

    static func isBoundary(_ bytes: [UInt8], _ t: Token) -> Bool {
        let b = bytes[t.start]
        if t.end - t.start == 1 { return b == 0x2C || b == 0x3B || b == 0x3A || b == 0x28 || b == 0x29 || b == 0x22 }
        // – — “ ” ‘ (U+2013, U+2014, U+201C, U+201D, U+2018)
        guard t.end - t.start == 3, b == 0xE2, bytes[t.start + 1] == 0x80 else { return false }
        let c = bytes[t.start + 2]
        return c == 0x93 || c == 0x94 || c == 0x9C || c == 0x9D || c == 0x98
    }
}

/// The clauses of every sentence of a document (see `Clauses`), numbered in one pass: one array
/// for the document instead of two arrays per sentence.
struct DocumentClauses {
    private let clauseOf: [Int32]
    /// The `simultaneous` cue tokens that open a clause, in text order.
    private let simultaneous: [Int]

    /// `joinsNames(i)` tells a comma that only separates parts of one name phrase (`Arlington,
    /// Virginia, last week`), which closes no clause.
    init(sentences: [Sentence], tokens: [Token], bytes: [UInt8], lexicon: TriggerLexicon, joinsNames: (Int) -> Bool) {
        var clauseOf = [Int32](repeating: 0, count: tokens.count)
        var simultaneous = [Int]()
        for sentence in sentences {
            var clause: Int32 = 0
            for i in sentence.tokens {
                let t = tokens[i]
                if t.kind == .punct && Clauses.isBoundary(bytes, t) && !joinsNames(i) {
                    clause += 1
                    clauseOf[i] = clause
                    continue
                }
                if t.kind == .word && i > sentence.tokens.lowerBound, let cue = lexicon.argumentCue(t.key), cue.startsClause {
                    clause += 1
                    if cue == .simultaneous { simultaneous.append(i) }
                }
                clauseOf[i] = clause
            }
        }
        self.clauseOf = clauseOf
        self.simultaneous = simultaneous
    }

    /// The clauses of one of the document's sentences.
    func clauses(of sentence: Sentence) -> Clauses {
        let range = sentence.tokens
        let openers = simultaneous[simultaneous.partitionPoint { $0 >= range.lowerBound } ..< simultaneous.partitionPoint { $0 >= range.upperBound }]
        return Clauses(clauseOf: clauseOf, tokens: range, simultaneous: openers)
    }
}
