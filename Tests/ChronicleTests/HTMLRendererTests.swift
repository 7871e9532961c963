import Foundation
import Testing
@testable import Chronicle

@Suite("HTML page and TimelineJS")
struct HTMLRendererTests {
    static let putin = EntityRef(id: "person:vladimir-putin", name: "Vladimir Putin", type: .person)
    static let moscow = EntityRef(id: "place:moscow", name: "Moscow", type: .place)
    static let kremlin = EntityRef(id: "org:kremlin", name: "Kremlin", type: .org)
    static let hostile = EntityRef(id: "org:x", name: "<script>alert(1)</script> & \"Co\"", type: .org)

    static func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDateTime { LocalDateTime(year: y, month: m, day: d)! }

    static let said = TimelineEntry(
        id: "d1-10", type: "statement", summary: "Vladimir Putin said",
        time: EventTime(value: "2024-02-21", begin: day(2024, 2, 21), end: day(2024, 2, 22)),
        participants: [.init(entity: putin, role: "speaker")], places: [moscow],
        sources: [EventSource(document: "d1", source: "a.txt", sentence: "In Moscow, Putin said \"no\".", start: 106, end: 110)])
    static let weekend = TimelineEntry(
        id: "d1-20", type: "meeting", summary: "Vladimir Putin met Kremlin", time: EventTime(value: "2024-W07-WE", begin: day(2024, 2, 17), end: day(2024, 2, 19)),
        participants: [.init(entity: putin, role: "participant"), .init(entity: kremlin, role: "participant")], places: [],
        sources: [EventSource(document: "d1", source: "a.txt", sentence: "They met at the weekend.", start: 5, end: 8)])
    static let undated = TimelineEntry(
        id: "d2-5", type: "report", summary: "Kremlin reported", time: nil,
        participants: [.init(entity: kremlin, role: "agent")], places: [],
        sources: [EventSource(document: "d2", source: "b.txt", sentence: "The Kremlin reported losses.", start: 12, end: 20)])

    static func render(_ page: HTMLRenderer.Page) -> String {
        var out = ""
        HTMLRenderer.write(page, to: &out)
        return out
    }

    @Test("documented example: month and day groups, a card with chips and the trigger marked")
    func documented() throws {
        let page = HTMLRenderer.Page(entries: [Self.weekend, Self.said], mentionCounts: [Self.putin.id: 7, Self.moscow.id: 2, Self.kremlin.id: 3],
                                     triggers: ["d1#106": TriggerLocation(text: "said", offsetInSentence: 17)])
        let html = Self.render(page)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(html.contains("<h2 id=\"m-2024-02\">February 2024</h2>"))
        #expect(html.contains("<h3><time datetime=\"2024-02-21\">21 Feb 2024</time></h3>"))
        #expect(html.contains("<button type=\"button\" class=\"chip person\" data-k=\"e1\" data-name=\"Vladimir Putin\""))
        #expect(html.contains("<button type=\"button\" class=\"chip place\""))
        #expect(html.contains("<li><cite>a.txt</cite>: In Moscow, Putin <mark>said</mark> &quot;no&quot;.</li>"))
        #expect(html.contains("<span class=\"type\">statement</span>"))
        // Timeline order is kept: the weekend (17–18 Feb) before the 21st.
        let weekendAt = try #require(html.range(of: "Vladimir Putin met Kremlin")), saidAt = try #require(html.range(of: "<p class=\"summary\">Vladimir Putin said"))
        #expect(weekendAt.lowerBound < saidAt.lowerBound)
        // The side panel: most mentioned first.
        let panel = try #require(html.range(of: "<ol class=\"counts\">"))
        let rest = html[panel.upperBound...]
        #expect(rest.range(of: "Vladimir Putin")!.lowerBound < rest.range(of: "Kremlin")!.lowerBound)
        #expect(rest.range(of: "Kremlin")!.lowerBound < rest.range(of: "Moscow")!.lowerBound)
        // Self-contained: nothing fetched, one script allowed by its hash.
        #expect(!html.contains("src=") && !html.contains("href=\"http") && !html.contains("@import"))
        #expect(html.contains("script-src '\(ScriptDigest.cspSource(HTMLAssets.script))'"))
        #expect(html.components(separatedBy: "<script").count == 2)
    }

