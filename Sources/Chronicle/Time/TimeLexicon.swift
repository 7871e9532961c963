import Foundation

/// One word or phrase of a word class (`MONTH | 9 | september; sept.`), as token keys.
struct LexiconEntry: Sendable {
    let wordClass: Int
    let tokens: [PhraseToken]
    let value: String
    let isAmbiguous: Bool
    /// `scale` number words multiply what precedes them (`two hundred`).
    let isScale: Bool
}

/// One token of a data phrase. Hyphens and a final period are optional so that `mid-day` meets
/// `midday`'s spelling variants and `Sept.` meets `Sept`.
struct PhraseToken: Sendable {
    let key: UInt64
    let isOptional: Bool
}

/// A cue that matches a word by its ending (`*ed`, `*'ll` in `tense.txt`).
struct SuffixCue: Sendable {
    let wordClass: Int
    let suffix: [UInt8]
    let value: String
}

/// Everything the tagger knows, read from the line files in `gazetteer/time/`: word classes
/// (months, units, cue words …) and the rules that combine them. Keeping both in data lets
/// linguists extend coverage without touching Swift, as HeidelTime's resource files do.
public struct TimeLexicon: Sendable {
    /// Word-class names in id order; built-in pattern classes come first.
    let classNames: [String]
    let classIDs: [String: Int]
    /// The ids of the classes the code asks for by name, looked up once.
    let classes: WordClasses
    let entries: [LexiconEntry]
    /// Entry indices by the key of their first token (`ListsByKey`: asked for every token of
    /// every article, so no `Hasher`).
    /// The lists one after another, flat so the per-token loops retain no inner array: list
    /// `l` is `listedEntries[listBounds[l]..<listBounds[l + 1]]` (see `entries(inList:)`).
    let listedEntries: [Int]
    let listBounds: [Int]
    private let firstKeyIndex: ListsByKey
    /// Per entry: the bit of its class when it is one word long, else 0 (`isListed` tests).
    let oneWordClassBit: [UInt64]
    /// Per list: the classes of its one-word entries, as bits (`oneWordClassBit` ORed), so a
    /// token gets them with one read instead of a loop over its list.
    let oneWordClassesOfList: [UInt64]
    /// Per list: its entries of two words or more, the only ones whose class at a token
    /// depends on the tokens after it: list `l`'s are
    /// `multiWordEntries[multiWordBounds[l]..<multiWordBounds[l + 1]]`.
    let multiWordEntries: [Int]
    let multiWordBounds: [Int]
    /// Per `multiWordEntries` item: the key the token after the first must have (the entry's
    /// second word), or nil when its first or second word is optional. `the` alone starts
    /// dozens of entries: one compare passes over most of them at a token.
    let multiWordSecondKeys: [UInt64?]
    /// Per entry: its value as an integer, when it is one (number words, ordinals).
    let integerValue: [Int?]
    let suffixCues: [SuffixCue]
    /// Granularity name → TIMEX3 duration of one unit (`week` → `P1W`).
    let unitDurations: [String: String]
    /// `unitDurations` parsed once here: the resolver asks for every duration and set, and
    /// parsing the code each time cost more than the rest of resolving it.
    let unitDurationCodes: [String: DurationCode]
    let rules: [TimeRule]
    /// The rules' patterns and the entries' phrases as the matcher reads them.
    let flat: FlatPatterns

