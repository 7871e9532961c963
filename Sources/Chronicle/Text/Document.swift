import Foundation

/// One article after cleaning: the immutable text every annotation points into.
public struct Document: Sendable {
    /// A content hash of the clean text: the same text always gets the same id.
    public let id: String
    /// Where the article came from (a path, or `-` for standard input).
    public let source: String
    public let title: String?
    /// The publication date: from `--published`, else read from the page, else unknown.
    public let published: LocalDateTime?
    public let text: String
    /// The UTF-8 bytes of `text`, which spans index.
    public let bytes: [UInt8]

    public init(source: String, title: String?, published: LocalDateTime?, text: String) {
        self.source = source
        self.title = title
        self.published = published
        self.text = text
        self.bytes = Array(text.utf8)
        self.id = ContentHash.hex(of: bytes)
    }

    /// The text of a span (spans always lie on scalar boundaries).
    public func text(of span: Span) -> String {
        String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }
}

/// A 64-bit FNV-1a hash, written as 16 hex digits: stable across runs and platforms,
/// unlike `Hasher`, so it can name documents in the store.
enum ContentHash {
    static func hex(of bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
