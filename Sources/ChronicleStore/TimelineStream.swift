import Chronicle
import GRDB

/// What `streamTimeline` knows before the first entry: how many entries follow, and the
/// longest time label among them (`TimelineRenderer.when`, which the text format aligns to).
public struct TimelineOutline: Sendable, Equatable {
    public let count: Int
    public let widestWhen: Int
}

extension ChronicleStore {
    /// The entries `timeline(…)` returns, in its order, handed to `entries` a chunk at a time,
    /// so the whole store's timeline (millions of events at 100,000 articles) is printed
    /// without holding it: a first pass reads each event's times only and keeps a sort key per
    /// event; then the entries are read `chunkSize` at a time in timeline order.
    /// `outline` is called once, before the first chunk.
    ///
    /// A timeline of at most `wholeUpTo` events (one entity's, say; the default is
    /// `largeReadEvents`) is read whole instead, as `timeline(…)` reads it: one pass over its
    /// rows, where streaming reads each event's times twice (for the sort keys, then for the
    /// entries) — a fifth of `timeline --entity`. A larger one is streamed with the large page
    /// cache (`withLargeCache`).
    /// - Complexity: memory O(events) for the 32-byte keys plus one chunk of entries (or the
    ///   whole timeline, up to `wholeUpTo` events); time O(events · log events).
    public func streamTimeline(entities: [EntityRef]? = nil, types: [String]? = nil, from: LocalDateTime? = nil,
                               to: LocalDateTime? = nil, chunkSize: Int = 256, wholeUpTo: Int = 10_000,
                               outline: (TimelineOutline) throws -> Void, entries: ([TimelineEntry]) throws -> Void) throws {
        let chunkSize = max(1, chunkSize)
        try db.read { db in
            let few = try ChronicleStore.events(entities: entities, types: types, limit: wholeUpTo + 1, db)
            if few.count <= wholeUpTo {
                let whole = try ChronicleStore.ordered(few, from: from, to: to, db)
                try outline(TimelineOutline(count: whole.count, widestWhen: whole.map { TimelineRenderer.when($0.time).count }.max() ?? 0))
                for start in stride(from: 0, to: whole.count, by: chunkSize) {
                    try entries(Array(whole[start..<min(start + chunkSize, whole.count)]))
                }
                return
            }
            try ChronicleStore.withLargeCache(db) {
                try streamInTwoPasses(entities: entities, types: types, from: from, to: to, chunkSize: chunkSize,
                                      outline: outline, entries: entries, db)
            }
        }
    }

    /// `streamTimeline` for a large timeline: sort keys first, then the entries in chunks.
    private func streamInTwoPasses(entities: [EntityRef]?, types: [String]?, from: LocalDateTime?, to: LocalDateTime?, chunkSize: Int,
                                   outline: (TimelineOutline) throws -> Void, entries: ([TimelineEntry]) throws -> Void,
                                   _ db: Database) throws {
        let (filter, arguments) = ChronicleStore.eventFilter(entities: entities, types: types)
        var keys = [TimelineKey]()
        var widest = 0
        var event: Int64 = -1
        var times = [(published: String?, source: String, start: Int, document: String, time: EventTime)]()
        func finish() {
            guard event >= 0 else { return }
            // The order `entries(_:_:)` reads an event's sources in (NULL dates first, as SQLite sorts).
            times.sort { a, b in
                if a.published != b.published {
                    guard let x = a.published else { return true }
                    guard let y = b.published else { return false }
                    return x.utf8.lexicographicallyPrecedes(y.utf8)
                }
                if a.source != b.source { return a.source.utf8.lexicographicallyPrecedes(b.source.utf8) }
                if a.start != b.start { return a.start < b.start }
                return a.document.utf8.lexicographicallyPrecedes(b.document.utf8)
            }
            let time = ChronicleStore.eventTime(times.map(\.time))
            times.removeAll(keepingCapacity: true)
            guard TimelineOrder.overlaps(time, from: from, to: to) else { return }
            widest = max(widest, TimelineRenderer.when(time).count)
            keys.append(TimelineKey(time, rowid: event))
        }
        try BoundStatement(db, sql: """
            SELECT v.rowid, d.published, d.source, m.trigger_start, m.time_value, m.time_begin, m.time_end, m.time_mod, d.id
            FROM event v LEFT JOIN event_mention m ON m.event = v.number AND m.time_value IS NOT NULL
            LEFT JOIN document d ON d.number = m.document\(filter) ORDER BY v.rowid
            """).run(arguments.map { SQLValue.text($0) }) { row in
            let rowid = Int64(BoundStatement.int(row, 0))
            if rowid != event {
                finish()
                event = rowid
            }
            guard let value = BoundStatement.text(row, 4), let source = BoundStatement.text(row, 2) else { return }
            times.append((BoundStatement.text(row, 1), source, BoundStatement.int(row, 3), BoundStatement.text(row, 8) ?? "",
                          EventTime(value: value, begin: BoundStatement.text(row, 5).flatMap(LocalDateTime.init(iso:)),
                                    end: BoundStatement.text(row, 6).flatMap(LocalDateTime.init(iso:)), mod: BoundStatement.text(row, 7))))
        }
        finish()
        keys.sort()
        try outline(TimelineOutline(count: keys.count, widestWhen: widest))
        for start in stride(from: 0, to: keys.count, by: chunkSize) {
            let chunk = keys[start..<min(start + chunkSize, keys.count)].map(\.rowid)
            var byRowid = [Int64: StoredEvent]()
            try BoundStatement(db, sql: "SELECT number, id, type, summary FROM event WHERE number IN (\(marks(chunk.count)))")
                .run(chunk.map { SQLValue.int(Int($0)) }) { row in
                    guard let event = StoredEvent(row) else { return }
                    byRowid[Int64(event.number)] = event
                }
            try entries(try ChronicleStore.entries(chunk.compactMap { byRowid[$0] }, db))
        }
    }
}

/// An event's place in the timeline, as `TimelineOrder.sorted` orders entries: dated events
/// by begin, then end, then storage order; undated ones after them in storage order. (An
/// event time has both ends or neither.) Times are packed as minutes-of-day codes.
struct TimelineKey: Comparable {
    let dated: Bool
    let begin: Int64, end: Int64
    let rowid: Int64

    init(_ time: EventTime?, rowid: Int64) {
        self.rowid = rowid
        if let b = time?.begin, let e = time?.end {
            (dated, begin, end) = (true, TimelineKey.code(b), TimelineKey.code(e))
        } else {
            (dated, begin, end) = (false, 0, 0)
        }
    }

    /// Days times 1,441, plus the minute of the day counted from 1 (0 for a whole day), which
    /// orders as `LocalDateTime` does.
    static func code(_ t: LocalDateTime) -> Int64 {
        Int64(t.day.dayNumber) * 1_441 + Int64((t.minuteOfDay ?? -1) + 1)
    }

    static func < (a: TimelineKey, b: TimelineKey) -> Bool {
        if a.dated != b.dated { return a.dated }
        if a.begin != b.begin { return a.begin < b.begin }
        if a.end != b.end { return a.end < b.end }
        return a.rowid < b.rowid
    }
}