    init(classNames: [String], classIDs: [String: Int], entries: [LexiconEntry], suffixCues: [SuffixCue],
         unitDurations: [String: String], rules: [TimeRule]) {
        self.classNames = classNames
        self.classIDs = classIDs
        classes = WordClasses(classIDs: classIDs)
        self.entries = entries
        self.suffixCues = suffixCues
        self.unitDurations = unitDurations
        unitDurationCodes = unitDurations.compactMapValues(DurationCode.init)
        self.rules = rules
        var byFirstKey = ListsByKey(capacity: entries.count)
        for (i, entry) in entries.enumerated() { byFirstKey.append(i, forKey: entry.tokens[0].key) }
        listedEntries = byFirstKey.lists.flatMap { $0 }
        listBounds = byFirstKey.lists.reduce(into: [0]) { bounds, list in bounds.append(bounds.last! + list.count) }
        firstKeyIndex = byFirstKey
        let oneWordClassBit: [UInt64] = entries.map { $0.tokens.count == 1 ? 1 << UInt64($0.wordClass) : 0 }
        self.oneWordClassBit = oneWordClassBit
        oneWordClassesOfList = byFirstKey.lists.map { list in list.reduce(UInt64(0)) { $0 | oneWordClassBit[$1] } }
        let multiWordLists = byFirstKey.lists.map { list in list.filter { entries[$0].tokens.count > 1 } }
        multiWordEntries = multiWordLists.flatMap { $0 }
        multiWordBounds = multiWordLists.reduce(into: [0]) { bounds, list in bounds.append(bounds.last! + list.count) }
        multiWordSecondKeys = multiWordEntries.map { index in
            let words = entries[index].tokens
            return words[0].isOptional || words[1].isOptional ? nil : words[1].key
        }
        integerValue = entries.map { Int($0.value) }
        flat = FlatPatterns(rules: rules, entries: entries)
    }

    /// The list of the entries whose first word has `key` (for `entries(inList:)`), or -1.
    @inline(__always)
    func entryList(forKey key: UInt64) -> Int32 {
        firstKeyIndex.list(forKey: key)
    }

    /// The entries of a list from `entryList(forKey:)`, or nil for -1.
    @inline(__always)
    func entries(inList list: Int32) -> ArraySlice<Int>? {
        list < 0 ? nil : listedEntries[listBounds[Int(list)]..<listBounds[Int(list) + 1]]
    }

    /// The file holding the rules; every other `.txt` file is a word list.
    static let rulesFileName = "rules.txt"

    /// Reads every `.txt` file of `directory`; a malformed line throws
    /// `GazetteerError.malformed(file:line:reason:)`.
    public static func load(directory: String) throws -> TimeLexicon {
        let files = DataFile.files(in: directory)
        guard !files.isEmpty else { throw GazetteerError.notFound(searched: [directory]) }
        var builder = LexiconBuilder()
        var ruleFile: String?
        for path in files {
            if path.hasSuffix("/" + rulesFileName) { ruleFile = path; continue }
            try builder.addWordList(try DataFile(path: path, fieldCount: 3...4))
        }
        guard let ruleFile else {
            throw GazetteerError.unreadable(file: directory + "/" + rulesFileName, reason: "no rule file")
        }
        var rules = [TimeRule]()
        for record in try DataFile(path: ruleFile, fieldCount: 3...8).records {
            rules.append(try TimeRule(record: record, builder: &builder))
        }
        return TimeLexicon(classNames: builder.classNames, classIDs: builder.classIDs, entries: builder.entries,
                           suffixCues: builder.suffixCues,
                           unitDurations: builder.unitDurations, rules: rules)
    }

    func classID(_ name: String) -> Int? { classIDs[name] }

    /// The keys of a class's one-word phrases (for other taggers that ask whether a word is a
    /// month name or a date preposition).
    func oneWordKeys(of className: String) -> Set<UInt64> {
        guard let id = classID(className) else { return [] }
        return Set(entries.lazy.filter { $0.wordClass == id && $0.tokens.count == 1 }.map { $0.tokens[0].key })
    }

    /// No words and no rules: finds no times (a gazetteer folder without `time/`).
    static var empty: TimeLexicon {
        let b = LexiconBuilder()
        return TimeLexicon(classNames: b.classNames, classIDs: b.classIDs, entries: [],
                           suffixCues: [], unitDurations: [:], rules: [])
    }
}

