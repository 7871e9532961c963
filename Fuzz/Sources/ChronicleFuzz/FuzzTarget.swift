import Chronicle
import Foundation

/// The pipeline, built once from the repository's gazetteer: loading it per input would make
/// every execution cost a second.
nonisolated(unsafe) let pipeline: Pipeline = {
    do {
        return Pipeline(gazetteer: try Gazetteer.load(directories: [try GazetteerLocator.builtIn()]))
    } catch {
        fatalError("ChronicleFuzz: cannot load the gazetteer: \(error)")
    }
}()

/// A fixed publication date so relative times ("last Wednesday") are anchored and normalised.
let anchor = LocalDateTime(year: 2024, month: 3, day: 14, hour: 10)

/// libFuzzer's entry point: one input is one article, run through decoding, cleaning (HTML or
/// scraped text), entity tagging, time tagging and anchoring, event extraction and the JSON
/// writer. Any crash, trap or sanitizer report is a bug; inputs the reader refuses (binary,
/// blank) are simply skipped, as the CLI would skip them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    guard let text = try? ArticleReader.decode(data, name: "fuzz") else { return 0 }
    // The first byte's low bit picks whether the page's own date or the fixed one anchors times.
    let published = (data.first ?? 0) & 1 == 0 ? anchor : nil
    let extraction = pipeline.extract(raw: text, source: "fuzz", published: published)
    var json = ""
    ExtractionJSON.write(extraction, to: &json)
    return 0
}

/// libFuzzer's driver (`LLVMFuzzerRunDriver`, in the libFuzzer runtime `-sanitize=fuzzer` links).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt) -> CInt

/// SwiftPM links an executable target with `main` renamed to `<Module>_main`, which replaces
/// libFuzzer's own `main`; this one hands the command line to libFuzzer's driver instead.
@_cdecl("ChronicleFuzz_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    // Load the gazetteer before the first input, so its seconds of loading are not timed.
    _ = pipeline.gazetteer.entities.count
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { start, size in fuzz(start, size) }
}
