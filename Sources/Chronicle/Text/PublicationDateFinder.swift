/// Reads an article's publication date from its page: HTML metadata first, then the
/// datelines among the lines above the body (` date 2024-02-22`, `22 Feb, 2024 02:58`,
/// `Updated March 14, 2024 9:12 AM`).
///
/// The first full date found wins; a later dateline of the same day that also gives the time
/// refines it. Only short lines, or dates opening a line, count as datelines, so a date quoted
/// in a standfirst is not mistaken for one.
struct PublicationDateFinder {
    let timeTagger: TimeTagger
    let splitter: SentenceSplitter
    /// How many words a line may have and still be a dateline.
    static let maximumDatelineWords = 12

    func find(headerLines: [String], htmlMeta: String?) -> LocalDateTime? {
        if let meta = htmlMeta, let date = LocalDateTime(iso: meta.trimmingPrefix(" ")) { return date }
        var found: LocalDateTime?
        for line in headerLines.prefix(40) {
            let bytes = Array(line.utf8)
            var tokens = Tokenizer.tokenize(bytes)
            let sentences = splitter.split(&tokens, bytes: bytes)
            let words = tokens.filter { $0.kind == .word }.count
            for time in timeTagger.tag(bytes: bytes, tokens: tokens, sentences: sentences, anchor: nil) {
                guard let range = time.range, time.type == .date || time.type == .time,
                      range.end.day.dayNumber - range.begin.day.dayNumber <= 1 else { continue }
                let opensLine = tokens.prefix(4).contains { $0.start == time.span.start }
                guard opensLine || words <= PublicationDateFinder.maximumDatelineWords else { continue }
                if let current = found {
                    if current.day == range.begin.day, current.minuteOfDay == nil, range.begin.minuteOfDay != nil {
                        return range.begin
                    }
                } else {
                    found = range.begin
                }
            }
        }
        return found
    }
}

extension String {
    fileprivate func trimmingPrefix(_ character: Character) -> String {
        String(drop { $0 == character })
    }
}
