/// Writes the timeline as one self-contained HTML5 page: inline CSS, script and SVG, nothing
/// fetched from a network.
///
/// The page is a vertical timeline grouped by month and day (an uncertain time is drawn as a
/// range, `17–18 Feb 2024`, under the month it begins in; a span longer than a month gets its
/// own section), undated events in their own lane, and a side panel of entities by mention
/// count and the strongest co-occurring pairs. Every event card shows its type, summary,
/// participants and places as chips coloured like `DOTRenderer`'s nodes, and each source
/// sentence with the trigger in `<mark>`.
///
/// Everything is rendered here, server side: the page reads the same without its script, which
/// only filters (a text box and the entity chips, by toggling a class). All text is escaped,
/// and a Content-Security-Policy allows no script but the page's own (by its SHA-256), no
/// network fetches and no form submission.
public enum HTMLRenderer {
    /// The graph part of the page.
    public enum Graph: Sendable, Hashable {
        /// Graphviz SVG output (`dot -Tsvg`), embedded after its XML prologue is stripped.
        case svg(String)
        /// A plain-text note shown instead (how to get the graph, or why it was left out).
        case note(String)
    }

    /// What the page shows.
    public struct Page: Sendable {
        public var title: String
        /// A line under the title (the filters used, the store), plain text.
        public var subtitle: String?
        /// The events, in timeline order.
        public var entries: [TimelineEntry]
        /// Mentions per entity id, for the side panel (entities of the events, most mentioned first).
        public var mentionCounts: [String: Int]
        /// The strongest co-occurring pairs, strongest first.
        public var pairs: [CooccurrenceRow]
        /// What a pair count counts (`sentences`).
        public var pairWindow: CooccurrenceWindow
        /// Where each source's trigger is, keyed by `HTMLRenderer.key(_:)`. Sources without an
        /// entry are highlighted by matching the event's words.
        public var triggers: [String: TriggerLocation]
        public var graph: Graph?
        /// How many entities the side panel lists.
        public var topEntities: Int

        public init(title: String = "Chronicle timeline", subtitle: String? = nil, entries: [TimelineEntry],
                    mentionCounts: [String: Int] = [:], pairs: [CooccurrenceRow] = [], pairWindow: CooccurrenceWindow = .sentence,
                    triggers: [String: TriggerLocation] = [:], graph: Graph? = nil, topEntities: Int = 30) {
            self.title = title
            self.subtitle = subtitle
            self.entries = entries
            self.mentionCounts = mentionCounts
            self.pairs = pairs
            self.pairWindow = pairWindow
            self.triggers = triggers
            self.graph = graph
            self.topEntities = topEntities
        }
    }

    /// The key of a source in `Page.triggers`: its document and trigger start.
    public static func key(_ source: EventSource) -> String { key(document: source.document, start: source.start) }

    public static func key(document: String, start: Int) -> String { "\(document)#\(start)" }

    /// Writes the page.
    /// - Complexity: O(total size of the entries); one pass, one string per card.
    public static func write<Output: TextOutputStream>(_ page: Page, to out: inout Output) {
        var w = Writer(page: page)
        w.document()
        out.write(w.html)
    }

    /// Builds the page text. Entities get short generated keys (`e1`, `e2`) used by the chips
    /// and the cards' `data-e`, so no name ever reaches an attribute the script reads.
    struct Writer {
        let page: Page
        var html = ""
        var keys = [String: String]()
        var sectionIds = Set<String>()

        init(page: Page) {
            self.page = page
            html.reserveCapacity(4096 + page.entries.count * 1200)
        }

        mutating func key(_ e: EntityRef) -> String {
            if let k = keys[e.id] { return k }
            let k = "e\(keys.count + 1)"
            keys[e.id] = k
            return k
        }

