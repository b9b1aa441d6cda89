import Testing
import RoadmapCore
@testable import RoadmapEditing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fresh directory under /tmp, removed with what is in it (hidden files included) when `body` ends.
func withTemporaryDirectory(_ body: (String) throws -> Void) rethrows {
    var template = Array("/tmp/roadmap-test-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    precondition(made != nil, "cannot make a temporary directory")
    let dir = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    defer {
        if let handle = opendir(dir) {
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { unlink(dir + "/" + name) }
            }
            closedir(handle)
        }
        rmdir(dir)
    }
    try body(dir)
}

/// Names in `dir`, hidden ones included.
func entries(of dir: String) -> [String] {
    guard let handle = opendir(dir) else { return [] }
    defer { closedir(handle) }
    var out: [String] = []
    while let entry = readdir(handle) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name != "." && name != ".." { out.append(name) }
    }
    return out.sorted()
}

/// Sets a file's modification time (ns since the epoch), as `cp -p` and `rsync -t` do.
func setModified(_ path: String, _ ns: Int) {
    var times = [timespec(tv_sec: ns / 1_000_000_000, tv_nsec: ns % 1_000_000_000),
                 timespec(tv_sec: ns / 1_000_000_000, tv_nsec: ns % 1_000_000_000)]
    _ = utimensat(AT_FDCWD, path, &times, 0)
}

