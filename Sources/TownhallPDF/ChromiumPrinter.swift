import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Prints a self-contained HTML file to PDF with headless Chromium: the deck's own print CSS
/// (`@page` 16in × 9in, one slide a page, backgrounds kept) decides the pages.
///
/// Chromium runs with a private, temporary profile and no way to reach the network (every
/// host resolves to nothing and every request goes to a dead proxy), in its own process group,
/// and is stopped, with everything it started, when it runs past the deadline.
public struct ChromiumPrinter: Sendable {
    /// The browser's path.
    public let executable: String
    /// Seconds the browser gets to print one file.
    public var timeout: Int

    /// Names a browser is installed under, in the order they are looked for on `PATH`.
    public static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The browser at `path` (`--chromium`), else the first of `names` on `PATH`.
    /// - Throws: `PDFError.noChromium` saying where it looked.
    public init(path: String?, searchPath: String? = ProcessInfo.processInfo.environment["PATH"], timeout: Int = 60) throws {
        self.timeout = timeout
        if let path {
            guard access(path, X_OK) == 0 else { throw PDFError.noChromium("at \(path) (--chromium)") }
            executable = path
            return
        }
        for dir in (searchPath ?? "").split(separator: ":", omittingEmptySubsequences: true) {
            for name in Self.names {
                let candidate = "\(dir)/\(name)"
                var info = stat()
                if stat(candidate, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, access(candidate, X_OK) == 0 {
                    executable = candidate
                    return
                }
            }
        }
        throw PDFError.noChromium("on PATH (looked for \(Self.names.joined(separator: ", ")))")
    }

    /// The command line for printing `html` to `pdf` with the profile in `profile`.
    public func arguments(html: String, pdf: String, profile: String) -> [String] {
        var args = [
            "--headless=new", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-sync", "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
            "--disable-features=Translate,MediaRouter,OptimizationHints", "--mute-audio", "--hide-scrollbars",
            "--disable-dev-shm-usage",
            "--user-data-dir=\(profile)", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=5000",
            "--run-all-compositor-stages-before-draw", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)",
        ]
        if geteuid() == 0 { args.append("--no-sandbox") }  // Chromium refuses to run as root with its sandbox
        args.append(URL(fileURLWithPath: html).absoluteString)
        return args
    }

    /// Prints the HTML file at `html` (its name ending in `.html`, which is how Chromium knows
    /// it is HTML) and returns the PDF's bytes.
    /// - Throws: `PDFError` when Chromium cannot start, fails, or runs past `timeout`.
    public func print(file html: String) throws -> [UInt8] {
        try inWorkFolder { work in try print(html, in: work) }
    }

    /// Prints an HTML document given as text.
    public func print(document: String) throws -> [UInt8] {
        try inWorkFolder { work in
            let file = work.appendingPathComponent("document.html").path
            guard FileManager.default.createFile(atPath: file, contents: Data(document.utf8)) else {
                throw PDFError.failed("cannot write the page to print into \(work.path)")
            }
            return try print(file, in: work)
        }
    }

    /// Runs `body` with a fresh private folder (the browser's profile, its log, the PDF), removed after.
    func inWorkFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let work = FileManager.default.temporaryDirectory
            .appendingPathComponent("townhall-pdf-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        } catch {
            throw PDFError.failed("cannot create a temporary folder for Chromium: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: work) }
        return try body(work)
    }

    func print(_ html: String, in work: URL) throws -> [UInt8] {
        let pdf = work.appendingPathComponent("print.pdf").path
        let log = work.appendingPathComponent("chromium.log").path
        try run(arguments(html: html, pdf: pdf, profile: work.appendingPathComponent("profile").path), log: log)
        guard let data = FileManager.default.contents(atPath: pdf), data.starts(with: Array("%PDF".utf8)) else {
            throw PDFError.failed(Self.lastLine(of: log) ?? "it wrote no PDF")
        }
        return Array(data)
    }

    /// Runs the browser in its own process group, output to `log`, killing the group at the deadline.
    func run(_ args: [String], log: String) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let argv = ([executable] + args).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw PDFError.failed("cannot start \(executable): \(String(cString: strerror(spawned)))") }
        let deadline = Date().addingTimeInterval(TimeInterval(timeout))
        var status: Int32 = 0
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r < 0 && errno != EINTR { throw PDFError.failed("lost track of Chromium: \(String(cString: strerror(errno)))") }
            if Date() >= deadline {
                kill(-pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw PDFError.timedOut(seconds: timeout)
            }
            usleep(20_000)
        }
        kill(-pid, SIGKILL)  // helpers it left behind, if any
        let exited = (status & 0x7f) == 0
        let code = (status >> 8) & 0xff
        if !exited || code != 0 {
            throw PDFError.failed(Self.lastLine(of: log) ?? (exited ? "exit status \(code)" : "stopped by signal \(status & 0x7f)"))
        }
    }

    /// The last line Chromium printed that says something, cut short (its log can be long).
    static func lastLine(of log: String) -> String? {
        guard let data = FileManager.default.contents(atPath: log) else { return nil }
        let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return line.map { String($0.prefix(300)) }
    }
}
