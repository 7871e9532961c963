import Foundation

/// Runs Graphviz's `dot` for `dot --render` and the graph embedded in `html`.
enum Graphviz {
    enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case failed(String)

        var description: String {
            switch self {
            case .notInstalled: return "Graphviz 'dot' not found on PATH; install it (apt-get install graphviz)"
            case .failed(let message): return "dot failed: \(message)"
            }
        }
    }

    /// The first executable called `name` on PATH.
    static func executable(_ name: String = "dot") -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// `dot -T<format>` on a graph. The graph goes through a temporary file and both output pipes
    /// are drained before waiting, so a large graph cannot stall either side.
    static func render(_ source: String, format: String) throws -> Data {
        guard let dot = executable() else { throw Failure.notInstalled }
        let input = FileManager.default.temporaryDirectory
            .appendingPathComponent("chronicle-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).dot")
        defer { try? FileManager.default.removeItem(at: input) }
        do { try source.write(to: input, atomically: true, encoding: .utf8) } catch {
            throw Failure.failed("cannot write a temporary file (\(error.localizedDescription))")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-T\(format)", input.path]
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        do { try process.run() } catch { throw Failure.failed("\(dot) did not start (\(error.localizedDescription))") }
        let errors = Drained()
        let reader = Thread { errors.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = errors.wait()
        guard process.terminationStatus == 0 else {
            throw Failure.failed(String(decoding: message, as: UTF8.self).split(separator: "\n").first.map(String.init)
                                 ?? "exit status \(process.terminationStatus)")
        }
        return output
    }
}

/// Data read on another thread, waited for once.
private final class Drained: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    func set(_ value: Data) {
        data = value
        done.signal()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
