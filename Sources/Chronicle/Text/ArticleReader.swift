import Foundation

/// Why an input could not be read as an article. Every message names the input.
public enum InputError: Error, CustomStringConvertible, Equatable {
    case missing(String)
    case unreadable(String, reason: String)
    case empty(String)
    case binary(String)
    case invalidUTF8(String, offset: Int)

    public var description: String {
        switch self {
        case .missing(let path): return "\(path): no such file"
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .empty(let path): return "\(path): empty file (no text to annotate)"
        case .binary(let path): return "\(path): binary file, not text"
        case .invalidUTF8(let path, let offset): return "\(path): not valid UTF-8 (bad byte at offset \(offset))"
        }
    }
}

/// Reads articles from files or standard input, refusing what is not text.
public enum ArticleReader {
    /// Reads one article; `-` is standard input.
    public static func read(_ path: String) throws -> String {
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
        return try decode(data, name: path)
    }

    /// Checks and decodes bytes: no NUL bytes, valid UTF-8, some non-space text. A UTF-8 byte
    /// order mark is dropped.
    public static func decode(_ data: Data, name: String) throws -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.contains(0) { throw InputError.binary(name) }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var text = ""
        text.reserveCapacity(bytes.count)
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                text.unicodeScalars.append(scalar)
                offset += UTF8.width(scalar)
            case .emptyInput: break decoding
            case .error: throw InputError.invalidUTF8(name, offset: offset)
            }
        }
        if text.allSatisfy(\.isWhitespace) { throw InputError.empty(name) }
        return text
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
