import Foundation
import Testing
@testable import Chronicle

@Suite("Page cleaner")
struct PageCleanerTests {
    let cleaner = PageCleaner(cues: [("read more:", "link"), ("all rights reserved", "footer"), ("uses cookies", "footer"),
                                      ("©", "footer"), ("share this article", "nav"), ("you might also like", "link"),
                                      ("^by", "header"), ("newsletter", "footer")])

    /// A made-up scraped page: menu junk, headline, dateline, caption, body with a link line, teasers, footer.
    static let page = """
         menu searchicon shareicon closeicon chevron downicon chevron upicon mailicon playicon pauseicon tagicon fbicon twicon
        HomeSport News
        Harbour reopens after the storm
        3 Mar, 2024 10:15
        Share this article
        Boats return to the harbour at dawn after the storm passed, March 2, 2024. © Coast Photo / Ann Reed

        The harbour at Porthleven reopened on Saturday after three days of closure, the harbour master said.

        Fishing crews spent the morning checking their moorings and nets for damage.
        READ MORE: Storm warnings issued for the south coast
        Local councillors promised a review of the sea defences before the winter.

        Top stories
        Ferry timetable changes for spring
        Ferry timetable changes for spring
        Village fete returns after a break
        © 2024 Coastal Gazette. All rights reserved.
        This website uses cookies. Read our policy to find out more.
        """

