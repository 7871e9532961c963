import Testing
@testable import Chronicle

/// Anchoring that depends on what the text said before: the quarter a report is about, the
/// day a narrative is on, deadlines and the year a report covers.
@Suite("Discourse anchoring")
struct DiscourseAnchoringTests {
    // MARK: - The quarter under discussion

    @Test("the year-ago quarter is the reported quarter a year before")
    func yearAgoQuarter() {
        let text = "Acme said third-quarter profit rose. Revenue rose 4% from the year-ago quarter."
        #expect(expression("the year-ago quarter", in: text, anchor: "1989-10-26")?.value == "1988-Q3")
    }

    @Test("with no quarter named, the quarter is the last one that has ended")
    func quarterWithoutMention() {
        let text = "Margins were thin in the year-earlier quarter."
        #expect(expression("the year-earlier quarter", in: text, anchor: "1989-10-26")?.value == "1988-Q3")
    }

    @Test("a forecast quarter does not become the quarter under discussion")
    func forecastQuarterIgnored() {
        let text = "Third-quarter profit fell. The company expects a loss in the third quarter of 1990. "
            + "Results for the year-ago period were restated."
        #expect(expression("the year-ago period", in: text, anchor: "1989-10-26")?.value == "1988-Q3")
    }

    @Test("long after a side remark, the quarter named most often is the one discussed")
    func mostNamedQuarter() {
        let text = "Third-quarter sales rose. Third-quarter profit fell. After a flat second quarter, costs rose. "
            + "Prices were firm. Demand was steady. Exports grew. Profit was hurt in the year-earlier period."
        #expect(expression("the year-earlier period", in: text, anchor: "1989-11-01")?.value == "1988-Q3")
    }

    @Test("the latest quarter is one that has begun, never the one still running")
    func latestQuarter() {
        let text = "Fourth-quarter sales will be weak. Sales in the latest quarter rose."
        #expect(expression("the latest quarter", in: text, anchor: "1989-11-02")?.value == "1989-Q3")
    }

    @Test("quarter-to-quarter is a comparison, not a time")
    func quarterToQuarter() {
        let text = "The quarter-to-quarter comparison was also enhanced."
        #expect(tagTimes(text, anchor: "1989-11-01").isEmpty)
    }

    // MARK: - The year a report covers

    @Test("the year is the publication year; the year ended … is a length of a year", arguments: [
        ("Sales for the year rose 5%.", "the year", "1989", TimexType.date),
        ("Sales rose to $5 million in the year ended June 30.", "the year", "P1Y", .duration),
        ("It should be done by year-end.", "year-end", "1989", .date),
        ("Sales fell in the latest fiscal year.", "the latest fiscal year", "1988", .date),
    ])
    func reportYear(_ text: String, _ phrase: String, _ value: String, _ type: TimexType) {
        let t = expression(phrase, in: text, anchor: "1989-11-02")
        #expect(t?.value == value)
        #expect(t?.type == type)
    }

    // MARK: - Narrative days

    @Test("the next day counts from the last day named, not from a later bare year")
    func nextDayAfterYear() {
        let text = "He came on May 2, 1996. In 1997 he moved; the next day he left."
        #expect(expression("the next day", in: text)?.value == "1996-05-03")
    }

    @Test("with only a year named, the day stays partial inside that year")
    func dayInsideYear() {
        let t = expression("that day", in: "The crash came in 1987. Traders lost heavily that day.")
        #expect(t?.value == "1987-XX-XX")
        #expect(t?.range == nil)
    }

    @Test("hours counted from a placed day keep the day")
    func hoursFromADay() {
        let text = "The raid came on March 5, 2024. An hour earlier, police gathered."
        #expect(expression("An hour earlier", in: text, anchor: "2024-03-10")?.value == "2024-03-05")
    }

    // MARK: - Tense cues

