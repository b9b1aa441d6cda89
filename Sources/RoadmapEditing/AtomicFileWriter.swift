import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents atomically: the new bytes go to a temporary file in the same
/// directory, which is flushed to disk, given the original's permissions, owner and group and
/// renamed over the original. A reader sees the old file or the new one, never half of one; on
/// any error the original is untouched and the temporary file removed.
///
/// Right before the rename, the file is compared with what was read (size, modification time
/// and a digest of its bytes): a file someone else saved in between is not overwritten. A file
/// with several hard links is refused, since the rename would split it from its other names.
/// Temporary files a killed write left behind (`.NAME.roadmap-XXXXXX`, older than
/// `staleTemporaryAge`) are removed before writing.
public enum AtomicFileWriter {
    /// What a file looked like when it was read: writing is refused if it changed since.
    public struct Snapshot: Equatable, Sendable {
        public var size: Int
        public var modified: Int
        public var mode: UInt32
        /// A digest (`AtomicFileWriter.digest`) of the bytes read, when the reader gives it: it
        /// sees a change of the same size whose modification time was put back (`cp -p`, `rsync -t`).
        public var digest: UInt64? = nil

        public init(size: Int, modified: Int, mode: UInt32, digest: UInt64? = nil) {
            self.size = size
            self.modified = modified
            self.mode = mode
            self.digest = digest
        }

        /// The file's size, modification time and mode now (no digest: the caller has the bytes).
        public static func of(_ path: String) -> Snapshot? {
            FileSystem.status(of: path).map { Snapshot(size: $0.size, modified: $0.modified, mode: $0.mode) }
        }
    }

    /// Seconds after which a temporary file of ours beside a document is a killed write's
    /// leftover (a write takes milliseconds; a live one is never this old).
    public static let staleTemporaryAge = 10 * 60

    /// A 64-bit FNV-1a digest of `bytes`, taken eight bytes at a time in four lanes (words 0, 4,
    /// 8… in the first, 1, 5, 9… in the second: the multiplications of the four run side by
    /// side, a 70 MB roadmap in a few milliseconds), the lanes then folded into one hash and
    /// the last few words and bytes added one by one: below eight bytes it is FNV-1a itself.
    /// Each step is a bijection of its lane or
    /// of the hash, so a change within any eight bytes always changes it; it guards against
    /// accidents, not against forged collisions.
    public static func digest(_ bytes: [UInt8]) -> UInt64 {
        digestNotingASCII(bytes).digest
    }

    /// `digest(bytes)`, and whether every byte is ASCII, learnt in the same pass.
    static func digestNotingASCII(_ bytes: [UInt8]) -> (digest: UInt64, ascii: Bool) {
        var state = Digest()
        return bytes.withUnsafeBytes { raw in
            let taken = state.add(raw)
            var high = state.high
            for byte in raw[taken...] { high |= UInt64(byte) }
            return (state.finish(raw[taken...]), high & 0x8080_8080_8080_8080 == 0)
        }
    }

    /// The running state of `digest`.
    private struct Digest {
        static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
        static let prime: UInt64 = 0x0000_0100_0000_01B3
        var a = seed, b = seed ^ 1, c = seed ^ 2, d = seed ^ 3
        /// Whether any group was added: below 32 bytes the lanes are left out, so that below
        /// eight bytes the digest is FNV-1a itself.
        var grouped = false
        /// The words added, or-ed together: their high bits tell whether all was ASCII.
        var high: UInt64 = 0

