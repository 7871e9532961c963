import Foundation
import Testing

/// Temporary files that a test removes when it ends, whether it passes, fails or throws.
///
/// Give a suite the `.temporaryFiles` trait. In each of its test cases `TemporaryFiles.directory()`
/// makes a fresh empty folder inside one folder for that test case (`<prefix>-<UUID>` in the
/// system's temporary directory, made on first use), and that whole folder is removed when the
/// test case ends, with whatever was written in it: SQLite's `-wal`, `-shm` and `-journal` files
/// beside a database, a command's output. Outside the trait `directory()` throws rather than
/// leave files behind.
///
/// It lives in the `TestSupport` target, which every test target depends on.
public struct TemporaryFiles: SuiteTrait, TestTrait, TestScoping {
    /// Starts the name of the folders.
    static let prefix = "chronicle-tests"

    /// Given to a suite, a folder for each test case of each test in it.
    public var isRecursive: Bool { true }

    public func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        let scope = Scope()
        defer { scope.remove() }
        try await Self.$current.withValue(scope, operation: function)
    }

    /// A fresh empty folder, removed with the rest of the test case's files when it ends.
    public static func directory() throws -> URL {
        guard let current else { throw OutsideScope() }
        return try current.newDirectory()
    }

    public struct OutsideScope: Error, CustomStringConvertible {
        public var description: String { "TemporaryFiles.directory() called in a test without the .temporaryFiles trait" }
    }

    @TaskLocal private static var current: Scope?

    /// The test case's folder and how many folders it has handed out.
    private final class Scope: @unchecked Sendable {
        private let lock = NSLock()
        private var root: URL?
        private var made = 0

        func newDirectory() throws -> URL {
            try lock.withLock {
                let root = self.root ?? FileManager.default.temporaryDirectory.appendingPathComponent("\(TemporaryFiles.prefix)-\(UUID().uuidString)")
                self.root = root
                made += 1
                let url = root.appendingPathComponent(String(made))
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                return url
            }
        }

        func remove() {
            if let root = lock.withLock({ self.root }) { try? FileManager.default.removeItem(at: root) }
        }
    }
}

extension Trait where Self == TemporaryFiles {
    /// Each test's temporary files removed when it ends: see `TemporaryFiles`.
    public static var temporaryFiles: Self { Self() }
}
