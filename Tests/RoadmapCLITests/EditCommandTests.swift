import Foundation
import Testing

/// The editing commands end to end, on copies of the seeds.
@Suite struct EditCommandTests {
    nonisolated(unsafe) static let seed001 = try! String(contentsOfFile: CLI.fixture("001_6ef8e799ee81f698.txt"), encoding: .utf8)

    func copy() throws -> (dir: String, path: String) {
        let dir = try CLI.sandbox(["roadmap/ROADMAP.rst": Self.seed001])
        return (dir, dir + "/roadmap/ROADMAP.rst")
    }

    func bytes(_ path: String) -> [UInt8] { Array(FileManager.default.contents(atPath: path)!) }

    @Test func checkWritesOneByteAndReports() throws {
        let (dir, path) = try copy()
        let before = bytes(path)
        let r = try CLI.run(["check", "tty-broker", "log tailing"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "checked \"Log Tailing (deis logs -f)\" in TTY Broker (roadmap/ROADMAP.rst:23)\n")
        let after = bytes(path)
        #expect(zip(before, after).filter { $0 != $1 }.count == 1 && before.count == after.count)
        let again = try CLI.run(["check", "tty-broker", "3"], in: dir)
        #expect(again.status == 0 && again.stdout.contains("already checked"))
        #expect(bytes(path) == after)
    }

    /// A title with a space takes the fast path (`CheckFastPath`), the id the ordinary one:
    /// the same output, exit code and bytes, with --dry-run and --format json too.
    @Test func fastPathPrintsAndWritesWhatTheOrdinaryPathDoes() throws {
        let runs: [[String]] = [
            ["check", "ITEM", "mesos", "-f", "roadmap/ROADMAP.rst"],
            ["check", "ITEM", "-f", "roadmap/ROADMAP.rst", "--dry-run"],
            ["check", "ITEM", "--all", "-f", "roadmap/ROADMAP.rst", "--format", "json"],
            ["uncheck", "ITEM", "1", "-f", "roadmap/ROADMAP.rst", "--dry-run", "--format", "json"],
            ["uncheck", "ITEM", "swarm", "-f", "roadmap/ROADMAP.rst"],
            ["uncheck", "ITEM", "swarm", "-f", "roadmap/ROADMAP.rst"],
        ]
        let (fastDir, fastPath) = try copy()
        let (slowDir, slowPath) = try copy()
        for args in runs {
            let fast = try CLI.run(args.map { $0 == "ITEM" ? "Scheduling and Orchestration" : $0 }, in: fastDir)
            let slow = try CLI.run(args.map { $0 == "ITEM" ? "scheduling" : $0 }, in: slowDir)
            #expect(fast.status == slow.status, "\(args)")
            #expect(fast.stdout == slow.stdout, "\(args)")
            #expect(fast.stderr == slow.stderr, "\(args)")
            #expect(bytes(fastPath) == bytes(slowPath), "\(args)")
        }
    }

    @Test func dryRunPrintsADiffAndWritesNothing() throws {
        let (dir, path) = try copy()
        let before = bytes(path)
        let r = try CLI.run(["uncheck", "scheduling", "--dry-run"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.contains("- - [X] Swarm preview\n+ - [ ] Swarm preview\n"))
        #expect(r.stderr.contains("would have unchecked \"Swarm preview\""))
        #expect(bytes(path) == before)
    }

    @Test func setAndUnsetFields() throws {
        let (dir, path) = try copy()
        #expect(try CLI.run(["set", "etcd-2", "owner", "alice"], in: dir).status == 0)
        #expect(String(decoding: bytes(path), as: UTF8.self).contains("Etcd 2\n------\n:owner: alice\n\nA CP database"))
        let shown = try CLI.run(["show", "etcd-2"], in: dir)
        #expect(shown.stdout.contains("Owner:    alice"))
        #expect(try CLI.run(["unset", "etcd-2", "owner"], in: dir).status == 0)
        #expect(String(decoding: bytes(path), as: UTF8.self) == Self.seed001)
    }

    @Test func setStatusMakesAnItemWithoutDeliverablesDone() throws {
        let (dir, _) = try copy()
        #expect(try CLI.run(["set", "stateless-logger", "status", "done"], in: dir).status == 0)
        let r = try CLI.run(["list", "--status", "done"], in: dir)
        #expect(r.stdout.contains("stateless-logger"))
    }

    @Test func addDeliverableThenCheckIt() throws {
        let (dir, _) = try copy()
        let add = try CLI.run(["add-deliverable", "etcd-2", "Upgrade guide"], in: dir)
        #expect(add.status == 0)
        let check = try CLI.run(["check", "etcd-2", "upgrade", "--format", "json"], in: dir)
        let json = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as! [String: Any]
        #expect(json["written"] as? Bool == true)
        let list = try CLI.run(["list", "--grep", "upgrade guide"], in: dir)
        #expect(list.stdout.contains("1/3"))
    }

    @Test func refusals() throws {
        let (dir, path) = try copy()
        let before = bytes(path)
        let unknown = try CLI.run(["check", "nothing-like-it", "1"], in: dir)
        #expect(unknown.status == 2 && unknown.stderr.hasPrefix("roadmap: no item matches"))
        let ambiguous = try CLI.run(["check", "tty-broker"], in: dir)
        #expect(ambiguous.status == 2 && ambiguous.stderr.contains("matches 3 deliverables"))
        let badKey = try CLI.run(["set", "etcd-2", ":owner", "x"], in: dir)
        #expect(badKey.status == 2)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let readOnly = try CLI.run(["check", "tty-broker", "1"], in: dir)
        #expect(readOnly.status == 2 && readOnly.stderr.contains("is read-only"))
        #expect(bytes(path) == before)
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/roadmap") == ["ROADMAP.rst"])
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o444)
    }

    @Test func writesKeepThePermissions() throws {
        let (dir, path) = try copy()
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        #expect(try CLI.run(["check", "tty-broker", "1"], in: dir).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/roadmap") == ["ROADMAP.rst"])
    }
}

@Suite struct AddCommandTests {
    @Test func addWritesASectionInTheDocumentsStyleAndReadsBack() throws {
        let dir = try CLI.sandbox(["roadmap/ROADMAP.rst": EditCommandTests.seed001])
        let r = try CLI.run(["add", "Web Terminal", "--deliverable", "xterm.js front end", "--issue", "4242", "--after", "stateless-logger"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("added item (id web-terminal) in Web Terminal"))
        let show = try CLI.run(["show", "web-terminal"], in: dir)
        #expect(show.stdout.contains("Issues:   deis/deis#4242"))
        #expect(show.stdout.contains("1 ☐ xterm.js front end"))
        let both = try CLI.run(["add", "X", "--after", "a", "--before", "b"], in: dir)
        #expect(both.status == 2)
    }
}
