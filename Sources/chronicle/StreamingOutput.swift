import Foundation

/// Standard output written in 64 KB pieces as text comes, so a long output (the whole store's
/// timeline) never sits in memory; `flush()` writes what is left.
struct StreamingOutput: TextOutputStream {
    private var buffer = ""
    private static let piece = 1 << 16

    mutating func write(_ string: String) {
        buffer += string
        if buffer.utf8.count >= StreamingOutput.piece { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer.removeAll(keepingCapacity: true)
    }
}
