import Testing
@testable import Chronicle

/// The documented reference cases: a news article published Thursday 2024-02-22 02:58,
/// reported in the past tense (text abridged from the seed article).
@Suite("Reference article")
struct ReferenceArticleTests {
    static let article = """
    22 Feb, 2024 02:58
    HomeWorld News
    FILE PHOTO: A Russian flag is seen during the arrival of Russian President Vladimir Putin to the Vostochny Cosmodrome in Russia’s Far East, September 13, 2023. ©  Sputnik / Vladimir Smirnov
    Asked about the move during a Wednesday press briefing, State Department spokesman Matthew Miller said Putin’s transfer of a Russian-made Aurus to Kim likely ran afoul of UN penalties.
    Russian Foreign Ministry spokeswoman Maria Zakharova has dismissed any suggestion that Moscow violated sanctions, responding to similar allegations from South Korean officials on Tuesday.
    Putin’s gift was first reported on Tuesday in North Korean state media, which said the vehicle was transferred to DPRK authorities last weekend.
    The two leaders met in Russia last September.
    0:00
    25:7
    0:00
    25:37
    © Autonomous Nonprofit Organization “TV-Novosti”, 2005–2024. All rights reserved.
    """

    static let expected: [(text: String, value: String, type: TimexType)] = [
        ("22 Feb, 2024 02:58", "2024-02-22T02:58", .time),
        ("September 13, 2023", "2023-09-13", .date),
        ("Wednesday", "2024-02-21", .date),
        ("Tuesday", "2024-02-20", .date),
        ("last weekend", "2024-W07-WE", .date),
        ("last September", "2023-09", .date),
    ]

    @Test("each reference expression has its value and type", arguments: expected.indices)
    func reference(_ i: Int) {
        let want = Self.expected[i]
        let found = tagTimes(Self.article).filter { surface($0, in: Self.article) == want.text }
        #expect(!found.isEmpty, "no expression '\(want.text)'")
        for t in found {
            #expect(t.value == want.value)
            #expect(t.type == want.type)
        }
    }

    @Test("last weekend covers Saturday and Sunday")
    func weekendRange() {
        let t = expression("last weekend", in: Self.article)
        let begin = LocalDateTime(iso: "2024-02-17")!, end = LocalDateTime(iso: "2024-02-19")!
        #expect(t?.range == TimeRange(begin: begin, end: end))
    }

    @Test("boilerplate numbers are not times")
    func boilerplate() {
        let texts = tagTimes(Self.article).map { surface($0, in: Self.article) }
        for bad in ["0:00", "25:7", "25:37", "2005", "2024"] {
            #expect(!texts.contains(bad), "'\(bad)' was tagged")
        }
    }

    @Test("results are sorted and do not overlap")
    func ordering() {
        let found = tagTimes(Self.article)
        for (a, b) in zip(found, found.dropFirst()) { #expect(a.span.end <= b.span.start) }
    }
}
