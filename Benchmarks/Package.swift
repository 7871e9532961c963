// swift-tools-version: 6.1
// Chronicle's benchmark suite. A package of its own, so the main package's CI never builds it.
//
//   cd Benchmarks
//   swift build -c release                       # corpus-gen, chronicle-match, chronicle-bench
//   swift package --allow-writing-to-package-directory benchmark   # the ordo-one suite
//
// See README.md in this folder.
import PackageDescription

let package = Package(
    name: "ChronicleBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Chronicle", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Deterministic corpus and store builders shared by every executable below.
        .target(
            name: "BenchSupport",
            dependencies: [
                .product(name: "Chronicle", package: "Chronicle"),
                .product(name: "ChronicleStore", package: "Chronicle"),
            ]
        ),
        // Writes N news-like articles (seeded) from the gazetteer.
        .executableTarget(name: "corpus-gen", dependencies: ["BenchSupport"]),
        // Counts Chronicle's gazetteer matches of a name list over a text (for bench/compare.sh).
        .executableTarget(
            name: "chronicle-match",
            dependencies: [.product(name: "Chronicle", package: "Chronicle")]
        ),
        // Plain one-shot figures (MB/s, articles/s, latencies) without the ordo-one harness.
        .executableTarget(
            name: "chronicle-bench",
            dependencies: [
                "BenchSupport",
                .product(name: "Chronicle", package: "Chronicle"),
                .product(name: "ChronicleStore", package: "Chronicle"),
            ]
        ),
        // The ordo-one/benchmark suite (`swift package benchmark`).
        .executableTarget(
            name: "ChronicleBenchmarks",
            dependencies: [
                "BenchSupport",
                .product(name: "Chronicle", package: "Chronicle"),
                .product(name: "ChronicleStore", package: "Chronicle"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ChronicleBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
