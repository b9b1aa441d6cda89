#!/usr/bin/env bash
# Regenerates the screenshots of `roadmap render --to html` shown in the README.
# Needs a build and headless Chromium (Debian: apt-get install chromium).
#   docs/images/screenshots.sh                              # with .build/release/roadmap
#   ROADMAP=.build/debug/roadmap docs/images/screenshots.sh  # with another binary
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
bin=${ROADMAP:-.build/release/roadmap}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fixtures=Tests/RoadmapCoreTests/Fixtures
"$bin" render "$fixtures/001_6ef8e799ee81f698.txt" --to html -o "$tmp/deis-roadmap.html" --quiet
"$bin" render "$fixtures/000_cd62a6579c4ad6d6.txt" --to html -o "$tmp/deis-planning.html" --quiet
"$bin" render "$fixtures/001_6ef8e799ee81f698.txt" --to html --board -o "$tmp/deis-board.html" --quiet
"$bin" render docs/examples/operators.md --to html --board -o "$tmp/operators-board.html" --quiet
shot() { # PAGE PNG HEIGHT [dark] [WIDTH]
  local scheme=()
  [[ ${4:-} == dark ]] && scheme=(--blink-settings=preferredColorScheme=0)
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars "${scheme[@]}" \
    --window-size="${5:-1200}","$3" --screenshot="$root/docs/images/$2" "file://$1" 2>/dev/null
}
shot "$tmp/deis-roadmap.html" deis-roadmap-light.png 1250
shot "$tmp/deis-roadmap.html" deis-roadmap-dark.png 1250 dark
shot "$tmp/deis-planning.html" deis-planning-light.png 1000
shot "$tmp/deis-planning.html" deis-planning-dark.png 1000 dark
shot "$root/docs/roadmap.html" roadmap-light.png 1100
# The board (render --to html --board): columns side by side; on a phone, one under another.
shot "$tmp/deis-board.html" deis-board-light.png 900
shot "$tmp/deis-board.html" deis-board-dark.png 900 dark
# Eleven declared stages (seed 004's process): the board scrolls sideways inside itself.
shot "$tmp/operators-board.html" operators-board-dark.png 800 dark
# A phone's width: no sideways scroll, the cards in one column.
shot "$tmp/deis-roadmap.html" deis-roadmap-400-light.png 1400 light 400
shot "$tmp/deis-planning.html" deis-planning-400-dark.png 1000 dark 400
