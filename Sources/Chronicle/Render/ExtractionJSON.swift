/// Writes an `Extraction` as the `extract --json` object of ARCHITECTURE.md.
///
/// Offsets are Unicode code point offsets into `document.text`, half-open. Beyond the
/// documented fields, entities list names that only modify another noun (`Apple` in
/// `Apple CEO Steve Jobs`, see `MentionRole`) under `modifiers`, apart from the `mentions`
/// that head a noun phrase; mentions and times carry `rule` (what produced them), times their
/// interval, events their participants' roles and every mention, and `links` the order and
/// report links between events.
public enum ExtractionJSON {
    public static func write<Output: TextOutputStream>(_ x: Extraction, to out: inout Output) {
        let doc = x.document
        let offsets = CodePointIndex(doc.bytes)
        var w = JSONWriter(out)
        func spanFields(_ span: Span) {
            w.field("text", doc.text(of: span))
            w.field("start", offsets.codePointOffset(ofByte: span.start))
            w.field("end", offsets.codePointOffset(ofByte: span.end))
        }
        w.beginObject()
        w.key("document")
        w.beginObject()
        w.field("id", doc.id)
        w.field("source", doc.source)
        w.field("title", doc.title)
        w.field("published", doc.published?.description)
        w.field("text", doc.text)
        w.endObject()

        w.key("entities")
        w.beginArray()
        for e in x.entities {
            w.beginObject()
            w.field("id", e.id)
            w.field("name", e.name)
            w.field("type", e.type.rawValue)
            for (key, role) in [("mentions", MentionRole.name), ("modifiers", MentionRole.modifier)] {
                w.key(key)
                w.beginArray()
                for m in e.mentions where m.role == role {
                    w.beginObject()
                    spanFields(m.span)
                    w.field("rule", m.source)
                    w.endObject()
                }
                w.endArray()
            }
            w.endObject()
        }
        w.endArray()

        w.key("times")
        w.beginArray()
        for t in x.times {
            w.beginObject()
            spanFields(t.span)
            w.field("type", t.type.rawValue)
            w.field("value", t.value)
            if let mod = t.mod { w.field("mod", mod) }
            if let r = t.range {
                w.key("interval")
                w.beginObject()
                w.field("begin", r.begin.description)
                w.field("end", r.end.description)
                w.endObject()
            }
            w.field("rule", t.rule)
            w.endObject()
        }
        w.endArray()

        w.key("events")
        w.beginArray()
        for e in x.events {
            w.beginObject()
            w.field("id", e.id)
            w.field("type", e.type)
            w.key("trigger")
            w.beginObject()
            spanFields(e.trigger)
            w.endObject()
            w.key("time")
            writeTime(e.time, source: e.timeSource, &w)
            w.key("participants")
            w.beginArray()
            for p in e.participants { w.string(p.entityId) }
            w.endArray()
            w.key("roles")
            w.beginObject()
            for p in e.participants { w.field(p.entityId, p.role) }
            w.endObject()
            w.key("places")
            w.beginArray()
            for p in e.places { w.string(p) }
            w.endArray()
            w.field("sentence", doc.text(of: e.mentions[0].sentence))
            w.key("mentions")
            w.beginArray()
            for m in e.mentions {
                w.beginObject()
                spanFields(m.trigger)
                w.field("sentence", doc.text(of: m.sentence))
                w.endObject()
            }
            w.endArray()
            w.field("rule", e.source)
            w.endObject()
        }
        w.endArray()

        w.key("links")
        w.beginArray()
        for link in x.links {
            w.beginObject()
            w.field("from", link.from)
            w.field("to", link.to)
            w.field("relation", link.relation.rawValue)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        out = w.out
        out.write("\n")
    }

    /// `{"value", "begin", "end"}` or null; `source` says where an event's time came from.
    static func writeTime<Output: TextOutputStream>(_ time: TimeExpression?, source: Event.TimeSource?, _ w: inout JSONWriter<Output>) {
        guard let time else { w.null(); return }
        w.beginObject()
        w.field("value", time.value)
        w.field("begin", time.range?.begin.description)
        w.field("end", time.range?.end.description)
        if let mod = time.mod { w.field("mod", mod) }
        if let source { w.field("from", source.rawValue) }
        w.endObject()
    }
}
