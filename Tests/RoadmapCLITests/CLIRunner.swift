import Foundation

/// Runs the built `roadmap` executable, as a user would, and captures what it prints.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: "\(#filePath)")
        for _ in 0 ..< 3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The executable `swift build` put beside the test bundle.
    static let executable: String = {
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates = [bundle.appendingPathComponent("roadmap").path, packageRoot + "/.build/debug/roadmap"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
    }()

    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? packageRoot)
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }

    static func fixture(_ name: String) -> String { packageRoot + "/Tests/RoadmapCoreTests/Fixtures/" + name }

    /// Where this test process keeps its sandboxes: one directory, removed when the process
    /// exits, so test runs leave nothing behind in the temporary directory.
    static let sandboxes: URL = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-cli-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        atexit {
            try? FileManager.default.removeItem(at: FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-cli-\(getpid())"))
        }
        return dir
    }()

    /// A fresh directory holding copies of the given fixtures (named as given).
    static func sandbox(_ files: [String: String]) throws -> String {
        let dir = sandboxes.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, contents) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir.path
    }
}