        mutating func document() {
            let script = HTMLAssets.script
            let csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '\(ScriptDigest.cspSource(script))'; base-uri 'none'; form-action 'none'"
            html += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            html += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(csp)\">\n"
            html += "<meta name=\"generator\" content=\"chronicle html\">\n"
            html += "<title>\(HTMLEscape.escape(page.title))</title>\n<style>\n\(HTMLAssets.css)\n</style>\n</head>\n"
            html += "<body class=\"nojs\">\n<a class=\"skip\" href=\"#timeline\">Skip to the timeline</a>\n"
            header()
            let dated = page.entries.filter { $0.time?.isDated == true }
            let undated = page.entries.filter { $0.time?.isDated != true }
            html += "<div class=\"layout\(undated.isEmpty ? "" : " has-lane")\">\n"
            timeline(dated, emptyNote: undated.isEmpty)
            if !undated.isEmpty { lane(undated) }
            panel()
            html += "</div>\n"
            graph()
            html += "<script>\(script)</script>\n</body>\n</html>\n"
        }

        mutating func header() {
            html += "<header class=\"page\">\n<h1>\(HTMLEscape.escape(page.title))</h1>\n"
            let n = page.entries.count
            let dated = page.entries.filter { $0.time?.isDated == true }
            var line = "\(n) event\(n == 1 ? "" : "s")"
            if let first = dated.first?.time?.begin?.day, let last = dated.compactMap({ $0.time.flatMap { t in t.begin.flatMap { b in t.end.map { HTMLDates.lastDay(b, $0) } } } }).max() {
                line += ", \(first.day) \(HTMLDates.shortMonths[first.month - 1]) \(first.year) – \(last.day) \(HTMLDates.shortMonths[last.month - 1]) \(last.year)"
            }
            if n > dated.count { line += " (\(n - dated.count) undated)" }
            if let s = page.subtitle, !s.isEmpty { line += " · " + s }
            html += "<p class=\"sub\">\(HTMLEscape.escape(line))</p>\n"
            html += """
                <form id="filter" class="js-only" role="search" aria-label="Filter events">
                <label for="q">Filter</label>
                <input id="q" type="search" placeholder="words, names, places, dates" autocomplete="off">
                <button type="button" id="clear">Clear</button>
                <span id="active" class="active"></span>
                <span id="status" role="status" aria-live="polite"></span>
                </form>
                </header>

                """
        }

        /// The dated events: sections by month (or by their own span when longer than a month),
        /// inside them groups by day or range, in the given order (consecutive events that
        /// share a label share a group).
        mutating func timeline(_ dated: [TimelineEntry], emptyNote: Bool) {
            html += "<main id=\"timeline\" tabindex=\"-1\" aria-label=\"Timeline\">\n"
            if dated.isEmpty {
                html += "<p class=\"empty\">\(emptyNote ? "No events." : "No dated events.")</p>\n"
            }
            var section: String?
            var day: String?
            for e in dated {
                guard let time = e.time, let begin = time.begin, let end = time.end else { continue }
                let days = HTMLDates.days(time) ?? time.value
                let long = HTMLDates.lastDay(begin, end).dayNumber - begin.day.dayNumber >= 31
                let sectionLabel = long ? days : HTMLDates.month(begin.day)
                if sectionLabel != section {
                    if day != nil { html += "</div>\n" }
                    if section != nil { html += "</section>\n" }
                    var id = long ? "span-\(begin.day.description)" : "m-\(HTMLDates.monthKey(begin.day))"
                    if !sectionIds.insert(id).inserted {
                        var n = 2
                        while !sectionIds.insert("\(id)-\(n)").inserted { n += 1 }
                        id += "-\(n)"
                    }
                    html += "<section class=\"sec\" aria-labelledby=\"\(id)\"><h2 id=\"\(id)\">\(HTMLEscape.escape(sectionLabel))</h2>\n"
                    section = sectionLabel
                    day = nil
                }
                if days != day {
                    if day != nil { html += "</div>\n" }
                    let range = HTMLDates.isRange(time)
                    html += "<div class=\"day\(range ? " range" : "")\">"
                    if days != sectionLabel {
                        html += "<h3><time datetime=\"\(begin.day.description)\">\(HTMLEscape.escape(days))</time></h3>"
                    }
                    html += "\n"
                    day = days
                }
                card(e)
            }
            if day != nil { html += "</div>\n" }
            if section != nil { html += "</section>\n" }
            html += "</main>\n"
        }

