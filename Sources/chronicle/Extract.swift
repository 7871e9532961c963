import ArgumentParser
import Chronicle

/// `chronicle extract [--json] [--published DATE] FILE`: annotate one article, no database.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Annotate one article and print the result (no database).")

    @Flag(help: "Print the JSON object described in ARCHITECTURE.md.")
    var json = false

    @Option(help: ArgumentHelp("The publication date, overriding the one on the page.", valueName: "DATE"))
    var published: String?

    @OptionGroup var gazetteer: GazetteerOptions

    @Argument(help: "The article: a text or HTML file, or - for standard input.")
    var file: String

    func run() throws {
        let date = try published.map { try parseDate($0, option: "--published") }
        let raw: String
        do { raw = try ArticleReader.read(file, warning: warn) } catch { fail("\(error)") }
        let pipeline: Pipeline
        do { pipeline = try gazetteer.pipeline() } catch { fail("\(error)") }
        let extraction = pipeline.extract(raw: raw, source: file, published: date)
        var out = BufferedOutput()
        if json {
            ExtractionJSON.write(extraction, to: &out)
        } else {
            ExtractionText.write(extraction, to: &out)
        }
        out.flush()
    }
}
