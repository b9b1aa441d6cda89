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
        // The layers, lowest first, each depending only on layers below it, so the compiler keeps
        // them apart (.ci/layers.sh checks the graph): Text (source, positions, diagnostics, the
        // JSON writer), Model (the value types every layer speaks in), Syntax (scanners and the
        // inline tokenizer), IO (files, git), Reading, then Query, Editing, Rendering and Checks
        // side by side. RoadmapCore re-exports them all: `import RoadmapCore` is all a client needs.
        .target(name: "RoadmapText"),
        .target(name: "RoadmapModel", dependencies: ["RoadmapText"]),
        .target(name: "RoadmapSyntax", dependencies: ["RoadmapText", "RoadmapModel"]),
        .target(name: "RoadmapIO", dependencies: ["RoadmapText"]),
        .target(name: "RoadmapReading", dependencies: ["RoadmapText", "RoadmapModel", "RoadmapSyntax", "RoadmapIO"]),
        .target(name: "RoadmapQuery", dependencies: ["RoadmapText", "RoadmapModel", "RoadmapSyntax", "RoadmapIO", "RoadmapReading"]),
        .target(name: "RoadmapEditing", dependencies: ["RoadmapText", "RoadmapModel", "RoadmapSyntax", "RoadmapIO", "RoadmapReading"]),
        .target(name: "RoadmapRendering", dependencies: ["RoadmapText", "RoadmapModel", "RoadmapSyntax", "RoadmapIO", "RoadmapReading"]),
        .target(name: "RoadmapChecks", dependencies: ["RoadmapText", "RoadmapModel", "RoadmapSyntax", "RoadmapIO", "RoadmapReading"]),
        .target(name: "RoadmapCore", dependencies: ["RoadmapText", "RoadmapModel", "RoadmapSyntax", "RoadmapIO", "RoadmapReading", "RoadmapQuery", "RoadmapEditing", "RoadmapRendering", "RoadmapChecks"]),
        .executableTarget(name: "roadmap", dependencies: ["RoadmapCore"]),
        // Reading, querying, editing and rendering from Swift: the documentation's example, run by CI.
        .executableTarget(name: "roadmap-example", dependencies: ["RoadmapCore"], path: "Sources/RoadmapExample"),
        .testTarget(name: "RoadmapCoreTests", dependencies: ["RoadmapText", "RoadmapModel", "RoadmapSyntax", "RoadmapIO", "RoadmapReading", "RoadmapQuery", "RoadmapEditing", "RoadmapRendering", "RoadmapChecks", "RoadmapCore"], exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "RoadmapCLITests", dependencies: ["RoadmapCore"]),
    ]
)
