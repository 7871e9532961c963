import Testing
@testable import Chronicle

@Suite("Calendar arithmetic")
struct CalendarArithmeticTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: d)! }

    @Test("ISO weeks across year ends", arguments: [
        ((2020, 12, 31), "2020-W53"), ((2021, 1, 3), "2020-W53"), ((2021, 1, 4), "2021-W01"),
        ((2024, 12, 30), "2025-W01"), ((2026, 1, 1), "2026-W01"), ((2027, 1, 1), "2026-W53"),
        ((2024, 2, 22), "2024-W08"), ((2024, 2, 18), "2024-W07"),
    ])
    func isoWeek(_ date: (Int, Int, Int), _ expected: String) {
        #expect(CalendarPoint(containing: day(date.0, date.1, date.2), .week).value == expected)
    }

    @Test("a weekend is Saturday and Sunday of its ISO week")
    func weekend() {
        let w = CalendarPoint(containing: day(2024, 2, 22), .weekend).shifted(by: -1)
        #expect(w.value == "2024-W07-WE")
        #expect(w.range == TimeRange(days: day(2024, 2, 17), through: day(2024, 2, 18)))
    }

    @Test("the last weekend of 2020 is in ISO week 53")
    func weekendAcrossYearEnd() {
        #expect(CalendarPoint(containing: day(2021, 1, 2), .weekend).value == "2020-W53-WE")
    }

    @Test("periods and their values", arguments: [
        (Granularity.month, "2024-02"), (.quarter, "2024-Q1"), (.half, "2024-H1"), (.year, "2024"),
        (.decade, "202"), (.century, "20"), (.season, "2023-WI"),
    ])
    func periodValues(_ g: Granularity, _ expected: String) {
        #expect(CalendarPoint(containing: day(2024, 2, 22), g).value == expected)
    }

    @Test("a winter spans the year end")
    func winter() {
        let w = CalendarPoint(containing: day(2023, 12, 5), .season)
        #expect(w.value == "2023-WI")
        #expect(w.end == day(2024, 3, 1))
    }

    @Test("shifting keeps month ends valid")
    func monthShift() {
        #expect(CalendarPoint(containing: day(2024, 3, 31), .month).shifted(by: -1).value == "2024-02")
        #expect(CalendarPoint(containing: day(2024, 1, 15), .quarter).shifted(by: -1).value == "2023-Q4")
    }

    @Test("holidays", arguments: [
        ("12-25", 2023, "2023-12-25"), ("11:4:4", 2023, "2023-11-23"), ("05:-1:1", 2024, "2024-05-27"),
        ("EASTER+0", 2024, "2024-03-31"), ("EASTER-2", 2025, "2025-04-18"), ("09:1:1", 2024, "2024-09-02"),
        ("11:4:4+1", 2024, "2024-11-29"), ("11:4:4+4", 2024, "2024-12-02"), ("05:-1:1-3", 2024, "2024-05-24"),
    ])
    func holidays(_ code: String, _ year: Int, _ expected: String) {
        #expect(HolidayRule.date(code, year: year)?.description == expected)
    }

    @Test("malformed holiday codes are refused, and offsets beyond a year", arguments: [
        "11:0:4", "11:4:8", "11:4:4x", "11:4:4+", "11::4", "11:4", "13-45", "EASTER+x", "11:4:4+9223372036854775807", "EASTER-400",
    ])
    func malformedHolidays(_ code: String) {
        #expect(!HolidayRule.isValid(code))
    }

    @Test("durations scale their unit")
    func durations() {
        #expect(DurationCode("P1Y")!.value(times: 2) == "P2Y")
        #expect(DurationCode("P10Y")!.value(times: 4) == "P40Y")
        #expect(DurationCode("PT1H")!.value(times: 24) == "PT24H")
        #expect(DurationCode("P1Y")!.value(times: 2.5) == "P2.5Y")
        #expect(DurationCode("P1W")!.value(times: nil) == "PXW")
    }

    @Test("a finer period inside a known one keeps what is known: the day for clock units, else the month or year")
    func partialValueWithinKnownPeriod() throws {
        let day = CalendarPoint(start: try #require(CalendarDay(year: 1997, month: 10, day: 14)), granularity: .day)
        let month = CalendarPoint(start: try #require(CalendarDay(year: 1997, month: 10, day: 1)), granularity: .month)
        let year = CalendarPoint(start: try #require(CalendarDay(year: 1997, month: 1, day: 1)), granularity: .year)
        for unit in [Granularity.second, .minute, .hour] {
            #expect(TimeResolver.partialValue(within: day, unit: unit) == "1997-10-14")
            #expect(TimeResolver.partialValue(within: month, unit: unit) == "1997-10-XX")
            #expect(TimeResolver.partialValue(within: year, unit: unit) == "1997-XX-XX")
        }
        #expect(TimeResolver.partialValue(within: month, unit: .day) == "1997-10-XX")
        #expect(TimeResolver.partialValue(within: year, unit: .week) == "1997-WXX")
    }
}
