#!/usr/bin/env python3
"""Byte comparison of `roadmap check/uncheck` between two binaries: for each file, several
ticks (by title, by part of it, one deliverable, --all, --dry-run), each on a fresh copy at the
same path; stdout, stderr, exit code and the resulting bytes must be identical.

    python3 Benchmarks/compare-check.py BASE_BINARY NEW_BINARY [BIG_FILE...]

Files: ../shared/seeds and ../shared/corpus beside the checkout (when there), the test
fixtures, and the BIG_FILEs (fewer ticks each; e.g. the generated 100k-item files)."""
import json, os, shutil, subprocess, sys
base, new = sys.argv[1], sys.argv[2]
files = []
root_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.path.join(os.path.dirname(root_dir), "shared")
for root in [os.path.join(shared, "seeds"), os.path.join(shared, "corpus"), os.path.join(root_dir, "Tests/RoadmapCoreTests/Fixtures")]:
    for d, _, fs in os.walk(root):
        files += [os.path.join(d, f) for f in sorted(fs) if not f.endswith((".tsv", ".json", ".html", ".ics")) and not f.startswith(".")]
big = sys.argv[3:]
work = os.path.join(os.environ.get("TMPDIR", "/tmp"), "compare-check")
os.makedirs(work, exist_ok=True)

def cases(path, limit):
    out = subprocess.run([base, "export", "--format", "json", path], capture_output=True)
    try:
        items = json.loads(out.stdout)["documents"][0]["items"]
    except Exception:
        return [["check", "no such item anywhere"]]
    if not items:
        return [["check", "no such item anywhere"]]
    step = max(1, len(items) // limit)
    cs = []
    for it in items[::step][:limit] + [items[-1]]:
        t = it["title"]
        words = t.split()
        part = " ".join(words[1:3]).lower() if len(words) > 2 else t.lower()
        dels = it.get("deliverables") or []
        for verb in ["check", "uncheck"]:
            cs.append([verb, t])
            cs.append([verb, t, "--all"])
            cs.append([verb, part, "1"])
            if dels:
                cs.append([verb, t, dels[0]["text"]])
                cs.append([verb, t, dels[-1]["text"], "--dry-run"])
    cs.append(["check", "no such item anywhere"])
    return cs

def run(binary, path, case):
    name = os.path.join(work, os.path.basename(path))
    shutil.copyfile(path, name)
    p = subprocess.run([binary] + case[:1] + case[1:] + ["-f", name], capture_output=True)
    with open(name, "rb") as f:
        data = f.read()
    os.remove(name)
    return p.returncode, p.stdout, p.stderr, data

total = differ = 0
for path in files + big:
    for case in cases(path, 2 if path in big else 4):
        total += 1
        a, b = run(base, path, case), run(new, path, case)
        if a != b:
            differ += 1
            what = [n for n, x, y in zip(["exit", "stdout", "stderr", "bytes"], a, b) if x != y]
            print(f"DIFFER {path}: {case}: {what}")
print(f"{total} runs on {len(files) + len(big)} files, {differ} differ")
sys.exit(1 if differ else 0)
