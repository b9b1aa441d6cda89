import Foundation
import Testing

/// Issue 10 end to end: refusals exit with 2, say why on one line and leave the file as it was;
/// dry runs are verified too and say so.
@Suite struct TrustedEditCommandTests {
    nonisolated(unsafe) static let seed001 = try! String(contentsOfFile: CLI.fixture("001_6ef8e799ee81f698.txt"), encoding: .utf8)

    func copy() throws -> (dir: String, path: String) {
        let dir = try CLI.sandbox(["deis.rst": Self.seed001])
        return (dir, dir + "/deis.rst")
    }

    func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path)! }

    @Test func refusalsExitTwoOnOneLineAndWriteNothing() throws {
        let (dir, path) = try copy()
        let before = bytes(path)
        let cases: [([String], String)] = [
            (["add", "Etcd 2"], "roadmap: deis.rst:41: Etcd 2 already has the id etcd-2; choose another title, or pass --allow-duplicate to give this one the id etcd-2-2\n"),
            (["rename", "tty-broker", "Etcd 2"], "roadmap: deis.rst:41: Etcd 2 already has the id etcd-2; choose another title, or pass --allow-duplicate to give this one the id etcd-2-2\n"),
            (["add", "Done"], "roadmap: \"Done\" would read as a group of done items, not as an item; choose another title\n"),
            (["set", "etcd-2", "status", "finsihed"], "roadmap: \"finsihed\" is not a status roadmap reads; did you mean `finished`?\n"),
            (["add", "Etcd 2", "--before", "tty-broker", "--allow-duplicate"],
             "roadmap: deis.rst:15: refused: the new item would take the id etcd-2 of Etcd 2 (line 41), whose id would move; ids never move: put it after that item; nothing was written\n"),
        ]
        for (args, message) in cases {
            for dry in [false, true] {
                let r = try CLI.run(args + ["-f", "deis.rst"] + (dry ? ["--dry-run"] : []), in: dir)
                #expect(r.status == 2, "\(args)")
                #expect(r.stderr == message, "\(args)")
                #expect(r.stdout.isEmpty)
            }
        }
        #expect(bytes(path) == before)
    }

    @Test func allowDuplicateSaysWhichIdTheItemGets() throws {
        let (dir, _) = try copy()
        let r = try CLI.run(["add", "Etcd 2", "--allow-duplicate", "-f", "deis.rst"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "added item (id etcd-2-2, as etcd-2 is taken) in Etcd 2 (deis.rst:126)\n")
        let list = try CLI.run(["list", "deis.rst", "--grep", "etcd 2", "--format", "json"], in: dir)
        #expect(list.stdout.contains("\"id\": \"etcd-2\"") && list.stdout.contains("\"id\": \"etcd-2-2\""))
        let show = try CLI.run(["show", "etcd-2-2", "-f", "deis.rst"], in: dir)
        #expect(show.stdout.contains("Source:   deis.rst:126"))
    }

    @Test func dryRunsAreVerifiedAndSaySo() throws {
        let (dir, _) = try copy()
        let r = try CLI.run(["set", "etcd-2", "owner", "alice", "-f", "deis.rst", "--dry-run"], in: dir)
        #expect(r.status == 0)
        #expect(r.stderr == "would have set owner = \"alice\" in Etcd 2 (deis.rst:43); verified by re-reading\n")
        let json = try CLI.run(["set", "etcd-2", "owner", "alice", "-f", "deis.rst", "--dry-run", "--format", "json"], in: dir)
        #expect(json.stdout.contains("\"verified\": true"))
    }

    @Test func theDocsExampleAddReadsAsDescribed() throws {
        let (dir, _) = try copy()
        let add = try CLI.run(["add", "Web Terminal", "--deliverable", "xterm.js front end", "--issue", "4242", "--field", "owner=dana",
                               "--after", "stateless-logger", "-f", "deis.rst"], in: dir)
        #expect(add.status == 0)
        let show = try CLI.run(["show", "web-terminal", "-f", "deis.rst"], in: dir)
        #expect(show.stdout.contains("Owner:    dana\n"))
        #expect(show.stdout.contains("Deliverables\n  1 ☐ xterm.js front end\n"))
        #expect(show.stdout.contains("deis/deis#4242"))
    }
}
