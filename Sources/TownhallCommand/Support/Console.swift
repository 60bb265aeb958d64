import Foundation
import TownhallCore

/// What a run talks to: stdout and stderr, whether stderr is a terminal, the environment, and
/// what to do when the process is interrupted. The process's own console is `Console.process`;
/// tests give one that captures what is written, so the command runs in-process.
public final class Console: @unchecked Sendable {
    /// Receives text exactly as it would reach the stream.
    public typealias Writer = @Sendable (String) -> Void

    private let standardOutput: Writer
    private let standardError: Writer
    /// `true` when stderr is a terminal (progress is shown only there).
    public let stderrIsTerminal: Bool
    /// The environment the run sees (`SOURCE_DATE_EPOCH`, `COLUMNS`…).
    public let environment: [String: String]
    /// Width help text is wrapped to; `nil`: the terminal's, as ArgumentParser finds it.
    public let columns: Int?
    /// Called on SIGINT, SIGTERM or SIGHUP after the run's temporary files are removed; `nil`:
    /// signals are left alone (a test process keeps its own handlers).
    let interrupted: (@Sendable (Int32) -> Void)?
    /// Temporary files of the run, removed when it is interrupted.
    let temporaries = TemporaryFiles()

    private let lock = NSLock()
    private weak var progress: Progress?

    public init(standardOutput: @escaping Writer, standardError: @escaping Writer, stderrIsTerminal: Bool = false,
                environment: [String: String] = [:], columns: Int? = 80,
                interrupted: (@Sendable (Int32) -> Void)? = nil) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.stderrIsTerminal = stderrIsTerminal
        self.environment = environment
        self.columns = columns
        self.interrupted = interrupted
    }

    /// The process's stdout and stderr, environment and terminal; `interrupted` ends the process.
    public static func process(interrupted: @escaping @Sendable (Int32) -> Void) -> Console {
        Console(standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
                standardError: { FileHandle.standardError.write(Data($0.utf8)) },
                stderrIsTerminal: isatty(2) == 1, environment: ProcessInfo.processInfo.environment,
                columns: nil, interrupted: interrupted)
    }

    enum Stream { case standardOutput, standardError }

    func line(_ text: String, to stream: Stream = .standardOutput) {
        clearProgress()  // a message never lands in the middle of the progress line
        write(Self.visible(text) + "\n", to: stream)
    }

    /// Writes `text` as it is (ArgumentParser's help and usage, the progress line).
    func write(_ text: String, to stream: Stream) {
        switch stream {
        case .standardOutput: standardOutput(text)
        case .standardError: standardError(text)
        }
    }

    /// `text` with every control character shown escaped, line breaks kept: messages quote
    /// input text, which must not drive the terminal (`TerminalText`, the core's one rule).
    static func visible(_ text: String) -> String { TerminalText.escape(text, keepLineBreaks: true) }

    /// `townhall: error: message`
    func error(_ message: String) { line("townhall: error: \(message)", to: .standardError) }

    /// `townhall: note: message` (what townhall recognised; silenced by `--quiet` like warnings)
    func note(_ message: String) { line("townhall: note: \(message)", to: .standardError) }

    /// `townhall: warning: message`
    func warning(_ message: String) { line("townhall: warning: \(message)", to: .standardError) }

    /// `1 key result`, `2 key results`: counts in messages read right for one.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// The generation time: now, or `SOURCE_DATE_EPOCH` for reproducible outputs.
    var generationDate: Date {
        if let s = environment["SOURCE_DATE_EPOCH"], let t = TimeInterval(s) {
            return Date(timeIntervalSince1970: t)
        }
        return Date()
    }

    /// Removes the run's temporary files if the process is interrupted (when this console handles signals).
    func cleanUpOnInterrupt() {
        guard let interrupted else { return }
        temporaries.installSignalHandlers(then: interrupted)
    }

    /// A progress line for a run; shown only on a terminal and unless `quiet`.
    func progressLine(quiet: Bool) -> Progress {
        let p = Progress(console: self, shown: !quiet && stderrIsTerminal)
        lock.withLock { progress = p }
        return p
    }

    private func clearProgress() {
        let p = lock.withLock { progress }
        p?.clearLine()
    }
}

/// A progress line on stderr: shown only on a terminal, only once the run has taken about a
/// second, refreshed by a timer (so a long step still shows it is alive), erased when done.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private var stage = "starting"
    private var shown = false
    private let started = Date()
    private var timer: DispatchSourceTimer?
    private unowned let console: Console

    init(console: Console, shown visible: Bool) {
        self.console = console
        guard visible else { return }
        let t = DispatchSource.makeTimerSource(queue: .global())
        t.schedule(deadline: .now() + 1, repeating: 0.25)
        t.setEventHandler { [weak self] in self?.draw() }
        t.resume()
        timer = t
    }

    /// Names the step now running.
    func step(_ what: String) { lock.withLock { stage = what } }

    private func draw() {
        lock.withLock {
            let seconds = Int(Date().timeIntervalSince(started))
            let spinner = Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")[Int(Date().timeIntervalSince(started) * 4) % 10]
            console.write("\r\u{1B}[2K\(spinner) townhall: \(stage)… \(seconds) s", to: .standardError)
            shown = true
        }
    }

    /// Erases the line on screen; its timer draws it again.
    func clearLine() {
        lock.withLock {
            if shown { console.write("\r\u{1B}[2K", to: .standardError) }
            shown = false
        }
    }

    /// Stops the timer and erases the line.
    func done() {
        timer?.cancel()
        timer = nil
        clearLine()
    }

    deinit { timer?.cancel() }
}
