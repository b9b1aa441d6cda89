#!/usr/bin/env python3
"""Task agreement: roadmap's deliverables beside the tasks reference parsers find.

A *reference task* is a list entry whose first paragraph starts with a GFM
checkbox (`[ ]`, `[x]`, `[X]`, then white space or the end). Reference parsers:

- reStructuredText: docutils (`publish_doctree`, reports silenced, no file
  insertion or raw);
- Markdown: markdown-it-py, "commonmark" preset + table + strikethrough, with
  the mdit_py_plugins front_matter and tasklists plugins.

Tasks inside containers that roadmap never reads (RST directives such as
admonitions/topics/sidebars/containers, tables, footnotes, citations; Markdown
block quotes) are counted apart as "in containers" and are not reference tasks.
Code, literal blocks, comments, HTML blocks and MkDocs admonitions (a
paragraph, then an indented code block or a lazy continuation, to CommonMark)
yield no list entries at all, so nothing needs dropping there. RST block quotes
(indented lists), definition lists and field lists count normally. Unknown
(Sphinx) RST roles show their text (`title <target>` shows the title; issue
roles such as :gh:`41` show "#41"). Files roadmap reads as plain text (seeds
003, 004) have no reference parser and are skipped.

Each reference task is matched, greedily in document order, against one unused
candidate of roadmap's export of the same document:

- a deliverable (any depth) with the same checked state, the same text
  (white space collapsed) and links + issue URLs that include every URL of the
  task's paragraph;
- an item made from a list entry (its source line holds a checkbox) whose title
  equals the text and whose status is `done` exactly when the task is checked;
- a meeting action whose `done` equals the checked state and whose text equals
  the task text or is a suffix of it (roadmap strips "Dana:" / "Lee to"), or is
  it less a trailing "(@owner)";
- in a roll call, a meeting attendee (checked) or absentee (unchecked) whose name
  starts the task text.

Roadmap entries with a checkbox that nothing matched are "extra".
agreement = matched / (reference + extra).

Usage: task_agreement.py [--verbose] [--min PCT] [--roadmap BIN] [FILE ...]
"""

import argparse
import io
import json
import re
import string
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CHECKBOX = re.compile(r"^\[([ xX])\](?=\s|$)")
# A source line that is a list entry starting with a checkbox.
CHECKBOX_LINE = re.compile(r"^\s*(?:[-*+•‣⁃◦▪]|\(?[0-9A-Za-z#]+[.)])\s+\[[ xX]\](?:\s|$)")


def norm(text):
    """Collapse runs of white space and strip."""
    return " ".join(text.split())


def loose(text):
    """Text with case, punctuation and white space removed (for diagnostics)."""
    return "".join(c for c in text.casefold() if c not in string.punctuation and not c.isspace())


class Task:
    def __init__(self, line, checked, text, urls, container=None):
        self.line, self.checked, self.text, self.urls = line, checked, norm(text), urls
        self.container = container  # None, or the name of the enclosing container


# --------------------------------------------------------------------------
# reStructuredText: docutils


ISSUE_ROLES = {"gh", "issue", "ghissue", "github", "pr", "ghpull", "pull"}


def _rst_setup():
    """Import docutils once; unknown (Sphinx) roles render as their text."""
    from docutils import nodes
    from docutils.parsers.rst import roles

    original = roles.role

    def text_role(name, rawtext, text, lineno, inliner, options=None, content=None):
        # `title <target>` shows the title, as Sphinx does; else the text as is;
        # issue roles show "#N", as sphinx-issues does.
        m = re.match(r"^(.*?)\s*<[^<>]*>$", text, re.S)
        shown = m.group(1) if m and m.group(1) else text
        if name in ISSUE_ROLES and re.fullmatch(r"#?\d+", shown):
            shown = "#" + shown.lstrip("#")
        return [nodes.inline(rawtext, shown)], []

    def role(name, language, lineno, reporter):
        fn, msgs = original(name, language, lineno, reporter)
        return (fn or text_role), ([] if fn is None else msgs)

    roles.role = role


