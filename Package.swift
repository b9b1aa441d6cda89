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
        .target(name: "RoadmapCore"),
        .executableTarget(name: "roadmap", dependencies: ["RoadmapCore"]),
        .testTarget(name: "RoadmapCoreTests", dependencies: ["RoadmapCore"], exclude: ["Fixtures"]),
        .testTarget(name: "RoadmapCLITests", dependencies: ["RoadmapCore"]),
    ]
)
