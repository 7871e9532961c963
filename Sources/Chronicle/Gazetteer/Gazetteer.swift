import Foundation

/// Everything the pipeline knows from data: entities, cue lists, event triggers, time words.
///
/// Built once from one or more gazetteer folders (the bundled one first, then a user's, whose
/// entries add to it). Immutable afterwards, so one instance serves every document and thread.
public final class Gazetteer: Sendable {
    public let entities: [EntityRecord]
    let indexById: [String: Int32]
    let names: EntityNameIndex
    let cues: CueLists
    let triggers: TriggerLexicon
    public let time: TimeLexicon
    /// HTML named character references (`text/html-entities.txt`): name → character.
    let htmlEntities: [String: String]
    /// The folders it was loaded from.
    public let directories: [String]
    /// Names two hand-written entries give to different entities: warnings, not errors.
    public let nameConflicts: [NameConflict]
    /// Person id → the country that person leads or speaks for (`LeaderCountries`).
    let leaderCountries: [String: String]

    /// `indexById`, if given, must index `entities` by id (the loader has built it already).
    init(entities: [EntityRecord], names: EntityNameIndex, cues: CueLists, triggers: TriggerLexicon,
         time: TimeLexicon, htmlEntities: [String: String], directories: [String], nameConflicts: [NameConflict] = [],
         indexById: [String: Int32]? = nil) {
        self.entities = entities
        self.nameConflicts = nameConflicts
        if let indexById {
            self.indexById = indexById
        } else {
            var index = [String: Int32](minimumCapacity: entities.count)
            for (i, e) in entities.enumerated() { index[e.id] = Int32(i) }
            self.indexById = index
        }
        var sourceByFile = [Substring: String]()
        self.listSources = entities.map { e in
            // origin is `path:line`: the file is everything before the last colon (an ASCII
            // byte before ASCII digits, so the byte search finds the `Character`).
            let file = e.origin.utf8.lastIndex(of: 0x3A).map { e.origin[..<$0] } ?? e.origin[...]
            if let known = sourceByFile[file] { return known }
            let source = "list:" + file.split(separator: "/").suffix(2).joined(separator: "/")
            sourceByFile[file] = source
            return source
        }
        self.names = names
        self.cues = cues
        self.triggers = triggers
        self.time = time
        self.htmlEntities = htmlEntities
        self.directories = directories
        leaderCountries = LeaderCountries.table(entities)
    }

    /// `list:entities/people.txt`: the mention source of each entity's list (the last two path
    /// parts of its origin file), computed once here rather than for every match.
    let listSources: [String]

    public func entity(id: String) -> EntityRecord? {
        indexById[id].map { entities[Int($0)] }
    }

    /// Number of names (canonical names and aliases) the matcher knows.
    public var nameCount: Int { names.count }

    /// Loads and compiles the gazetteer folders, in order.
    /// - Throws: `GazetteerError` naming the file and line of the first bad record.
    public static func load(directories: [String]) throws -> Gazetteer {
        var loader = GazetteerLoader()
        for directory in directories { try loader.loadEntities(from: directory) }
        for directory in directories { try loader.loadCues(from: directory) }
        var triggers = TriggerLexicon()
        for directory in directories {
            let events = directory + "/events/"
            if FileManager.default.fileExists(atPath: events + "triggers.txt") { try triggers.load(events + "triggers.txt") }
            if FileManager.default.fileExists(atPath: events + "argument-cues.txt") {
                try triggers.loadArgumentCues(events + "argument-cues.txt")
            }
            if FileManager.default.fileExists(atPath: events + "not-triggers.txt") {
                try triggers.loadNotTriggers(events + "not-triggers.txt")
            }
            if FileManager.default.fileExists(atPath: events + "other-senses.txt") {
                try triggers.loadOtherSenses(events + "other-senses.txt")
            }
        }
        // Time words and rules come from the first folder that has them (the built-in one).
        let timeFolder = directories.map { $0 + "/time" }.first { FileManager.default.fileExists(atPath: $0 + "/" + TimeLexicon.rulesFileName) }
        let time = try timeFolder.map { try TimeLexicon.load(directory: $0) } ?? .empty
        var htmlEntities = [String: String]()
        let entityFile = directories[0] + "/text/html-entities.txt"
        if FileManager.default.fileExists(atPath: entityFile) {
            for r in try DataFile(path: entityFile, fieldCount: 2...2).records {
                guard let code = UInt32(r.fields[1], radix: 16), let scalar = Unicode.Scalar(code) else {
                    throw r.error("bad code point '\(r.fields[1])': expected hexadecimal")
                }
                htmlEntities[r.fields[0]] = String(scalar)
            }
        }
        return Gazetteer(entities: loader.entities, names: loader.names, cues: loader.cues, triggers: triggers,
                         time: time, htmlEntities: htmlEntities, directories: directories,
                         nameConflicts: loader.conflicts.conflicts, indexById: loader.indexById)
    }
}

/// Reads gazetteer folders into the compiled structures, checking ids and references.
struct GazetteerLoader {
    var entities: [EntityRecord] = []
    var names = EntityNameIndex()
    var cues = CueLists()
    var conflicts = NameConflictFinder()
    private(set) var indexById: [String: Int32] = [:]

