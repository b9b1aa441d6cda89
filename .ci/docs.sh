#!/usr/bin/env bash
# Builds the DocC documentation of RoadmapCore with the toolchain's own docc (no package
# plugin, no dependency), failing on any warning (a broken symbol link, a doc comment docc
# cannot read); then builds and runs the example program the documentation shows.
#   .ci/docs.sh [OUTPUT_DIR]    (default .build/docs)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/docs}
if ! command -v docc > /dev/null; then
    echo "skipped: docc is not in this toolchain"
else
    swift package dump-symbol-graph --minimum-access-level public > /dev/null
    graphs=$(mktemp -d)
    trap 'rm -rf "$graphs"' EXIT
    cp .build/*/symbolgraph/RoadmapCore*.symbols.json "$graphs/"
    docc convert Sources/RoadmapCore/RoadmapCore.docc --additional-symbol-graph-dir "$graphs" \
        --fallback-display-name RoadmapCore --fallback-bundle-identifier org.roadmap.RoadmapCore \
        --output-path "$out" --warnings-as-errors
    echo "docc: RoadmapCore documentation in $out"
fi
swift run roadmap-example > /dev/null
echo "roadmap-example: ran, every check held"
