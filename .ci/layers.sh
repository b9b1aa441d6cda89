#!/usr/bin/env bash
# The layer check: no folder of Sources/RoadmapCore uses a type of a folder above it or of a
# sibling (Text < Syntax < Model < Reading < {Query, Editing, Rendering, Checks}; IO under
# Reading). Known violations are in .ci/layers-allowed.txt; see .ci/layers.py for the rules.
set -euo pipefail
exec python3 "$(dirname "$0")/layers.py" "$@"
