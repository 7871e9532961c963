import ArgumentParser
struct Timeline: ParsableCommand {
    func run() throws {}
}
