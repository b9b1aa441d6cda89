#!/usr/bin/env python3
"""Generate a large roadmap in the style of seed 001 (Deis, reStructuredText).

    generate.py N --format rst|md [-o FILE]

Deterministic: the same N gives the same bytes (fixed seed), so figures from
different runs and machines compare. Both formats draw the same random model,
so the RST and Markdown files describe the same items.

RST shape per item (about 730 bytes with its targets, as in BENCHMARKS.md):

    Item 7 Cluster Telemetry
    ------------------------
    2-3 description lines, some with ``literal`` text.

     - [ ] `Deliverable 7.1`_ (``deis run bash``)
     - [X] Deliverable 7.2
     ...

    This feature is tracked as GitHub issue `#1007`_.

and at the end one targets block: `.. _`#1007`: URL`, `.. _`Deliverable 7.1`: URL`.
"""
import argparse
import random
import sys

SEED = 20150701
REPO = "https://github.com/example/project"

WORDS = """cluster telemetry broker scheduler router registry controller logger
builder store network overlay discovery service health upgrade channel agent
platform container release storage mesh stream socket cache proxy gateway
quota policy secret volume backup restore metrics alert dashboard audit""".split()

SENTENCES = [
    "Today the platform cannot provide the {a} needed for {b} and {c} workloads.",
    "By having the {a} drive a {b} component, operators can securely reach the {c}.",
    "Users who run large environments lack support for separating the {a} and the {b}.",
    "Because the most promising {a} solutions are under heavy development, we ship previews.",
    "The {a} must support automated, zero-downtime updates of the {b} and {c}.",
    "To alleviate this, we plan to implement an in-memory ring buffer for ``deis-{a}``.",
    "This works around a number of issues with private {a} instances and ``deis {b}``.",
    "A {a} like this is central to the project, which requires a {b} and a {c} store.",
]

LITERALS = ["deis run bash", "deis logs -f", "deis push user/app", "deis addons",
            "etcdctl ls /deis", "fleetctl list-units", "deis config:set"]


def model(n, rng):
    """Yield one dict per item; all randomness lives here so formats agree."""
    for i in range(1, n + 1):
        title = f"Item {i} " + " ".join(w.capitalize() for w in rng.sample(WORDS, rng.randint(1, 3)))
        desc = [rng.choice(SENTENCES).format(a=rng.choice(WORDS), b=rng.choice(WORDS),
                                             c=rng.choice(WORDS))
                for _ in range(rng.randint(2, 3))]
        deliverables = []
        for k in range(1, rng.randint(4, 6) + 1):
            deliverables.append(dict(
                name=f"Deliverable {i}.{k}",
                done=rng.random() < 0.25,
                linked=rng.random() < 0.6,
                literal=rng.choice(LITERALS) if rng.random() < 0.2 else None,
                url=f"{REPO}/pull/{rng.randint(100, 99999)}"))
        yield dict(title=title, desc=desc, deliverables=deliverables, issue=1000 + i)


def write_rst(items, out):
    out.write(":title: Roadmap\n:description: The project roadmap\n\n.. _roadmap:\n\n"
              "Deis Roadmap\n============\n"
              "The Deis Roadmap is a community document created as part of the open planning.\n"
              "Each roadmap item describes a high-level capability or grouping of features.\n\n")
    targets = []  # written once at the end, as in seed 001
    for it in items:
        out.write(f"{it['title']}\n{'-' * len(it['title'])}\n")
        out.write("\n".join(it["desc"]) + "\n\n")
        for d in it["deliverables"]:
            text = f"`{d['name']}`_" if d["linked"] else d["name"]
            if d["literal"]:
                text += f" (``{d['literal']}``)"
            out.write(f" - [{'X' if d['done'] else ' '}] {text}\n")
            if d["linked"]:
                targets.append(f".. _`{d['name']}`: {d['url']}\n")
        out.write(f"\nThis feature is tracked as GitHub issue `#{it['issue']}`_.\n\n")
        targets.append(f".. _`#{it['issue']}`: {REPO}/issues/{it['issue']}\n")
    out.writelines(targets)


def write_md(items, out):
    out.write("# Deis Roadmap\n\n"
              "The Deis Roadmap is a community document created as part of the open planning.\n"
              "Each roadmap item describes a high-level capability or grouping of features.\n\n")
    for it in items:
        out.write(f"## {it['title']}\n\n")
        out.write("\n".join(it["desc"]).replace("``", "`") + "\n\n")
        for d in it["deliverables"]:
            text = f"[{d['name']}]({d['url']})" if d["linked"] else d["name"]
            if d["literal"]:
                text += f" (`{d['literal']}`)"
            out.write(f"- [{'x' if d['done'] else ' '}] {text}\n")
        out.write(f"\nTracked as [#{it['issue']}]({REPO}/issues/{it['issue']}).\n\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of items")
    ap.add_argument("--format", choices=["rst", "md"], default="rst")
    ap.add_argument("-o", "--output", help="file to write (default: stdout)")
    args = ap.parse_args()
    items = model(args.n, random.Random(SEED))
    out = open(args.output, "w", encoding="utf-8", newline="\n") if args.output else sys.stdout
    with out:
        (write_rst if args.format == "rst" else write_md)(items, out)


if __name__ == "__main__":
    main()
