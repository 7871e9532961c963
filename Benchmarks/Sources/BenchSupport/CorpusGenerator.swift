import Chronicle
import Foundation

/// Writes deterministic, news-like raw pages from the gazetteer: menus and share rows, a
/// headline, a dateline with a publication date, body paragraphs built from templates filled
/// with gazetteer names, relative and absolute dates and event triggers, teaser (`READ MORE:`)
/// lines and footers taken from `cues/boilerplate.txt`.
///
/// Article `i` depends only on (`seed`, `i`), so a corpus of 1,000 articles is the prefix of a
/// corpus of 100,000.
public struct CorpusGenerator: Sendable {
    public let seed: UInt64
    let people: [String]
    let places: [String]
    let cities: [String]
    let orgs: [String]
    let triggerNouns: [String]
    let linkCues: [String]
    let navCues: [String]
    let footerCues: [String]

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let outlets = ["Globewire", "Reuters", "AFP", "The Ledger", "Daily Courier", "Northern Star"]
    static let reporters = ["Priya Raman", "Dilan Fernando", "Anna Keller", "Tomás Ortega", "Grace Oduya",
                            "Lukas Brandt", "Mei Tanaka", "Omar Haddad", "Sara Lindqvist", "Paul Nesbit"]

    /// - Parameters:
    ///   - gazetteer: the loaded gazetteer (names come from its entities).
    ///   - directory: the gazetteer folder (trigger and boilerplate cue files are read from it).
    public init(gazetteer: Gazetteer, directory: String, seed: UInt64 = 42) {
        self.seed = seed
        var people = [String](), places = [String](), cities = [String](), orgs = [String]()
        for e in gazetteer.entities {
            switch e.type {
            case .person: people.append(e.name)
            case .place: if e.isGenerated { cities.append(e.name) } else { places.append(e.name) }
            case .org: orgs.append(e.name)
            }
        }
        self.people = people.isEmpty ? ["Anna Keller"] : people
        self.places = places.isEmpty ? ["Geneva"] : places
        self.cities = cities.isEmpty ? self.places : cities
        self.orgs = orgs.isEmpty ? ["United Nations"] : orgs

        func records(_ path: String) -> [[String]] {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
            return text.split(separator: "\n").compactMap { line in
                let l = line.trimmingCharacters(in: .whitespaces)
                guard !l.isEmpty, !l.hasPrefix("#") else { return nil }
                return l.components(separatedBy: " | ")
            }
        }
        // Single-word trigger forms that read as nouns ("the summit", "the agreement").
        var nouns = [String]()
        for r in records(directory + "/events/triggers.txt") where r.count >= 2 {
            for form in r[1].components(separatedBy: "; ") where form.hasSuffix("ment") || form.hasSuffix("tion")
                || ["summit", "talks", "deal", "visit", "trip", "sanctions", "report", "briefing", "accord", "treaty", "pact"].contains(form) {
                nouns.append(form)
            }
        }
        triggerNouns = nouns.isEmpty ? ["agreement", "summit", "visit"] : nouns
        var link = [String](), nav = [String](), footer = [String]()
        for r in records(directory + "/cues/boilerplate.txt") where r.count == 2 {
            let phrase = r[0].hasPrefix("^") ? String(r[0].dropFirst()) : r[0]
            switch r[1] {
            case "link": link.append(phrase)
            case "nav": nav.append(phrase)
            case "footer": footer.append(phrase)
            default: break
            }
        }
        linkCues = link.isEmpty ? ["read more:"] : link
        navCues = nav.isEmpty ? ["sign in"] : nav
        footerCues = footer.isEmpty ? ["all rights reserved"] : footer
    }

