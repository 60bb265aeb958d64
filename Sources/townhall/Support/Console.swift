import Foundation

/// Where messages go: errors and warnings on stderr, the summary on stdout.
enum Console {
    enum Stream { case standardOutput, standardError }

    static func line(_ text: String, to stream: Stream = .standardOutput) {
        let data = Data((text + "\n").utf8)
        switch stream {
        case .standardOutput: FileHandle.standardOutput.write(data)
        case .standardError: FileHandle.standardError.write(data)
        }
    }

    /// `townhall: error: message`
    static func error(_ message: String) { line("townhall: error: \(message)", to: .standardError) }

    /// `townhall: warning: message`
    static func warning(_ message: String) { line("townhall: warning: \(message)", to: .standardError) }

    /// `true` when stderr is a terminal (progress is shown only there).
    static var stderrIsTerminal: Bool { isatty(2) == 1 }
}

/// A progress line on stderr, shown only on a terminal, only once the work has taken about a second.
struct Progress {
    let enabled: Bool
    let started = Date()
    private(set) var shown = false

    init(quiet: Bool) {
        enabled = !quiet && Console.stderrIsTerminal
    }

    mutating func step(_ what: String) {
        guard enabled, Date().timeIntervalSince(started) > 1 else { return }
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[2Ktownhall: \(what)…".utf8))
    }

    mutating func done() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        shown = false
    }
}
