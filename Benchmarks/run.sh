#!/usr/bin/env bash
# Benchmark roadmap against its peers; see Benchmarks/README.md.
#   Benchmarks/run.sh [--build] [--sizes "1000 10000 100000"] [--rows "list render ..."] [--quick] [--peers-only]
#                     [--runs N] [--slow-max ITEMS] [--slow-runs N]   (--runs 1: one run gives both time and peak RSS)
# Prints a Markdown table and writes the same to Benchmarks/out/results.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
cd "$root"

BIN=${ROADMAP_BIN:-.build/release/roadmap}
SIZES="1000 10000 100000"
RUNS=5
SLOW_MAX=10000   # docutils and pandoc grow faster than linear: not above this size
SLOW_WHY="impractical, grows faster than linear"
SLOW_RUNS=""     # runs of docutils and pandoc at 10k items and more (default: --runs)
BUILD=0 PEERS_ONLY=0 sizes_given=0
ROWS=""   # empty: every row (list export docutils grep cat check render)
while (($#)); do
  case $1 in
    --build) BUILD=1 ;;
    --sizes) SIZES=$2; sizes_given=1; shift ;;
    --rows) ROWS=$2; shift ;;
    --quick) RUNS=3; SLOW_MAX=1000; SLOW_WHY="--quick"; ((sizes_given)) || SIZES="1000 100000" ;;
    --peers-only) PEERS_ONLY=1 ;;   # measure only the peers (no binary needed)
    --runs) RUNS=$2; shift ;;
    --slow-max) SLOW_MAX=$2; SLOW_WHY="--slow-max $2"; shift ;;
    --slow-runs) SLOW_RUNS=$2; shift ;;   # e.g. 1: the peers' minute-long runs once, the rest --runs times
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

OUT=$here/out
mkdir -p "$OUT"
RESULTS=$OUT/results.md
LOG=$OUT/stderr.log   # stderr of measured commands, shown when one fails
: >"$LOG"

if ((BUILD)); then
  swift build -c release --static-swift-stdlib   # as README's install builds it
fi
if ((!PEERS_ONLY)) && [[ ! -x $BIN ]]; then
  echo "run.sh: roadmap binary not found or not executable: $BIN" >&2
  echo "  build it with 'swift build -c release --static-swift-stdlib', pass --build, or set ROADMAP_BIN=/path/to/roadmap" >&2
  echo "  (--peers-only measures the peer tools alone)" >&2
  exit 2
fi

# Which tools and subcommands exist decides which rows run.
has() { command -v "$1" >/dev/null 2>&1; }
HYPERFINE=$(has hyperfine && echo 1 || echo 0)
GNUTIME=$([[ -x /usr/bin/time ]] && /usr/bin/time -f %M true >/dev/null 2>&1 && echo 1 || echo 0)
DOCUTILS=$(python3 -c 'import docutils' 2>/dev/null && echo 1 || echo 0)
PANDOC=$(has pandoc && echo 1 || echo 0)
subcommand() { ((!PEERS_ONLY)) && "$BIN" "$1" --help >/dev/null 2>&1 && echo 1 || echo 0; }
NO_CMD=$( ((PEERS_ONLY)) && echo "--peers-only" || echo "binary has no such command")
# list and export are always measured (a failure shows as a FAILED row);
# check and render are later commands, skipped until the binary has them.
HAS_LIST=$((!PEERS_ONLY)) HAS_CHECK=$(subcommand check) HAS_RENDER=$(subcommand render)

# --- measuring ---------------------------------------------------------------

# Quote argv into one string that both sh and hyperfine -N split back correctly.
quote() { local a s=; for a; do s+="'${a//\'/\'\\\'\'}' "; done; printf '%s' "${s% }"; }

pipe_flag() { [[ $1 == pipe ]] && echo --pipe || true; }  # for measure.py