    @Test("documented example: junk out; title, dateline, caption and body in")
    func documentedExample() {
        let result = cleaner.clean(Self.page)
        #expect(result.text == """
            Harbour reopens after the storm
            3 Mar, 2024 10:15
            Boats return to the harbour at dawn after the storm passed, March 2, 2024. © Coast Photo / Ann Reed

            The harbour at Porthleven reopened on Saturday after three days of closure, the harbour master said.

            Fishing crews spent the morning checking their moorings and nets for damage.
            Local councillors promised a review of the sea defences before the winter.
            """)
        #expect(result.headerLines.contains("3 Mar, 2024 10:15"))
        #expect(PageCleaner.headline(of: result.text) == "Harbour reopens after the storm")
    }

    @Test("empty page")
    func empty() {
        #expect(cleaner.clean("").text == "")
    }

    @Test("a page with no boilerplate comes out byte for byte")
    func unchanged() {
        let article = "A title line\nMarch 1, 2008\nThe first sentence of the body is here. It has two sentences.\n\nA second paragraph follows it, also ending well.\n"
        #expect(cleaner.clean(article).text == article)
    }

    @Test("repeated lines keep their first occurrence only")
    func repeatedLines() {
        let text = "Leaders meet in Rome\nLeaders meet in Rome\nThe leaders met in Rome on Friday to discuss the budget plans.\n"
        #expect(cleaner.clean(text).text == "Leaders meet in Rome\nThe leaders met in Rome on Friday to discuss the budget plans.")
    }

    @Test("after the body, prose stays until the footer zone starts")
    func proseAfterBody() {
        let text = """
            The council met on Monday and approved the plan after a long debate.
            A second paragraph gives the details of the vote and the budget.
            See more
            Photo gallery
            Menu
            Sport
            A closing line stands alone after the body and before the footer.
            Get our newsletter every morning with the best stories of the day.
            """
        let cleaned = cleaner.clean(text).text
        #expect(cleaned.contains("A closing line") == false)
        #expect(!cleaned.contains("newsletter"))
        #expect(!cleaned.contains("Photo gallery"))
        #expect(cleaner.clean("The council met on Monday and approved the plan after a long debate.\nA last sentence of the article follows it here.\nMenu\n").text
            == "The council met on Monday and approved the plan after a long debate.\nA last sentence of the article follows it here.")
    }

    @Test("a list heading (`^related$`) after the body drops the headlines under it, which look like prose; before it, only itself")
    func lonePhraseHeadsList() {
        let cleaner = PageCleaner(cues: [("^related$", "list"), ("^latest news$", "list")])
        let body = "The council met on Monday and approved the plan after a long debate.\nA second paragraph gives the details of the vote and the budget."
        let page = body + "\nRelated\nFloods close the coast road as the river rises\nMayor of Lisbon meets the Spanish king in Madrid\nWhy the bridge will cost more than planned?\n"
        #expect(cleaner.clean(page).text == body)
        // Without the heading, the three headlines form a second cluster of prose lines and stay.
        #expect(cleaner.clean(page.replacingOccurrences(of: "Related\n", with: "")).text.contains("Madrid"))
        // A sentence that starts with the heading's word is no heading.
        let sentence = body + "\nRelated talks with the unions ended without a deal on Tuesday evening.\n"
        #expect(cleaner.clean(sentence).text == sentence)
        // Before the body the heading is a section label: it goes alone, the headline stays.
        let labelled = "LATEST NEWS\nCouncil approves the harbour plan\n" + body
        #expect(cleaner.clean(labelled).text == "Council approves the harbour plan\n" + body)
    }

    @Test("menus, labels, bylines and link lists before the body go")
    func header() {
        let page = """
            World   Business   Markets   Tech
            NEWS / BUSINESS
            Europe edition ▾
            Festival crowds return to the old town square
            By Ann Reed and Tom Hale
            You might also like
            Why the square was closed for a year
            Tickets sell out within an hour
            
            Thousands of visitors filled the old town square on Saturday for the first festival in three years.
            Organisers said the event would return next summer with a larger programme.
            """
        #expect(cleaner.clean(page).text == """
            Festival crowds return to the old town square

            Thousands of visitors filled the old town square on Saturday for the first festival in three years.
            Organisers said the event would return next summer with a larger programme.
            """)
    }

    @Test("a sentence that starts with `By` is no byline, before the body or after it")
    func sentenceStartingWithBy() {
        let page = """
            By Ann Reed, City Reporter
            By the time the ferry docked, most of the passengers had been waiting for hours.
            The harbour master said the delay was caused by fog in the channel overnight.
            By noon the fog had cleared and sailings resumed.
            """
        #expect(cleaner.clean(page).text == """
            By the time the ferry docked, most of the passengers had been waiting for hours.
            The harbour master said the delay was caused by fog in the channel overnight.
            By noon the fog had cleared and sailings resumed.
            """)
    }

    @Test("multi-byte text: accents, curly quotes and no-break spaces pass through byte for byte")
    func multiByte() {
        let article = "Zürich talks end in agreement\nCafé owners in Zürich met on Friday and said “we agree”.\u{A0}\nThe Ødegaard plan, costing €3m, passed after a long debate.\n"
        #expect(cleaner.clean(article).text == article)
        #expect(PageCleaner.headline(of: article) == "Zürich talks end in agreement")
    }

    @Test("cue phrases match the line in lower case, whatever letters follow")
    func cueCase() {
        let page = "The council met on Monday and approved the plan after a long debate.\nIt will take effect in the spring of next year, officials said.\nREAD MORE: Ümit wins\n"
        #expect(!cleaner.clean(page).text.contains("Ümit"))
    }

    @Test("line ends already normalised upstream: a lone \\r ending the last line is not part of its shape")
    func carriageReturns() {
        let article = "A title line\nThe first sentence of the body is here. It has two sentences.\r"
        #expect(cleaner.clean(article).text == article)
        // A CR LF pair is one Character, so (as `split(separator: "\n")` saw it) it ends no line.
        #expect(cleaner.clean("One line only\r\nof words.").headerLines.count <= 1)
    }

    @Test("blank lines: white space only, kept once between kept lines, dropped at the end")
    func blankLines() {
        let text = "The council met on Monday and approved the plan after a long debate.\n \u{A0}\n\nA second paragraph gives the details of the vote and the budget.\n\n\n"
        #expect(cleaner.clean(text).text == "The council met on Monday and approved the plan after a long debate.\n \u{A0}\nA second paragraph gives the details of the vote and the budget.")
    }

    @Test("headline: first line of four words without digits, trimmed of spaces")
    func headline() {
        #expect(PageCleaner.headline(of: "") == nil)
        #expect(PageCleaner.headline(of: "March 3, 2024\n\n\t  Storm closes the harbour  \nbody") == "Storm closes the harbour")
        #expect(PageCleaner.headline(of: "\u{3000}Storm closes the old harbour\u{3000}") == "Storm closes the old harbour")
        #expect(PageCleaner.headline(of: "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nOnly the eleventh line qualifies") == nil)
    }
}
