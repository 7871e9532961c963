import Testing
@testable import Chronicle

/// The publication date read from the datelines above an article's body.
@Suite("Publication date")
struct PublicationDateTests {
    private func published(_ page: String) throws -> String? {
        try Shared.pipeline().extract(raw: page, source: "test").document.published?.description
    }

    @Test("documented example: an updated line with the time of day")
    func updatedLine() throws {
        let page = "Harbour reopens after storm\nUpdated March 14, 2024 9:12 AM\n\nThe harbour reopened on Wednesday after three days of gales.\n"
        #expect(try published(page) == "2024-03-14T09:12")
    }

    @Test("empty page: no date")
    func emptyPage() throws {
        #expect(try published("") == nil)
    }

    @Test("an ISO 8601 timestamp line, as scraped pages print their metadata", arguments: [
        ("Published 2024-03-14T14:30:00Z", "2024-03-14T14:30"),
        ("2024-03-14T08:05+01:00", "2024-03-14T08:05"),
    ])
    func isoTimestamp(_ line: String, _ expected: String) throws {
        let page = "Harbour reopens after storm\n\(line)\n\nThe harbour reopened on Wednesday after three days of gales.\n"
        #expect(try published(page) == expected)
    }

    @Test("a weekday in the body is read against the timestamp's day")
    func weekdayAgainstTimestamp() throws {
        let page = "Harbour reopens after storm\nPublished 2024-03-14T14:30:00Z\n\nThe harbour reopened on Wednesday after three days of gales.\n"
        let extraction = try Shared.pipeline().extract(raw: page, source: "test")
        #expect(extraction.times.first { extraction.document.text(of: $0.span) == "Wednesday" }?.value == "2024-03-13")
    }
}
