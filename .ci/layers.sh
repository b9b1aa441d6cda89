#!/usr/bin/env bash
# The layer check: each layer of the library is a SwiftPM target that depends only on layers
# below it (Text < Model < Syntax < Reading < {Query, Editing, Rendering, Checks}; IO under
# Reading). Checks Package.swift, every file's imports and the types it names; known
# violations are in .ci/layers-allowed.txt. See .ci/layers.py for the rules.
set -euo pipefail
exec python3 "$(dirname "$0")/layers.py" "$@"