    /// The publication date of article `index` (2023-01-01 plus 0–729 days, at a fixed hour).
    public func published(_ index: Int) -> (year: Int, month: Int, day: Int) {
        var rng = SplitMix64(seed: seed ^ (UInt64(index) &* 0x2545_F491_4F6C_DD1D))
        var days = rng.below(730)
        var year = 2023, month = 1
        while true {
            let length = CorpusGenerator.daysIn(month, year)
            if days < length { break }
            days -= length
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return (year, month, days + 1)
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// One raw page (plain text with boilerplate), about 2–4 KB.
    public func article(_ index: Int) -> String {
        var rng = SplitMix64(seed: seed ^ (UInt64(index) &* 0x2545_F491_4F6C_DD1D))
        _ = rng.below(730)  // the publication date drawn by `published`
        let date = published(index)
        let month = CorpusGenerator.months[date.month - 1]
        let outlet = rng.pick(CorpusGenerator.outlets)
        // A small cast per article, so names recur and co-occur as in real stories.
        let cast = (0..<3).map { _ in rng.pick(people) }
        let where1 = rng.pick(places), where2 = rng.chance(50) ? rng.pick(cities) : rng.pick(places)
        let org = rng.pick(orgs), org2 = rng.pick(orgs)
        func anyPerson(_ rng: inout SplitMix64) -> String { rng.chance(80) ? rng.pick(cast) : rng.pick(people) }
        func when(_ rng: inout SplitMix64) -> String {
            switch rng.below(7) {
            case 0: return "on " + rng.pick(CorpusGenerator.weekdays)
            case 1: return "last week"
            case 2: return "on \(month) \(max(1, date.day - rng.below(5)))"
            case 3: return "yesterday"
            case 4: return "earlier this month"
            case 5: return "on \(CorpusGenerator.months[rng.below(12)]) \(1 + rng.below(28)), \(date.year - rng.below(2))"
            default: return "late on " + rng.pick(CorpusGenerator.weekdays)
            }
        }
        func sentence(_ rng: inout SplitMix64) -> String {
            let a = anyPerson(&rng), t = when(&rng)
            var b = anyPerson(&rng)
            if b == a { b = cast.first { $0 != a } ?? rng.pick(people) }
            let p = rng.chance(60) ? where1 : where2, noun = rng.pick(triggerNouns)
            switch rng.below(14) {
            case 0: return "\(a) met \(b) in \(p) \(t) to discuss trade, energy and security."
            case 1: return "\(a) visited \(p) \(t), the first such trip in two years."
            case 2: return "\"We expect progress on the \(noun) within weeks,\" \(a) told reporters in \(p)."
            case 3: return "\(org) said in a statement \(t) that it had signed a contract with \(org2)."
            case 4: return "\(a) and \(b) signed an agreement in \(p) \(t) after hours of talks."
            case 5: return "Officials at \(org) confirmed \(t) that the \(noun) would go ahead as planned."
            case 6: return "\(a) denied the reports \(t), calling them \"baseless\"."
            case 7: return "A spokesperson for \(org) briefed journalists in \(p) \(t)."
            case 8: return "\(a) accused \(org2) of delaying the \(noun), according to people familiar with the matter."
            case 9: return "The \(noun) follows months of negotiation between \(org) and \(org2) over financing."
            case 10: return "\(org2) acquired a stake in the project \(t) for an undisclosed sum."
            case 11: return "Analysts in \(where2) said the move could reshape the region's economy over the next decade."
            case 12: return "\(a) travelled to \(p) \(t) and is due to return at the end of the week."
            default: return "Neither \(a) nor representatives of \(org) responded to requests for comment."
            }
        }
        var lines = [String]()
        // Header chrome.
        lines.append("Skip to main content")
        lines.append("World   Business   Markets   Tech   Sport   Climate   Opinion")
        lines.append(rng.pick(navCues).capitalized)
        lines.append("")
        lines.append(outlet.uppercased())
        lines.append("")
        let headline = "\(cast[0]) and \(cast[1]) agree on \(rng.pick(triggerNouns)) in \(where1)"
        lines.append(headline)
        lines.append("")
        lines.append("\(month) \(date.day), \(date.year) \(1 + rng.below(12)):\(10 + rng.below(50)) AM UTC")
        lines.append("By \(rng.pick(CorpusGenerator.reporters)) and \(rng.pick(CorpusGenerator.reporters))")
        lines.append("")
        // Body.
        let paragraphs = 5 + rng.below(6)
        for p in 0..<paragraphs {
            var sentences = [String]()
            for _ in 0..<(2 + rng.below(3)) { sentences.append(sentence(&rng)) }
            var text = sentences.joined(separator: " ")
            if p == 0 { text = "\(where1.uppercased()), \(month) \(date.day) (\(outlet)) - " + text }
            lines.append(text)
            lines.append("")
            if p == paragraphs / 2 {
                lines.append(rng.pick(linkCues).uppercased() + " \(rng.pick(people)) visits \(rng.pick(places))")
                lines.append("")
            }
        }
        // Footer.
        lines.append(rng.pick(linkCues).capitalized + " \(rng.pick(orgs)) reports record year")
        lines.append("© \(date.year) \(outlet). " + rng.pick(footerCues).capitalized + ".")
        lines.append(rng.pick(footerCues).capitalized)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The publication date as an ISO string (`2023-05-17`).
    public func publishedISO(_ index: Int) -> String {
        let d = published(index)
        return String(format: "%04d-%02d-%02d", d.year, d.month, d.day)
    }
}
