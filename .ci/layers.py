#!/usr/bin/env python3
"""The layer check: each layer of the library is a SwiftPM target, and none uses one above it.

Layers, lowest first: Text < Model < Syntax < Reading < {Query, Editing, Rendering, Checks};
IO (file system and git calls) uses Text only and is used by Reading and above. Model, the
value types every other layer speaks in (Document, Item, Link, IssueRef, Format), sits below
Syntax so that the inline tokenizer may produce links and issue references. A layer may use
the layers below it, never one above it or a sibling. RoadmapCore, on top, re-exports them all.

Three checks:
- Package.swift: each layer target depends only on layers below it;
- imports: each file imports only layers below its own (SwiftPM lets a module see what its
  dependencies import, so the compiler alone would not catch an undeclared import);
- types: no line of a file names a type declared in a layer it may not use (whole words,
  comments and string literals ignored, the code of string interpolations kept).
Each problem is printed as `file:line: Layer uses Layer.Type` (or `imports`).

Known violations, still to be broken, are listed in .ci/layers-allowed.txt, one
`path: Layer uses Layer.Type  # reason` a line. The check fails on any violation not listed
there, and on any listed one that is gone (delete its line: the list only shrinks).

Usage: .ci/layers.py [--all]   (--all also prints the allowed violations)
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CORE = "Sources/RoadmapCore"
# Layers that are targets of their own: the folder name the check gives them.
LAYERS = ["Text", "Model", "Syntax", "IO", "Reading", "Query", "Editing", "Rendering", "Checks"]
TARGETS = {f"Sources/Roadmap{layer}": layer for layer in LAYERS}
ALLOWED_FILE = ".ci/layers-allowed.txt"

BELOW = {
    "Text": set(),
    "Model": {"Text"},
    "Syntax": {"Text", "Model"},
    "IO": {"Text"},
    "Reading": {"Text", "Model", "Syntax", "IO"},
}
for top in ("Query", "Editing", "Rendering", "Checks"):
    BELOW[top] = {"Text", "Syntax", "Model", "Reading", "IO"}
ROOT_FILES = "(top of RoadmapCore)"
BELOW[ROOT_FILES] = set(BELOW)


def strip(src):
    """The source with comments and string-literal text replaced by spaces (newlines kept, so
    line numbers hold); the code inside `\\( … )` interpolations is kept."""
    out = []
    i, n = 0, len(src)
    # stack of contexts: ("code", paren_depth) or ("string", hashes, multiline)
    stack = [["code", 0]]

    def blank(s):
        return "".join("\n" if c == "\n" else " " for c in s)

    while i < n:
        ctx = stack[-1]
        c = src[i]
        if ctx[0] == "code":
            if src.startswith("//", i):
                j = src.find("\n", i)
                j = n if j < 0 else j
                out.append(blank(src[i:j])); i = j
            elif src.startswith("/*", i):
                depth, j = 1, i + 2
                while j < n and depth:
                    if src.startswith("/*", j): depth += 1; j += 2
                    elif src.startswith("*/", j): depth -= 1; j += 2
                    else: j += 1
                out.append(blank(src[i:j])); i = j
            else:
                m = re.match(r'(#*)("""|")', src[i:i + 40])
                if m and (m.group(1) == "" or True) and (c == '"' or c == "#") and m.group(2):
                    hashes, quote = len(m.group(1)), m.group(2)
                    out.append(" " * len(m.group(0))); i += len(m.group(0))
                    stack.append(["string", hashes, quote == '"""'])
                elif c == "(":
                    ctx[1] += 1; out.append(c); i += 1
                elif c == ")":
                    if ctx[1] == 0 and len(stack) > 1:  # end of an interpolation
                        stack.pop(); out.append(" "); i += 1
                    else:
                        ctx[1] -= 1; out.append(c); i += 1
                else:
                    out.append(c); i += 1
        else:
            _, hashes, multi = ctx
            close = ('"""' if multi else '"') + "#" * hashes
            if src.startswith(close, i):
                stack.pop(); out.append(" " * len(close)); i += len(close)
            elif src.startswith("\\" + "#" * hashes, i):
                k = i + 1 + hashes
                if k < n and src[k] == "(":
                    out.append(" " * (k + 1 - i)); i = k + 1
                    stack.append(["code", 0])
                else:
                    out.append(" " * (k + 1 - i) if k < n and src[k] != "\n" else " " * (k - i)); i = k + (1 if k < n and src[k] != "\n" else 0)
            else:
                out.append("\n" if c == "\n" else " "); i += 1
    return "".join(out)


