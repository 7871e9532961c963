/// One rule of `rules.txt`: a token pattern, how to normalise what it matches, and worked
/// examples (which the tests execute, so every rule documents and checks itself).
final class TimeRule: Sendable {
    let name: String
    let pattern: TimePattern
    let normalisation: Normalisation
    let examples: [RuleExample]
    let line: Int

    init(record: DataFile.Record, builder: inout LexiconBuilder) throws {
        name = record.fields[0]
        line = record.line
        pattern = try TimePattern(record.fields[1], builder: builder, record: record)
        normalisation = try Normalisation(record.fields[2], bindings: pattern.bindingNames, record: record)
        examples = try record.fields.dropFirst(3).map { try RuleExample($0, record: record) }
        if pattern.isComposite != normalisation.fields.contains(where: { $0.key == .from }) {
            throw record.error("a pattern with @TYPE elements needs from=@TYPE (and only then)")
        }
    }
}

/// `example: September 13, 2023 @2024-02-22 => 2023-09-13` (anchor `@none` for no anchor).
struct RuleExample: Sendable {
    let text: String
    let anchor: LocalDateTime?
    let value: String

    init(_ field: String, record: DataFile.Record) throws {
        guard field.hasPrefix("example:"), let arrow = field.range(of: " => "),
              let at = field.range(of: " @", options: .backwards, range: field.startIndex..<arrow.lowerBound) else {
            throw record.error("example must read 'example: TEXT @ANCHOR => VALUE'")
        }
        text = field[field.index(field.startIndex, offsetBy: 8)..<at.lowerBound].trimmingCharacters(in: .whitespaces)
        let anchorText = String(field[at.upperBound..<arrow.lowerBound])
        if anchorText == "none" {
            anchor = nil
        } else {
            guard let parsed = LocalDateTime(iso: anchorText) else { throw record.error("bad example anchor '\(anchorText)'") }
            anchor = parsed
        }
        value = field[arrow.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, !value.isEmpty else { throw record.error("empty example text or value") }
    }
}

/// `DATE year=YEAR month=MONTH day=DAY dir=tense guard=capitalized`: the expression type, then
/// fields whose values are literals or the names of pattern bindings (`-NUM` negates a number,
/// `NUM+0.5` adds to it). `*` as type keeps the type of the `from=` expression.
struct Normalisation: Sendable {
    /// The field names (`guard=` aside), so the spec builder switches on a case, not a String.
    enum Key: String, Sendable {
        case year, month, day, weekday, season, quarter, half, decade, century, holiday, clock, dayclock, hhmm, hour, ampm, zone, pod,
             unit, shift, ref, dir, amount, value, mod, from, with, offset, enclosing
    }
    struct Field: Sendable {
        let key: Key
        let value: Value
    }

    enum Value: Sendable {
        case literal(String)
        case binding(String, negate: Bool, add: Double)
    }

    /// nil: inherit the type of the `from=` expression.
    let type: TimexType?
    /// `IGNORE`: the match is not a time expression (`6-year-old`); it only blocks other rules.
    let isIgnore: Bool
    let fields: [Field]
    let guards: [RuleGuard]

    init(_ text: String, bindings: [String], record: DataFile.Record) throws {
        let words = text.split(separator: " ").map(String.init)
        guard let typeName = words.first else { throw record.error("empty normalisation") }
        isIgnore = typeName == "IGNORE"
        if typeName == "*" || isIgnore {
            type = nil
        } else {
            guard let t = TimexType(rawValue: typeName) else { throw record.error("unknown type '\(typeName)'") }
            type = t
        }
        var fields = [Field]()
        var guards = [RuleGuard]()
        for word in words.dropFirst() {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0] == "guard" || Key(rawValue: parts[0]) != nil, !parts[1].isEmpty else {
                throw record.error("bad normalisation field '\(word)' (expected key=value with a known key)")
            }
            if parts[0] == "guard" {
                for name in parts[1].split(separator: ",").map(String.init) {
                    guard let check = RuleGuard(rawValue: name) else { throw record.error("unknown guard '\(name)'") }
                    guards.append(check)
                }
                continue
            }
            fields.append(Field(key: Key(rawValue: parts[0])!, value: Self.value(parts[1], bindings: bindings)))
        }
        self.fields = fields
        self.guards = guards
    }

    private static func value(_ text: String, bindings: [String]) -> Value {
        var name = Substring(text)
        var negate = false
        var add = 0.0
        if name.hasPrefix("-") { negate = true; name = name.dropFirst() }
        if let plus = name.firstIndex(of: "+"), let number = Double(name[name.index(after: plus)...]) {
            add = number
            name = name[..<plus]
        }
        if bindings.contains(String(name)) { return .binding(String(name), negate: negate, add: add) }
        return .literal(text)
    }
}
