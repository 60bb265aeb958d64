import Foundation
import TownhallCommand

/// One in-process `townhall` run: its exit status and what it wrote to stdout and stderr.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Runs `townhall arguments…` against a console that captures both streams, with
    /// `environment` as the whole environment (nothing leaks in from the test process).
    init(_ arguments: [String], environment: [String: String] = ["SOURCE_DATE_EPOCH": "1790000000"],
         stderrIsTerminal: Bool = false) {
        let out = Captured(), err = Captured()
        let console = Console(standardOutput: { out.append($0) }, standardError: { err.append($0) },
                              stderrIsTerminal: stderrIsTerminal, environment: environment, columns: 80)
        status = CLI.run(arguments, console: console)
        stdout = out.text
        stderr = err.text
    }

    /// `townhall: error: …` lines of stderr.
    var errors: [Substring] { stderr.split(separator: "\n").filter { $0.hasPrefix("townhall: error: ") } }
}

/// Text written from any thread (the progress line writes from a timer).
final class Captured: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""
    func append(_ s: String) { lock.withLock { buffer += s } }
    var text: String { lock.withLock { buffer } }
}

/// A temporary folder for one test, removed when the test is done with it.
final class Scratch {
    let url: URL
    var path: String { url.path }

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("townhall-command-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let p = url.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: p, contents: Data(text.utf8))
        return p
    }

    func file(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Names in `sub` (or the folder), sorted; empty when it does not exist.
    func names(_ sub: String? = nil) -> [String] {
        let dir = sub.map { url.appendingPathComponent($0).path } ?? path
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    }
}

/// The repository's sample cycle, check-ins and config.
enum Sample {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples")
    static let export = folder.appendingPathComponent("northwind-2026-q3.csv").path
    static let checkIns = folder.appendingPathComponent("northwind-2026-q3-checkins.csv").path
    static let config = folder.appendingPathComponent("townhall.toml").path
}

/// A small export with a row problem (line 3, column target) and nothing else amiss.
let smallExport = """
    team,objective,key_result,type,start,target,current,notes
    A,O,k1,committed,0,10,5,
    A,O,k2,committed,0,lots,5,
    B,P,k3,aspirational,0,10,9,

    """
