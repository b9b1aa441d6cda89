#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents atomically: the new bytes go to a temporary file in the same
/// directory, which is flushed to disk, given the original's permissions and renamed over
/// the original. A reader sees the old file or the new one, never half of one; on any error
/// the original is untouched and the temporary file removed.
public enum AtomicFileWriter {
    /// What a file looked like when it was read: writing is refused if it changed since.
    public struct Snapshot: Equatable, Sendable {
        public var size: Int
        public var modified: Int
        public var mode: UInt32

        public static func of(_ path: String) -> Snapshot? {
            FileSystem.status(of: path).map { Snapshot(size: $0.size, modified: $0.modified, mode: $0.mode) }
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
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(directory.isEmpty ? "/" : directory)/.\(name).roadmap-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .unwritable(path: path, reason: "cannot create a temporary file beside it: \(FileSystem.errorText())") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: String? = nil
        if !FileSystem.writeAll(bytes, to: fd) { failure = FileSystem.errorText() }
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
        if let snapshot, let now = Snapshot.of(path), now.size != snapshot.size || now.modified != snapshot.modified {
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
}
