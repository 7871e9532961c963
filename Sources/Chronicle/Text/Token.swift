/// One token of the clean text: a word, a number or a punctuation mark.
///
/// Tokens are small values in one array; the text itself is never copied. A word's `key` is
/// the hash of its normalised form (case and diacritics folded, periods dropped), which is
/// all the gazetteer matcher and the cue lists compare.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// Letters (possibly with digits or inner apostrophes): `Putin`, `O'Leary`, `1990s`, `U.S.`
        case word
        /// Digits only: `2024`, `02`
        case number
        /// Anything else, one scalar per token: `-`, `,`, `“`
        case punct
    }

    public struct Flags: OptionSet, Sendable, Equatable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// The first letter is upper case.
        public static let capitalized = Flags(rawValue: 1 << 0)
        /// Every letter is upper case (and there are at least two).
        public static let allCaps = Flags(rawValue: 1 << 1)
        /// Followed by a possessive `'s` / `’s` / `’`, which `end` excludes.
        public static let possessive = Flags(rawValue: 1 << 2)
        /// No white space between this token and the previous one.
        public static let attached = Flags(rawValue: 1 << 3)
        /// A line break comes before this token.
        public static let lineStart = Flags(rawValue: 1 << 4)
        /// The first token of a sentence (set by the sentence splitter).
        public static let sentenceStart = Flags(rawValue: 1 << 5)
        /// Contains a digit.
        public static let hasDigit = Flags(rawValue: 1 << 6)
        /// An initialism written with periods: `U.S.`, `U.N.`
        public static let dotted = Flags(rawValue: 1 << 7)
        /// On a line written in capitals (a shouted headline), where case says nothing.
        public static let capsLine = Flags(rawValue: 1 << 8)
    }

    public var start: Int
    public var end: Int
    public var kind: Kind
    public var flags: Flags
    /// Hash of the normalised form; for punctuation, the hash of the scalar itself.
    public var key: UInt64

    public var span: Span { Span(start, end) }
    public func has(_ flag: Flags) -> Bool { flags.contains(flag) }
    public var isWord: Bool { kind == .word }
    public var isCapitalized: Bool { flags.contains(.capitalized) }
}
