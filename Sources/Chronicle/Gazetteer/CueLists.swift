/// The cue words that let the tagger find names in no list, and the cleaner find junk.
///
/// Loaded from `gazetteer/cues/`; all comparisons are on normalised keys, so cues match
/// regardless of case (`spokesman`, `Spokesman`).
struct CueLists: Sendable {
    /// Which side of the name a head word stands on: `X Ministry` (after), `Ministry of X` (before).
    struct Heads: Sendable {
        var after = PhraseTrie()
        var before = PhraseTrie()
    }

    var personTitles = PhraseTrie()
    var firstNames: Set<UInt64> = []
    var surnameFirst: Set<UInt64> = []
    /// Common family names: an unknown first name before one still makes a person (`Olena Smith`).
    var surnames: Set<UInt64> = []
    var orgSuffixes = PhraseTrie()
    var orgHeads = Heads()
    var placeKeywords = Heads()
    /// Demonym phrases; payload = entity index of the place.
    var demonyms = PhraseTrie()
    /// Lower-case nouns that introduce an organisation's name (`retailer Best Buy`).
    var orgDescriptors = PhraseTrie()
    /// Top-level web domains that make `Name.com` a site's name.
    var webDomains: Set<UInt64> = []
    /// Lower-case words that, right after a name, make it modify a noun (`Apple engineers`).
    var modifierWords = PhraseTrie()
    /// Content words that are no name alone but may stand inside one (`Regional`).
    var notNames: Set<UInt64> = []
    /// Words that never start or extend a name (`The`, `However`, `Monday`).
    var functionWords: Set<UInt64> = []
    /// Lower-case words inside a person's name: `van den` in `Nick van den Brul`.
    var nameParticles: Set<UInt64> = []

    /// A word that cannot be a name by itself.
    func isNotAName(_ key: UInt64) -> Bool { notNames.contains(key) || functionWords.contains(key) }
    var abbreviations: Set<UInt64> = []
    /// The sex a given name, title or pronoun points to (`Anna`, `Mrs`, `she`).
    var genders: [UInt64: PersonGender] = [:]
    /// Normalised surface forms that are never entity mentions.
    var blocklist: Set<String> = []
    /// Lower-case phrases that mark a line as boilerplate, by kind (`link`, `footer`, `nav`).
    var boilerplate: [(phrase: String, kind: String)] = []
}
