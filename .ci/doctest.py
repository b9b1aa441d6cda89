#!/usr/bin/env python3
"""Runs every `$ command` in the ```console blocks of the given Markdown files with the given
roadmap binary and compares what it prints with the text below the command. Keeps README and
docs/ true: a changed output fails CI until the docs are updated.

Usage: doctest.py [--update] BINARY FILE.md...   (--update writes the actual output into the files)
Working directory of a block: docs/examples for docs/reading.md, the test fixtures for commands
on the seeds (names starting 000_ to 004_), a `# cwd: DIR` comment on the command, else the repo.
"""
import difflib, os, re, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = sys.argv[1:]
update = args[0] == "--update"
if update:
    args = args[1:]
binary = os.path.abspath(args[0])
fixtures = os.path.join(root, "Tests/RoadmapCoreTests/Fixtures")


def cwd_for(doc, cmd):
    if os.path.basename(doc) == "reading.md":
        return os.path.join(root, "docs/examples")
    m = re.search(r"#\s*cwd:\s*(\S+)", cmd)
    if m:
        return m.group(1)
    if re.search(r"\b00[0-4]_|\s\.(\s|$)", cmd):
        return fixtures
    return root


def blocks(text):
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^(`{3,})console\s*$", lines[i])
        if m:
            fence, j, body = m.group(1), i + 1, []
            while not re.match("^" + fence + r"\s*$", lines[j]):
                body.append(lines[j])
                j += 1
            yield i + 1, body
            i = j + 1
        else:
            i += 1


passed = failed = 0
for doc in args[1:]:
    text = open(doc).read()
    replacements = []
    for lineno, body in blocks(text):
        actual_body = []
        cmds = []
        for line in body:
            if line.startswith("$ "):
                cmds.append([line[2:], []])
            elif cmds:
                cmds[-1][1].append(line)
        rc = 0
        for cmd, expected in cmds:
            if cmd.strip() == "echo $?":
                out = f"{rc}\n"
            else:
                env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS")}
                script = 'roadmap(){ "%s" "$@"; }\n%s' % (binary, cmd)
                p = subprocess.run(["bash", "-c", script], cwd=cwd_for(doc, cmd), stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True, env=env)
                out, rc = p.stdout, p.returncode
            want = "\n".join(expected) + "\n" if expected else ""
            actual_body.append("$ " + cmd)
            actual_body.extend(out.splitlines())
            if out == want:
                passed += 1
            else:
                failed += 1
                print(f"--- {doc}:{lineno}: $ {cmd}")
                for d in difflib.unified_diff(want.splitlines(), out.splitlines(), "documented", "actual", lineterm=""):
                    print(d)
        replacements.append((lineno, body, actual_body))
    if update:
        lines = text.split("\n")
        for lineno, body, actual in reversed(replacements):
            lines[lineno:lineno + len(body)] = actual
        open(doc, "w").write("\n".join(lines))
print(f"doctest: {passed} passed, {failed} failed")
sys.exit(1 if failed and not update else 0)