def rst_tasks(path, source):
    import docutils.core
    from docutils import nodes

    settings = {
        "report_level": 5, "halt_level": 5, "warning_stream": io.StringIO(),
        "file_insertion_enabled": False, "raw_enabled": False,
        "_disable_config": True, "input_encoding": "utf-8",
    }
    doc = docutils.core.publish_doctree(source, source_path=str(path), settings_overrides=settings)
    containers = (nodes.Admonition, nodes.table, nodes.topic, nodes.sidebar, nodes.container,
                  nodes.footnote, nodes.citation, nodes.comment, nodes.literal_block,
                  nodes.substitution_definition, nodes.system_message)
    lines = source.splitlines()
    tasks = []
    for item in doc.findall(nodes.list_item):
        first = item.children[0] if item.children else None
        if not isinstance(first, nodes.paragraph):
            continue
        raw = first.astext()
        m = CHECKBOX.match(raw)
        if not m:
            continue
        urls = [r["refuri"] for r in first.findall(nodes.reference) if r.get("refuri")]
        container, parent = None, item.parent
        while parent is not None:
            if isinstance(parent, containers):
                container = parent.tagname
                break
            parent = parent.parent
        tasks.append(Task(_rst_line(first, raw, lines), m.group(1) != " ", raw[m.end():], urls, container))
    return tasks


def _rst_line(par, raw, lines):
    """Line of the entry: docutils gives paragraphs a line, else search the source."""
    if par.line:
        # docutils points at the paragraph's first line; check, and look nearby if off.
        for ln in (par.line, par.line - 1, par.line + 1):
            if 0 < ln <= len(lines) and CHECKBOX_LINE.match(lines[ln - 1]):
                return ln
        return par.line
    head = norm(raw)[:20]
    for i, text in enumerate(lines, 1):
        if CHECKBOX_LINE.match(text) and head[4:12] in text:
            return i
    return 0


# --------------------------------------------------------------------------
# Markdown: markdown-it-py


def md_tasks(path, source):
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin
    from mdit_py_plugins.tasklists import tasklists_plugin

    md = (MarkdownIt("commonmark").enable(["table", "strikethrough"])
          .use(front_matter_plugin).use(tasklists_plugin))

    # The tasklists plugin rewrites the inline it recognises (and loses the
    # checked state when a tab follows the box, and skips a bare "[ ]"), so keep
    # each inline's original children and read the checkbox from those.
    def keep_original(state):
        for tok in state.tokens:
            if tok.type == "inline":
                tok.meta["original"] = [c.copy() for c in tok.children or []]

    md.core.ruler.before("github-tasklists", "keep-original", keep_original)
    tokens = md.parse(source)
    tasks, stack = [], []  # stack of open block tokens
    for i, tok in enumerate(tokens):
        if tok.nesting == 1:
            stack.append(tok)
        elif tok.nesting == -1:
            stack.pop()
        # The first paragraph of a list entry: list_item_open, paragraph_open, inline.
        if tok.type != "inline" or i < 2 or tokens[i - 1].type != "paragraph_open" \
                or tokens[i - 2].type != "list_item_open":
            continue
        children = tok.meta["original"]
        m = CHECKBOX.match(children[0].content) if children and children[0].type == "text" else None
        if not m:
            continue
        rest = children[0].copy()
        rest.content = rest.content[m.end():]
        text, urls = _md_text([rest] + children[1:])
        container = "blockquote" if any(t.type == "blockquote_open" for t in stack) else None
        tasks.append(Task(tokens[i - 2].map[0] + 1, m.group(1) != " ", text, urls, container))
    return tasks


def _md_text(children):
    """Text content of inline tokens (markup removed) and the link hrefs."""
    parts, urls = [], []
    for c in children:
        if c.type in ("text", "text_special", "code_inline"):
            parts.append(c.content)
        elif c.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif c.type == "image":
            parts.append(_md_text(c.children or [])[0])
        elif c.type == "link_open":
            if c.attrs.get("href"):  # `[x]()` links nowhere: no URL
                urls.append(c.attrs["href"])
    return "".join(parts), urls


# --------------------------------------------------------------------------
# roadmap


