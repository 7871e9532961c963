import Chronicle
import ChronicleStore

/// One article read, extracted and prepared for the store off the writer's thread, for
/// `chronicle ingest`: the extraction, or why the file could not be read, and the reader's
/// warnings to print in order.
struct PreparedArticle: Sendable {
    let warnings: [String]
    let extraction: PreparedExtraction?
    let failure: String?

    init(_ file: String, pipeline: Pipeline, published: LocalDateTime?) {
        var warnings = [String]()
        var extraction: PreparedExtraction?
        var failure: String?
        do {
            let raw = try ArticleReader.read(file, warning: { warnings.append($0) })
            extraction = PreparedExtraction(pipeline.extract(raw: raw, source: file, published: published))
        } catch {
            failure = "\(error)"
        }
        self.warnings = warnings
        self.extraction = extraction
        self.failure = failure
    }
}
