/// Converts UTF-8 byte offsets into Unicode code point offsets.
///
/// Stores the code point count at every 64th byte, so memory is 1/8 of the text size in
/// `Int` words and each lookup counts at most 63 bytes.
/// - Complexity: O(n) to build, O(1) per lookup.
public struct CodePointIndex: Sendable {
    private static let stride = 64
    private let bytes: [UInt8]
    private let checkpoints: [Int]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var checkpoints = [Int]()
        checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
        var count = 0
        for (i, byte) in bytes.enumerated() {
            if i % Self.stride == 0 { checkpoints.append(count) }
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        if bytes.count % Self.stride == 0 { checkpoints.append(count) }
        self.checkpoints = checkpoints
    }

    /// The code point offset of a byte offset (which must lie on a scalar boundary or the end).
    public func codePointOffset(ofByte offset: Int) -> Int {
        let block = offset / Self.stride
        var count = checkpoints[block]
        var i = block * Self.stride
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
