/// Which country a person acts for: a head of state, a head of government or a foreign minister
/// (`role=`) of a country (`country=`) that the gazetteer lists (`kind=country`).
///
/// `Japan and Australia sign defence pact` over `Kishida and Albanese signed an agreement` is
/// one happening told twice: the event merger lets a leader stand for the leader's country.
enum LeaderCountries {
    /// The roles whose holder speaks and signs for the country.
    static let actingRoles: Set<String> = ["head-of-state", "head-of-government", "foreign-minister"]

    /// Person id → the id of the country that person acts for.
    static func table(_ entities: [EntityRecord]) -> [String: String] {
        var countryByCode = [String: String]()
        for e in entities where e.type == .place && e.kind == "country" {
            if let code = e.attributes["country"], countryByCode[code] == nil { countryByCode[code] = e.id }
        }
        var table = [String: String]()
        for e in entities where e.type == .person {
            guard let role = e.attributes["role"], actingRoles.contains(role), let code = e.attributes["country"],
                  let country = countryByCode[code] else { continue }
            table[e.id] = country
        }
        return table
    }
}
