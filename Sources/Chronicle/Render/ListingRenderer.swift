/// Writes the `entities`, `events` and `path` listings as text or JSON.
public enum ListingRenderer {
    public static func entities<Output: TextOutputStream>(_ rows: [EntityListing], json: Bool, to out: inout Output) {
        if json {
            var w = JSONWriter(out)
            w.beginArray()
            for r in rows {
                w.beginObject()
                w.field("id", r.entity.id)
                w.field("name", r.entity.name)
                w.field("type", r.entity.type.rawValue)
                w.field("mentions", r.mentions)
                w.field("documents", r.documents)
                w.field("events", r.events)
                w.endObject()
            }
            w.endArray()
            out = w.out
            out.write("\n")
            return
        }
        out.write("mentions  articles  events  entity\n")
        for r in rows {
            out.write("\(String(r.mentions).leftPadded(8))  \(String(r.documents).leftPadded(8))  \(String(r.events).leftPadded(6))  "
                      + "\(TimelineRenderer.oneLine(r.entity.name)) [\(r.entity.type.rawValue)] \(r.entity.id)\n")
        }
    }

    /// One line per event: id, time, type, how many mentions in how many articles, summary.
    public static func events<Output: TextOutputStream>(_ entries: [TimelineEntry], to out: inout Output) {
        for e in entries {
            let documents = Set(e.sources.map(\.document)).count
            out.write("\(e.id)\t\(TimelineRenderer.when(e.time))\t\(e.type)\t\(e.sources.count) mention(s) in \(documents) article(s)\t"
                      + "\(TimelineRenderer.oneLine(e.summary))\n")
        }
    }

    public static func path<Output: TextOutputStream>(_ steps: [PathStep], from: EntityRef, to: EntityRef, maxSteps: Int,
                                                     to out: inout Output) {
        guard !steps.isEmpty else {
            out.write("no path from \(TimelineRenderer.oneLine(from.name)) to \(TimelineRenderer.oneLine(to.name)) within \(maxSteps) event(s)\n")
            return
        }
        out.write("\(TimelineRenderer.oneLine(from.name))\n")
        for step in steps {
            out.write("  └─ \(TimelineRenderer.when(step.event.time)) \(step.event.type): \(TimelineRenderer.oneLine(step.event.summary))\n")
            out.write("\(TimelineRenderer.oneLine(step.to.name))\n")
        }
    }
}
