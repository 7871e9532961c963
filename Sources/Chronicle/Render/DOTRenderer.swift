/// Writes the timeline graph in Graphviz DOT.
///
/// Events and entities are distinct node kinds (boxes and ellipses coloured by entity type),
/// with generated ids (`ev1`, `en1`) so no name can break the syntax; every label is escaped.
/// Events run left to right in time order (`rankdir=LR`, an invisible chain), events of one
/// day share a rank, and a legend explains the shapes.
public enum DOTRenderer {
    static let colours: [EntityType: String] = [.person: "#fde2b3", .place: "#c9e7c1", .org: "#c7d8f2"]

    /// How events are boxed together: not at all, by day (dated events), or by the article
    /// that first told them.
    public enum Clustering: String, Sendable, CaseIterable {
        case none, day, article
    }

    /// `links` (order and report links between the events) are drawn as dashed edges.
    public static func write<Output: TextOutputStream>(_ entries: [TimelineEntry], links: [EventLink] = [],
                                                      clustering: Clustering = .none, to out: inout Output) {
        out.write("digraph chronicle {\n")
        out.write("  rankdir=LR;\n  newrank=true;\n  node [fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=8, color=\"#777777\"];\n")
        var entityIds = [String: String]()
        var eventIds = [String]()
        var groups = [String: [Int]]()
        var groupOrder = [String]()
        for (n, e) in entries.enumerated() {
            let id = "ev\(n + 1)"
            eventIds.append(id)
            let label = TimelineRenderer.when(e.time) + "\n" + e.type + "\n" + wrap(e.summary)
            let node = "\(id) [shape=box, style=\"rounded,filled\", fillcolor=\"#f4f4f4\", label=\(quoted(label))];"
            guard let group = group(of: e, clustering) else {
                out.write("  \(node)\n")
                continue
            }
            if groups[group] == nil { groupOrder.append(group) }
            groups[group, default: []].append(n)
        }
        for (k, group) in groupOrder.enumerated() {
            out.write("  subgraph cluster_\(k + 1) {\n    label=\(quoted(group)); style=rounded; color=\"#bbbbbb\"; fontname=\"Helvetica\"; fontsize=9;\n")
            for n in groups[group]! {
                let e = entries[n]
                let label = TimelineRenderer.when(e.time) + "\n" + e.type + "\n" + wrap(e.summary)
                out.write("    \(eventIds[n]) [shape=box, style=\"rounded,filled\", fillcolor=\"#f4f4f4\", label=\(quoted(label))];\n")
            }
            out.write("  }\n")
        }
        for e in entries {
            for entity in e.participants.map(\.entity) + e.places where entityIds[entity.id] == nil {
                let id = "en\(entityIds.count + 1)"
                entityIds[entity.id] = id
                out.write("  \(id) [shape=ellipse, style=filled, fillcolor=\"\(colours[entity.type]!)\", label=\(quoted(entity.name)), tooltip=\(quoted(entity.id))];\n")
            }
        }
        for (n, e) in entries.enumerated() {
            for p in e.participants {
                out.write("  \(eventIds[n]) -> \(entityIds[p.entity.id]!) [label=\(quoted(p.role))];\n")
            }
            for place in e.places {
                out.write("  \(eventIds[n]) -> \(entityIds[place.id]!) [label=\"place\", style=dashed];\n")
            }
        }
        let eventNode = Dictionary(entries.enumerated().map { ($1.id, eventIds[$0]) }, uniquingKeysWith: { a, _ in a })
        for link in links {
            guard let from = eventNode[link.from], let to = eventNode[link.to] else { continue }
            out.write("  \(from) -> \(to) [label=\(quoted(link.relation.rawValue)), style=dashed, color=\"#a05a2c\", constraint=false];\n")
        }
        // Time order: a chain of invisible edges through the dated events, one rank per day.
        let dated = entries.indices.filter { entries[$0].time?.isDated == true }
        for (a, b) in zip(dated, dated.dropFirst()) {
            out.write("  \(eventIds[a]) -> \(eventIds[b]) [style=invis, weight=10];\n")
        }
        var byDay = [String: [String]]()
        var days = [String]()
        for i in dated {
            let day = entries[i].time!.begin!.day.description
            if byDay[day] == nil { days.append(day) }
            byDay[day, default: []].append(eventIds[i])
        }
        for day in days where byDay[day]!.count > 1 {
            out.write("  { rank=same; \(byDay[day]!.joined(separator: "; ")); }\n")
        }
        out.write("""
              subgraph cluster_legend {
                label="Legend"; fontname="Helvetica"; fontsize=9; style=dashed; color="#aaaaaa";
                legend_event [shape=box, style="rounded,filled", fillcolor="#f4f4f4", label="event"];
                legend_person [shape=ellipse, style=filled, fillcolor="\(colours[.person]!)", label="person"];
                legend_place [shape=ellipse, style=filled, fillcolor="\(colours[.place]!)", label="place"];
                legend_org [shape=ellipse, style=filled, fillcolor="\(colours[.org]!)", label="organisation"];
              }

            """)
        out.write("}\n")
    }

    /// The cluster an event goes in, or nil.
    private static func group(of e: TimelineEntry, _ clustering: Clustering) -> String? {
        switch clustering {
        case .none: return nil
        case .day: return e.time?.begin.map { $0.day.description }
        case .article: return e.sources.first.map { $0.source.split(separator: "/").last.map(String.init) ?? $0.source }
        }
    }

    /// A DOT string literal: backslashes and quotes escaped, line breaks as `\n`.
    ///
    /// Every character it changes is ASCII (a backslash, a quote, or a control character below
    /// U+0020), so it works on the UTF-8 bytes: one pass, no per-scalar appends.
    static func quoted(_ s: String) -> String {
        // Most names and summaries need no escape: copied whole, not byte by byte.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x5C && $0 != 0x22 }) { return "\"" + s + "\"" }
        var bytes = [UInt8]()
        bytes.reserveCapacity(s.utf8.count + 8)
        bytes.append(0x22)
        for byte in s.utf8 {
            switch byte {
            case 0x5C: bytes += [0x5C, 0x5C]  // \
            case 0x22: bytes += [0x5C, 0x22]  // "
            case 0x0A: bytes += [0x5C, 0x6E]  // line feed → \n
            case ..<0x20: bytes.append(0x20)  // carriage return, tab and other controls → space
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Breaks a summary into lines of about 32 characters for the node label.
    static func wrap(_ s: String, width: Int = 32) -> String {
        let text = TimelineRenderer.oneLine(s)
        if TimelineRenderer.isPlainASCII(text) { return wrapASCII(text, width: width) }
        var lines = [String]()
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + word.count + 1 > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.prefix(4).joined(separator: "\n")
    }

    /// `wrap` for printable ASCII, where a character is a byte: words are runs of bytes
    /// between spaces, lines are written into one byte buffer, and the first four are kept.
    private static func wrapASCII(_ text: String, width: Int) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out = [UInt8]()
            out.reserveCapacity(min(bytes.count, 4 * (width + 1)))
            var completed = 0, lineLength = 0, i = 0
            while i < bytes.count {
                if bytes[i] == 0x20 {
                    i += 1
                    continue
                }
                var end = i
                while end < bytes.count && bytes[end] != 0x20 { end += 1 }
                let wordLength = end - i
                if lineLength > 0 && lineLength + wordLength + 1 > width {
                    completed += 1
                    if completed == 4 { break }
                    out.append(0x0A)
                    lineLength = 0
                }
                if lineLength > 0 {
                    out.append(0x20)
                    lineLength += 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                lineLength += wordLength
                i = end
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
