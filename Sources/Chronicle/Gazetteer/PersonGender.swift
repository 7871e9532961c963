/// The sex a word points to: a given name (`Anna`), a title (`Mrs`) or a pronoun (`she`), from
/// `cues/name-genders.txt` and its generated extension. `he` and `she` look back for a person
/// of their own sex; a person whose name says nothing goes with either.
enum PersonGender: UInt8, Sendable {
    case male
    case female

    /// `male` or `female` as written in the list; nil for anything else.
    init?(listed: String) {
        switch listed {
        case "male": self = .male
        case "female": self = .female
        default: return nil
        }
    }
}
