/// Writes a timeline as text, JSON (the interface of ARCHITECTURE.md), Markdown or TimelineJS
/// JSON (`TimelineJSRenderer`).
public enum TimelineRenderer {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, markdown, timelinejs
    }

    public static func write<Output: TextOutputStream>(_ entries: [TimelineEntry], format: Format, to out: inout Output) {
        switch format {
        case .text, .json, .markdown: streamed(entries, format, &out)
        case .timelinejs: TimelineJSRenderer.write(entries, to: &out)
        }
    }

    /// `2024-W07-WE` → `2024-W07-WE (2024-02-17 – 2024-02-18)`: the value, and the days it
    /// covers when that is not obvious from the value.
    public static func when(_ time: EventTime?) -> String {
        guard let time else { return "undated" }
        guard let begin = time.begin, let end = time.end else { return time.value }
        let last = end.minuteOfDay == nil ? LocalDateTime(day: end.day.adding(days: -1)) : end
        if time.value == begin.description && (last.day == begin.day) { return time.value }
        if begin.minuteOfDay == nil && last.day == begin.day { return time.value }
        if time.value.count == 7 && begin.day.day == 1 && end.day.day == 1 && end.day == begin.day.adding(months: 1) {
            return time.value  // a month
        }
        if time.value.count == 4 && begin.day.month == 1 && begin.day.day == 1 && end.day == begin.day.adding(months: 12) {
            return time.value  // a year
        }
        return "\(time.value) (\(begin.description) – \(last.description))"
    }

    /// Text, JSON and Markdown are written by `TimelineStreamWriter`, one entry at a time.
    private static func streamed<Output: TextOutputStream>(_ entries: [TimelineEntry], _ format: Format, _ out: inout Output) {
        var writer = TimelineStreamWriter(format: format, widestWhen: entries.map { when($0.time).count }.max() ?? 10)
        writer.begin(to: &out)
        for e in entries { writer.write(e, to: &out) }
        writer.end(to: &out)
    }

    /// One entry as a JSON object.
    static func json<Output: TextOutputStream>(_ e: TimelineEntry, _ w: inout JSONWriter<Output>) {
        w.beginObject()
        w.field("id", e.id)
        w.field("type", e.type)
        w.field("summary", e.summary)
        w.key("time")
        if let t = e.time {
            w.beginObject()
            w.field("value", t.value)
            w.field("begin", t.begin?.description)
            w.field("end", t.end?.description)
            if let mod = t.mod { w.field("mod", mod) }
            w.endObject()
        } else {
            w.null()
        }
        w.key("participants")
        w.beginArray()
        for p in e.participants { entity(p.entity, role: p.role, &w) }
        w.endArray()
        w.key("places")
        w.beginArray()
        for p in e.places { entity(p, role: nil, &w) }
        w.endArray()
        w.key("sources")
        w.beginArray()
        for s in e.sources {
            w.beginObject()
            w.field("document", s.document)
            w.field("source", s.source)
            w.field("sentence", s.sentence)
            w.field("start", s.start)
            w.field("end", s.end)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    static func entity<Output: TextOutputStream>(_ e: EntityRef, role: String?, _ w: inout JSONWriter<Output>) {
        w.beginObject()
        w.field("id", e.id)
        w.field("name", e.name)
        w.field("type", e.type.rawValue)
        if let role { w.field("role", role) }
        w.endObject()
    }

    /// One entry as a Markdown table row.
    static func markdownRow(_ e: TimelineEntry) -> String {
        let who = e.participants.map { cell($0.entity.name) }.joined(separator: ", ")
        let whereText = e.places.map { cell($0.name) }.joined(separator: ", ")
        let sources = Array(Set(e.sources.map { cell($0.source) })).sorted().joined(separator: ", ")
        return "| \(cell(when(e.time))) | \(cell(e.type)) | \(cell(e.summary)) | \(who) | \(whereText) | \(sources) |\n"
    }

    /// A Markdown table cell: pipes escaped, one line.
    private static func cell(_ s: String) -> String {
        oneLine(s).replacingAll("\\", with: "\\\\").replacingAll("|", with: "\\|")
    }

    /// One line for a terminal: line breaks of every kind (`\r\n`, U+2028, …), tabs and other
    /// control characters become spaces, so a name or a scraped sentence cannot break a row or
    /// send escape codes to the terminal.
    static func oneLine(_ s: String) -> String {
        // Most text has none of them: one pass over the bytes instead of a Unicode property
        // lookup per character (a fifth of `timeline`'s time on a large store).
        guard mayBreakLine(s) else { return s }
        return s.split(whereSeparator: { $0.isNewline || $0.unicodeScalars.first?.properties.generalCategory == .control })
            .joined(separator: " ")
    }

    /// Whether `s` holds a control character (U+0000–001F, U+007F–009F, every line break but
    /// two) or U+2028/U+2029, judged on its UTF-8 bytes. False means `oneLine` changes nothing.
    static func mayBreakLine(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x20 || byte == 0x7F { return true }
                if byte == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) { return true }  // U+0080–009F
                if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return true }  // U+2028, U+2029
                i += 1
            }
            return false
        }
    }

    static func excerpt(_ s: String, limit: Int = 110) -> String {
        let line = oneLine(s)
        // No more bytes than `limit` is no more characters; in ASCII (with no line breaks
        // after `oneLine`) a character is a byte. Otherwise, count characters.
        let bytes = line.utf8.count
        if bytes <= limit { return line }
        if isPlainASCII(line) { return String(line.utf8.prefix(limit - 1))! + "…" }
        return line.count <= limit ? line : String(line.prefix(limit - 1)) + "…"
    }

    /// Whether every character of `s` is one printable ASCII byte (so its character count is
    /// its byte count): no byte at or above 0x80, none below 0x20 (`\r\n` is one character).
    static func isPlainASCII(_ s: some StringProtocol) -> Bool {
        s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x80 }
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
