import Foundation

/// Why an input could not be read as an article. Every message names the input.
public enum InputError: Error, CustomStringConvertible, Equatable {
    case missing(String)
    case unreadable(String, reason: String)
    case empty(String)
    case binary(String)

    public var description: String {
        switch self {
        case .missing(let path): return "\(path): no such file"
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .empty(let path): return "\(path): empty file (no text to annotate)"
        case .binary(let path): return "\(path): binary file, not text"
        }
    }
}

/// Reads articles from files or standard input, refusing what is not text.
public enum ArticleReader {
    /// Reads one article; `-` is standard input. Bytes that are not UTF-8 are replaced with
    /// U+FFFD and reported through `warning` (scrapers mislabel encodings; one stray Latin-1
    /// byte should not cost the whole article).
    public static func read(_ path: String, warning: ((String) -> Void)? = nil) throws -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw InputError.missing(path) }
            if isDirectory.boolValue { throw InputError.unreadable(path, reason: "is a folder") }
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw InputError.unreadable(path, reason: "permission denied or not a regular file")
            }
            data = contents
        }
        return try decode(data, name: path, warning: warning)
    }

    /// Checks and decodes bytes: no NUL bytes (binary), some non-space text. A byte order mark
    /// is dropped (UTF-16 with a mark is decoded), line ends become `\n` (the cleaner and the
    /// sentence splitter work on lines), and invalid UTF-8 is decoded with replacement.
    /// - Complexity: O(n), a few passes over the bytes; nothing per character is allocated.
    public static func decode(_ data: Data, name: String, warning: ((String) -> Void)? = nil) throws -> String {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16), !text.unicodeScalars.contains("\u{0}") else {
                throw InputError.binary(name)
            }
            return try decode(Data(text.utf8), name: name, warning: warning)
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.contains(0) { throw InputError.binary(name) }
        if bytes.contains(0x0D) { bytes = unixLineEnds(bytes) }
        let text: String
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
        } else {
            text = String(decoding: bytes, as: UTF8.self)
            let (count, first) = invalidSequences(bytes)
            warning?("\(name): not valid UTF-8: \(count) bad byte sequence\(count == 1 ? "" : "s") replaced with U+FFFD (first at byte offset \(first))")
        }
        if text.allSatisfy(\.isWhitespace) { throw InputError.empty(name) }
        return text
    }

    /// `\r\n` and a lone `\r` (old Mac files) become `\n`.
    static func unixLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(bytes[i])
            }
            i += 1
        }
        return out
    }

    /// How many ill-formed sequences the bytes hold, and the byte offset of the first.
    static func invalidSequences(_ bytes: [UInt8]) -> (count: Int, first: Int) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0, count = 0, first = -1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error(let length):
                if first < 0 { first = offset }
                count += 1
                offset += length
            case .emptyInput: return (count, max(first, 0))
            }
        }
    }

    /// Extensions of article files found by walking a folder (files named on the command line
    /// are always taken); files without an extension count too.
    static let articleExtensions: Set<String> = ["txt", "text", "html", "htm", "xhtml"]

    /// The article files under the given paths: files as given, folders walked in name order
    /// (hidden files and files of other kinds, such as notes or images, skipped).
    public static func expand(_ paths: [String]) throws -> [String] {
        var files = [String]()
        for path in paths {
            var isDirectory: ObjCBool = false
            if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                guard let walker = FileManager.default.enumerator(atPath: path) else { throw InputError.unreadable(path, reason: "cannot list folder") }
                var found = [String]()
                while let item = walker.nextObject() as? String {
                    if item.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                    let full = path.hasSuffix("/") ? path + item : path + "/" + item
                    var sub: ObjCBool = false
                    let ext = (item as NSString).pathExtension.lowercased()
                    if FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue,
                       ext.isEmpty || ArticleReader.articleExtensions.contains(ext) {
                        found.append(full)
                    }
                }
                files.append(contentsOf: found.sorted())
            } else {
                files.append(path)
            }
        }
        return files
    }
}
