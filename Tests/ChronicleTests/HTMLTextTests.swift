import Testing
@testable import Chronicle

@Suite("HTML to text")
struct HTMLTextTests {
    let converter = HTMLText(entities: ["amp": "&", "nbsp": "\u{00A0}", "rsquo": "\u{2019}", "eacute": "é"])

    static let page = """
        <!DOCTYPE html><html><head><title>Site | Leaders meet</title>
        <meta property="article:published_time" content="2024-05-10T08:30:00Z">
        <script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
        <body><nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
        <article><h1>Leaders meet in Paris</h1>
        <p>The leaders met on Thursday &amp; agreed a plan, the Élysée&rsquo;s spokesman said.</p>
        <p>Talks&nbsp;continued &#8220;late&#8221; into the night.</p>
        <figure><figcaption>The two leaders at the Élysée palace.</figcaption></figure></article>
        <footer>&copy; 2024 Example News</footer></body></html>
        """

    @Test("documented example: text lines, title and publication time")
    func documentedExample() {
        let result = converter.convert(Self.page)
        #expect(result.text == """
            Leaders meet in Paris
            The leaders met on Thursday & agreed a plan, the Élysée’s spokesman said.
            Talks continued “late” into the night.
            The two leaders at the Élysée palace.
            """)
        #expect(result.title == "Leaders meet in Paris")
        #expect(result.published == "2024-05-10T08:30:00Z")
    }

    @Test("empty document")
    func empty() {
        let result = converter.convert("")
        #expect(result.text == "")
        #expect(result.title == nil)
    }

    @Test("recognises HTML, not text that mentions a tag")
    func detection() {
        #expect(HTMLText.looksLikeHTML("  <!doctype html><p>x</p>"))
        #expect(!HTMLText.looksLikeHTML("Use the <p> tag for paragraphs."))
    }

    @Test("lines made mostly of links are dropped")
    func linkDensity() {
        let html = "<html><body><div><a href=a>One story</a> <a href=b>Another story</a></div><p>The real paragraph is here and it ends.</p></body></html>"
        #expect(converter.convert(html).text == "The real paragraph is here and it ends.")
    }

    @Test("unknown entities and bare ampersands survive")
    func entities() {
        #expect(converter.decodeEntities("AT&T &bogus; &#x41;&#66;") == "AT&T &bogus; AB")
    }
}
