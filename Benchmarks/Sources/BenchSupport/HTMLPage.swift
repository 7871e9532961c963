/// Generated raw pages dressed as HTML, for timing the HTML front end (`PageReader` on
/// `<!DOCTYPE html>` input): head with title, publication meta, script and style; a navigation
/// list; the article's lines as `<h1>`, `<p>` and link paragraphs with entities; a footer.
public enum HTMLPage {
    /// The HTML form of one raw page (as `CorpusGenerator.article` writes it).
    public static func wrap(_ article: String, published iso: String) -> String {
        let lines = article.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let title = lines.count > 6 ? lines[6] : (lines.first ?? "")
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(escape(title)) | Dispatch</title>
            <meta property="article:published_time" content="\(iso)T08:30:00Z">
            <script>
              window.dataLayer = window.dataLayer || [];
              function track(){ dataLayer.push(arguments); } // <p>not text</p>
            </script>
            <style>
              body { font-family: Georgia, serif; } nav ul { list-style: none; }
            </style>
            </head>
            <body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav>
            <article>

            """
        for (i, line) in lines.enumerated() {
            if i == 6 {
                html += "  <h1>\(escape(line))</h1>\n"
            } else if line.hasPrefix("READ MORE") || line.hasPrefix("Read More") {
                html += "  <p><a href=\"/story/\(i)\">\(escape(line))</a></p>\n"
            } else {
                html += "  <p class=\"para\">\(escape(line))</p>\n"
            }
        }
        html += """
            </article>
            <footer><p>&copy; 2024 Dispatch. All rights reserved.</p></footer>
            </body>
            </html>

            """
        return html
    }

    /// `&`, `<`, `>` as entities; curly quotes and dashes as numeric or named references.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&#8220;"
            case "'": out += "&rsquo;"
            case "\u{00A0}": out += "&nbsp;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