        mutating func lane(_ undated: [TimelineEntry]) {
            html += "<section id=\"undated\" class=\"lane\" aria-labelledby=\"undated-h\">\n<h2 id=\"undated-h\">Undated</h2>\n"
            html += "<p class=\"note\">Events whose time could not be placed on the calendar.</p>\n"
            for e in undated { card(e) }
            html += "</section>\n"
        }

        mutating func card(_ e: TimelineEntry) {
            var entityKeys = [String]()
            var chips = ""
            for p in e.participants {
                let k = key(p.entity)
                entityKeys.append(k)
                chips += "<li>" + chip(p.entity, key: k, role: p.role) + "</li>"
            }
            for place in e.places {
                let k = key(place)
                entityKeys.append(k)
                chips += "<li>" + chip(place, key: k, role: "place") + "</li>"
            }
            html += "<article class=\"ev\" data-e=\"\(entityKeys.joined(separator: " "))\">\n<p class=\"meta\">"
            if let time = e.time, let begin = time.begin, time.isDated {
                html += "<time datetime=\"\(begin.description)\">\(HTMLEscape.escape(HTMLDates.label(time)))</time>"
                if HTMLDates.isRange(time) { html += " <span class=\"badge\" title=\"uncertain: some time in this range\">range</span>" }
            } else {
                html += "<span>undated</span>"
            }
            html += " <span class=\"type\">\(HTMLEscape.escape(e.type))</span>"
            if let time = e.time { html += " <span class=\"timex\" title=\"TIMEX3 value\">\(HTMLEscape.escape(time.value))</span>" }
            html += "</p>\n<p class=\"summary\">\(HTMLEscape.escape(TimelineRenderer.oneLine(e.summary)))</p>\n"
            if !chips.isEmpty { html += "<ul class=\"chips\" aria-label=\"Who and where\">\(chips)</ul>\n" }
            if !e.sources.isEmpty {
                html += "<ol class=\"sources\" aria-label=\"Sources\">"
                for s in e.sources {
                    let sentence = TimelineRenderer.oneLine(s.sentence)
                    let marked = TriggerHighlight.html(sentence: sentence, source: s, location: page.triggers[HTMLRenderer.key(s)], summary: e.summary)
                    html += "<li><cite>\(HTMLEscape.escape(s.source))</cite>: \(marked)</li>"
                }
                html += "</ol>\n"
            }
            html += "</article>\n"
        }

        func chip(_ e: EntityRef, key k: String, role: String?) -> String {
            let type = HTMLRenderer.cssClass(e.type)
            let name = HTMLEscape.escape(e.name)
            let what = role.map { "\($0), " } ?? ""
            var s = "<button type=\"button\" class=\"chip \(type)\" data-k=\"\(k)\" data-name=\"\(name)\" aria-pressed=\"false\" "
            s += "title=\"\(HTMLEscape.escape(what + e.type.rawValue + ": " + e.id))\">\(name)"
            if let role, role != "participant", role != "place" { s += "<span class=\"role\">\(HTMLEscape.escape(role))</span>" }
            return s + "</button>"
        }

