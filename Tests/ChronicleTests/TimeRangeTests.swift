import Testing
@testable import Chronicle

/// Amounts given as a range (`two to three weeks`) and dates open at one end (`1994 or later`):
/// one expression over the whole phrase, never a part of it.
@Suite("Ranges and open-ended dates")
struct TimeRangeTests {
    @Test("a range of amounts is one duration of unknown length", arguments: [
        ("The deal should close in the next two to three months.", "the next two to three months", "PXM"),
        ("Repairs may take weeks or months.", "weeks or months", "PXW"),
        ("It will be ready in three or four years.", "three or four years", "PXY"),
    ])
    func rangeOfAmounts(_ text: String, _ phrase: String, _ value: String) {
        #expect(expression(phrase, in: text)?.value == value,
                "\(tagTimes(text).map { surface($0, in: text) + "=" + $0.value })")
    }

    @Test("a range of ages is no time")
    func ageRange() {
        #expect(tagTimes("The club is for girls aged 12 to 15 years old.").isEmpty)
    }

    @Test("`and after` starting a new clause leaves the date before it whole")
    func andAfterIsNoOpenEnd() {
        let text = "He has backed the club since September 2003 and after the sale he stayed."
        #expect(expression("September 2003", in: text, anchor: "2005-03-16")?.value == "2003-09")
    }

    @Test("an open-ended year keeps its year and says which way it is open")
    func openEnded() {
        let later = expression("1994 or later", in: "Rates will rise in 1994 or later.", anchor: "1990-02-22")
        #expect(later?.value == "1994")
        #expect(later?.mod == "ON_OR_AFTER")
        let earlier = expression("1990 or earlier", in: "Cars built in 1990 or earlier pay more.")
        #expect(earlier?.mod == "ON_OR_BEFORE")
    }
}
