// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "roadmap",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RoadmapCore", targets: ["RoadmapCore"]),
        .executable(name: "roadmap", targets: ["roadmap"]),
    ],
    // No dependencies, by design: the toolchain is all this package needs.
    dependencies: [],
    targets: [
        // The layers (issue 11), lowest first. RoadmapText: source text, positions, diagnostics,
        // slugs, widths, the JSON writer. RoadmapCore (the rest, in folders) re-exports it.
        .target(name: "RoadmapText"),
        .target(name: "RoadmapCore", dependencies: ["RoadmapText"]),
        .executableTarget(name: "roadmap", dependencies: ["RoadmapCore"]),
        // Reading, querying, editing and rendering from Swift: the documentation's example, run by CI.
        .executableTarget(name: "roadmap-example", dependencies: ["RoadmapCore"], path: "Sources/RoadmapExample"),
        .testTarget(name: "RoadmapCoreTests", dependencies: ["RoadmapCore"], exclude: ["Fixtures"]),
        .testTarget(name: "RoadmapCLITests", dependencies: ["RoadmapCore"]),
    ]
)
