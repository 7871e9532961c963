/// The text front end: a raw page, plain text or HTML, to the clean text the annotators read,
/// with its title and what the page says about its publication time.
///
/// HTML is recognised and converted to lines (`HTMLText`), the lines are cleaned of boilerplate
/// (`PageCleaner`), and the title is the HTML's `<h1>`/`<title>` or else the clean text's
/// headline. Public so benchmarks can time this stage alone.
public struct PageReader: Sendable {
    let cleaner: PageCleaner
    let html: HTMLText

    public struct Page: Sendable {
        /// The clean text.
        public let text: String
        /// From the HTML markup, else the first headline-like line of `text`.
        public let title: String?
        /// The raw lines before the body, where datelines stand.
        public let headerLines: [String]
        /// The publication time the HTML metadata gives, as written.
        public let metaDate: String?
    }

    public init(gazetteer: Gazetteer) {
        self.init(cleaner: PageCleaner(cues: gazetteer.cues.boilerplate), html: HTMLText(entities: gazetteer.htmlEntities))
    }

    init(cleaner: PageCleaner, html: HTMLText) {
        self.cleaner = cleaner
        self.html = html
    }

    /// Cleans one raw page.
    /// - Complexity: O(n) in the page's bytes.
    public func read(_ raw: String) -> Page {
        var text = raw, title: String?, metaDate: String?
        if HTMLText.looksLikeHTML(raw) {
            let converted = html.convert(raw)
            text = converted.text
            title = converted.title
            metaDate = converted.published
        }
        let cleaned = cleaner.clean(text)
        return Page(text: cleaned.text, title: title ?? PageCleaner.headline(of: cleaned.text),
                    headerLines: cleaned.headerLines, metaDate: metaDate)
    }

    /// Whether a page is read as HTML (see `HTMLText.looksLikeHTML`).
    public static func isHTML(_ raw: String) -> Bool { HTMLText.looksLikeHTML(raw) }

    /// The headline of a clean text (see `PageCleaner.headline(of:)`).
    public static func headline(of text: String) -> String? { PageCleaner.headline(of: text) }
}
