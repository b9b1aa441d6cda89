#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes set aside to be written later, in the order they came: an HTML page's cards wait
/// while its table of contents, which needs every item, is made.
///
/// Past `memoryLimit` they go to a temporary file, removed as soon as it is made (it lives only
/// as long as the buffer), so a large page is not held in memory. Where no temporary file can
/// be made or written, they stay in memory: slower to hold, never lost.
public final class SpillBuffer {
    private let memoryLimit: Int
    /// Bytes not in the file; they come after everything in it.
    private var memory: [UInt8] = []
    /// The temporary file, or -1; `failed`: it could not be made or written, so no more tries.
    private var file: Int32 = -1
    private var failed = false

    public init(memoryLimit: Int = 1 << 20) {
        self.memoryLimit = memoryLimit
    }

    deinit {
        if file >= 0 { close(file) }
    }

    /// Sets `bytes` aside after those already there.
    public func append(_ bytes: [UInt8]) {
        memory.append(contentsOf: bytes)
        if memory.count >= memoryLimit { spill() }
    }

    /// Hands every byte set aside to `write`, in order, in pieces of at most 64 KiB or as
    /// appended; the buffer is empty after.
    public func drain(_ write: ([UInt8]) -> Void) {
        if file >= 0 {
            var piece = [UInt8](repeating: 0, count: 1 << 16)
            if lseek(file, 0, SEEK_SET) == 0 {
                while true {
                    let n = piece.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
                    if n < 0, errno == EINTR { continue }
                    guard n > 0 else { break }
                    write(n == piece.count ? piece : Array(piece[..<n]))
                }
            }
            close(file)
            file = -1
        }
        if !memory.isEmpty { write(memory) }
        memory = []
    }

    /// Moves the bytes in memory to the end of the file (made the first time).
    private func spill() {
        guard !failed else { return }
        if file < 0 {
            let directory = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
            var template = Array((directory + "/roadmap-spill-XXXXXX").utf8CString)
            file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard file >= 0 else { failed = true; return }
            // Removed at once: nobody sees it, and it goes when the buffer does, however the process ends.
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        }
        let written = FileSystem.write(memory, to: file)
        if written < memory.count { failed = true }
        // What could not be written stays in memory, after what the file holds.
        memory.removeSubrange(..<written)
    }
}
