import ArgumentParser
struct Cooccur: ParsableCommand {
    func run() throws {}
}
