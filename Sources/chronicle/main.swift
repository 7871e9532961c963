import ArgumentParser

/// `chronicle`: news articles in, a queryable timeline graph out.
struct ChronicleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "Build a timeline graph of who did what, where and when from news articles.",
        subcommands: [Extract.self, Ingest.self, Timeline.self, Cooccur.self, Dot.self, Html.self, Events.self, Entities.self, Path.self]
    )
}

ChronicleCommand.main()
