import Foundation
import Testing
import TestSupport

/// What scrapers really hand over: mislabelled encodings, Windows line ends, byte order marks,
/// markup with scripts, other languages, and folders of thousands of pages.
@Suite("CLI: awkward input", .temporaryFiles)
struct AwkwardInputTests {
    /// A short wire story; every variant below must read as this text does.
    static let story = """
        Talks in Paris

        French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday, officials said.
        The two leaders spoke for an hour about the budget.

        """

    /// `extract --json` of a file written into its own folder as `article.txt`, with that folder
    /// taken out of the output so variants can be compared.
    static func extract(_ bytes: [UInt8]) throws -> (result: CLI.Result, json: String) {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("article.txt")
        try Data(bytes).write(to: file)
        let result = try CLI.run(["extract", "--json", "--published", "2024-03-14", file.path])
        return (result, result.stdout.replacingOccurrences(of: file.path, with: "article.txt"))
    }

    static func object(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test("invalid UTF-8 is decoded with U+FFFD and a warning naming the file")
    func invalidUTF8() throws {
        // Latin-1 `é` in the body, and a UTF-8 sequence cut short at the end.
        let latin1 = Self.story.replacingOccurrences(of: "about the budget", with: "in a caf# about the budget")
        let offset = Array(latin1.utf8).firstIndex(of: UInt8(ascii: "#"))!
        let bytes = Array(latin1.utf8).map { $0 == UInt8(ascii: "#") ? 0xE9 : $0 } + [0xC3]
        let (result, json) = try Self.extract(bytes)
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("chronicle: warning: "))
        #expect(result.stderr.contains("article.txt: not valid UTF-8: 2 bad byte sequences replaced with U+FFFD (first at byte offset \(offset))"))
        let document = try #require(try Self.object(json)["document"] as? [String: Any])
        #expect((document["text"] as? String)?.contains("in a caf\u{FFFD} about the budget") == true)

        // Ingest takes it too, warns, and stores it.
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("latin1.txt")
        try Data(bytes).write(to: file)
        let ingest = try CLI.run(["ingest", "--db", dir.appendingPathComponent("s.sqlite").path, file.path])
        #expect(ingest.status == 0)
        #expect(ingest.stderr.contains("\(file.path): not valid UTF-8"))
        #expect(ingest.stderr.contains("1 added"))
    }