    @Test("a deadline set in a past-tense clause lies ahead")
    func deadline() {
        // Thursday 2000-03-30.
        let text = "Officials postponed until Tuesday any action on the case."
        #expect(expression("Tuesday", in: text, anchor: "2000-03-30")?.value == "2000-04-04")
    }

    @Test("`until` opening a past-tense sentence looks back: no deadline follows a verb")
    func untilOpeningSentence() {
        // Friday 1999-05-07.
        let text = "Until Thursday, the police had not called him a suspect."
        #expect(expression("Thursday", in: text, anchor: "1999-05-07")?.value == "1999-05-06")
    }

    @Test("`effective` takes the nearest date, not the clause's past tense")
    func effectiveDate() {
        // Thursday 1989-10-26: the coming Feb. 1 is nearer than the last one.
        let text = "The bank created an office of the chairman, effective Feb. 1."
        #expect(expression("Feb. 1", in: text, anchor: "1989-10-26")?.value == "1990-02-01")
        // Thursday 2024-02-22: the last Jan. 1 is nearer than the next one.
        let past = "The fee, effective Jan. 1, raised prices."
        #expect(expression("Jan. 1", in: past, anchor: "2024-02-22")?.value == "2024-01-01")
    }

    @Test("a month right after its past-tense verb is the last one, however near the next")
    func adjacentPastCue() {
        // Thursday 2013-11-14: next December is a month away, last December eleven.
        #expect(expression("December", in: "The chief executive warned in December that costs would rise.",
                           anchor: "2013-11-14")?.value == "2012-12")
        // Further from its verb, a month near ahead still wins over the clause's tense.
        let far = "The official said the alliance agreed that the three countries join in March."
        #expect(expression("March", in: far, anchor: "1999-02-10")?.value == "1999-03")
    }

    @Test("a present-tense verb of a planned happening makes a weekday lie ahead")
    func scheduledPresent() {
        // Thursday 2013-11-14.
        #expect(expression("Monday", in: "The two leaders meet Monday in Geneva.", anchor: "2013-11-14")?.value == "2013-11-18")
        #expect(expression("Sunday", in: "Voters go to the polls Sunday.", anchor: "2013-11-14")?.value == "2013-11-17")
    }

    @Test("after `to` or `not` such a verb is no cue: the clause's own tense decides")
    func scheduledPresentNonFinite() {
        // Thursday 2013-11-14.
        #expect(expression("Friday", in: "The offer had been due to expire Friday.", anchor: "2013-11-14")?.value == "2013-11-08")
        #expect(expression("Monday", in: "They did not meet Monday.", anchor: "2013-11-14")?.value == "2013-11-11")
    }

    @Test("a verb that sets a plan makes a later date lie ahead")
    func planningVerb() {
        // Monday 1989-10-30.
        let text = "Thermo agreed to buy the line for $22 million in February."
        #expect(expression("February", in: text, anchor: "1989-10-30")?.value == "1990-02")
    }

    @Test("an -ed adjective after a determiner is no past-tense cue")
    func attributiveParticiple() {
        let text = "The split would be paid on a still unspecified date in January."
        #expect(expression("January", in: text, anchor: "1989-10-26")?.value == "1990-01")
    }

    // MARK: - Numbers that are no dates

    @Test("a decimal is no year", arguments: ["The index closed at 2082.1 points.", "It fell to 1462.93."])
    func decimals(_ text: String) {
        #expect(tagTimes(text, anchor: "1989-10-30").isEmpty)
    }

    @Test("a colon after a date ends a phrase, it does not start a clock time")
    func colonAfterDate() {
        let text = "The Times said in an editorial on Saturday, April 25: the court erred."
        #expect(expression("Saturday, April 25", in: text, anchor: "1998-04-24")?.value == "1998-04-25")
    }

    @Test("an ambiguous month name before a capitalised word is a name")
    func monthAsName() {
        let text = "The ministers of Poland and Jan Kavan of the Czech Republic met."
        #expect(tagTimes(text, anchor: "1999-03-12").isEmpty)
    }
}
