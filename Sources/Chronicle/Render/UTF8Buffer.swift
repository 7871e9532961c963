/// Text collected as UTF-8 bytes: a `TextOutputStream` for writers that make many small writes
/// (`JSONWriter` writes a quote, a key, a colon, … apart), where appending each piece to a
/// `String` cost several times what copying its bytes into an array does.
struct UTF8Buffer: TextOutputStream {
    private(set) var bytes = [UInt8]()

    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