# Peak RSS (KiB) of one run; also the warm-up run that fills the page cache.
peak_kb() { # PREPARE OUTPUT ARGV...
  local prepare=$1 output=$2; shift 2
  if ((GNUTIME)); then
    [[ -z $prepare ]] || sh -c "$prepare" || return 1
    if [[ $output == pipe ]]; then
      /usr/bin/time -f %M -o "$OUT/rss" "$@" 2>>"$LOG" | cat >/dev/null || return 1
    else
      /usr/bin/time -f %M -o "$OUT/rss" "$@" >/dev/null 2>>"$LOG" || return 1
    fi
    tail -n 1 "$OUT/rss"
  else
    python3 "$here/measure.py" rss ${prepare:+--prepare "$prepare"} $(pipe_flag "$output") -- "$@" 2>>"$LOG"
  fi
}

# Median wall time (ms) of RUNS whole-process runs.
median_ms() { # PREPARE OUTPUT ARGV...
  local prepare=$1 output=$2; shift 2
  if ((HYPERFINE)); then
    hyperfine -N --runs "$RUNS" --style none --output "$output" ${prepare:+--prepare "$prepare"} \
      --export-json "$OUT/hyperfine.json" "$(quote "$@")" >/dev/null 2>>"$LOG" || return 1
    python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["results"][0]["median"] * 1000)' \
      "$OUT/hyperfine.json"
  else
    python3 "$here/measure.py" time "$RUNS" ${prepare:+--prepare "$prepare"} $(pipe_flag "$output") \
      -- "$@" 2>>"$LOG"
  fi
}

# What each row measured, by "work|input", for the targets at the end.
declare -A MS KB BYTES
# One table row: | work | input | file MB | median ms | peak RSS MB | RSS / file | note |
emit() { # WORK INPUT FILE MS KB NOTE
  MS["$1|$2"]=$4 KB["$1|$2"]=$5 BYTES["$2"]=$(stat -c %s "$3")
  awk -v w="$1" -v i="$2" -v b="$(stat -c %s "$3")" -v ms="$4" -v kb="$5" -v n="$6" 'BEGIN {
    mb = b / 1048576
    t = (ms == "") ? "—" : sprintf(ms < 10 ? "%.2f" : ms < 1000 ? "%.1f" : "%.0f", ms)
    r = (kb == "") ? "—" : sprintf("%.1f", kb / 1024)
    x = kb * 1024 / b; x = (kb == "") ? "—" : sprintf(x < 1 ? "%.2f×" : x < 10 ? "%.1f×" : "%.0f×", x)
    printf "| %s | %s | %.2f | %s | %s | %s | %s |\n", w, i, mb, t, r, x, n }' | tee -a "$RESULTS"
}

skip() { emit "$1" "$2" "$3" "" "" "skipped: $4"; }

# measure WORK INPUT FILE [--prepare CMD] [--pipe] [--note TEXT] -- ARGV...
measure() {
  local work=$1 input=$2 file=$3 prepare= output=null note= kb ms
  shift 3
  while [[ $1 != -- ]]; do
    case $1 in
      --prepare) prepare=$2; shift ;;
      --pipe) output=pipe ;;
      --note) note=$2; shift ;;
    esac
    shift
  done
  shift
  echo "measuring: $work on $input" >&2
  if ((RUNS == 1 && GNUTIME)) && [[ $output == null ]]; then
    # One run, for peers that take minutes: its wall time and peak RSS together.
    [[ -z $prepare ]] || sh -c "$prepare"
    if /usr/bin/time -f '%e %M' -o "$OUT/one" "$@" >/dev/null 2>>"$LOG"; then
      read -r s kb <"$OUT/one"
      emit "$work" "$input" "$file" "$(awk -v s="$s" 'BEGIN { print s * 1000 }')" "$kb" "${note:+$note; }1 run"
    else
      emit "$work" "$input" "$file" "" "" "FAILED (see out/stderr.log)"
    fi
    return
  fi
  if kb=$(peak_kb "$prepare" "$output" "$@") && ms=$(median_ms "$prepare" "$output" "$@"); then
    emit "$work" "$input" "$file" "$ms" "$kb" "$note"
  else
    echo "  failed: $(quote "$@")" >&2; tail -n 5 "$LOG" >&2
    emit "$work" "$input" "$file" "" "" "FAILED (see out/stderr.log)"
  fi
}