    mutating func loadEntities(from directory: String) throws {
        // Curated lists first: when two entities share a spelling, the first one loaded wins.
        let curated = DataFile.files(in: directory + "/entities"), generated = DataFile.files(in: directory + "/entities/generated")
        for file in curated + generated {
            let isGenerated = generated.contains(file)
            let contents = try EntityFile.read(path: file, isGenerated: isGenerated)
            entities.reserveCapacity(entities.count + contents.records.count)
            indexById.reserveCapacity(indexById.count + contents.records.count)
            names.reserveCapacity(names: contents.records.count)
            for (entity, line) in contents.records {
                if let firstIndex = indexById[entity.id] {
                    let parts = entities[Int(firstIndex)].origin.split(separator: ":")
                    throw GazetteerError.duplicateId(id: entity.id, file: file, line: line,
                                                     firstFile: parts.dropLast().joined(separator: ":"),
                                                     firstLine: Int(parts.last ?? "0") ?? 0)
                }
                let index = Int32(entities.count)
                indexById[entity.id] = index
                entities.append(entity)
                conflicts.note(entity.name, node: names.add(entity.name, entity: index), of: entity)
                for alias in entity.aliases {
                    conflicts.note(alias, node: names.add(alias, entity: index, isAlias: true), of: entity)
                }
            }
            if let error = contents.error { throw error }
        }
    }

    mutating func loadCues(from directory: String) throws {
        let cueDirectory = directory + "/cues/"
        /// A cue list and its generated extension (`cues/generated/NAME`), if present.
        func records(_ name: String, _ fields: ClosedRange<Int> = 1...1) throws -> [DataFile.Record] {
            var found = [DataFile.Record]()
            for path in [cueDirectory + name, cueDirectory + "generated/" + name] where FileManager.default.fileExists(atPath: path) {
                found += try DataFile(path: path, fieldCount: fields).records
            }
            return found
        }
        func keySet(_ name: String) throws -> Set<UInt64> {
            Set(try records(name).map { Normalizer.key($0.fields[0]) })
        }
        for r in try records("person-titles.txt") { cues.personTitles.insert(PhraseTrie.keys(of: r.fields[0]), payload: 0) }
        for r in try records("org-descriptors.txt") { cues.orgDescriptors.insert(PhraseTrie.keys(of: r.fields[0]), payload: 0) }
        cues.webDomains.formUnion(try keySet("web-domains.txt"))
        for r in try records("modifier-words.txt") { cues.modifierWords.insert(PhraseTrie.keys(of: r.fields[0]), payload: 0) }
        for r in try records("org-suffixes.txt") { cues.orgSuffixes.insert(PhraseTrie.keys(of: r.fields[0]), payload: 0) }
        cues.firstNames.formUnion(try keySet("first-names.txt"))
        cues.surnameFirst.formUnion(try keySet("surname-first.txt"))
        cues.surnames.formUnion(try keySet("surnames.txt"))
        cues.notNames.formUnion(try keySet("not-names.txt"))
        cues.functionWords.formUnion(try keySet("function-words.txt"))
        cues.nameParticles.formUnion(try keySet("name-particles.txt"))
        cues.abbreviations.formUnion(try keySet("abbreviations.txt"))
        for r in try records("blocklist.txt") { cues.blocklist.insert(Normalizer.normalized(r.fields[0])) }
        for r in try records("name-genders.txt", 2...2) {
            guard let gender = PersonGender(listed: r.fields[1]) else {
                throw r.error("unknown sex '\(r.fields[1])': expected male or female")
            }
            cues.genders[Normalizer.key(r.fields[0])] = gender
        }
        try loadHeads("org-heads.txt", into: &cues.orgHeads)
        try loadHeads("place-keywords.txt", into: &cues.placeKeywords)
        for r in try records("demonyms.txt", 2...2) {
            guard let place = indexById[r.fields[1]] else {
                throw GazetteerError.unknownReference(file: r.file, line: r.line, id: r.fields[1])
            }
            cues.demonyms.insert(PhraseTrie.keys(of: r.fields[0]), payload: place)
        }
        for r in try records("boilerplate.txt", 2...2) {
            guard ["link", "list", "footer", "nav", "header"].contains(r.fields[1]) else {
                throw r.error("unknown boilerplate kind '\(r.fields[1])': expected link, list, nav, header or footer")
            }
            cues.boilerplate.append((r.fields[0].lowercased(), r.fields[1]))
        }

        func loadHeads(_ name: String, into heads: inout CueLists.Heads) throws {
            for r in try records(name, 2...2) {
                let keys = PhraseTrie.keys(of: r.fields[0])
                switch r.fields[1] {
                case "after": heads.after.insert(keys, payload: 0)
                case "before": heads.before.insert(keys, payload: 0)
                case "both":
                    heads.after.insert(keys, payload: 0)
                    heads.before.insert(keys, payload: 0)
                default: throw r.error("bad position '\(r.fields[1])': expected after, before or both")
                }
            }
        }
    }
}
