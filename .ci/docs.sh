#!/usr/bin/env bash
# Builds the DocC documentation of RoadmapCore with the toolchain's own docc (no package
# plugin, no dependency), failing on any warning (a broken symbol link, a doc comment docc
# cannot read); then builds and runs the example program the documentation shows.
# RoadmapCore re-exports one target per layer; the symbol graph takes their symbols in, so the
# documentation is one module, as a client sees it.
#   .ci/docs.sh [OUTPUT_DIR]    (default .build/docs)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/docs}
if ! command -v docc > /dev/null || ! command -v swift-symbolgraph-extract > /dev/null; then
    echo "skipped: docc or swift-symbolgraph-extract is not in this toolchain"
else
    swift build --target RoadmapCore > /dev/null
    modules="$(swift build --show-bin-path)/Modules"
    layers=$(sed -n 's/^@_exported import \(Roadmap[A-Za-z]*\)$/\1/p' Sources/RoadmapCore/Exports.swift | paste -sd, -)
    graphs=$(mktemp -d)
    trap 'rm -rf "$graphs"' EXIT
    swift-symbolgraph-extract -module-name RoadmapCore -I "$modules" -minimum-access-level public -output-dir "$graphs" \
        -experimental-allowed-reexported-modules="$layers"
    docc convert Sources/RoadmapCore/RoadmapCore.docc --additional-symbol-graph-dir "$graphs" \
        --fallback-display-name RoadmapCore --fallback-bundle-identifier org.roadmap.RoadmapCore \
        --output-path "$out" --warnings-as-errors
    echo "docc: RoadmapCore documentation in $out"
fi
swift run roadmap-example > /dev/null
echo "roadmap-example: ran, every check held"