class Cand:
    """Something in roadmap's export a reference task can match."""

    def __init__(self, kind, line, checked, text, urls, has_box, owner=None):
        self.kind, self.line, self.checked, self.text, self.urls = kind, line, checked, norm(text), urls
        self.owner = owner
        self.has_box = has_box  # counts as "extra" when left unmatched
        self.used = False

    def accepts(self, task):
        if self.used or self.checked != task.checked:
            return False
        if self.kind == "attendee":
            # a roll call: "[x] Dana Heck - Chair, Acme" is Dana Heck, present ([ ]: absent)
            return task.text == self.text or task.text.startswith(self.text + " ") or task.text.startswith(self.text + ",")
        if self.kind == "action":
            if task.text == self.text or (self.text and task.text.endswith(" " + self.text)):
                return True
            # "Write the docs (@dana)": roadmap moves the handle into the owner
            return bool(self.owner) and task.text in (norm(f"{self.text} (@{self.owner})"), norm(f"{self.text} @{self.owner}"))
        if self.text != task.text:
            return False
        return self.kind != "deliverable" or all(u in self.urls for u in task.urls)


def roadmap_export(binary, path):
    """(format, document) or raises RuntimeError with roadmap's error."""
    run = subprocess.run([binary, "export", str(path)], capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"roadmap exit {run.returncode}: {run.stderr.strip() or run.stdout.strip()[:200]}")
    docs = json.loads(run.stdout)["documents"]
    if not docs:
        raise RuntimeError("roadmap exported no document")
    return docs[0]["format"], docs[0]


def candidates(doc, lines):
    def boxed(line):
        return 0 < line <= len(lines) and bool(CHECKBOX_LINE.match(lines[line - 1]))

    out = []

    def walk(dels):
        for d in dels:
            urls = [l["url"] for l in d.get("links", [])] + [i["url"] for i in d.get("issues", []) if i.get("url")]
            out.append(Cand("deliverable", d["line"], d["checked"], d["text"], urls, d["checked"] is not None))
            walk(d.get("children", []))

    for item in doc.get("items", []):
        # an item made from a checkbox entry names itself on that line (an item named after the
        # document or its title, holding tasks outside any section, starts at its first task)
        alnum = lambda t: "".join(ch for ch in t.lower() if ch.isalnum())
        if boxed(item["line"]) and alnum(item["title"]) in alnum(lines[item["line"] - 1]):
            out.append(Cand("item", item["line"], item["status"] == "done", item["title"], [], True))
        walk(item.get("deliverables", []))
    for meeting in doc.get("meetings", []):
        for key, present in (("attendees", True), ("absent", False)):
            for a in meeting.get(key, []):
                out.append(Cand("attendee", meeting["line"], present, a["name"], [], False))
        for a in meeting.get("actions", []):
            out.append(Cand("action", a["line"], a["done"], a["text"], [], boxed(a["line"]), a.get("owner")))
    out.sort(key=lambda c: c.line)
    return out


# --------------------------------------------------------------------------
# comparison


def why_missing(task, cands):
    """One-line reason a reference task found no match, from the nearest candidate."""
    near = sorted((c for c in cands if not c.used and abs(c.line - task.line) <= 1),
                  key=lambda c: abs(c.line - task.line)) or \
           [c for c in cands if not c.used and loose(c.text) == loose(task.text)]
    for c in near:
        if c.text == task.text and c.checked != task.checked:
            return f"checked differs (reference {task.checked}, roadmap {c.checked})"
    for c in near:
        if c.text == task.text and c.kind == "deliverable":
            return f"URL missing: {[u for u in task.urls if u not in c.urls]}"
    for c in near:
        if c.checked is not None:
            kind = "case/punctuation-only" if loose(c.text) == loose(task.text) else "text differs"
            return f"{kind}: reference {task.text!r} / roadmap {c.text!r} (roadmap line {c.line}, {c.kind})"
    return "not found"


