/// A named check a rule asks for (`guard=` in `rules.txt`), read once when the rules load so
/// `RuleGuards.allow` switches on a case per match instead of comparing Strings.
enum RuleGuard: String, CaseIterable, Sendable {
    case capitalized, unambiguous, year, plural, singular, notname, yearspan, beforeword, lowercase, nameprefix, notsport,
         isomonth, beforedate, notcount
}
