import Testing
@testable import Chronicle

/// How underspecified expressions are placed, with a Thursday 2024-02-22 anchor.
@Suite("Anchoring")
struct AnchoringTests {
    @Test("weekday direction follows the clause", arguments: [
        ("Officials said Wednesday that talks failed.", "Wednesday", "2024-02-21"),
        ("On Monday the minister was in Paris.", "Monday", "2024-02-19"),
        ("The ministers will meet Friday.", "Friday", "2024-02-23"),
        ("The vote is due to take place on Monday.", "Monday", "2024-02-26"),
        ("They meet again next Friday.", "next Friday", "2024-02-23"),
        ("He arrived last Thursday.", "last Thursday", "2024-02-15"),
        ("The summit will open this Saturday.", "this Saturday", "2024-02-24"),
        // With no tense to decide, `this` names the day of the current week.
        ("The vote takes place this Friday.", "this Friday", "2024-02-23"),
        ("The deadline is this Sunday.", "this Sunday", "2024-02-25"),
        ("They met this Monday.", "this Monday", "2024-02-19"),
        ("He said Thursday he would resign.", "Thursday", "2024-02-22"),
        // `agreed to a …`: `to` before a determiner is no infinitive, so no plan ahead.
        ("On Monday, the board agreed to a buyout.", "Monday", "2024-02-19"),
        ("The board agreed to meet on Monday.", "Monday", "2024-02-26"),
        // A past plan after the time dates the planning: the board agreed on Monday.
        ("On Monday, the board agreed to sell the plant.", "Monday", "2024-02-19"),
        ("In October, the board decided to sell the plant.", "October", "2023-10"),
        // `since` opens a span reaching up to now, whatever the clause's tense.
        ("Prices will be at their highest since Tuesday.", "Tuesday", "2024-02-20"),
    ])
    func weekdays(_ text: String, _ phrase: String, _ value: String) {
        #expect(expression(phrase, in: text)?.value == value)
    }

    @Test("relative expressions", arguments: [
        ("Sales fell this week.", "this week", "2024-W08"),
        ("Sales fell last year.", "last year", "2023"),
        ("Sales will rise next month.", "next month", "2024-03"),
        ("It opened a year ago.", "a year ago", "2023"),
        ("It rose earlier this year.", "earlier this year", "2024"),
        ("It rose earlier this month.", "earlier this month", "2024-02"),
        ("He left yesterday.", "yesterday", "2024-02-21"),
        ("He leaves tomorrow.", "tomorrow", "2024-02-23"),
        ("He is here today.", "today", "2024-02-22"),
        ("It ends two days from now.", "two days from now", "2024-02-24"),
        ("Results for the first quarter were weak.", "the first quarter", "2024-Q1"),
        ("Results for the fourth quarter were weak.", "the fourth quarter", "2023-Q4"),
        ("Profit rose in Q3.", "Q3", "2023-Q3"),
        ("The festival is held in summer.", "summer", "2024-SU"),
        ("Talks resume in the coming days.", "the coming days", "FUTURE_REF"),
        ("Prices rose recently.", "recently", "PAST_REF"),
        ("Prices are now higher.", "now", "PRESENT_REF"),
        ("Prices are currently higher.", "currently", "PRESENT_REF"),
        // `predicted for`, `tipped for`: a forecast points ahead, though its verb is past.
        ("The election was widely predicted for May.", "May", "2024-05"),
    ])
    func relative(_ text: String, _ phrase: String, _ value: String) {
        #expect(expression(phrase, in: text)?.value == value)
    }

    @Test("explicit forms", arguments: [
        ("It closed Feb. 22.", "Feb. 22", "2024-02-22"),
        ("It closed on 22 Feb 2024.", "22 Feb 2024", "2024-02-22"),
        ("It closed on 2/22/2024.", "2/22/2024", "2024-02-22"),
        ("It closed on 2024-02-22.", "2024-02-22", "2024-02-22"),
        ("Rents soared in the 1990s.", "the 1990s", "199"),
        ("Growth slowed in mid-2023.", "mid-2023", "2023"),
        ("Profit for fiscal 2024 rose.", "fiscal 2024", "2024"),
        ("The mine opened in 2019.", "2019", "2019"),
        // A month hyphened to a month is a span's end; hyphened to a name it is a name
        // (`Dornford-May`, in the rule examples).
        ("Sales fell in July-September.", "September", "2023-09"),
        // A comma after a month without a year stays outside the expression.
        ("A ruling is expected by mid-March, a lawyer said.", "mid-March", "2024-03"),
        ("It was a 19th-century idea.", "19th-century", "18"),
        ("Shops were busy before Christmas.", "Christmas", "2023-12-25"),
    ])
    func explicit(_ text: String, _ phrase: String, _ value: String) {
        #expect(expression(phrase, in: text)?.value == value)
    }

    @Test("times of day", arguments: [
        ("The quake struck at 3:14 AM EDT.", "3:14 AM EDT", "2024-02-22T03:14", TimexType.time),
        ("They met at noon.", "noon", "2024-02-22T12:00", .time),
        ("The blast came late Monday night.", "late Monday night", "2024-02-19TNI", .time),
        ("He spoke this morning.", "this morning", "2024-02-22TMO", .time),
    ])
    func clock(_ text: String, _ phrase: String, _ value: String, _ type: TimexType) {
        let t = expression(phrase, in: text)
        #expect(t?.value == value)
        #expect(t?.type == type)
    }

    @Test("durations and sets", arguments: [
        ("The war lasted two years.", "two years", "P2Y", TimexType.duration),
        ("In the last twenty four hours prices fell.", "the last twenty four hours", "PT24H", .duration),
        ("It took several weeks.", "several weeks", "PXW", .duration),
        ("They meet every Tuesday.", "every Tuesday", "XXXX-WXX-2", .set),
        ("The report is published annually.", "annually", "P1Y", .set),
    ])
    func quantities(_ text: String, _ phrase: String, _ value: String, _ type: TimexType) {
        let t = expression(phrase, in: text)
        #expect(t?.value == value)
        #expect(t?.type == type)
        #expect(t?.range == nil)
    }

    @Test("mid-2023 carries the MID modifier")
    func modifier() {
        #expect(expression("mid-2023", in: "Growth slowed in mid-2023.")?.mod == "MID")
        #expect(expression("more than two years", in: "It took more than two years.")?.mod == "MORE_THAN")
    }

    @Test("narrative anchoring uses the last date mentioned")
    func narrative() {
        let text = "The treaty was signed on March 5, 1990. The day before, talks nearly collapsed."
        #expect(expression("The day before", in: text)?.value == "1990-03-04")
    }

    @Test("a year ago in a quarterly report is the same quarter a year before")
    func focusQuarter() {
        let text = "Profit rose 5% in the third quarter, compared with $4 million a year ago."
        #expect(expression("a year ago", in: text, anchor: "1989-10-26")?.value == "1988-Q3")
    }

    @Test("without an anchor, values stay partial", arguments: [
        ("It opened September 13.", "September 13", "XXXX-09-13"),
        ("They met Wednesday.", "Wednesday", "XXXX-WXX-3"),
        ("It closed September 13, 2023.", "September 13, 2023", "2023-09-13"),
    ])
    func noAnchor(_ text: String, _ phrase: String, _ value: String) {
        let t = expression(phrase, in: text, anchor: nil)
        #expect(t?.value == value)
        if value.contains("X") { #expect(t?.range == nil) }
    }
}