# measure for docutils and pandoc: with --slow-runs, that many runs from 10k items up.
measure_slow() { # ITEMS then as measure
  local items=$1 saved=$RUNS; shift
  [[ -n $SLOW_RUNS ]] && ((items >= 10000)) && RUNS=$SLOW_RUNS
  measure "$@"
  RUNS=$saved
}

# --- rows: one function per row (or pair of rows); each gets INPUT FILE ------

row_list() {
  ((HAS_LIST)) || { skip "roadmap list" "$1" "$2" "$NO_CMD"; return; }
  measure "roadmap list" "$1" "$2" -- "$BIN" list "$2"
}

row_export() {
  ((HAS_LIST)) || { skip "roadmap export --format json" "$1" "$2" "$NO_CMD"; return; }
  measure "roadmap export --format json" "$1" "$2" -- "$BIN" export "$2" --format json
}

row_docutils() {
  local work="docutils publish_doctree"
  ((DOCUTILS)) || { skip "$work" "$1" "$2" "docutils not installed (pip install docutils)"; return; }
  (($3 <= SLOW_MAX)) || { skip "$work" "$1" "$2" "not run above $SLOW_MAX items ($SLOW_WHY)"; return; }
  measure_slow "$3" "$work" "$1" "$2" -- python3 -c \
    'import sys, docutils.core; docutils.core.publish_doctree(open(sys.argv[1], encoding="utf-8").read())' "$2"
}

# grep to a pipe: GNU grep stops at the first match when stdout is /dev/null.
row_grep() { measure "grep -c '\\[ \\]' (to a pipe)" "$1" "$2" --pipe -- grep -c '\[ \]' "$2"; }

# cat to /dev/null: the cost of reading the file from the page cache.
row_cat() { measure "cat > /dev/null" "$1" "$2" -- cat "$2"; }

