import Foundation
@testable import Chronicle

/// The repository's time gazetteer.
func timeDataDirectory() -> String {
    Repository.gazetteer + "/time"
}

enum TimeFixture {
    static let lexicon: TimeLexicon = {
        do { return try TimeLexicon.load(directory: timeDataDirectory()) } catch { fatalError("\(error)") }
    }()
    static let tagger = TimeTagger(lexicon: lexicon)
}

/// Tags `text` the way the pipeline does; `anchor` as `2024-02-22` or `2024-02-22T02:58`.
func tagTimes(_ text: String, anchor: String? = "2024-02-22T02:58") -> [TimeExpression] {
    let bytes = Array(text.utf8)
    var tokens = Tokenizer.tokenize(bytes)
    let sentences = SentenceSplitter(abbreviations: []).split(&tokens, bytes: bytes)
    return TimeFixture.tagger.tag(bytes: bytes, tokens: tokens, sentences: sentences,
                                  anchor: anchor.flatMap { LocalDateTime(iso: $0) })
}

/// The text an expression covers.
func surface(_ t: TimeExpression, in text: String) -> String {
    String(decoding: Array(text.utf8)[t.span.start..<t.span.end], as: UTF8.self)
}

/// The expression whose text is exactly `phrase`, if any.
func expression(_ phrase: String, in text: String, anchor: String? = "2024-02-22T02:58") -> TimeExpression? {
    tagTimes(text, anchor: anchor).first { surface($0, in: text) == phrase }
}

/// A pattern matcher over `text` with the tokens and sentence marks `TimeTagger.tag` gives it.
func timeMatcher(_ text: String) -> PatternMatcher {
    let bytes = Array(text.utf8)
    var tokens = Tokenizer.tokenize(bytes)
    _ = SentenceSplitter(abbreviations: []).split(&tokens, bytes: bytes)
    return PatternMatcher(lexicon: TimeFixture.lexicon, tokens: tokens, bytes: bytes)
}
