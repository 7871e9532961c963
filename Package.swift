// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Chronicle",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Chronicle", targets: ["Chronicle"]),
        .library(name: "ChronicleStore", targets: ["ChronicleStore"]),
        .executable(name: "chronicle", targets: ["chronicle"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "Chronicle"),
        .target(
            name: "ChronicleStore",
            dependencies: [
                "Chronicle", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for binding ingest's per-row values directly (`BoundStatement`).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "chronicle",
            dependencies: [
                "Chronicle", "ChronicleStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: temporary files removed when each test ends.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ChronicleTests", dependencies: ["Chronicle", "TestSupport"]),
        .testTarget(
            name: "ChronicleStoreTests",
            dependencies: ["ChronicleStore", "Chronicle", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["chronicle", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
