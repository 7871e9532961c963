/// The commas inside a place phrase (`in Arlington, Virginia, last week`): the one between a
/// place and its region, and the one that closes the region before a time. They close no
/// clause, so the time after them still belongs to the verb before the place. A region closed
/// before anything else stays apart: `Mr Mubanga, from Wembley, London, said` (the places are
/// no speakers).
struct PlaceCommas {
    /// For each token that ends a place mention, the mention's first token; -1 elsewhere.
    private let placeStart: [Int32]
    private let startsPlace: [Bool]
    private let startsTime: [Bool]

    /// `places`: the token ranges of the document's place mentions (not modifiers); `times`:
    /// the first tokens of its time expressions.
    init(tokenCount: Int, places: some Sequence<ClosedRange<Int>>, times: some Sequence<Int>) {
        var placeStart = [Int32](repeating: -1, count: tokenCount)
        var startsPlace = [Bool](repeating: false, count: tokenCount)
        var startsTime = [Bool](repeating: false, count: tokenCount)
        for range in places {
            placeStart[range.upperBound] = Int32(range.lowerBound)
            startsPlace[range.lowerBound] = true
        }
        for t in times { startsTime[t] = true }
        self.placeStart = placeStart
        self.startsPlace = startsPlace
        self.startsTime = startsTime
    }

    /// Whether the comma at token `i` is inside a place phrase.
    func joins(_ i: Int, tokens: [Token], bytes: [UInt8]) -> Bool {
        guard i > 0, i + 1 < tokens.count, Clauses.isComma(bytes, tokens[i]) else { return false }
        let first = Int(placeStart[i - 1])
        guard first >= 0 else { return false }
        if startsPlace[i + 1] { return true }
        // Closing the region before a time: the place before this comma follows a comma and a place.
        return startsTime[i + 1] && first >= 2 && Clauses.isComma(bytes, tokens[first - 1]) && placeStart[first - 2] >= 0
    }
}
