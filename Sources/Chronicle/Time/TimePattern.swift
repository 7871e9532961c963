/// Pattern classes computed from token shape rather than listed in data (numbers, years …).
enum Builtin: String, CaseIterable, Sendable {
    /// A quantity: digits (`2`, `1,500`, `2.5`), number words (`twenty four`) or a NUM phrase (`a few`).
    case number = "NUM"
    /// One token of digits, any value (for context checks).
    case digits = "NUMBER"
    /// A four-digit year 1000–2199, `'98`, or a year read in words (`nineteen ninety-six`).
    case year = "YEAR"
    /// Two digits after a year (`2023-24`).
    case year2 = "YEAR2DIGIT"
    /// A day of the month: `13`, `13th`, `thirteenth`.
    case day = "DAY"
    /// An ordinal: `third`, `3rd`.
    case ordinal = "ORD"
    /// A month number 1–12 in a numeric date.
    case monthNumber = "MM"
    /// A day number 1–31 in a numeric date.
    case dayNumber = "DD"
    /// `14:30`, `2:58`, `14:30:05`.
    case clock = "CLOCK"
    /// An hour 1–12 before `a.m.` / `o'clock`: `9`, `nine`.
    case hour = "HOUR"
    /// A 12-hour time with `am`/`pm` written on: `10pm`, `3am`, `10.30am`, `10:30pm` (as minutes
    /// of the day).
    case attachedAMPM = "CLOCKAMPM"
    /// A time with a point between hours and minutes, as British papers write it: `22.30`.
    case dottedClock = "DOTCLOCK"
    /// `1990s`, `'90s`, `90s`, `nineties`.
    case decade = "DECADE"
    /// `Q1` … `Q4`.
    case quarterName = "QNUM"
    /// `FY2024`, `FY24`.
    case fiscalYear = "FY"
    /// The day and clock of an ISO 8601 timestamp, which the tokenizer keeps as one word:
    /// `22T14:05`, `22T14:05:30Z` (bound as `day:hour:minute`, with `:Z` for UTC).
    case dayClock = "DAYCLOCK"
}

/// One alternative of a pattern element.
enum ElementAlternative: Sendable {
    case wordClass(Int)
    case builtin(Builtin)
    /// Words and punctuation to match in order (`year-ago` is `year`, `-`, `ago`).
    case literal([PhraseToken])
    /// A whole expression found by an earlier pass; nil type = any.
    case timex(TimexType?)
}

/// One position of a pattern: `MONTH`, `the?`, `+-`, `ago|earlier`, `@DATE`, `<DATEPREP>`.
struct PatternElement: Sendable {
    var alternatives: [ElementAlternative]
    /// The binding name of each alternative (class name, or nil for literals).
    var names: [String?]
    var isOptional = false
    /// Must follow the previous token without white space (`+` prefix).
    var isAttached = false
    /// What a token must show in its start mask (`PatternMatcher.startMask`) for some
    /// alternative other than a literal to match there, and the first words of the literals:
    /// the matcher rejects a token in one test before trying the alternatives one by one.
    var acceptMask: UInt64 = 0
    var literalFirstKeys: [UInt64] = []
}

/// A rule's token pattern: optional context before and after (outside the extent) and the body.
struct TimePattern: Sendable {
    var before: PatternElement?
    var body: [PatternElement] = []
    var after: PatternElement?

    /// Whether the body refers to expressions from an earlier pass (a composition rule).
    var isComposite: Bool {
        body.contains { $0.alternatives.contains { if case .timex = $0 { return true } else { return false } } }
    }

    /// Binding names in order; a repeated class is bound as `NAME2`, `NAME3` …
    var bindingNames: [String] {
        var out = [String]()
        for element in body {
            for name in element.names.compactMap({ $0 }) where !out.contains(name) { out.append(name) }
        }
        return out
    }

    /// Parses `the? ORD -? quarter of? YEAR`; see README.md.
    init(_ text: String, builder: LexiconBuilder, record: DataFile.Record) throws {
        let words = text.split(separator: " ").map(String.init)
        guard !words.isEmpty else { throw record.error("empty pattern") }
        for (index, word) in words.enumerated() {
            if word.hasPrefix("<") && word.hasSuffix(">") && word.count > 2 {
                let element = try Self.element(String(word.dropFirst().dropLast()), builder: builder, record: record)
                if index == 0 { before = element } else if index == words.count - 1 { after = element } else {
                    throw record.error("context element \(word) must come first or last")
                }
                continue
            }
            body.append(try Self.element(word, builder: builder, record: record))
        }
        guard !body.isEmpty else { throw record.error("pattern has no body") }
        guard body.contains(where: { !$0.isOptional }) else { throw record.error("pattern has only optional elements") }
        // Name repeated classes NAME2, NAME3 … so normalisations can tell them apart.
        var seen = [String: Int]()
        for i in body.indices {
            for j in body[i].names.indices {
                guard let name = body[i].names[j] else { continue }
                seen[name, default: 0] += 1
                if seen[name]! > 1 { body[i].names[j] = name + String(seen[name]!) }
            }
        }
    }

    /// A literal's tokens; unlike lexicon phrases it may be bare punctuation (`,`, `-`, `/`).
    private static func literalTokens(_ text: String, record: DataFile.Record) throws -> [PhraseToken] {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokenize(bytes)
        guard !tokens.isEmpty else { throw record.error("empty literal") }
        if tokens.count == 1 { return [PhraseToken(key: tokens[0].key, isOptional: false)] }
        return try LexiconBuilder.phraseTokens(text, record: record)
    }

    private static func element(_ word: String, builder: LexiconBuilder, record: DataFile.Record) throws -> PatternElement {
        var text = Substring(word)
        var element = PatternElement(alternatives: [], names: [])
        if text.hasPrefix("+") && text.count > 1 { element.isAttached = true; text = text.dropFirst() }
        if text.hasSuffix("?") && text.count > 1 { element.isOptional = true; text = text.dropLast() }
        for part in text.split(separator: "|", omittingEmptySubsequences: false) {
            let name = String(part)
            guard !name.isEmpty else { throw record.error("empty alternative in '\(word)'") }
            if name.hasPrefix("@") {
                let typeName = String(name.dropFirst())
                if typeName == "ANY" {
                    element.alternatives.append(.timex(nil))
                } else if let type = TimexType(rawValue: typeName) {
                    element.alternatives.append(.timex(type))
                } else {
                    throw record.error("unknown expression type '\(name)'")
                }
                element.names.append(name)
            } else if let first = name.unicodeScalars.first, first.properties.isUppercase {
                if let builtin = Builtin(rawValue: name) {
                    element.alternatives.append(.builtin(builtin))
                } else if let id = builder.classIDs[name] {
                    element.alternatives.append(.wordClass(id))
                } else {
                    throw record.error("unknown word class '\(name)' (not listed in any word file)")
                }
                element.names.append(name)
            } else {
                element.alternatives.append(.literal(try Self.literalTokens(name, record: record)))
                element.names.append(nil)
            }
        }
        element.acceptMask = RuleIndex.mask(of: element) { builder.classIDs[$0] }
        element.literalFirstKeys = element.alternatives.compactMap { if case .literal(let p) = $0 { p.first?.key } else { nil } }
        return element
    }
}