/// Collects word lists while the files are read; rules refer to the classes it has seen.
struct LexiconBuilder {
    var classNames: [String] = Builtin.allCases.map(\.rawValue)
    var classIDs: [String: Int] = Dictionary(uniqueKeysWithValues: Builtin.allCases.enumerated().map { ($1.rawValue, $0) })
    var entries: [LexiconEntry] = []
    var suffixCues: [SuffixCue] = []
    var unitDurations: [String: String] = [:]

    mutating func classID(for name: String, record: DataFile.Record) throws -> Int {
        if let id = classIDs[name] {
            if id < Builtin.allCases.count { throw record.error("'\(name)' is a built-in class and cannot be listed") }
            return id
        }
        guard name.allSatisfy({ ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") }), name.first?.isLetter == true else {
            throw record.error("class name '\(name)' must be upper-case letters and digits")
        }
        guard classNames.count < PatternMatcher.maxClasses else { throw record.error("too many word classes") }
        classIDs[name] = classNames.count
        classNames.append(name)
        return classNames.count - 1
    }

    mutating func addWordList(_ file: DataFile) throws {
        for record in file.records {
            let id = try classID(for: record.fields[0], record: record)
            let value = record.fields[1]
            guard !value.isEmpty else { throw record.error("empty value") }
            let attributes = record.fields.count > 3 ? record.list(3) : []
            if record.fields[0] == "UNIT" {
                guard Granularity(rawValue: value) != nil else { throw record.error("unknown unit granularity '\(value)'") }
                guard let duration = attributes.first, DurationCode(duration) != nil else {
                    throw record.error("a UNIT needs its one-unit duration as fourth field, e.g. P1D")
                }
                unitDurations[value] = duration
            }
            if record.fields[0] == "HOLIDAY", !HolidayRule.isValid(value) {
                throw record.error("unknown holiday date '\(value)' (use MM-DD, MM:N:W, MM:N:W+D or EASTER+N, offsets within a year)")
            }
            if record.fields[0] == "TENSE", !TenseCueFinder.tenseValues.contains(value) {
                throw record.error("unknown tense '\(value)' (use " + TenseCueFinder.tenseValues.sorted().joined(separator: ", ") + ")")
            }
            let phrases = record.list(2)
            guard !phrases.isEmpty else { throw record.error("no phrases") }
            for phrase in phrases {
                if phrase.hasPrefix("*") {
                    let suffix = Array(Normalizer.normalized(String(phrase.dropFirst())).utf8)
                    guard !suffix.isEmpty else { throw record.error("empty suffix cue") }
                    suffixCues.append(SuffixCue(wordClass: id, suffix: suffix, value: value))
                    continue
                }
                let tokens = try Self.phraseTokens(phrase, record: record)
                entries.append(LexiconEntry(wordClass: id, tokens: tokens, value: value,
                                            isAmbiguous: attributes.contains("ambiguous"),
                                            isScale: attributes.contains("scale")))
            }
        }
    }

    /// Tokenises a data phrase the way the text is tokenised, so both meet on the same keys.
    static func phraseTokens(_ phrase: String, record: DataFile.Record) throws -> [PhraseToken] {
        let bytes = Array(phrase.utf8)
        let tokens = Tokenizer.tokenize(bytes)
        guard let first = tokens.first, !isHyphen(bytes, first) else { throw record.error("phrase '\(phrase)' has no word") }
        return tokens.enumerated().map { i, t in
            let isPeriod = t.kind == .punct && bytes[t.start] == 0x2E
            return PhraseToken(key: t.key, isOptional: isHyphen(bytes, t) || (isPeriod && i == tokens.count - 1 && i > 0))
        }
    }

    static func isHyphen(_ bytes: [UInt8], _ t: Token) -> Bool {
        t.kind == .punct && t.end - t.start == 1 && bytes[t.start] == 0x2D
    }
}