def compare(path, export, verbose):
    source = Path(path).read_text(encoding="utf-8", errors="replace")
    lines = source.splitlines()
    ext = Path(path).suffix.lower()
    error, doc = None, None
    try:
        fmt, doc = export.result()
    except (RuntimeError, ValueError, KeyError, OSError) as e:
        error, fmt = str(e), None
    dialect = {".rst": "rst", ".rest": "rst", ".md": "markdown", ".markdown": "markdown"}.get(ext, fmt)
    if dialect not in ("rst", "markdown"):
        return None  # plain text: no reference parser
    tasks = (rst_tasks if dialect == "rst" else md_tasks)(path, source)
    ref = [t for t in tasks if t.container is None]
    boxed_out = [t for t in tasks if t.container is not None]
    cands = candidates(doc, lines) if doc else []
    missing, kinds = [], {"deliverable": 0, "item": 0, "action": 0, "attendee": 0}
    for t in ref:
        c = next((c for c in cands if c.accepts(t)), None)
        if c:
            c.used = True
            kinds[c.kind] += 1
        else:
            missing.append(t)
    reasons = [(t, why_missing(t, cands)) for t in missing] if doc else [(t, "roadmap failed") for t in missing]
    loose_only = sum(1 for _, r in reasons if r.startswith("case/punctuation-only"))
    extra = [c for c in cands if c.has_box and not c.used]
    r = dict(ref=len(ref), matched=len(ref) - len(missing), missing=len(missing), extra=len(extra),
             containers=len(boxed_out), loose=loose_only, error=error, **kinds)
    if verbose:
        details = []
        for t, why in reasons:
            details.append((t.line, f"  {path}:{t.line}: missing [{'x' if t.checked else ' '}] {t.text!r}: {why}"))
        for c in extra:
            inside = next((t for t in boxed_out if t.text == c.text), None)
            pair = min((t for t in missing if abs(t.line - c.line) <= 1),
                       key=lambda t: abs(t.line - c.line), default=None)
            why = f"reference sees it inside {inside.container}" if inside else \
                  (f"the roadmap side of the missing task at line {pair.line}" if pair else "no reference task")
            details.append((c.line, f"  {path}:{c.line}: extra {c.kind} [{'x' if c.checked else ' '}] {c.text!r}: {why}"))
        for t in boxed_out:
            details.append((t.line, f"  {path}:{t.line}: in {t.container} [{'x' if t.checked else ' '}] {t.text!r}"))
        r["details"] = [d for _, d in sorted(details)]
    return r


def default_files():
    files = []
    for sub in ("md", "rst", "minutes"):
        files += sorted((SHARED / "corpus" / sub).glob("*.*"))
    files += sorted((SHARED / "seeds").glob("*.txt"))
    return [str(f) for f in files if f.name != "MANIFEST.tsv"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", help="documents (default: ../shared corpus and seeds)")
    ap.add_argument("--roadmap", default=str(REPO / ".build/release/roadmap"), help="roadmap binary")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every missing and extra task")
    ap.add_argument("--min", type=float, help="exit 1 when the agreement is below PCT")
    args = ap.parse_args()
    unreadable = [f for f in args.files if not Path(f).is_file()]
    if unreadable:
        ap.error(f"not a file: {', '.join(unreadable)}")
    _rst_setup()

    totals = dict(ref=0, matched=0, missing=0, extra=0, containers=0, loose=0, deliverable=0, item=0, action=0, attendee=0)
    files = args.files or default_files()
    width = max(len(Path(f).name) for f in files)
    skipped = []
    # Run roadmap on all files at once (two workers); compare in order.
    pool = ThreadPoolExecutor(max_workers=2)
    exports = [pool.submit(roadmap_export, args.roadmap, f) for f in files]
    for path, export in zip(files, exports):
        r = compare(path, export, args.verbose)
        if r is None:
            skipped.append(Path(path).name)
            continue
        for k in totals:
            totals[k] += r[k]
        note = f"  in-containers {r['containers']}" if r["containers"] else ""
        print(f"{Path(path).name:<{width}}  ref {r['ref']:4}  matched {r['matched']:4}  "
              f"missing {r['missing']:3}  extra {r['extra']:3}{note}")
        if r["error"]:
            print(f"  error: {r['error']}")
        for d in r.get("details", []):
            print(d)
    if skipped:
        print(f"skipped (plain text, no reference parser): {', '.join(skipped)}")
    t = totals
    denom = t["ref"] + t["extra"]
    pct = 100.0 * t["matched"] / denom if denom else 100.0
    print(f"\ntotal  ref {t['ref']}  matched {t['matched']}  missing {t['missing']}  extra {t['extra']}  "
          f"in-containers {t['containers']} (not counted)  case/punctuation-only text differences {t['loose']}")
    print(f"matched as: deliverable {t['deliverable']}, list-entry item {t['item']}, meeting action {t['action']}, roll-call attendee {t['attendee']}")
    print(f"agreement = matched / (reference + extra) = {t['matched']} / {denom} = {pct:.1f}%")
    print(f"task agreement: {pct:.1f}% (matched {t['matched']} of {t['ref']} reference tasks, {t['extra']} extra)")
    if args.min is not None and pct < args.min:
        sys.exit(1)


if __name__ == "__main__":
    main()