# Tick the first open box of the middle item, on a fresh copy each run (the copy
# is made by --prepare, untimed); sed -i does the same one-line replacement.
row_check() { # INPUT FILE ITEMS
  local input=$1 file=$2 mid=$(($3 / 2)) target line title name note=
  target=$(awk -v m="Item $mid " 'index($0, m) == 1 { t = $0 }
    t != "" && /^ - \[ \] / { match($0, /Deliverable [0-9]+\.[0-9]+/)
      print NR "\t" t "\t" substr($0, RSTART, RLENGTH); exit }' "$file")
  [[ -n $target ]] || { echo "run.sh: no open box in item $mid, skipping check rows" >&2; return; }
  IFS=$'\t' read -r line title name <<<"$target"
  local copy=$OUT/check-$3.rst sedcopy=$OUT/sed-$3.rst expected=$OUT/expected-$3.rst
  cp "$file" "$expected" && sed -i "${line}s/\[ \]/[X]/" "$expected"
  measure "sed -i (tick one box)" "$input" "$file" --prepare "$(quote cp "$file" "$sedcopy")" \
    -- sed -i "${line}s/\[ \]/[X]/" "$sedcopy"
  if ((!HAS_CHECK)); then
    skip "roadmap check (tick one box)" "$input" "$file" "$NO_CMD"
    rm -f "$sedcopy" "$expected"; return
  fi
  # One untimed run first, to verify it changes the same byte as sed.
  cp "$file" "$copy"
  if "$BIN" check "$title" "$name" -f "$copy" >/dev/null 2>>"$LOG"; then
    cmp -s "$copy" "$expected" || note="result differs from sed -i"
  fi
  measure "roadmap check (tick one box)" "$input" "$file" --prepare "$(quote cp "$file" "$copy")" \
    --note "$note" -- "$BIN" check "$title" "$name" -f "$copy"
  rm -f "$copy" "$sedcopy" "$expected"   # up to 3 x 74 MB at 100k items
}

row_render() { # INPUT FILE ITEMS
  local to
  for to in markdown html; do
    if ((!HAS_RENDER)); then
      skip "roadmap render --to $to" "$1" "$2" "$NO_CMD"
    elif printf 'R\n=\n' >"$OUT/probe.rst" && ! "$BIN" render "$OUT/probe.rst" --to "$to" >/dev/null 2>&1; then
      skip "roadmap render --to $to" "$1" "$2" "this version cannot render $to yet"
    else
      measure "roadmap render --to $to" "$1" "$2" -- "$BIN" render "$2" --to "$to"
    fi
    # pandoc's GitHub-flavoured Markdown writer is what --to markdown makes.
    local writer=$to; [[ $to == markdown ]] && writer=gfm
    if ((!PANDOC)); then
      skip "pandoc rst → $writer" "$1" "$2" "pandoc not installed"
    elif (($3 > SLOW_MAX)); then
      skip "pandoc rst → $writer" "$1" "$2" "not run above $SLOW_MAX items ($SLOW_WHY)"
    else
      measure_slow "$3" "pandoc rst → $writer" "$1" "$2" -- pandoc -f rst -t "$writer" "$2"
    fi
  done
  # docutils has no Markdown writer; its HTML one is the RST reference implementation's page.
  if ((!DOCUTILS)); then
    skip "docutils rst → html" "$1" "$2" "docutils not installed (pip install docutils)"
  elif (($3 > SLOW_MAX)); then
    skip "docutils rst → html" "$1" "$2" "not run above $SLOW_MAX items ($SLOW_WHY)"
  else
    measure_slow "$3" "docutils rst → html" "$1" "$2" -- python3 -c \
      'import sys, docutils.core; docutils.core.publish_string(open(sys.argv[1], encoding="utf-8").read(), writer_name="html5", settings_overrides={"report_level": 5, "halt_level": 5})' "$2"
  fi
}

# --- run ---------------------------------------------------------------------

want() { [[ -z $ROWS || " $ROWS " == *" $1 "* ]]; }
label() { (($1 % 1000)) && echo "$1" || echo "$(($1 / 1000))k"; }

{
  echo "# roadmap benchmarks"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, binary: $( ((PEERS_ONLY)) && echo "none (--peers-only)" || echo "$BIN");" \
    "timing: $( ((HYPERFINE)) && echo hyperfine || echo measure.py), median of $RUNS runs;" \
    "peak RSS: $( ((GNUTIME)) && echo /usr/bin/time || echo "getrusage (a floor of ~15 MB: the Python parent's size, inherited at exec)"). MB = 2^20 bytes."
  echo
  echo "| work | input | file MB | median ms | peak RSS MB | RSS / file | note |"
  echo "|---|---|---:|---:|---:|---:|---|"
} | tee "$RESULTS"

seed=../shared/seeds/001_6ef8e799ee81f698.txt
[[ -f $seed ]] || seed=Tests/RoadmapCoreTests/Fixtures/001_6ef8e799ee81f698.txt
if ! want list; then
  :
elif [[ -f $seed ]]; then
  row_list "seed 001" "$seed"
else
  echo "run.sh: seed 001 not found, skipping its row" >&2
fi

for n in $SIZES; do
  rst=$OUT/roadmap-$n.rst md=$OUT/roadmap-$n.md
  # Deterministic, so regenerate only when missing or older than the generator.
  for f in "$rst" "$md"; do
    [[ -s $f && $f -nt $here/generate.py ]] || python3 "$here/generate.py" "$n" --format "${f##*.}" -o "$f"
  done
  input="$(label "$n") rst"
  want list && row_list "$input" "$rst"
  want list && row_list "$(label "$n") md" "$md"
  want export && row_export "$input" "$rst"
  want docutils && row_docutils "$input" "$rst" "$n"
  want grep && row_grep "$input" "$rst"
  want cat && row_cat "$input" "$rst"
  want check && row_check "$input" "$rst" "$n"
  want render && row_render "$input" "$rst" "$n"
done

# --- targets (issue 13): each with its figure, the peer it is compared with in this run, and PASS/MISS

verdict() { # LABEL FIGURE PEER LIMIT OK(1/0/"")
  local v=MISS; [[ $5 == 1 ]] && v=PASS; [[ -z $5 ]] && v="not measured"
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$v" | tee -a "$RESULTS"
}
ms() { echo "${MS["$1|$2"]:-}"; }
# time target: LABEL WORK INPUT LIMIT_MS PEER_WORK
time_target() {
  local m=$(ms "$2" "$3") p=$(ms "$5" "$3")
  [[ -n $m ]] || { verdict "$1" "—" "—" "≤ $4 ms" ""; return; }
  local peer="—"; [[ -z $p ]] || peer="$5 $(printf '%.1f ms' "$p")"
  verdict "$1" "$(printf '%.1f ms' "$m")" "$peer" "≤ $4 ms" "$(awk -v m="$m" -v l="$4" 'BEGIN { print (m <= l) ? 1 : 0 }')"
}
# memory target: LABEL WORK INPUT MAX_RATIO
memory_target() {
  local k=${KB["$2|$3"]:-} b=${BYTES["$3"]:-}
  [[ -n $k && -n $b ]] || { verdict "$1" "—" "—" "≤ $4× file" ""; return; }
  local r=$(awk -v k="$k" -v b="$b" 'BEGIN { printf "%.2f", k * 1024 / b }')
  verdict "$1" "$(awk -v k="$k" 'BEGIN { printf "%.0f MB", k / 1024 }') ($r× file)" "file $(awk -v b="$b" 'BEGIN { printf "%.1f MB", b / 1048576 }')" "≤ $4× file" \
    "$(awk -v r="$r" -v l="$4" 'BEGIN { print (r <= l) ? 1 : 0 }')"
}
# ratio target: LABEL WORK INPUT PEER_WORK PEER_INPUT MAX (work ≤ MAX × peer) or MIN (peer ≥ MIN × work, with a leading ≥)
ratio_target() {
  local m=$(ms "$2" "$3") p=$(ms "$4" "$5") limit=$6
  if [[ -z $m || -z $p ]]; then
    local a="—" b="—"
    [[ -z $m ]] || a=$(printf '%.1f ms' "$m")
    [[ -z $p ]] || b="$4 $(printf '%.1f ms' "$p")"
    verdict "$1" "$a" "$b" "$limit" ""
    return
  fi
  if [[ $limit == ≥* ]]; then
    local x=$(awk -v m="$m" -v p="$p" 'BEGIN { printf "%.0f", p / m }')
    verdict "$1" "$(printf '%.1f ms' "$m") ($x× faster)" "$4 $(printf '%.0f ms' "$p")" "$limit× faster" "$(awk -v x="$x" -v l="${limit#≥ }" 'BEGIN { print (x >= l) ? 1 : 0 }')"
  else
    local x=$(awk -v m="$m" -v p="$p" 'BEGIN { printf "%.2f", m / p }')
    verdict "$1" "$(printf '%.1f ms' "$m") ($x×)" "$4 $(printf '%.1f ms' "$p")" "$limit× $4" "$(awk -v x="$x" -v l="${limit#≤ }" 'BEGIN { print (x <= l) ? 1 : 0 }')"
  fi
}

if ((!PEERS_ONLY)); then
  {
    echo
    echo "## Targets (issue 13)"
    echo
    echo "| target | measured | peer, same run | limit | verdict |"
    echo "|---|---|---|---|---|"
  } | tee -a "$RESULTS"
  time_target "list, seed 001" "roadmap list" "seed 001" 8 ""
  time_target "list, 100k rst" "roadmap list" "100k rst" 350 "cat > /dev/null"
  memory_target "list, 100k rst, memory" "roadmap list" "100k rst" 2
  ratio_target "export --format json, 100k rst" "roadmap export --format json" "100k rst" "roadmap list" "100k rst" "≤ 2"
  memory_target "export --format json, 100k rst, memory" "roadmap export --format json" "100k rst" 2
  ratio_target "check one box, 100k rst" "roadmap check (tick one box)" "100k rst" "sed -i (tick one box)" "100k rst" "≤ 1.5"
  for to in markdown html; do
    time_target "render --to $to, 100k rst" "roadmap render --to $to" "100k rst" 1000 ""
    memory_target "render --to $to, 100k rst, memory" "roadmap render --to $to" "100k rst" 3
  done
  ratio_target "list vs docutils publish_doctree, 10k rst" "roadmap list" "10k rst" "docutils publish_doctree" "10k rst" "≥ 1000"
  ratio_target "render --to markdown vs pandoc -t gfm, 10k rst" "roadmap render --to markdown" "10k rst" "pandoc rst → gfm" "10k rst" "≥ 300"
fi
