// corpus-gen: writes a deterministic news-like corpus from Chronicle's built-in gazetteer.
//
//   corpus-gen --articles N [--seed S] --out DIR      one raw page per file (article-000000.txt …)
//   corpus-gen --bytes N [--seed S] [--out FILE|-]    articles joined by blank lines up to N bytes
//
// The same seed gives the same bytes on every machine (SplitMix64, no Foundation randomness).
import BenchSupport
import Foundation

func usage() -> Never {
    FileHandle.standardError.write("usage: corpus-gen (--articles N --out DIR | --bytes N [--out FILE|-]) [--seed S]\n".data(using: .utf8)!)
    exit(2)
}

var articles: Int?, bytes: Int?, seed: UInt64 = 42, out: String?
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
    guard let v = args.next() else { usage() }
    switch a {
    case "--articles": articles = Int(v)
    case "--bytes":
        // Accepts 50M, 200K, or a plain number.
        let scale: Int = v.hasSuffix("M") ? 1 << 20 : v.hasSuffix("K") ? 1 << 10 : 1
        bytes = Int(v.trimmingCharacters(in: CharacterSet(charactersIn: "MK"))).map { $0 * scale }
    case "--seed": seed = UInt64(v) ?? 42
    case "--out": out = v
    default: usage()
    }
}

do {
    let gazetteer = try Fixtures.loadGazetteer()
    let generator = try Fixtures.generator(gazetteer, seed: seed)
    if let articles, let out {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        for i in 0..<articles {
            try generator.article(i).write(toFile: out + String(format: "/article-%06d.txt", i), atomically: false, encoding: .utf8)
        }
        FileHandle.standardError.write("wrote \(articles) articles to \(out)\n".data(using: .utf8)!)
    } else if let bytes {
        let text = Fixtures.text(generator, bytes: bytes)
        if out == nil || out == "-" {
            FileHandle.standardOutput.write(text.data(using: .utf8)!)
        } else {
            try text.write(toFile: out!, atomically: false, encoding: .utf8)
            FileHandle.standardError.write("wrote \(text.utf8.count) bytes to \(out!)\n".data(using: .utf8)!)
        }
    } else {
        usage()
    }
} catch {
    FileHandle.standardError.write("corpus-gen: \(error)\n".data(using: .utf8)!)
    exit(1)
}
