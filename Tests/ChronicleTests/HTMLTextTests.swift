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

    @Test("numeric references: hexadecimal, signed, NUL and combining marks")
    func numericReferences() {
        #expect(converter.convert("<p>&#x+41;&#66;&#0;x</p>").text == "AB\u{FFFD}x")
        // A combining acute joins the letter before it; the String path decides the spaces.
        #expect(converter.convert("<p>Cafe&#769; &nbsp; au lait</p>").text == "Cafe\u{301} au lait")
        #expect(converter.convert("<p>a &#769;b</p>").text == "a \u{301}b")  // one Character: no separator
    }

    @Test("tags in any case, comments, nested skipped elements and an unclosed tag")
    func markup() {
        let html = "<HTML><BODY><!-- <p>hidden</p> --><ASIDE>x<aside>y</aside>z</Aside><P>Kept text.</P><DIV>More &amp; more<br/>next</DIV><p>cut <b"
        #expect(converter.convert(html).text == "Kept text.\nMore & more\nnext\ncut")
    }

    @Test("white space and no-break spaces collapse; multi-byte text passes through")
    func spaces() {
        #expect(converter.convert("<p>  Zürich\t&nbsp;\u{A0} talks\n end&rsquo;s </p>").text == "Zürich talks end’s")
    }

    @Test("recognition looks at the first 2,000 characters only")
    func detectionHead() {
        let filler = String(repeating: "é", count: 1_990)
        #expect(HTMLText.looksLikeHTML("<b>" + filler + "<p>x"))  // `<p>` ends at character 1,996
        #expect(!HTMLText.looksLikeHTML("<b>" + filler + "xxxxxxx<p>x"))  // starts at 2,001
        #expect(HTMLText.looksLikeHTML("\u{FEFF}\n <div>"))
        #expect(!HTMLText.looksLikeHTML(""))
    }
}
