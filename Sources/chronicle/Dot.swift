import ArgumentParser
struct Dot: ParsableCommand {
    func run() throws {}
}
