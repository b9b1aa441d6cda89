import Foundation
import Testing

/// How the editing commands write: hard links refused, the committed letter remembered.
@Suite struct WriteSafetyCommandTests {
    @Test func aHardLinkedDocumentIsRefusedWithExit3() throws {
        let dir = try CLI.sandbox(["ROADMAP.md": "# R\n\n## A\n\n- [ ] one\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.linkItem(atPath: dir + "/ROADMAP.md", toPath: dir + "/copy.md")
        let r = try CLI.run(["check", "a", "1"], in: dir)
        #expect(r.status == 3)
        #expect(r.stderr.contains("ROADMAP.md has 2 hard links; nothing was written"))
        #expect(try String(contentsOfFile: dir + "/copy.md", encoding: .utf8) == "# R\n\n## A\n\n- [ ] one\n")
    }

    /// Unchecking the only ticked box leaves no letter to follow: the committed version has it.
    @Test func uncheckThenCheckTheLastTickedBoxInAGitCheckout() throws {
        let text = "Roadmap\n=======\n\nA\n-\n\n - [X] Swarm preview\n - [ ] Mesos preview\n"
        let dir = try CLI.sandbox(["ROADMAP.rst": text])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        func git(_ args: [String]) throws {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["git", "-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.com"] + args
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
        }
        try git(["init", "-q"])
        try git(["add", "ROADMAP.rst"])
        try git(["commit", "-q", "-m", "roadmap"])
        #expect(try CLI.run(["uncheck", "a", "1"], in: dir).status == 0)
        #expect(try CLI.run(["check", "a", "1"], in: dir).status == 0)
        #expect(try String(contentsOfFile: dir + "/ROADMAP.rst", encoding: .utf8) == text)
    }
}