    @Test("empty timeline: a page that says so")
    func empty() {
        let html = Self.render(HTMLRenderer.Page(entries: [], graph: .note("No graph: the timeline is empty.")))
        #expect(html.contains("<p class=\"sub\">0 events</p>"))
        #expect(html.contains("<p class=\"empty\">No events.</p>"))
        #expect(html.contains("<p class=\"empty\">No entities.</p>"))
        #expect(!html.contains("<article"))
        #expect(!html.contains("id=\"undated\""))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test("every name, sentence and source is escaped")
    func escaping() {
        let e = TimelineEntry(id: "x", type: "<b>t</b>", summary: "<script>alert(1)</script> said", time: nil,
                              participants: [.init(entity: Self.hostile, role: "<i>r</i>")], places: [],
                              sources: [EventSource(document: "d", source: "<img src=x onerror=alert(2)>.txt",
                                                    sentence: "<script>alert(1)</script> & \"Co\" said it.", start: 0, end: 4)])
        let pair = CooccurrenceRow(a: Self.hostile, b: Self.putin, count: 2, score: 3, pmi: 1)
        let html = Self.render(HTMLRenderer.Page(title: "<title>", entries: [e], pairs: [pair], graph: .note("<b>x</b>")))
        #expect(html.components(separatedBy: "<script").count == 2)  // only the page's own
        #expect(!html.contains("<img") && !html.contains("<b>") && !html.contains("<i>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"))
        #expect(html.contains("data-name=\"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;\""))
        #expect(html.contains("<cite>&lt;img src=x onerror=alert(2)&gt;.txt</cite>"))
        #expect(html.contains("<title>&lt;title&gt;</title>"))
        #expect(HTMLEscape.escape("a'b\u{1}") == "a&#39;b ")
    }

    @Test("SVG is embedded without its prologue, and refused when it carries anything active")
    func svg() {
        let graphviz = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\">\n<svg width=\"8pt\"><g id=\"a\" class=\"node\"><text>&lt;script&gt;</text></g></svg>\n"
        #expect(HTMLRenderer.inlineSVG(graphviz) == "<svg width=\"8pt\"><g id=\"a\" class=\"node\"><text>&lt;script&gt;</text></g></svg>")
        #expect(HTMLRenderer.inlineSVG("<svg><script>alert(1)</script></svg>") == nil)
        #expect(HTMLRenderer.inlineSVG("<svg onload=\"alert(1)\"></svg>") == nil)
        #expect(HTMLRenderer.inlineSVG("<svg><text>one</text></svg>") != nil)  // `on` in text is fine
        #expect(HTMLRenderer.inlineSVG("not svg") == nil)
    }

    @Test("uncertain times are ranges: 17–18 Feb, across months and years, whole months and years")
    func ranges() {
        #expect(HTMLDates.days(Self.weekend.time) == "17–18 Feb 2024")
        #expect(HTMLDates.isRange(Self.weekend.time))
        #expect(!HTMLDates.isRange(Self.said.time))
        func t(_ b: LocalDateTime, _ e: LocalDateTime) -> EventTime { EventTime(value: "v", begin: b, end: e) }
        #expect(HTMLDates.days(t(Self.day(2024, 2, 28), Self.day(2024, 3, 4))) == "28 Feb – 3 Mar 2024")
        #expect(HTMLDates.days(t(Self.day(2023, 12, 30), Self.day(2024, 1, 3))) == "30 Dec 2023 – 2 Jan 2024")
        #expect(HTMLDates.days(t(Self.day(2023, 9, 1), Self.day(2023, 10, 1))) == "September 2023")
        #expect(HTMLDates.days(t(Self.day(2017, 1, 1), Self.day(2018, 1, 1))) == "2017")
        let evening = t(LocalDateTime(year: 2024, month: 3, day: 12, hour: 18)!, Self.day(2024, 3, 13))
        #expect(HTMLDates.label(evening) == "12 Mar 2024, 18:00–24:00")
        #expect(!HTMLDates.isRange(evening))
        let html = Self.render(HTMLRenderer.Page(entries: [Self.weekend]))
        #expect(html.contains("<div class=\"day range\"><h3><time datetime=\"2024-02-17\">17–18 Feb 2024</time></h3>"))
        #expect(html.contains("title=\"uncertain: some time in this range\">range</span>"))
    }

    @Test("undated events get their own lane after the dated ones")
    func undatedLane() throws {
        let html = Self.render(HTMLRenderer.Page(entries: [Self.said, Self.undated]))
        let lane = try #require(html.range(of: "<section id=\"undated\" class=\"lane\""))
        let reported = try #require(html.range(of: "Kremlin reported</p>"))
        let said = try #require(html.range(of: "Vladimir Putin said</p>"))
        #expect(said.lowerBound < lane.lowerBound && lane.lowerBound < reported.lowerBound)
        #expect(html.contains("<div class=\"layout has-lane\">"))
        // Only undated: the timeline says so, the lane holds the event.
        let only = Self.render(HTMLRenderer.Page(entries: [Self.undated]))
        #expect(only.contains("<p class=\"empty\">No dated events.</p>"))
        #expect(only.contains("(1 undated)"))
    }

    @Test("trigger highlight: known offset, searched text, or a summary word of the trigger's length")
    func highlight() {
        let s = EventSource(document: "d", source: "a", sentence: "He said what he said.", start: 100, end: 104)
        #expect(TriggerHighlight.html(sentence: s.sentence, source: s, location: TriggerLocation(text: "said", offsetInSentence: 16), summary: "")
                == "He said what he <mark>said</mark>.")
        #expect(TriggerHighlight.html(sentence: s.sentence, source: s, location: TriggerLocation(text: "Said", offsetInSentence: nil), summary: "")
                == "He <mark>said</mark> what he said.")
        #expect(TriggerHighlight.html(sentence: s.sentence, source: s, location: nil, summary: "Putin said") == "He <mark>said</mark> what he said.")
        #expect(TriggerHighlight.html(sentence: "Nothing <here>", source: s, location: nil, summary: "x") == "Nothing &lt;here&gt;")
    }

    @Test("TimelineJS JSON: events with start and end dates, headline, text and group; undated left out")
    func timelineJS() throws {
        let month = TimelineEntry(id: "m", type: "report", summary: "a <b>report</b>", time: EventTime(value: "2023-09", begin: Self.day(2023, 9, 1), end: Self.day(2023, 10, 1)),
                                  participants: [], places: [], sources: [])
        var out = ""
        TimelineRenderer.write([Self.weekend, Self.said, month, Self.undated], format: .timelinejs, to: &out)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.count == 3)
        let first = events[0]
        #expect(first["start_date"] as? [String: Int] == ["year": 2024, "month": 2, "day": 17])
        #expect(first["end_date"] as? [String: Int] == ["year": 2024, "month": 2, "day": 18])
        #expect((first["text"] as? [String: String])?["headline"] == "Vladimir Putin met Kremlin")
        #expect(first["group"] as? String == "meeting")
        #expect(events[1]["end_date"] == nil)
        #expect(((events[1]["text"] as? [String: String])?["text"])?.contains("<blockquote>In Moscow, Putin said &quot;no&quot;. <cite>a.txt</cite></blockquote>") == true)
        #expect(events[2]["start_date"] as? [String: Int] == ["year": 2023, "month": 9])
        #expect((events[2]["text"] as? [String: String])?["headline"] == "a &lt;b&gt;report&lt;/b&gt;")
        var empty = ""
        TimelineRenderer.write([], format: .timelinejs, to: &empty)
        #expect(empty == "{\"events\":[]}\n")
    }

    @Test("SHA-256 matches the standard test vectors")
    func digest() {
        func hex(_ s: String) -> String { ScriptDigest.sha256(Array(s.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test("5,000 events render in one pass")
    func large() {
        let entries = (0..<5000).map { n in
            TimelineEntry(id: "e\(n)", type: "statement", summary: "Vladimir Putin said \(n)",
                          time: EventTime(value: "x", begin: Self.day(2024, 1, 1 + n % 28), end: Self.day(2024, 1, 2 + n % 28)),
                          participants: [.init(entity: Self.putin, role: "speaker")], places: [Self.moscow],
                          sources: [EventSource(document: "d\(n)", source: "a.txt", sentence: "Putin said so.", start: 6, end: 10)])
        }
        let html = Self.render(HTMLRenderer.Page(entries: entries))
        #expect(html.components(separatedBy: "<article class=\"ev\"").count == 5001)
    }
}
