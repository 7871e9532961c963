/// An event's id, `<document id>-<trigger offset>`, written in one allocation: joining the
/// parts with `+` and `String(offset)` made three Strings per trigger.
enum EventIdText {
    static func make(documentId: String, offset: Int) -> String {
        guard offset >= 0 else { return documentId + "-" + String(offset) }
        var digitCount = 1
        var rest = offset / 10
        while rest > 0 {
            digitCount += 1
            rest /= 10
        }
        var document = documentId
        return document.withUTF8 { prefix in
            String(unsafeUninitializedCapacity: prefix.count + 1 + digitCount) { buffer in
                var i = 0
                for byte in prefix {
                    buffer[i] = byte
                    i += 1
                }
                buffer[i] = UInt8(ascii: "-")
                var value = offset
                var k = i + digitCount
                while k > i {
                    buffer[k] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                    k -= 1
                }
                return prefix.count + 1 + digitCount
            }
        }
    }
}
