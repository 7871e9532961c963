import Testing
@testable import Chronicle

/// Numbers and words that look like times but are not.
@Suite("False alarms")
struct FalseAlarmTests {
    @Test("not time expressions", arguments: [
        "0:00", "25:7", "25:37",
        "The ticket costs $27 now at the door.",
        "Arsenal won 3-1 against Chelsea.",
        "Theresa May said the vote was lost.",
        "May I ask a question?",
        "The fleet has 179 new tankers.",
        "He lives at No. 10 Downing Street.",
        "Some 2019 people signed the letter.",
        "© Autonomous Nonprofit Organization “TV-Novosti”, 2005–2024. All rights reserved.",
        "A 6-year-old boy was rescued.",
        "You may want to march on.",
        "For tickets call 555-1234 or 1-800-555-2010.",
        "The feed was refreshed at 2024-02-22T1015 by the agency.",
        "The Weekly Standard and the Daily Mail ran the story.",
        "He told Radio 4's Today programme that he would stay.",
        "Shares recovered after the fall in oil prices.",
        "The current account deficit widened.",
        "The index closed up 40 at 2010 points, and the shares at 1218 pence.",
        "Prices rose 2% month-on-month and 5% year-over-year.",
        "The council passed resolution 1441 and then clause 2003 of the treaty.",
        "She told BBC Radio Four's PM programme that she would stay.",
    ])
    func notTimes(_ text: String) {
        let found = tagTimes(text).filter { $0.value != "PRESENT_REF" }
        #expect(found.isEmpty, "\(found.map { surface($0, in: text) + "=" + $0.value })")
    }

    @Test("a capitalised season inside a sentence names an event; its year stays a date")
    func seasonInAName() {
        let text = "She won gold at the 2002 Winter Olympics."
        #expect(tagTimes(text).map { surface($0, in: text) } == ["2002"])
    }

    @Test("May the month is still found after a date preposition")
    func mayTheMonth() {
        #expect(expression("May", in: "The law took effect in May.", anchor: "2024-06-10")?.value == "2024-05")
    }
}