    @Test("CRLF, lone CR, byte order marks and UTF-16 read exactly as plain UTF-8 with LF")
    func lineEndsAndMarks() throws {
        let plain = try Self.extract(Array(Self.story.utf8))
        #expect(plain.result.status == 0)
        let crlf = Self.story.replacingOccurrences(of: "\n", with: "\r\n")
        let variants: [(String, [UInt8])] = [
            ("CRLF", Array(crlf.utf8)),
            ("CR", Array(Self.story.replacingOccurrences(of: "\n", with: "\r").utf8)),
            ("BOM + LF", [0xEF, 0xBB, 0xBF] + Array(Self.story.utf8)),
            ("BOM + CRLF", [0xEF, 0xBB, 0xBF] + Array(crlf.utf8)),
            ("UTF-16LE", [0xFF, 0xFE] + crlf.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            ("UTF-16BE", [0xFE, 0xFF] + Self.story.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
        ]
        for (name, bytes) in variants {
            let variant = try Self.extract(bytes)
            #expect(variant.result.status == 0, "\(name)")
            #expect(variant.result.stderr.isEmpty, "\(name): \(variant.result.stderr)")
            #expect(variant.json == plain.json, "\(name)")
        }
        #expect(!plain.json.contains("\\r"))
        #expect(plain.json.contains("\"person:olaf-scholz\""))
    }

    @Test("HTML: scripts and styles are skipped, entities decoded, broken references harmless")
    func html() throws {
        let page = """
            <!DOCTYPE html><html><head><title>Talks in Paris &amp; Berlin</title>
            <style>p { content: "Vladimir Putin met Xi Jinping on Friday"; }</style>
            <script>var teaser = "<p>Vladimir Putin met Xi Jinping in Moscow on Friday.</p>"; if (a < b && c > d) {}</script>
            </head><body><article>
            <p>French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday, officials said &mdash; a &eacute;t&eacute; &#8220;useful&#8221; &#x2019; &nbsp;done.</p>
            <p>Broken references stay text: &#0; &#xD800; &#99999999999999999999; &#x110000; &bogus; &amp tail &#; &#x;.</p>
            <script>document.write("<p>Joe Biden met Kim Jong Un on Tuesday.</p>")
            </article></body></html>
            """
        let (result, json) = try Self.extract(Array(page.utf8))
        #expect(result.status == 0)
        let x = try Self.object(json)
        let text = try #require((x["document"] as? [String: Any])?["text"] as? String)
        #expect(text.contains("officials said — a été “useful” ’"))
        #expect(!text.contains("Putin") && !text.contains("teaser") && !text.contains("content:"))
        let ids = (x["entities"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids.contains("person:emmanuel-macron"))
        #expect(!ids.contains("person:vladimir-putin") && !ids.contains("person:xi-jinping"))
    }

    @Test("text in other languages and scripts: no crash, no false dates")
    func otherLanguages() throws {
        let text = """
            Regierung in Berlin

            Mon frère a dit que sept ministres étaient venus. Le mar est calme, et la Sun Company a publié ses chiffres.
            Der Minister sagte, dass die Regierung neue Steuern plane. Ich bin seit zwei Wochen hier, sagte er.
            Министр иностранных дел заявил в понедельник, что переговоры продолжатся в марте.
            外交部发言人周三在北京表示，双方将于下周举行会谈。今天天气很好。
            El mar Mediterráneo estaba en calma el sábado; Mar y Sol es un hotel. Sept personnes, mai oui.
            وقال وزير الخارجية يوم الاثنين إن المحادثات ستستمر.
            Οι συνομιλίες θα συνεχιστούν την Τρίτη στην Αθήνα.
            Combining marks e\u{301}\u{301}\u{301}, a family 👨‍👩‍👧, a flag 🇫🇷 and a zero\u{200B}width space.

            """
        let (result, json) = try Self.extract(Array(text.utf8))
        #expect(result.status == 0)
        let x = try Self.object(json)
        let times = (x["times"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(times.isEmpty, "false dates: \(times)")
    }

    @Test("a folder of thousands of files is walked and ingested quietly when stderr is not a terminal")
    func thousandsOfFiles() throws {
        let dir = try CLI.temporaryDirectory()
        let root = dir.appendingPathComponent("pages")
        let count = 1200
        for n in 0..<count {
            let sub = root.appendingPathComponent(String(format: "%02d", n % 40))
            if n < 40 { try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true) }
            let text = "Page \(n)\n\nThe council of Lyon met on Monday to discuss item \(n), a spokesperson said.\n"
            try text.write(to: sub.appendingPathComponent("page-\(n).txt"), atomically: false, encoding: .utf8)
        }
        // Not articles: hidden files and other kinds are skipped by the walk.
        try "hidden".write(to: root.appendingPathComponent(".notes.txt"), atomically: false, encoding: .utf8)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00]).write(to: root.appendingPathComponent("00/photo.png"))
        let result = try CLI.run(["ingest", "--db", dir.appendingPathComponent("s.sqlite").path, root.path])
        #expect(result.status == 0)
        #expect(result.stderr == "ingested \(count) of \(count) articles: \(count) added, 0 unchanged, 0 replaced\n")
    }

    @Test("on a terminal, a progress bar is drawn on stderr and cleared before the summary",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs util-linux script for a terminal"))
    func progressBarOnTerminal() throws {
        let dir = try CLI.temporaryDirectory()
        for n in 0..<30 {
            try "Item \(n)\n\nThe council of Lyon met on Monday to discuss item \(n), a spokesperson said.\n"
                .write(to: dir.appendingPathComponent("page-\(n).txt"), atomically: false, encoding: .utf8)
        }
        try Data().write(to: dir.appendingPathComponent("page-empty.txt"))
        // `script` runs the command on a pseudo-terminal and copies what it shows to its stdout.
        let command = [CLI.binary.path, "ingest", "--db", dir.appendingPathComponent("s.sqlite").path, dir.path]
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let result = try CLI.run(["-qec", command, "/dev/null"], executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(result.status == 1)
        #expect(result.stdout.contains("\r[###"))
        #expect(result.stdout.contains("] 100% 31/31"))
        // The error about the empty file and the summary each start on a cleared line.
        #expect(result.stdout.contains("\r\u{1B}[Kchronicle: \(dir.path)/page-empty.txt: empty file"))
        #expect(result.stdout.contains("\r\u{1B}[Kingested 30 of 31 articles: 30 added, 0 unchanged, 0 replaced, 1 failed"))
    }
}