        /// Adds the whole groups of 32 bytes of `raw`; returns how many bytes it took.
        mutating func add(_ raw: UnsafeRawBufferPointer) -> Int {
            let groups = raw.count / 32
            for g in 0 ..< groups {
                let o = g * 32
                let w0 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: o, as: UInt64.self))
                let w1 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: o + 8, as: UInt64.self))
                let w2 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: o + 16, as: UInt64.self))
                let w3 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: o + 24, as: UInt64.self))
                a = (a ^ w0) &* Self.prime
                b = (b ^ w1) &* Self.prime
                c = (c ^ w2) &* Self.prime
                d = (d ^ w3) &* Self.prime
                high |= w0 | w1 | w2 | w3
            }
            grouped = grouped || groups > 0
            return groups * 32
        }

        /// The digest, with `rest` (fewer than 32 bytes) after what was added.
        func finish(_ rest: Slice<UnsafeRawBufferPointer>) -> UInt64 {
            var hash = Self.seed
            if grouped { for lane in [a, b, c, d] { hash = (hash ^ lane) &* Self.prime } }
            let raw = UnsafeRawBufferPointer(rebasing: rest)
            let words = raw.count / 8
            for i in 0 ..< words { hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))) &* Self.prime }
            for byte in raw[(words * 8)...] { hash = (hash ^ UInt64(byte)) &* Self.prime }
            return hash
        }
    }

    /// `digest` of the file at `path` as it is now, read a mebibyte at a time (no copy of the
    /// whole file in memory); nil when it cannot be read.
    static func digest(ofFileAt path: String) -> UInt64? {
        let fd = open(path, O_RDONLY | O_NONBLOCK)  // never waits on a FIFO put in its place
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 32)
        defer { chunk.deallocate() }
        var state = Digest()
        var failure: String? = nil
        while true {
            // Full chunks (whole groups of 32 bytes) until the last.
            let n = FileSystem.readFully(fd, into: chunk, failure: &failure)
            if failure != nil { return nil }
            let piece = UnsafeRawBufferPointer(rebasing: chunk[0 ..< n])
            let taken = state.add(piece)
            if n < chunk.count { return state.finish(piece[taken...]) }
        }
    }

    /// With `creating`, a file that does not exist yet is made (mode 0644).
    public static func write(_ bytes: [UInt8], to givenPath: String, expecting snapshot: Snapshot?, creating: Bool = false) throws(EditError) {
        // Through a symbolic link, the file it points at is the one to replace (the link stays).
        let path = FileSystem.realPath(givenPath) ?? givenPath
        if creating && FileSystem.kind(of: path) == .missing {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            guard fd >= 0 else { throw .unwritable(path: path, reason: FileSystem.errorText()) }
            close(fd)
        }
        guard FileSystem.kind(of: path) == .file else { throw .unwritable(path: path, reason: "not a regular file") }
        // A file nobody may write is left alone, even by root, who could.
        if let mode = FileSystem.status(of: path)?.mode, mode & 0o222 == 0 { throw .readOnly(path: path) }
        if access(path, W_OK) != 0 { throw .unwritable(path: path, reason: FileSystem.errorText()) }
        let owner = FileSystem.owner(of: path)
        // The rename would give this name a new file and leave the other names on the old one.
        if let links = owner?.links, links > 1 { throw .hardLinked(path: path, links: links) }
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        removeStaleTemporaries(of: name, in: directory.isEmpty ? "/" : directory)
        var template = Array("\(directory.isEmpty ? "/" : directory)/.\(name).roadmap-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .unwritable(path: path, reason: "cannot create a temporary file beside it: \(FileSystem.errorText())") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: String? = nil
        if !FileSystem.writeAll(bytes, to: fd) { failure = FileSystem.errorText() }
        // Owner and group first: changing them may clear set-id bits, which the mode then restores.
        // Only root (or the owner, for a group it is in) may give them; otherwise the writer owns it.
        if failure == nil, let owner, fchown(fd, owner.user, owner.group) != 0 {
            // Not allowed to give the file to its owner: keep at least its group, if ours.
            if errno == EPERM { _ = fchown(fd, uid_t.max, owner.group) } else { failure = FileSystem.errorText() }
        }
        if failure == nil, let mode = snapshot?.mode ?? FileSystem.status(of: path)?.mode, fchmod(fd, mode_t(mode)) != 0 {
            failure = FileSystem.errorText()
        }
        if failure == nil, fsync(fd) != 0 { failure = FileSystem.errorText() }
        close(fd)
        if let failure {
            unlink(temporary)
            throw .unwritable(path: path, reason: failure)
        }
        // The last moment to notice someone else's change: compare with what was read.
        if let snapshot, !unchanged(path, since: snapshot) {
            unlink(temporary)
            throw .changedOnDisk(path: path)
        }
        if rename(temporary, path) != 0 {
            let reason = FileSystem.errorText()
            unlink(temporary)
            throw .unwritable(path: path, reason: reason)
        }
        // Make the rename itself durable.
        let dirfd = open(directory.isEmpty ? "/" : directory, O_RDONLY)
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }

    /// Whether `path` still is the file `snapshot` describes: same size and time, and, when the
    /// snapshot has one, the same digest.
    static func unchanged(_ path: String, since snapshot: Snapshot) -> Bool {
        guard let now = Snapshot.of(path), now.size == snapshot.size, now.modified == snapshot.modified else { return false }
        guard let expected = snapshot.digest else { return true }
        return Self.digest(ofFileAt: path) == expected
    }

    /// Removes `.NAME.roadmap-XXXXXX` files in `directory` older than `staleTemporaryAge`: what a
    /// write killed between creating its temporary file and renaming it leaves. Younger ones
    /// may be another write's, under way.
    static func removeStaleTemporaries(of name: String, in directory: String) {
        let prefix = ".\(name).roadmap-"
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        while let entry = readdir(handle) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            // mkstemp's six characters, letters and digits.
            guard entryName.hasPrefix(prefix), entryName.utf8.count == prefix.utf8.count + 6,
                entryName.utf8.suffix(6).allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) })
            else { continue }
            let path = directory + "/" + entryName
            guard !FileSystem.isSymbolicLink(path), FileSystem.kind(of: path) == .file,
                let status = FileSystem.status(of: path), Int(now.tv_sec) - status.modified / 1_000_000_000 > staleTemporaryAge
            else { continue }
            unlink(path)
        }
    }
}
