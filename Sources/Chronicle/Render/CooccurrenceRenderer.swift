/// Writes co-occurrence rows as text or JSON (the interface of ARCHITECTURE.md).
public enum CooccurrenceRenderer {
    /// With `neighboursOf`, rows are one entity's neighbours: `{"entity", "count", "score"}`;
    /// otherwise pairs: `{"a", "b", "count", "score"}`.
    public static func json<Output: TextOutputStream>(_ rows: [CooccurrenceRow], neighbours: Bool, to out: inout Output) {
        var w = JSONWriter(out)
        w.beginArray()
        for r in rows {
            w.beginObject()
            if neighbours {
                w.key("entity")
                TimelineRenderer.entity(r.b, role: nil, &w)
            } else {
                w.key("a")
                TimelineRenderer.entity(r.a, role: nil, &w)
                w.key("b")
                TimelineRenderer.entity(r.b, role: nil, &w)
            }
            w.field("count", r.count)
            w.field("score", r.score)
            w.field("pmi", r.pmi)
            w.endObject()
        }
        w.endArray()
        out = w.out
        out.write("\n")
    }

    public static func text<Output: TextOutputStream>(_ rows: [CooccurrenceRow], neighbours: Bool, window: CooccurrenceWindow, to out: inout Output) {
        if rows.isEmpty { out.write("(no co-occurrences)\n"); return }
        out.write("count  log-lik    pmi  \(neighbours ? "entity" : "pair")   (window: \(window.rawValue))\n")
        for r in rows {
            let what = neighbours ? "\(r.b.name) [\(r.b.type.rawValue)]"
                : "\(r.a.name) [\(r.a.type.rawValue)] — \(r.b.name) [\(r.b.type.rawValue)]"
            out.write("\(String(r.count).leftPadded(5))  \(format(r.score).leftPadded(7))  \(format(r.pmi).leftPadded(5))  \(TimelineRenderer.oneLine(what))\n")
        }
    }

    static func format(_ x: Double) -> String {
        let scaled = (x * 100).rounded() / 100
        return String(scaled)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
