import Testing
@testable import Chronicle

@Suite("Renderers")
struct RendererTests {
    static let putin = EntityRef(id: "person:vladimir-putin", name: "Vladimir Putin", type: .person)
    static let hostile = EntityRef(id: "org:x", name: "Evil \"Corp\" \\ <script>alert(1)</script>\nDROP", type: .org)
    static let day = LocalDateTime(year: 2024, month: 2, day: 21)!
    static let entry = TimelineEntry(
        id: "d1-10", type: "statement", summary: "Vladimir Putin said", time: EventTime(value: "2024-02-21", begin: day, end: LocalDateTime(year: 2024, month: 2, day: 22)),
        participants: [.init(entity: putin, role: "speaker"), .init(entity: hostile, role: "participant")], places: [],
        sources: [EventSource(document: "d1", source: "a.txt", sentence: "Putin said \"no\".", start: 6, end: 10)])

    @Test("documented example: timeline JSON carries the interface fields")
    func timelineJSON() {
        var out = ""
        TimelineRenderer.write([Self.entry], format: .json, to: &out)
        #expect(out.hasPrefix(#"[{"id":"d1-10","type":"statement","summary":"Vladimir Putin said","time":{"value":"2024-02-21","begin":"2024-02-21","end":"2024-02-22"},"participants":[{"id":"person:vladimir-putin","name":"Vladimir Putin","type":"PERSON","role":"speaker"}"#))
        #expect(out.contains(#""sources":[{"document":"d1","source":"a.txt","sentence":"Putin said \"no\".","start":6,"end":10}]"#))
    }

    @Test("empty timeline")
    func empty() {
        var json = "", text = ""
        TimelineRenderer.write([], format: .json, to: &json)
        TimelineRenderer.write([], format: .text, to: &text)
        #expect(json == "[]\n")
        #expect(text == "(no events)\n")
    }

    @Test("JSON escapes quotes, backslashes and control characters")
    func jsonEscaping() {
        var out = ""
        JSONWriter<String>.writeString("a\"b\\c\nd\u{1}e\u{2028}", to: &out)
        #expect(out == #""a\"b\\c\nd\u0001e\u2028""#)
    }

    @Test("DOT: generated ids, escaped labels, one node per entity")
    func dot() {
        var out = ""
        DOTRenderer.write([Self.entry, Self.entry], to: &out)
        #expect(out.hasPrefix("digraph chronicle {\n  rankdir=LR;"))
        #expect(out.contains(#"label="Evil \"Corp\" \\ <script>alert(1)</script>\nDROP""#))
        #expect(out.components(separatedBy: "[shape=ellipse").count - 1 == 2 + 3)  // two entities, three legend ellipses
        #expect(out.contains("ev1 -> ev2 [style=invis"))
        #expect(out.contains("{ rank=same; ev1; ev2; }"))
        #expect(out.hasSuffix("}\n"))
    }

    @Test("DOT: links between events are dashed edges; links to events not drawn are left out")
    func dotLinks() {
        var out = ""
        let other = TimelineEntry(id: "d1-50", type: "meeting", summary: "met", time: nil, participants: [], places: [], sources: [])
        DOTRenderer.write([Self.entry, other], links: [EventLink(from: "d1-10", to: "d1-50", relation: .reports),
                                                     EventLink(from: "d1-10", to: "elsewhere", relation: .before)], to: &out)
        #expect(out.contains(#"ev1 -> ev2 [label="reports", style=dashed"#))
        #expect(!out.contains("elsewhere"))
    }

    @Test("interval display: single days plain, weekends and ranges spelled out")
    func when() {
        let weekend = EventTime(value: "2024-W07-WE", begin: LocalDateTime(year: 2024, month: 2, day: 17), end: LocalDateTime(year: 2024, month: 2, day: 19))
        #expect(TimelineRenderer.when(weekend) == "2024-W07-WE (2024-02-17 – 2024-02-18)")
        #expect(TimelineRenderer.when(Self.entry.time) == "2024-02-21")
        let month = EventTime(value: "2023-09", begin: LocalDateTime(year: 2023, month: 9, day: 1), end: LocalDateTime(year: 2023, month: 10, day: 1))
        #expect(TimelineRenderer.when(month) == "2023-09")
        #expect(TimelineRenderer.when(nil) == "undated")
    }

    @Test("Markdown cells escape pipes")
    func markdown() {
        var out = ""
        let e = TimelineEntry(id: "x", type: "a|b", summary: "one | two", time: nil, participants: [], places: [], sources: [])
        TimelineRenderer.write([e], format: .markdown, to: &out)
        #expect(out.contains(#"| undated | a\|b | one \| two |"#))
    }
}

@Suite("Timeline order and association")
struct TimelineOrderTests {
    func entry(_ id: String, _ begin: (Int, Int, Int)?, _ end: (Int, Int, Int)? = nil) -> TimelineEntry {
        let time = begin.map { b in
            EventTime(value: id, begin: LocalDateTime(year: b.0, month: b.1, day: b.2),
                      end: LocalDateTime(year: (end ?? b).0, month: (end ?? b).1, day: (end ?? b).2 + (end == nil ? 1 : 0)))
        }
        return TimelineEntry(id: id, type: "t", summary: id, time: time, participants: [], places: [], sources: [])
    }

    @Test("documented example: by begin, the narrower first at one begin, undated last")
    func order() {
        let sorted = TimelineOrder.sorted([entry("undated", nil), entry("month", (2023, 9, 1), (2023, 10, 1)), entry("day", (2023, 9, 1)),
                                           entry("later", (2024, 2, 21))])
        #expect(sorted.map(\.id) == ["day", "month", "later", "undated"])
    }

    @Test("empty timeline stays empty")
    func empty() {
        #expect(TimelineOrder.sorted([]).isEmpty)
    }

    @Test("date filter keeps overlapping intervals, never undated events")
    func filter() {
        let from = LocalDateTime(year: 2023, month: 9, day: 15), to = LocalDateTime(year: 2023, month: 9, day: 16)
        #expect(TimelineOrder.overlaps(entry("m", (2023, 9, 1), (2023, 10, 1)).time, from: from, to: to))
        #expect(!TimelineOrder.overlaps(entry("d", (2023, 9, 14)).time, from: from, to: to))
        #expect(!TimelineOrder.overlaps(nil, from: from, to: nil))
        #expect(TimelineOrder.overlaps(nil, from: nil, to: nil))
    }

    @Test("log-likelihood: positive for attraction, negative for avoidance, zero for nothing")
    func association() {
        #expect(Association.logLikelihood(both: 10, a: 12, b: 11, total: 100) > 20)
        #expect(Association.logLikelihood(both: 0, a: 50, b: 50, total: 100) < 0)
        #expect(Association.logLikelihood(both: 0, a: 0, b: 0, total: 0) == 0)
        #expect(abs(Association.pmi(both: 1, a: 2, b: 2, total: 8) - 1) < 1e-9)
    }
}
