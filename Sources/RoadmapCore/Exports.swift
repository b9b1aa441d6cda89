// RoadmapCore is the library's one import: it re-exports every layer, each a target of its own
// whose imports the compiler checks (see Package.swift and .ci/layers.sh).
@_exported import RoadmapText
@_exported import RoadmapModel
@_exported import RoadmapSyntax
@_exported import RoadmapIO
@_exported import RoadmapReading
@_exported import RoadmapQuery
@_exported import RoadmapEditing
@_exported import RoadmapRendering
@_exported import RoadmapChecks
