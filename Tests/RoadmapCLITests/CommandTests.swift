import Foundation
import Testing

/// The executable end to end: output, exit codes, errors.
@Suite struct CommandTests {
    static let deis = CLI.fixture("001_6ef8e799ee81f698.txt")
    static let planning = CLI.fixture("000_cd62a6579c4ad6d6.txt")

    @Test func listShowsOneRowPerItem() throws {
        let r = try CLI.run(["list", Self.deis])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 11)
        #expect(lines[0].hasPrefix("ID"))
        #expect(lines[2].contains("scheduling-and-orchestration") && lines[2].contains("in-progress") && lines[2].contains("1/3"))
        #expect(lines[3].hasSuffix("#3564"))
        #expect(!r.stdout.contains("\u{1B}["))  // not a terminal: no colors
    }

    @Test func listFiltersByStatusAndText() throws {
        let open = try CLI.run(["list", Self.deis, "--status", "in-progress"])
        #expect(open.stdout.split(separator: "\n").count == 2)
        let grep = try CLI.run(["list", Self.deis, "--grep", "TELEMETRY", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(grep.stdout.utf8)) as! [String: Any]
        let items = json["items"] as! [[String: Any]]
        #expect(items.map { $0["id"] as! String } == ["monitoring-telemetry"])
        #expect(json["schema"] as? Int == 1)
    }

    @Test func listWhereSortAndGroupBy() throws {
        let dir = try CLI.sandbox(["ROADMAP.md": "# R\n\n## Sync\n\nOwner: ana\nTarget: 0.10\n\n- [x] one\n\n## Search\n\nOwner: lee\nTarget: 0.9\n\n- [ ] two\n\n## Export\n\n- [ ] three\n"])
        let ids = { (args: [String]) throws -> [String] in
            try CLI.run(["list", "--format", "ids"] + args, in: dir).stdout.split(separator: "\n").map(String.init)
        }
        #expect(try ids(["--where", "owner=ANA"]) == ["sync"])
        #expect(try ids(["--where", "owner!=ana", "--where", "status=planned"]) == ["search", "export"])
        #expect(try ids(["--sort", "target"]) == ["search", "sync", "export"])
        let grouped = try CLI.run(["list", "--group-by", "owner", "--no-color"], in: dir).stdout
        #expect(grouped.hasPrefix("owner: ana\n"))
        #expect(grouped.contains("\nowner: lee\n") && grouped.contains("\nowner: –\n"))
        let bad = try CLI.run(["list", "--where", "owner"], in: dir)
        #expect(bad.status == 2 && bad.stderr.contains("KEY=VALUE"))
    }

    @Test func retargetMovesOpenItemsOnlyAndWritesOnce() throws {
        let text = "# R\n\n## Sync\n\nTarget: 0.3\n\n- [ ] a\n\n## Search\n\nTarget: 0.3\n\n- [x] b\n\n## Export\n\nTarget: 0.3\n\n- [ ] c\n"
        let dir = try CLI.sandbox(["ROADMAP.md": text])
        let dry = try CLI.run(["retarget", "0.3", "0.4", "--dry-run"], in: dir)
        #expect(dry.status == 0 && dry.stdout.contains("+Target: 0.4"))
        #expect(try String(contentsOfFile: dir + "/ROADMAP.md", encoding: .utf8) == text)
        let r = try CLI.run(["retarget", "0.3", "0.4"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 2)
        // The done item keeps its target; nothing else changed.
        #expect(try String(contentsOfFile: dir + "/ROADMAP.md", encoding: .utf8) == text.replacingOccurrences(of: "## Sync\n\nTarget: 0.3", with: "## Sync\n\nTarget: 0.4")
            .replacingOccurrences(of: "## Export\n\nTarget: 0.3", with: "## Export\n\nTarget: 0.4"))
        let none = try CLI.run(["retarget", "0.3", "0.4"], in: dir)
        #expect(none.status == 0 && none.stderr.contains("no open item has target 0.3"))
    }

    @Test func listMarkdownTable() throws {
        let r = try CLI.run(["list", Self.deis, "--format", "markdown"])
        #expect(r.stdout.hasPrefix("| ID | Title | Status | Progress | Issues |\n|---|---|---|---|---|\n| `tty-broker` |"))
        #expect(r.stdout.contains("[#3564](https://github.com/deis/deis/issues/3564)"))
    }

    @Test func listWithoutPathReadsThisProjectsRoadmap() throws {
        let r = try CLI.run(["list"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("reading-roadmaps"))
    }

    @Test func showPrintsTheItemInFull() throws {
        let r = try CLI.run(["show", "update", "-f", Self.deis])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Update Service  (update-service)\n"))
        #expect(r.stdout.contains("1 ☐ Update client/agent — https://github.com/deis/deis/issues/3811"))
        #expect(r.stdout.contains("Issues:   deis/deis#2106"))
    }

    @Test func showNamesTheMeetingsThatMentionTheItem() throws {
        let r = try CLI.run(["show", "stateless-logger", "-f", Self.deis, "-f", Self.planning])
        #expect(r.stdout.contains("2015-10 October 2015 (Deis v1.12): completed"))
        #expect(r.stdout.contains("2015-07 July 2015 (Deis v1.9): added"))
    }

    @Test func unknownItemSuggestsAndExitsTwo() throws {
        let r = try CLI.run(["show", "tty-brokr", "-f", Self.deis])
        #expect(r.status == 2)
        #expect(r.stderr == "roadmap: no item matches \"tty-brokr\"; did you mean `tty-broker`?\n")
    }

    @Test func ambiguousItemListsCandidates() throws {
        let r = try CLI.run(["show", "s", "-f", Self.deis])
        #expect(r.status == 2)
        #expect(r.stderr.contains("matches 3 items: scheduling-and-orchestration, stateless-logger, service-broker"))
    }

    @Test func meetingsTableAndJSON() throws {
        let r = try CLI.run(["meetings", Self.planning])
        #expect(r.status == 0)
        #expect(r.stdout.contains("2015-10     October 2015 (Deis v1.12)"))
        let j = try CLI.run(["meetings", Self.planning, "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as! [String: Any]
        #expect((json["meetings"] as! [Any]).count == 6)
    }

    @Test func exportIsValidJSONWithTheSchema() throws {
        let r = try CLI.run(["export", Self.deis, Self.planning, "--format", "json"])
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let docs = json["documents"] as! [[String: Any]]
        #expect(docs.count == 2)
        let item = (docs[0]["items"] as! [[String: Any]])[0]
        #expect(Set(item.keys) == ["id", "title", "line", "status", "groups", "summary", "fields", "progress", "deliverables", "issues", "links"])
        let deliverable = (item["deliverables"] as! [[String: Any]])[0]
        #expect(Set(deliverable.keys) == ["text", "checked", "line", "links", "issues", "children"])
        let meeting = (docs[1]["meetings"] as! [[String: Any]])[0]
        #expect(meeting["next"] is NSNull)
    }

    @Test func missingFileExitsThree() throws {
        let r = try CLI.run(["list", "/nonexistent/ROADMAP.md"])
        #expect(r.status == 3)
        #expect(r.stderr == "roadmap: /nonexistent/ROADMAP.md: no such file or directory\n")
    }

    @Test func invalidUTF8IsADiagnosticWithPosition() throws {
        let dir = try CLI.sandbox([:])
        let path = dir + "/bad.md"
        try Data("# T\n\nab".utf8 + [0xFF] + Data("\n".utf8)).write(to: URL(fileURLWithPath: path))
        let r = try CLI.run(["list", path])
        #expect(r.status == 3)
        #expect(r.stderr == "roadmap: \(path):3:3: error: invalid UTF-8; save the file as UTF-8\n")
    }

    @Test func directoriesAreSearchedForDocuments() throws {
        let dir = try CLI.sandbox(["a/ROADMAP.md": "# R\n\n## One\n\n- [ ] x\n", "b/notes.rst": "N\n=\n\nTwo\n---\ntext\n", "c/data.json": "{}"])
        let r = try CLI.run(["list", dir])
        #expect(r.status == 0)
        #expect(r.stdout.contains("/a/ROADMAP.md — R") && r.stdout.contains("/b/notes.rst — N"))
        let empty = try CLI.sandbox(["data.json": "{}"])
        let e = try CLI.run(["list", empty])
        #expect(e.status == 3)
        #expect(e.stderr.contains("no roadmap documents"))
    }

    @Test func usageErrorsExitTwo() throws {
        let unknown = try CLI.run(["lsit"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean `list`?"))
        let option = try CLI.run(["list", "--stauts", "done"])
        #expect(option.status == 2)
        #expect(option.stderr.contains("did you mean --status?"))
        let value = try CLI.run(["list", "--status", "finished"])
        #expect(value.status == 2)
    }

    @Test func helpAndVersion() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0 && help.stdout.contains("Commands:"))
        for command in ["list", "show", "meetings", "export"] {
            let r = try CLI.run([command, "--help"])
            #expect(r.status == 0)
            #expect(r.stdout.contains("Usage: roadmap \(command)") && r.stdout.contains("Examples:"))
        }
        let version = try CLI.run(["--version"])
        #expect(version.stdout.hasPrefix("roadmap "))
    }

    @Test func colorsOnlyWhenAsked() throws {
        let always = try CLI.run(["list", Self.deis, "--color", "always"])
        #expect(always.stdout.contains("\u{1B}["))
        let never = try CLI.run(["list", Self.deis, "--color", "never"])
        #expect(!never.stdout.contains("\u{1B}["))
    }
}

@Suite struct MeetingCommandTests {
    static let minutes = "# Meeting Minutes\n\n## 2026-05-19 Planning\n\nAttendees: Dana (Acme), Eve\n\nAction items:\n\n- [ ] Dana: write the design\n- [x] @eve book the room\n\nNext meeting: 2026-06-02\n\n## 2026-06-02 Planning\n\nAction items:\n\n- [ ] Eve to review the design\n"

    @Test func actionsListsEveryMeetingsActionItems() throws {
        let dir = try CLI.sandbox(["notes.md": Self.minutes])
        let all = try CLI.run(["actions", "notes.md"], in: dir)
        #expect(all.status == 0)
        #expect(all.stdout.split(separator: "\n").count == 4)
        let open = try CLI.run(["actions", "notes.md", "--open", "--owner", "eve", "--format", "json"], in: dir)
        let json = try JSONSerialization.jsonObject(with: Data(open.stdout.utf8)) as! [String: Any]
        let actions = json["actions"] as! [[String: Any]]
        #expect(actions.map { $0["text"] as! String } == ["review the design"])
        #expect(actions.first?["date"] as? String == "2026-06-02")
    }

    @Test func meetingsSinceAndTheirAttendees() throws {
        let dir = try CLI.sandbox(["notes.md": Self.minutes])
        let r = try CLI.run(["meetings", "notes.md", "--since", "2026-06"], in: dir)
        #expect(r.stdout.split(separator: "\n").count == 2)
        #expect(r.stdout.contains("2026-06-02 Planning"))
        let all = try CLI.run(["meetings", "notes.md"], in: dir)
        #expect(all.stdout.contains("ATTENDEES") && all.stdout.contains("NEXT"))
        #expect(try CLI.run(["meetings", "notes.md", "--since", "June"], in: dir).status == 2)
    }

    @Test func checkTicksAnActionItem() throws {
        let dir = try CLI.sandbox(["notes.md": Self.minutes])
        let r = try CLI.run(["check", "--action", "2026-05-19", "1", "-f", "notes.md"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "checked action \"write the design\" in 2026-05-19 Planning (notes.md:9)\n")
        let text = try String(contentsOfFile: dir + "/notes.md", encoding: .utf8)
        #expect(text.contains("- [x] Dana: write the design"))
        #expect(try CLI.run(["check", "--action", "2026", "1", "-f", "notes.md"], in: dir).status == 2)  // two meetings match
    }
}

@Suite struct DiffCommandTests {
    @Test func diffBetweenFilesAndAgainstAGitRevision() throws {
        let dir = try CLI.sandbox(["ROADMAP.md": "# R\n\n## A\n\n- [ ] one\n"])
        let r = try CLI.run(["diff", CLI.fixture("003_31d8104eb97a307f.txt"), CLI.fixture("001_6ef8e799ee81f698.txt"), "--meetings", CLI.fixture("000_cd62a6579c4ad6d6.txt"), "--exit-code"])
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("removed item Pluggable Storage Subsystem\n"))
        #expect(r.stdout.contains("  matches July 2015 (Deis v1.9) (2015-07): Stateless Logger added\n"))
        // In a git repository, REV:PATH is the file as that revision had it.
        for command in [["init", "-q"], ["-c", "user.email=t@e", "-c", "user.name=t", "add", "ROADMAP.md"],
                        ["-c", "user.email=t@e", "-c", "user.name=t", "commit", "-q", "-m", "one"]] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["git"] + command
            p.currentDirectoryURL = URL(fileURLWithPath: dir)
            try p.run()
            p.waitUntilExit()
        }
        try "# R\n\n## A\n\n- [x] one\n".write(toFile: dir + "/ROADMAP.md", atomically: true, encoding: .utf8)
        let g = try CLI.run(["diff", "HEAD:ROADMAP.md", "ROADMAP.md", "--format", "json"], in: dir)
        #expect(g.status == 0)
        #expect(g.stdout.contains("\"kind\": \"deliverable-checked\""))
        let outside = try CLI.run(["diff", "HEAD:ROADMAP.md", "ROADMAP.md"], in: "/")
        #expect(outside.status == 3)
    }
}

@Suite struct LogCommandTests {
    func git(_ arguments: [String], in dir: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-c", "user.email=t@e", "-c", "user.name=t"] + arguments
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
    }

    @Test func logReadsTheFilesGitHistory() throws {
        let dir = try CLI.sandbox(["docs/ROADMAP.md": "# R\n\n## Sync\n\n- [ ] one\n"])
        try git(["init", "-q"], in: dir)
        try git(["add", "."], in: dir)
        try git(["commit", "-q", "-m", "first"], in: dir)
        try "# R\n\n## Sync\n\n- [x] one\n".write(toFile: dir + "/docs/ROADMAP.md", atomically: true, encoding: .utf8)
        try git(["commit", "-q", "-am", "tick"], in: dir)
        let r = try CLI.run(["log", "ROADMAP.md", "--format", "json"], in: dir + "/docs")
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let events = json["events"] as! [[String: Any]]
        #expect(events.map { $0["action"] as! String } == ["added", "added", "checked"])
        #expect(events.last?["subject"] as? String == "one")
        let outside = try CLI.run(["log", CLI.fixture("001_6ef8e799ee81f698.txt")], in: "/")
        #expect(outside.status == 3)
    }
}

@Suite struct RenderCommandTests {
    @Test func injectThenCheck() throws {
        let dir = try CLI.sandbox(["roadmap/ROADMAP.md": "# R\n\n## Sync\n\n- [x] one\n- [ ] two\n", "README.md": "# P\n\n<!-- roadmap:start -->\n<!-- roadmap:end -->\n\nEnd.\n"])
        let stale = try CLI.run(["render", "--summary", "--inject", "README.md", "--check"], in: dir)
        #expect(stale.status == 1)
        #expect(stale.stdout.contains("+| Sync | in-progress | 1/2"))
        #expect(try CLI.run(["render", "--summary", "--inject", "README.md"], in: dir).status == 0)
        let readme = try String(contentsOfFile: dir + "/README.md", encoding: .utf8)
        #expect(readme.hasPrefix("# P\n\n<!-- roadmap:start -->\n| Item |") && readme.hasSuffix("<!-- roadmap:end -->\n\nEnd.\n"))
        #expect(try CLI.run(["render", "--summary", "--inject", "README.md", "--check"], in: dir).status == 0)
    }

    @Test func sameDialectIsByteIdenticalAndJSONIsTheExport() throws {
        let r = try CLI.run(["render", CLI.fixture("001_6ef8e799ee81f698.txt")])
        #expect(r.stdout == (try String(contentsOfFile: CLI.fixture("001_6ef8e799ee81f698.txt"), encoding: .utf8)))
        let j = try CLI.run(["render", CLI.fixture("001_6ef8e799ee81f698.txt"), "--to", "json"])
        #expect(j.stdout == (try CLI.run(["export", CLI.fixture("001_6ef8e799ee81f698.txt")])).stdout)
        #expect(try CLI.run(["render", CLI.fixture("001_6ef8e799ee81f698.txt"), "--to", "pdf"]).status == 2)
        let html = try CLI.run(["render", CLI.fixture("001_6ef8e799ee81f698.txt"), "--to", "html"])
        #expect(html.status == 0 && html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.components(separatedBy: "<article class=\"card\"").count - 1 == 10)
    }

    @Test func rstToMarkdownIntoADirectoryThenCheck() throws {
        let dir = try CLI.sandbox([
            "roadmap/ROADMAP.rst": "Roadmap\n=======\n\nSync\n----\n\n- [x] `one <https://github.com/o/r/issues/7>`_\n- [ ] two\n",
            "docs/.keep": "",
        ])
        #expect(try CLI.run(["render", "--to", "markdown", "-o", "docs", "--check"], in: dir).status == 1)
        #expect(try CLI.run(["render", "--to", "markdown", "-o", "docs"], in: dir).status == 0)
        let md = try String(contentsOfFile: dir + "/docs/ROADMAP.md", encoding: .utf8)
        #expect(md == "# Roadmap\n\n## Sync\n\n- [x] [one](https://github.com/o/r/issues/7)\n- [ ] two\n")
        #expect(try CLI.run(["render", "--to", "markdown", "-o", "docs", "--check"], in: dir).status == 0)
        let list = try CLI.run(["export", "docs/ROADMAP.md"], in: dir)
        #expect(list.stdout.contains("\"number\": 7"))
        // And back: the RST reads as the same items.
        #expect(try CLI.run(["render", "docs/ROADMAP.md", "--to", "rst", "-o", "back.rst"], in: dir).status == 0)
        #expect(try CLI.run(["list", "back.rst"], in: dir).stdout == (try CLI.run(["list", "roadmap/ROADMAP.rst"], in: dir)).stdout)
        // Plain text is not a target: a clear usage error, not a copy under the wrong name.
        #expect(try CLI.run(["render", "docs/ROADMAP.md", "--to", "text"], in: dir).status == 2)
    }

    @Test func severalDocumentsIntoOneFile() throws {
        let dir = try CLI.sandbox([
            "roadmap/api.rst": "API\n===\n\nSync\n----\n\n- [x] one\n\nSearch\n------\n\n- [ ] two\n",
            "roadmap/web.md": "# Web\n\n## Dark mode\n\n- [ ] palette\n\n## Offline\n\n- [x] cache\n",
            "docs/.keep": "",
        ])
        // A file for several documents: one portfolio, a section per document.
        let r = try CLI.run(["render", "--to", "markdown", "-o", "docs/ALL.md", "--title", "Company"], in: dir)
        #expect(r.status == 0 && r.stderr == "wrote docs/ALL.md\n")
        let all = try String(contentsOfFile: dir + "/docs/ALL.md", encoding: .utf8)
        #expect(all.hasPrefix("# Company\n\n## API\n\n### Sync\n"))
        #expect(all.contains("\n## Web\n\n### Dark mode\n"))
        let items = try CLI.run(["list", "docs/ALL.md", "--format", "json"], in: dir).stdout
        for title in ["Sync", "Search", "Dark mode", "Offline"] { #expect(items.contains("\"title\": \"\(title)\"")) }
        #expect(try CLI.run(["render", "--to", "markdown", "-o", "docs/ALL.md", "--title", "Company", "--check"], in: dir).status == 0)
        // --combine says the same on standard output; into a directory it cannot.
        #expect(try CLI.run(["render", "--to", "markdown", "--combine", "--title", "Company"], in: dir).stdout == all)
        let bad = try CLI.run(["render", "--to", "markdown", "--combine", "-o", "docs"], in: dir)
        #expect(bad.status == 2 && bad.stderr.contains("--combine writes one document"))
        #expect(try CLI.run(["render", "--combine"], in: dir).status == 2, "two dialects: which one?")
        // A directory named with a final slash is made when missing.
        #expect(try CLI.run(["render", "--to", "rst", "-o", "site/rst/"], in: dir).status == 0)
        #expect(FileManager.default.fileExists(atPath: dir + "/site/rst/web.rst") && FileManager.default.fileExists(atPath: dir + "/site/rst/api.rst"))
    }

    @Test func plainTextConvertsToBothDialects() throws {
        let seed = CLI.fixture("003_31d8104eb97a307f.txt")
        for dialect in ["markdown", "rst"] {
            let r = try CLI.run(["render", seed, "--to", dialect])
            #expect(r.status == 0)
            #expect(r.stdout.contains("Pluggable Storage Subsystem"))
            #expect(r.stdout.contains("[ ] Registry S3 configuration"))
        }
    }
}
