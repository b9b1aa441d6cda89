#!/usr/bin/env bash
# Runs a binary of roadmap on input that has broken tools before: each case must finish within
# its time limit with the expected exit code and without a crash. Usage: smoke.sh BINARY
set -euo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

# expect CODE SECONDS DESCRIPTION -- COMMAND...
expect() {
    local code="$1" limit="$2" what="$3"
    shift 4
    local got=0
    timeout "$limit" "$@" >"$work/out" 2>"$work/err" || got=$?
    if [[ "$got" == "$code" ]]; then
        passed=$((passed + 1))
        echo "ok   $what (exit $got)"
    else
        failed=$((failed + 1))
        echo "FAIL $what: exit $got, expected $code (124 means it timed out)"
        head -c 600 "$work/err"
    fi
}

python3 - "$work" <<'PY'
import sys, os
w = sys.argv[1]
# 50 MB on one line, with markup in it
with open(f"{w}/long-line.md", "w") as f:
    f.write("# Roadmap\n\n## Item\n\n- [ ] " + ("word `code` **b** [l](https://x.example/) #12 " * 1_100_000) + "\n")
with open(f"{w}/long-line.rst", "w") as f:
    f.write("Roadmap\n=======\n\nItem\n----\n\n- [ ] " + ("word `ref`_ ``lit`` *e* " * 2_100_000) + "\n")
# a list nested 10,000 deep
with open(f"{w}/deep.md", "w") as f:
    f.write("# Roadmap\n\n## Item\n\n")
    for d in range(10_000):
        f.write("  " * d + f"- [ ] level {d}\n")
# unmatched delimiters everywhere
with open(f"{w}/unmatched.md", "w") as f:
    f.write("# R\n\n## I\n\n" + "`a *b [c <d ~~e " * 2_000_000 + "\n")
with open(f"{w}/binary.md", "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
with open(f"{w}/bad-utf8.rst", "wb") as f:
    f.write(b"Title\n=====\n\nok \xff\n")
open(f"{w}/empty.md", "w").close()
with open(f"{w}/crlf-bom.md", "wb") as f:
    f.write(b"\xef\xbb\xbf# Roadmap\r\n\r\n## Item\r\n\r\n- [x] a\r\n- [ ] b\r\n")
os.mkdir(f"{w}/nodocs")
# 5 MB lines of nothing but openers: each would look ahead for its closer
for name, unit, count in [("brackets", "[", 5_000_000), ("angles", "<", 5_000_000), ("links", "[x](", 1_500_000),
                          ("backticks", "`a ", 1_500_000), ("emphasis", "*a _b ", 1_000_000)]:
    with open(f"{w}/{name}.md", "w") as f:
        f.write("# R\n\n## A\n\n- [ ] " + unit * count + "\n")
# digit runs longer than any integer
with open(f"{w}/digits.md", "w") as f:
    f.write("# 99999999999999999999\n\n## 99999999999999999999 a\n\n- [ ] #99999999999999999999 x\n1234567890123456789012. y\n")
PY

expect 0 20 "50 MB single line (Markdown)" -- "$bin" list "$work/long-line.md"
expect 0 30 "50 MB single line, every link and issue read" -- "$bin" export "$work/long-line.md"
expect 0 30 "ticking a box after a 50 MB line" -- "$bin" check item 1 -f "$work/long-line.md" --dry-run
expect 0 20 "50 MB single line (RST)" -- "$bin" export "$work/long-line.rst"
expect 0 30 "list nested 10,000 deep" -- "$bin" export "$work/deep.md"
expect 0 20 "unmatched delimiters on a 30 MB line" -- "$bin" list "$work/unmatched.md"
for name in brackets angles links backticks emphasis; do
    expect 0 10 "a 5 MB line of $name (show)" -- "$bin" show a -f "$work/$name.md"
    expect 0 10 "a 5 MB line of $name (render --to rst)" -- "$bin" render "$work/$name.md" --to rst
    expect 0 10 "a 5 MB line of $name (render --to html)" -- "$bin" render "$work/$name.md" --to html
done
expect 0 5 "digit runs longer than any integer" -- "$bin" export "$work/digits.md"
expect 0 5 "digit runs longer than any integer (meetings)" -- "$bin" meetings "$work/digits.md"
expect 3 5 "binary file" -- "$bin" list "$work/binary.md"
expect 3 5 "invalid UTF-8" -- "$bin" list "$work/bad-utf8.rst"
expect 0 5 "empty file" -- "$bin" list "$work/empty.md"
expect 0 5 "CRLF and BOM" -- "$bin" list "$work/crlf-bom.md"
expect 3 5 "missing file" -- "$bin" list "$work/missing.md"
expect 3 5 "directory without documents" -- "$bin" list "$work/nodocs"
expect 2 5 "unknown item" -- "$bin" show nothing-like-this -f "$work/crlf-bom.md"

grep -q "in-progress" <("$bin" list "$work/crlf-bom.md") || { echo "FAIL CRLF/BOM document not read as in progress"; failed=$((failed + 1)); }

echo "smoke: $passed passed, $failed failed"
[[ "$failed" == 0 ]]
