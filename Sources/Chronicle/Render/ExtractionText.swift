/// Writes an `Extraction` for people: the document, its entities, times and events.
public enum ExtractionText {
    public static func write<Output: TextOutputStream>(_ x: Extraction, to out: inout Output) {
        let doc = x.document
        // Names, titles and paths may hold line breaks or control characters: one line each.
        let oneLine = TimelineRenderer.oneLine
        out.write("\(oneLine(doc.title ?? "(untitled)"))\n")
        out.write("published: \(doc.published?.description ?? "unknown")   source: \(oneLine(doc.source))   id: \(doc.id)\n")
        out.write("\nentities (\(x.entities.count))\n")
        for e in x.entities {
            let forms = Array(Set(e.mentions.map { doc.text(of: $0.span) })).sorted()
            out.write("  \(e.type.rawValue.padding(6)) \(oneLine(e.name)) ×\(e.mentions.count)  [\(forms.joined(separator: ", "))]\n")
        }
        out.write("\ntimes (\(x.times.count))\n")
        for t in x.times {
            out.write("  \(t.type.rawValue.padding(8)) \(doc.text(of: t.span)) = \(t.value)\(t.mod.map { " (\($0))" } ?? "")\n")
        }
        out.write("\nevents (\(x.events.count))\n")
        let names = Dictionary(x.entities.map { ($0.id, oneLine($0.name)) }, uniquingKeysWith: { a, _ in a })
        for e in x.events {
            let when = e.time.map { $0.value } ?? "undated"
            let who = e.participants.map { "\(names[$0.entityId] ?? $0.entityId) (\($0.role))" }.joined(separator: ", ")
            let whereText = e.places.isEmpty ? "" : " @ " + e.places.map { names[$0] ?? $0 }.joined(separator: ", ")
            out.write("  \(when.padding(12)) \(e.type.padding(13)) \"\(doc.text(of: e.trigger))\" \(who)\(whereText)\n")
        }
    }
}

extension String {
    /// Left-aligned in a column of `width` characters.
    func padding(_ width: Int) -> String {
        let count = self.count
        guard count < width else { return self }
        var padded = self
        // Spaces from a made string: `String(repeating:count:)` cost more than the rest of a timeline line.
        let gap = width - count
        padded.append(contentsOf: gap <= String.spaces.utf8.count ? String.spaces.prefix(gap) : Substring(String(repeating: " ", count: gap)))
        return padded
    }

    private static let spaces = String(repeating: " ", count: 64)
}
