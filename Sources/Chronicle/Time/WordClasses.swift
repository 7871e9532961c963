/// Ids of the word classes the Swift code itself refers to (all optional in the data).
///
/// Looked up by name once, when the lexicon is built: a tagger call on a one-line dateline
/// would otherwise spend more on these String lookups than on its tokens.
struct WordClasses: Sendable {
    let number, ordinal, decadeWord, numberWord, notTime, datePrep, month, weekday, unit, tense: Int?
    /// Read by the rule guards (`RuleGuards`).
    let copyright, yearDeterminer, yearFollower, sportCue, unitLink, countWord, dayWord: Int?
    /// Read when a tense cue is weighed (`TimeTagger`, `TenseCueFinder`).
    let deadline, tenseless, startPoint, rangeLink, determiner, nonFinite: Int?

    init(classIDs: [String: Int]) {
        number = classIDs["NUMPHRASE"]
        ordinal = classIDs["ORDWORD"]
        decadeWord = classIDs["DECADEWORD"]
        numberWord = classIDs["NUMWORD"]
        notTime = classIDs["NOTTIME"]
        datePrep = classIDs["DATEPREP"]
        month = classIDs["MONTH"]
        weekday = classIDs["WEEKDAY"]
        unit = classIDs["UNIT"]
        tense = classIDs["TENSE"]
        copyright = classIDs["COPYRIGHT"]
        yearDeterminer = classIDs["YEARDET"]
        yearFollower = classIDs["YEARFOLLOW"]
        sportCue = classIDs["SPORTCUE"]
        unitLink = classIDs["UNITLINK"]
        countWord = classIDs["COUNTWORD"]
        dayWord = classIDs["DAYWORD"]
        deadline = classIDs["DEADLINE"]
        tenseless = classIDs["TENSELESS"]
        startPoint = classIDs["STARTPOINT"]
        rangeLink = classIDs["RANGELINK"]
        determiner = classIDs["DETERMINER"]
        nonFinite = classIDs["NONFINITE"]
    }
}
