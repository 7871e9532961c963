// swift-tools-version: 6.0
import PackageDescription

// A libFuzzer target over Chronicle's pipeline, kept in its own package so that `swift build`
// and `swift test` of the main package (and CI) never build it. See README.md.
let package = Package(
    name: "ChronicleFuzz",
    dependencies: [.package(name: "Chronicle", path: "..")],
    targets: [
        .executableTarget(
            name: "ChronicleFuzz",
            dependencies: [.product(name: "Chronicle", package: "Chronicle")]
        ),
    ]
)
