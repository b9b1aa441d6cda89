#!/bin/bash
# Compares `roadmap render` of NEW against BASE (an older build) on the benchmark files in /tmp
# (when generated: python3 Benchmarks/generate.py 100000 --format rst -o /tmp/b100k.rst, …), the
# seeds and corpus beside the checkout (../shared) and the test fixtures: stdout, stderr, exit code.
# Usage: Benchmarks/render_identical.sh NEW [BASE]   (exit 1 on any difference)
NEW=${1:?new binary}; BASE=${2:-/tmp/roadmap-base}
ROOT=$(cd "$(dirname "$0")/.." && pwd); SHARED=$ROOT/../shared
W=$(mktemp -d); fail=0; n=0
files=(); for f in /tmp/b100k.rst /tmp/b100k.md /tmp/b10k.rst; do [ -f $f ] && files+=($f); done
while IFS= read -r f; do files+=("$f"); done < <(find $SHARED/seeds $SHARED/corpus $ROOT/Tests/RoadmapCoreTests/Fixtures -type f ! -name MANIFEST.tsv | sort)
small=()
for f in "${files[@]}"; do
  case $f in /tmp/b*) big=1 ;; *) big=0 ;; esac
  for args in "--to markdown" "--to rst" "--to html" "--to html --board" "--to html --stamp"; do
    [ $big = 1 ] && [ "$args" != "--to markdown" ] && [ "$args" != "--to html" ] && [ "$args" != "--to rst" ] && continue
    n=$((n+1))
    $BASE render "$f" $args >$W/a.out 2>$W/a.err; ra=$?
    $NEW render "$f" $args >$W/b.out 2>$W/b.err; rb=$?
    sed -i 's/on [0-9-]* [0-9:]* UTC/on STAMP/' $W/a.out $W/b.out 2>/dev/null
    if [ $ra != $rb ] || ! cmp -s $W/a.out $W/b.out || ! cmp -s $W/a.err $W/b.err; then echo "DIFF: $f $args (exit $ra/$rb)"; fail=1; fi
  done
  [ $big = 0 ] && small+=("$f")
done
# Several documents at once (one page, a portfolio), and into files.
for args in "--to html" "--to html --board" "--to markdown --combine" "--to rst --combine" "--to markdown"; do
  n=$((n+1))
  $BASE render "${small[@]:0:12}" $args >$W/a.out 2>$W/a.err; ra=$?
  $NEW render "${small[@]:0:12}" $args >$W/b.out 2>$W/b.err; rb=$?
  if [ $ra != $rb ] || ! cmp -s $W/a.out $W/b.out || ! cmp -s $W/a.err $W/b.err; then echo "DIFF: several $args (exit $ra/$rb)"; fail=1; fi
done
# Large documents made of the small RST and Markdown files one after another, three times over: the
# conversion's halves (from 4,096 blocks) meet in real text.
for ext in rst md; do
  big=$W/joined.$ext; : > $big
  for k in 1 2 3; do for f in "${small[@]}"; do case $f in *.$ext) cat "$f" >> $big; printf '\n\n' >> $big ;; esac; done; done
  for args in "--to markdown" "--to rst" "--to html"; do
    n=$((n+1))
    $BASE render $big $args >$W/a.out 2>$W/a.err; ra=$?
    $NEW render $big $args >$W/b.out 2>$W/b.err; rb=$?
    if [ $ra != $rb ] || ! cmp -s $W/a.out $W/b.out || ! cmp -s $W/a.err $W/b.err; then echo "DIFF: joined .$ext $args (exit $ra/$rb)"; fail=1; fi
  done
done
mid=/tmp/b10k.rst; [ -f $mid ] || mid=${small[0]}
for t in markdown html; do
  n=$((n+1))
  $BASE render $mid --to $t -o $W/a.$t -q; $NEW render $mid --to $t -o $W/b.$t -q
  cmp -s $W/a.$t $W/b.$t || { echo "DIFF: -o file --to $t"; fail=1; }
done
rm -rf $W
echo "compared $n runs: $([ $fail = 0 ] && echo 'all byte-identical' || echo 'DIFFERENCES')"
exit $fail