/// The atomic writer refuses to overwrite someone else's change, keeps the file's owner, does
/// not break hard links and cleans up after killed writes.
@Suite struct AtomicWriterTests {
    @Test func aSameSizeChangeWithItsTimePutBackIsNotOverwritten() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/ROADMAP.md"
            writeFile(path, "# R\n\n## A\n\n- [ ] one\n")
            let e = try DocumentEditor.open(path)
            let read = FileSystem.status(of: path)!
            // Someone saves the same number of bytes and puts the time back (`cp -p`).
            writeFile(path, "# R\n\n## A\n\n- [ ] won\n")
            setModified(path, read.modified)
            #expect(FileSystem.status(of: path)!.modified == read.modified && FileSystem.status(of: path)!.size == read.size)
            #expect(throws: EditError.changedOnDisk(path: path)) { try e.write(try e.setChecked(true, item: 0, selectors: ["1"], all: false)) }
            #expect(try FileSystem.readFile(path, limit: 1 << 20) == Array("# R\n\n## A\n\n- [ ] won\n".utf8))
            #expect(entries(of: dir) == ["ROADMAP.md"])  // no temporary file left
            // Unchanged, the same edit is written.
            let again = try DocumentEditor.open(path)
            try again.write(try again.setChecked(true, item: 0, selectors: ["1"], all: false))
            #expect(try FileSystem.readFile(path, limit: 1 << 20) == Array("# R\n\n## A\n\n- [x] won\n".utf8))
        }
    }

    @Test func digestSeesOneChangedByte() {
        let a = AtomicFileWriter.digest(Array("- [ ] one\n".utf8))
        #expect(a == AtomicFileWriter.digest(Array("- [ ] one\n".utf8)))
        #expect(a != AtomicFileWriter.digest(Array("- [x] one\n".utf8)))
        #expect(AtomicFileWriter.digest([]) == 0xcbf2_9ce4_8422_2325)  // FNV-1a's offset basis
        #expect(AtomicFileWriter.digest(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)  // the published FNV-1a 64 value
        // Any one byte of a longer text, changed to any other value, changes it.
        let text = Array("- [ ] Swarm preview\n - [ ] Mesos preview\n".utf8)
        let base = AtomicFileWriter.digest(text)
        for i in text.indices {
            for v: UInt8 in [0x00, 0x20, 0x58, 0x78, 0xFF] where v != text[i] {
                var changed = text
                changed[i] = v
                #expect(AtomicFileWriter.digest(changed) != base)
            }
        }
    }

    /// The digest of a file read a mebibyte at a time, before the rename, is the digest of its
    /// bytes read whole, at every size around the pieces' edges.
    @Test func aFileDigestIsTheDigestOfItsBytes() {
        withTemporaryDirectory { dir in
            for size in [0, 1, 7, 8, 31, 32, 33, 100, 1 << 20, (1 << 20) + 5, (1 << 20) + 64, 3 << 20] {
                let bytes = (0 ..< size).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
                let path = dir + "/f\(size)"
                writeFile(path, String(decoding: [], as: UTF8.self))
                _ = try? AtomicFileWriter.write(bytes, to: path, expecting: nil)
                #expect(AtomicFileWriter.digest(ofFileAt: path) == AtomicFileWriter.digest(bytes), "\(size) bytes")
            }
            // Whether all is ASCII, learnt with it: a byte above 0x7F anywhere, in a lane or the tail.
            let text = Array(String(repeating: "- [ ] Swarm preview\n", count: 5).utf8)
            #expect(AtomicFileWriter.digestNotingASCII(text) == (AtomicFileWriter.digest(text), true))
            for i in [0, 9, 31, 32, 63, text.count - 1] {
                var other = text
                other[i] = 0xC3
                #expect(AtomicFileWriter.digestNotingASCII(other).ascii == false, "byte \(i)")
            }
            // A longer text with one word changed, in any of the four lanes.
            let long = Array(String(repeating: "- [ ] Swarm preview\n", count: 40).utf8)
            for i in stride(from: 0, to: long.count, by: 7) {
                var changed = long
                changed[i] ^= 0x01
                #expect(AtomicFileWriter.digest(changed) != AtomicFileWriter.digest(long))
            }
        }
    }

    @Test func aFileWithHardLinksIsRefused() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/ROADMAP.md"
            writeFile(path, "# R\n\n## A\n\n- [ ] one\n")
            #expect(link(path, dir + "/other-name.md") == 0)
            let e = try DocumentEditor.open(path)
            #expect(throws: EditError.hardLinked(path: path, links: 2)) { try e.write(try e.setChecked(true, item: 0, selectors: ["1"], all: false)) }
            #expect(EditError.hardLinked(path: path, links: 2).description.hasPrefix("\(path) has 2 hard links; nothing was written"))
            #expect(try FileSystem.readFile(dir + "/other-name.md", limit: 1 << 20) == Array("# R\n\n## A\n\n- [ ] one\n".utf8))
            #expect(entries(of: dir) == ["ROADMAP.md", "other-name.md"])
        }
    }

    @Test func staleTemporaryFilesOfOursAreRemoved() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/ROADMAP.md"
            writeFile(path, "# R\n\n## A\n\n- [ ] one\n")
            let hourAgo = FileSystem.status(of: path)!.modified - 3600 * 1_000_000_000
            for name in [".ROADMAP.md.roadmap-a1B2c3", ".ROADMAP.md.roadmap-fresh1", ".ROADMAP.md.roadmap-long123", ".other.md.roadmap-a1B2c3", ".ROADMAP.md.swp"] {
                writeFile(dir + "/" + name, "half a document")
                if name != ".ROADMAP.md.roadmap-fresh1" { setModified(dir + "/" + name, hourAgo) }
            }
            let e = try DocumentEditor.open(path)
            try e.write(try e.setChecked(true, item: 0, selectors: ["1"], all: false))
            // Ours and old: gone. A young one may be a write under way; other names are not ours.
            #expect(entries(of: dir) == [".ROADMAP.md.roadmap-fresh1", ".ROADMAP.md.roadmap-long123", ".ROADMAP.md.swp", ".other.md.roadmap-a1B2c3", "ROADMAP.md"])
        }
    }

    @Test func ownerGroupAndModeAreKept() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/ROADMAP.md"
            writeFile(path, "# R\n\n## A\n\n- [ ] one\n")
            chmod(path, 0o640)
            // Root may give the file away, as a shared checkout has it; others keep their own.
            let giveAway = getuid() == 0
            if giveAway { #expect(chown(path, 4321, 4322) == 0) }
            let before = FileSystem.owner(of: path)!
            let e = try DocumentEditor.open(path)
            try e.write(try e.setChecked(true, item: 0, selectors: ["1"], all: false))
            let after = FileSystem.owner(of: path)!
            #expect(after.user == before.user && after.group == before.group)
            if giveAway { #expect(after.user == 4321 && after.group == 4322) }
            #expect(FileSystem.status(of: path)!.mode == 0o640)
        }
    }
}
