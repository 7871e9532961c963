import Foundation
import TestSupport
@testable import Chronicle

/// The repository's own files, found from this source file.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let gazetteer = root.appendingPathComponent("gazetteer").path
}

/// The built-in gazetteer, loaded once for all tests.
enum Shared {
    static let gazetteer: Result<Gazetteer, Error> = Result { try Gazetteer.load(directories: [Repository.gazetteer]) }
    static func pipeline() throws -> Pipeline { Pipeline(gazetteer: try gazetteer.get()) }
}

/// Text with spans marked inline: `"[Putin]'s gift"` is the text `Putin's gift` with the
/// span of `Putin`. Brackets cannot nest.
struct Marked {
    let text: String
    let spans: [Span]

    init(_ marked: String) {
        var bytes = [UInt8]()
        var spans = [Span]()
        var open: Int?
        for b in marked.utf8 {
            if b == UInt8(ascii: "[") { open = bytes.count; continue }
            if b == UInt8(ascii: "]"), let start = open { spans.append(Span(start, bytes.count)); open = nil; continue }
            bytes.append(b)
        }
        text = String(decoding: bytes, as: UTF8.self)
        self.spans = spans
    }
}

/// Tokens of a string with the splitter's sentence flags set.
func tokenize(_ text: String, abbreviations: [String] = ["Mr", "Dr", "Gen"]) -> (tokens: [Token], sentences: [Sentence], bytes: [UInt8]) {
    let bytes = Array(text.utf8)
    var tokens = Tokenizer.tokenize(bytes)
    let sentences = SentenceSplitter(abbreviations: Set(abbreviations.map(Normalizer.key))).split(&tokens, bytes: bytes)
    return (tokens, sentences, bytes)
}

/// The texts of tokens.
func words(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Tokenizer.tokenize(bytes).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
}

/// A fresh empty folder, removed when the test ends (the suite needs `.temporaryFiles`).
func temporaryDirectory() throws -> URL {
    try TemporaryFiles.directory()
}
