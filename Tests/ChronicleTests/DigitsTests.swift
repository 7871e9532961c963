import Testing
@testable import Chronicle

@Suite("Zero-padded digits")
struct DigitsTests {
    /// The definition the fast path reproduces: `String(value)` with zeros before it.
    private func reference(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    @Test("documented example: 7 in two digits is 07")
    func example() {
        #expect(Digits.pad(7, 2) == "07")
        #expect(Digits.pad(2024, 4) == "2024")
    }

    @Test("zero, a width of zero, more digits than the width, negative values")
    func edges() {
        #expect(Digits.pad(0, 2) == "00")
        #expect(Digits.pad(0, 0) == "0")
        #expect(Digits.pad(123_456, 2) == "123456")
        #expect(Digits.pad(-5, 4) == "00-5")
        #expect(Digits.pad(Int.max, 2) == String(Int.max))
    }

    @Test("agrees with String(value) padded, for every width up to 20")
    func agreesWithReference() {
        for value in [0, 1, 9, 10, 99, 100, 999, 1_000, 9_999, 10_000, 123_456_789, 999_999_999_999_999, -1, -42, Int.min] {
            for width in 0...20 {
                #expect(Digits.pad(value, width) == reference(value, width), "\(value) in \(width)")
            }
        }
    }

    @Test("a day prints as YYYY-MM-DD; years outside four digits as padded parts")
    func dayDescription() {
        #expect(CalendarDay(year: 2024, month: 2, day: 21)!.description == "2024-02-21")
        #expect(CalendarDay(year: 987, month: 12, day: 1)!.description == "0987-12-01")
        for dayNumber in [-800_000, -719_468, 0, 19_774, 2_932_896, 4_000_000] {
            let day = CalendarDay(dayNumber: dayNumber)
            #expect(day.description == reference(day.year, 4) + "-" + reference(day.month, 2) + "-" + reference(day.day, 2))
        }
    }
}
