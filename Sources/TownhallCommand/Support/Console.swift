import Foundation
import TownhallCore

/// Where messages go: errors and warnings on stderr, the summary on stdout.
enum Console {
    enum Stream { case standardOutput, standardError }

    static func line(_ text: String, to stream: Stream = .standardOutput) {
        Progress.active.clearLine()  // a message never lands in the middle of the progress line
        let data = Data((visible(text) + "\n").utf8)
        switch stream {
        case .standardOutput: FileHandle.standardOutput.write(data)
        case .standardError: FileHandle.standardError.write(data)
        }
    }

    /// `text` with every control character shown escaped, line breaks kept: messages quote
    /// input text, which must not drive the terminal (`TerminalText`, the core's one rule).
    static func visible(_ text: String) -> String { TerminalText.escape(text, keepLineBreaks: true) }

    /// `townhall: error: message`
    static func error(_ message: String) { line("townhall: error: \(message)", to: .standardError) }

    /// `townhall: note: message` (what townhall recognised; silenced by `--quiet` like warnings)
    static func note(_ message: String) { line("townhall: note: \(message)", to: .standardError) }

    /// `townhall: warning: message`
    static func warning(_ message: String) { line("townhall: warning: \(message)", to: .standardError) }

    /// `1 key result`, `2 key results`: counts in messages read right for one.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// `true` when stderr is a terminal (progress is shown only there).
    static var stderrIsTerminal: Bool { isatty(2) == 1 }
}

/// A progress line on stderr: shown only on a terminal, only once the run has taken about a
/// second, refreshed by a timer (so a long step still shows it is alive), erased when done.
final class Progress: @unchecked Sendable {
    /// The progress line on screen, if any (messages erase it before they print).
    static let active = Progress(quiet: true)

    private let lock = NSLock()
    private var stage = "starting"
    private var shown = false
    private let started = Date()
    private var timer: DispatchSourceTimer?

    private weak var shownBy: Progress?

    init(quiet: Bool) {
        guard !quiet && Console.stderrIsTerminal else { return }
        Progress.active.lock.withLock { Progress.active.shownBy = self }
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
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(spinner) townhall: \(stage)… \(seconds) s".utf8))
            shown = true
        }
    }

    /// Erases the line of the progress on screen; its timer draws it again.
    func clearLine() {
        let owner = lock.withLock { shownBy }
        owner?.erase()
    }

    private func erase() {
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            shown = false
        }
    }

    /// Stops the timer and erases the line.
    func done() {
        timer?.cancel()
        timer = nil
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            shown = false
        }
    }

    deinit { timer?.cancel() }
}