        mutating func panel() {
            html += "<aside id=\"panel\" aria-label=\"Entities and pairs\">\n<section aria-labelledby=\"ent-h\"><h2 id=\"ent-h\">Entities by mentions</h2>\n"
            var seen = Set<String>()
            var entities = [EntityRef]()
            for e in page.entries {
                for x in e.participants.map(\.entity) + e.places where seen.insert(x.id).inserted { entities.append(x) }
            }
            let ranked = entities.enumerated().sorted { a, b in
                let ca = page.mentionCounts[a.element.id] ?? 0, cb = page.mentionCounts[b.element.id] ?? 0
                if ca != cb { return ca > cb }
                if a.element.name != b.element.name { return a.element.name < b.element.name }
                return a.offset < b.offset
            }.map(\.element)
            if ranked.isEmpty {
                html += "<p class=\"empty\">No entities.</p>\n"
            } else {
                html += "<ol class=\"counts\">"
                for x in ranked.prefix(page.topEntities) {
                    let n = page.mentionCounts[x.id] ?? 0
                    html += "<li>\(chip(x, key: key(x), role: nil))<span class=\"n\">\(n)</span></li>"
                }
                html += "</ol>\n"
                if ranked.count > page.topEntities {
                    html += "<p class=\"note\">and \(ranked.count - page.topEntities) more.</p>\n"
                }
            }
            html += "</section>\n<section aria-labelledby=\"pairs-h\"><h2 id=\"pairs-h\">Appear together</h2>\n"
            if page.pairs.isEmpty {
                html += "<p class=\"empty\">No co-occurring pairs.</p>\n"
            } else {
                html += "<p class=\"note\">Strongest pairs (log-likelihood); the number counts \(page.pairWindow.rawValue)s with both.</p>\n<ol class=\"pairs\">"
                for r in page.pairs {
                    html += "<li>\(chip(r.a, key: key(r.a), role: nil)) \(chip(r.b, key: key(r.b), role: nil))<span class=\"n\">\(r.count)</span></li>"
                }
                html += "</ol>\n"
            }
            html += "</section>\n</aside>\n"
        }

        mutating func graph() {
            guard let graph = page.graph else { return }
            html += "<section class=\"graph\" aria-labelledby=\"graph-h\">\n<h2 id=\"graph-h\">Graph</h2>\n"
            switch graph {
            case .svg(let svg):
                if let inline = HTMLRenderer.inlineSVG(svg) {
                    html += "<div class=\"frame\" tabindex=\"0\" role=\"region\" aria-label=\"Graph of events and entities (scrollable)\">\n\(inline)\n</div>\n"
                } else {
                    html += "<p class=\"note\">The graph could not be embedded (unexpected SVG from Graphviz).</p>\n"
                }
            case .note(let text):
                html += "<p class=\"note\">\(HTMLEscape.escape(text))</p>\n"
            }
            html += "</section>\n"
        }
    }

    static func cssClass(_ type: EntityType) -> String {
        switch type {
        case .person: return "person"
        case .place: return "place"
        case .org: return "org"
        }
    }

    /// Graphviz SVG ready to inline in HTML: from `<svg` to the last `</svg>` (the XML prologue,
    /// doctype and comments before it dropped), or nil when it is not SVG or carries anything
    /// active (scripts, foreign objects, `on…` event attributes, `javascript:` links). Graphviz
    /// escapes labels, so it never should.
    static func inlineSVG(_ svg: String) -> String? {
        let b = Array(svg.utf8)
        func find(_ needle: String, from: Int = 0, last: Bool = false) -> Int? {
            let n = Array(needle.utf8)
            guard b.count >= n.count else { return nil }
            let candidates = last ? Array(stride(from: b.count - n.count, through: from, by: -1)) : Array(from...(b.count - n.count))
            for i in candidates where b[i] == n[0] && Array(b[i..<i + n.count]) == n { return i }
            return nil
        }
        guard let start = find("<svg"), let close = find("</svg>", from: start, last: true) else { return nil }
        let body = Array(b[start..<close + 6])
        let lower = String(decoding: body, as: UTF8.self).lowercased()
        if lower.contains("<script") || lower.contains("<foreignobject") || lower.contains("javascript:") { return nil }
        // Attribute names inside tags: none may start with `on`.
        var inTag = false
        var quote: UInt8?
        var i = 0
        let l = Array(lower.utf8)
        while i < l.count {
            let c = l[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == UInt8(ascii: "<") {
                inTag = true
            } else if c == UInt8(ascii: ">") {
                inTag = false
            } else if inTag && (c == UInt8(ascii: "\"") || c == UInt8(ascii: "'")) {
                quote = c
            } else if inTag && (c == 32 || c == 9 || c == 10 || c == 13) && i + 2 < l.count
                        && l[i + 1] == UInt8(ascii: "o") && l[i + 2] == UInt8(ascii: "n") {
                return nil
            }
            i += 1
        }
        return String(decoding: body, as: UTF8.self)
    }
}
