import RoadmapText

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file system calls the library makes, on POSIX directly: reading a file is one
/// `read` into an array, with no intermediate copies.
public enum FileSystem {
    public enum Kind: Sendable { case file, directory, other, missing }

    public static func kind(of path: String) -> Kind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Size, modification time (ns) and permission bits of a file.
    public static func status(of path: String) -> (size: Int, modified: Int, mode: UInt32)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        #if canImport(Darwin)
        let ns = Int(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int(st.st_mtimespec.tv_nsec)
        #else
        let ns = Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec)
        #endif
        return (Int(st.st_size), ns, UInt32(st.st_mode & 0o7777))
    }

    /// The owner, group and number of hard links of a file.
    public static func owner(of path: String) -> (user: uid_t, group: gid_t, links: Int)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return (st.st_uid, st.st_gid, Int(st.st_nlink))
    }

    /// The whole file, or an `IOError` naming `path`.
    public static func readFile(_ path: String, limit: Int) throws(IOError) -> [UInt8] {
        switch kind(of: path) {
        case .missing: throw .notFound(path: path)
        case .directory, .other: throw .notAFile(path: path)
        case .file: break
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(path: path, reason: errorText()) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .unreadable(path: path, reason: errorText()) }
        let size = Int(st.st_size)
        guard size <= limit else { throw .tooLarge(path: path, size: size, limit: limit) }
        var failure: String? = nil
        // Not zero-filled first: `read` writes every byte kept (a 70 MB roadmap is 70 MB less to write).
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
            count = readFully(fd, into: UnsafeMutableRawBufferPointer(buf), failure: &failure)
        }
        if let failure { throw .unreadable(path: path, reason: failure) }
        return bytes
    }

    /// Reads from `fd` until `buffer` is full or the file ends; returns how many bytes were
    /// read, and on an error sets `failure` to its text.
    public static func readFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, failure: inout String?) -> Int {
        var total = 0
        while total < buffer.count {
            let n = read(fd, buffer.baseAddress! + total, buffer.count - total)
            if n < 0 {
                if errno == EINTR { continue }
                failure = errorText()
                return total
            }
            if n == 0 { break }
            total += n
        }
        return total
    }

    /// All of standard input, up to `limit` bytes; errors name it `-`, as it was given.
    public static func readStandardInput(limit: Int) throws(IOError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: "-", reason: errorText())
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0 ..< n])
            if bytes.count > limit { throw .tooLarge(path: "-", size: bytes.count, limit: limit) }
        }
    }

    /// The absolute path with symbolic links resolved, or nil when there is no such file.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Where `path` is or would be: its real path, or for a file not there yet its folder's
    /// real path and its name; `path` itself when neither resolves.
    public static func resolvedPath(_ path: String) -> String {
        if let real = realPath(path) { return real }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard let real = realPath(folder.isEmpty ? "/" : folder) else { return path }
        return (real == "/" ? "" : real) + "/" + name
    }

    /// Makes folder `path` and the folders above it that are missing, as `mkdir -p` does.
    public static func makeDirectories(_ path: String) throws(IOError) {
        var made = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            made += (made.isEmpty || made.hasSuffix("/") ? "" : "/") + part
            if kind(of: made) == .directory { continue }
            if mkdir(made, 0o777) != 0 && kind(of: made) != .directory {
                throw .unwritable(path: path, reason: errorText())
            }
        }
    }

    /// Whether `path` is a symbolic link.
    package static func isSymbolicLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFLNK
    }

    /// Files below `directory` (recursively, hidden entries skipped), sorted by path. Links to
    /// directories are not followed, so a link loop cannot make it walk forever.
    public static func files(under directory: String) -> [String] {
        var out: [String] = []
        var pending = [directory]
        while let dir = pending.popLast() {
            guard let handle = opendir(dir) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                switch kind(of: path) {
                case .directory: if !isSymbolicLink(path) { pending.append(path) }
                case .file: out.append(path)
                default: break
                }
            }
        }
        return out.sorted()
    }

    /// Writes all of `bytes` to `fd`, retrying short writes; false on an error (see `errno`).
    package static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        write(bytes, to: fd) == bytes.count
    }

    /// Writes `bytes` to `fd`, retrying short writes, and returns how many were written: all of
    /// them, unless an error (see `errno`) or a write of nothing stopped it.
    package static func write(_ bytes: [UInt8], to fd: Int32) -> Int {
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                #if canImport(Glibc)
                let n = Glibc.write(fd, raw.baseAddress! + done, raw.count - done)
                #elseif canImport(Musl)
                let n = Musl.write(fd, raw.baseAddress! + done, raw.count - done)
                #else
                let n = Darwin.write(fd, raw.baseAddress! + done, raw.count - done)
                #endif
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { break }
                done += n
            }
            return done
        }
    }

    package static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
