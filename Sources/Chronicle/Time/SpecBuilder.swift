/// Turns a rule match into a `TimeSpec` by evaluating the rule's normalisation fields over
/// the match's bindings. Returns nil when the fields make no date (February 30, quarter 5).
struct SpecBuilder {
    let lexicon: TimeLexicon

    private enum Resolved {
        case number(Double), vague(negative: Bool), text(String), timex(Int)
    }

    func spec(for match: RuleMatch, rule: TimeRule, placed: [PlacedSpec]) -> TimeSpec? {
        let normalisation = rule.normalisation
        var spec = TimeSpec(type: normalisation.type ?? .date)
        if normalisation.isIgnore {
            spec.isIgnored = true
            return spec
        }
        var values = [(Normalisation.Key, Resolved)]()
        // One allocation per spec instead of one per doubling while appending.
        values.reserveCapacity(normalisation.fields.count)
        for field in normalisation.fields {
            guard let v = resolve(field.value, match.bindings) else { continue }
            values.append((field.key, v))
        }
        if let (_, from) = values.first(where: { $0.0 == .from }), case .timex(let index) = from {
            spec = placed[index].spec
            if let type = normalisation.type { spec.type = type }
        }
        for (key, v) in values {
            switch key {
            case .from: continue
            case .with:
                guard case .timex(let index) = v else { return nil }
                spec.takeClock(from: placed[index].spec)
            case .year:
                // Two digits (`7/8/07`) pivot like `'98`: below 40 is this century.
                guard let y = int(v) else { return nil }
                spec.year = y < 100 ? (y < 40 ? 2000 + y : 1900 + y) : y
            case .month:
                guard let m = int(v), (1...12).contains(m) else { return nil }
                spec.month = m
            case .day:
                guard let d = int(v), (1...31).contains(d) else { return nil }
                spec.day = d
            case .weekday:
                guard let w = int(v), (1...7).contains(w) else { return nil }
                spec.weekday = w
            case .quarter:
                guard let q = int(v), (1...4).contains(q) else { return nil }
                spec.quarter = q
            case .half:
                guard let h = int(v), (1...2).contains(h) else { return nil }
                spec.half = h
            case .decade: spec.decade = int(v)
            case .century:
                guard let c = int(v), (1...30).contains(c) else { return nil }
                spec.century = c
            case .season: spec.season = text(v)
            case .holiday:
                guard let h = text(v), HolidayRule.isValid(h) else { return nil }
                spec.holiday = h
            case .clock:
                if case .number(let minutes) = v {
                    spec.hour = Int(minutes) / 60
                    spec.minute = Int(minutes) % 60
                } else if let s = text(v) {
                    let parts = s.split(separator: ":").compactMap { Int($0) }
                    guard parts.count == 2 else { return nil }
                    spec.hour = parts[0]
                    spec.minute = parts[1]
                }
                if spec.hour == 24 { spec.hour = 0 }
            case .dayclock:
                // `22:14:5:Z` from `DAYCLOCK`: day, hour, minute, and Z for UTC.
                guard let s = text(v) else { return nil }
                let parts = s.split(separator: ":")
                guard parts.count >= 3, let d = Int(parts[0]), let h = Int(parts[1]), let m = Int(parts[2]) else { return nil }
                spec.day = d
                spec.hour = h == 24 ? 0 : h
                spec.minute = m
                if parts.count == 4 { spec.zone = "Z" }
            case .hhmm:
                // Wire-service time (`1830 GMT`): three or four digits, hours 0–23, minutes 0–59.
                guard let n = int(v), (100...2359).contains(n), n % 100 < 60 else { return nil }
                spec.hour = n / 100
                spec.minute = n % 100
            case .hour:
                spec.hour = int(v)
                spec.minute = 0
            case .ampm: spec.ampm = text(v)
            case .zone: spec.zone = text(v)
            case .pod: spec.partOfDay = text(v)
            case .unit:
                guard let name = text(v), let g = Granularity.named(name) else { return nil }
                spec.unit = g
            case .shift:
                switch v {
                case .number(let x): spec.shift = x
                case .vague(let negative): spec.shift = negative ? -1 : 1; spec.shiftIsVague = true
                case .text(let s):
                    guard let x = Double(s) else { return nil }
                    spec.shift = x
                case .timex: return nil
                }
            case .ref:
                switch text(v) {
                case "text": spec.refersToText = true
                case "focus": spec.usesFocus = true
                case "quarter": spec.quarterReference = .discussed
                case "latestquarter": spec.quarterReference = .latest
                default: return nil
                }
            case .dir:
                switch text(v) ?? number(v).map(NumberFormat.short) {
                case "tense": spec.direction = .tense
                case "past": spec.direction = .pastInclusive
                case "future": spec.direction = .futureInclusive
                case "-1": spec.direction = .pastStrict
                case "1": spec.direction = .futureStrict
                case "0", "this": spec.direction = .this
                default: return nil
                }
            case .amount:
                switch v {
                case .number(let x): spec.amount = x
                case .vague: spec.amount = nil
                case .text(let s): spec.amount = Double(s)
                case .timex: return nil
                }
            case .offset:
                guard let days = int(v), days.magnitude <= 366 else { return nil }
                spec.dayOffset = days
            case .enclosing:
                guard let name = text(v), let g = Granularity.named(name) else { return nil }
                spec.enclosingUnit = g
            case .value: spec.literal = text(v)
            case .mod: spec.mod = text(v)
            }
        }
        // A clock with a.m./p.m.: 12 a.m. is midnight, 3 p.m. is 15:00.
        if let h = spec.hour, let ampm = spec.ampm {
            guard h >= 1 && h <= 12 || h == 0 else { return nil }
            if ampm == "pm" && h < 12 { spec.hour = h + 12 }
            if ampm == "am" && h == 12 { spec.hour = 0 }
            spec.ampm = nil
        }
        if let h = spec.hour, !(0...23).contains(h) { return nil }
        if let m = spec.month, let d = spec.day, d > CalendarDay.daysIn(month: m, year: spec.year ?? 2024) { return nil }
        if spec.type == .duration, spec.unit == nil, spec.literal == nil { return nil }
        return spec
    }

    private func resolve(_ value: Normalisation.Value, _ bindings: [Binding]) -> Resolved? {
        switch value {
        case .literal(let s): return .text(s)
        case .binding(let name, let negate, let add):
            guard let b = bindings.first(where: { $0.name == name }) else { return nil }
            switch b.value {
            case .number(let x): return .number((negate ? -x : x) + add)
            case .vague: return .vague(negative: negate)
            case .timex(let i): return .timex(i)
            case .word(let s):
                if negate || add != 0, let x = Double(s) { return .number((negate ? -x : x) + add) }
                if s == "X" { return .vague(negative: negate) }
                return .text(s)
            }
        }
    }

    private func int(_ v: Resolved) -> Int? {
        switch v {
        case .number(let x): return x == x.rounded() && x.magnitude < 1e15 ? Int(x) : nil  // no trap on 1e30
        case .text(let s): return Int(s)
        default: return nil
        }
    }

    private func number(_ v: Resolved) -> Double? {
        if case .number(let x) = v { return x }
        return nil
    }

    private func text(_ v: Resolved) -> String? {
        switch v {
        case .text(let s): return s
        case .number(let x): return NumberFormat.short(x)
        default: return nil
        }
    }
}
