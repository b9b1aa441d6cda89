// RoadmapCore re-exports the Text layer (the RoadmapText target), so `import RoadmapCore` is
// still all a client needs.
@_exported import RoadmapText