DECL = re.compile(r"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|private|fileprivate|open|final|indirect|nonisolated)\s+)*"
                  r"(?:struct|enum|class|actor|protocol|typealias)\s+([A-Za-z_]\w*)")


def top_level_types(code):
    names, depth = [], 0
    for line in code.split("\n"):
        if depth == 0:
            m = DECL.match(line.strip())
            if m: names.append(m.group(1))
        depth += line.count("{") - line.count("}")
    return names


def main():
    os.chdir(ROOT)
    files = {}
    for base in [CORE, *TARGETS]:
        for dirpath, _, filenames in os.walk(base):
            for f in sorted(filenames):
                if f.endswith(".swift"):
                    path = os.path.join(dirpath, f)
                    parts = os.path.relpath(path, base).split(os.sep)
                    folder = TARGETS.get(base) or (parts[0] if len(parts) > 1 else ROOT_FILES)
                    with open(path, encoding="utf-8") as fh:
                        files[path] = (folder, strip(fh.read()))
    unknown = {folder for folder, _ in files.values()} - set(BELOW)
    if unknown:
        print(f"layers: folders without a layer: {', '.join(sorted(unknown))} (add them to .ci/layers.py)")
        return 1
    owner = {}
    for path, (folder, code) in sorted(files.items()):
        for name in top_level_types(code):
            if name in owner and owner[name] != folder:
                print(f"layers: {name} is declared in both {owner[name]} and {folder}")
                return 1
            owner[name] = folder
    if not owner:
        print("layers: no types found")
        return 1
    word = re.compile(r"\b(" + "|".join(sorted(owner, key=len, reverse=True)) + r")\b")
    found = []  # (path, line, text)
    for path, (folder, code) in sorted(files.items()):
        seen = set()
        for lineno, line in enumerate(code.split("\n"), 1):
            for m in word.finditer(line):
                name = m.group(1)
                if m.start() > 0 and line[m.start() - 1] == ".":
                    continue  # a member (`.Format`, `x.Item`), not the top-level type
                other = owner[name]
                if other == folder or other in BELOW[folder]:
                    continue
                found.append((path, lineno, f"{folder} uses {other}.{name}"))
    # Imports: `import RoadmapX` only of a layer below (or of the umbrella's own layers at the top).
    imp = re.compile(r"^\s*(?:@_exported\s+|@testable\s+)?import\s+Roadmap(\w+)\s*$")
    for path, (folder, _) in sorted(files.items()):
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                m = imp.match(line)
                if m and m.group(1) in BELOW and m.group(1) != folder and m.group(1) not in BELOW[folder]:
                    found.append((path, lineno, f"{folder} imports {m.group(1)}"))
    # Package.swift: a layer target's dependencies are layers below it.
    pkg = open("Package.swift", encoding="utf-8").read()
    for m in re.finditer(r'\.target\(name: "Roadmap(\w+)"(?:, dependencies: \[([^\]]*)\])?', pkg):
        layer, deps = m.group(1), re.findall(r'"Roadmap(\w+)"', m.group(2) or "")
        if layer not in BELOW or layer == "Core":
            continue
        for d in deps:
            if d not in BELOW[layer]:
                line = pkg[: m.start()].count("\n") + 1
                found.append(("Package.swift", line, f"{layer} depends on {d}"))
    allowed = {}
    if os.path.exists(ALLOWED_FILE):
        for raw in open(ALLOWED_FILE, encoding="utf-8"):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            entry, _, reason = line.partition("#")
            if not reason.strip():
                print(f"layers: {ALLOWED_FILE}: no reason given for: {entry.strip()}")
                return 1
            allowed[entry.strip()] = reason.strip()
    used, bad = set(), 0
    show_all = "--all" in sys.argv
    for path, lineno, what in found:
        key = f"{path}: {what}"
        if key in allowed:
            used.add(key)
            if show_all:
                print(f"{path}:{lineno}: {what} (allowed: {allowed[key]})")
        else:
            bad += 1
            print(f"{path}:{lineno}: {what}")
    stale = [k for k in allowed if k not in used]
    for k in stale:
        print(f"{ALLOWED_FILE}: no longer a violation, delete the line: {k}")
    print(f"layers: {len(files)} files, {len(owner)} types; {bad} new violations, {len(used)} allowed (.ci/layers-allowed.txt), {len(stale)} stale allowances")
    return 1 if bad or stale else 0


if __name__ == "__main__":
    sys.exit(main())
