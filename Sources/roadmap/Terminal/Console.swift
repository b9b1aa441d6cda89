#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import RoadmapCore

/// Where output goes, and what kind of place that is: data to standard output, messages to
/// standard error; colors and table widths only for a terminal.
struct Console {
    var stdoutIsTerminal: Bool
    var environment: [String: String]
    /// Columns of the terminal, or nil when standard output is not one (no truncation then).
    var width: Int?

    static func current() -> Console {
        var env: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.firstIndex(of: "=") { env[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
            p += 1
        }
        let tty = isatty(STDOUT_FILENO) == 1
        var width: Int? = nil
        if tty {
            var ws = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { width = Int(ws.ws_col) }
            if width == nil, let c = env["COLUMNS"].flatMap(Int.init), c > 0 { width = c }
            if width == nil { width = 80 }
        }
        return Console(stdoutIsTerminal: tty, environment: env, width: width)
    }

    /// Colors on a terminal, unless NO_COLOR is set (to anything) or `--color never`.
    func style(color: String?) -> TextStyle {
        switch color {
        case "always": return TextStyle(enabled: true)
        case "never": return .plain
        default: return TextStyle(enabled: stdoutIsTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb")
        }
    }

    func out(_ s: String) { Self.write(s, to: STDOUT_FILENO) }

    func err(_ s: String) { Self.write(s, to: STDERR_FILENO) }

    /// Bytes to standard output, for output written in pieces as it is made.
    func out(bytes: [UInt8]) { bytes.withUnsafeBufferPointer { Self.write($0, to: STDOUT_FILENO) } }

    /// Writes all of `s`, retrying short writes; a closed pipe (`roadmap list | head`) ends quietly.
    static func write(_ s: String, to fd: Int32) {
        var s = s
        s.withUTF8 { write($0, to: fd) }
    }

    static func write(_ buf: UnsafeBufferPointer<UInt8>, to fd: Int32) {
        guard let base = buf.baseAddress else { return }
        var done = 0
        while done < buf.count {
            let n = systemWrite(fd, base + done, buf.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(0) }
                return
            }
            done += n
        }
    }

    /// `roadmap: message` on standard error.
    func error(_ message: String) { err("roadmap: \(message)\n") }
}

/// The exit codes every command uses (README lists them).
enum ExitCode {
    static let success: Int32 = 0
    /// The command ran and found something (lint findings, stale rendered docs).
    static let findings: Int32 = 1
    /// A usage error, or an unknown or ambiguous item.
    static let usage: Int32 = 2
    /// A document could not be read or written.
    static let unreadable: Int32 = 3
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Musl)
private let systemWrite = Musl.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
