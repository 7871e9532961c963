import Testing
@testable import Chronicle

@Suite("Boilerplate cue matcher")
struct CueMatcherTests {
    let matcher = CueMatcher([("read more:", "link"), ("newsletter", "footer"), ("^by", "header"), ("more", "nav"),
                              ("café", "other")])

    func first(_ line: String) -> String? {
        var line = line
        return line.withUTF8 { matcher.firstCue(in: $0) }.map { matcher.kinds[$0] }
    }

    @Test("documented example: the cue listed first wins, wherever it stands in the line")
    func documentedExample() {
        #expect(first("read more: storm warnings") == "link")  // `more` matches too, listed later
        #expect(first("get our newsletter. read more: here") == "link")
        #expect(first("see more") == "nav")
    }

    @Test("empty line and no cue")
    func empty() {
        #expect(first("") == nil)
        #expect(first("the harbour reopened") == nil)
    }

    @Test("a ^ phrase counts only at the start of the line")
    func anchored() {
        #expect(first("by ann reed") == "header")
        #expect(first("stand by me") == nil)
        #expect(first("by the newsletter") == "footer")  // listed before `^by`
    }

    @Test("a ^…$ phrase must be the whole line, but for trailing spaces, tabs and a colon")
    func wholeLine() {
        let matcher = CueMatcher([("^related$", "link")])
        func first(_ line: String) -> Int? { var line = line; return line.withUTF8 { matcher.firstCue(in: $0) } }
        func firstASCII(_ line: String) -> Int? { var line = line; return line.withUTF8 { matcher.firstCue(inASCII: $0) } }
        #expect(first("related") == 0)
        #expect(first("related: \t") == 0)
        #expect(firstASCII("Related") == 0)
        #expect(first("related talks failed.") == nil)
        #expect(firstASCII("Related talks failed.") == nil)
        #expect(first("unrelated") == nil)
    }

    @Test("multi-byte phrases and overlapping partial matches")
    func multiByte() {
        #expect(first("le café du coin") == "other")
        #expect(first("cafe") == nil)
        #expect(first("newslettnewsletter") == "footer")
    }

    @Test("an empty phrase matches every line, as a substring test would")
    func emptyPhrase() {
        let matcher = CueMatcher([("", "nav"), ("x", "link")])
        var line = "anything"
        #expect(line.withUTF8 { matcher.firstCue(in: $0) } == 0)
    }
}
