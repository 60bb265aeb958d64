import ArgumentParser
import Foundation

/// `townhall`: close an OKR cycle. The command only parses arguments, moves bytes between
/// files and the core, and maps outcomes to exit codes (SPEC §1).
public enum CLI {
    /// Runs `townhall arguments…` against `console` and returns the exit status; nothing here
    /// ends the process, so tests drive every command in-process.
    public static func run(_ arguments: [String], console: Console) -> Int32 {
        // Bare `townhall` is a usage mistake (64), not a request for help: the usage goes to stderr.
        if arguments.isEmpty {
            console.line(TownhallCommand.helpMessage(columns: console.columns), to: .standardError)
            return ExitStatus.usage.rawValue
        }
        // ArgumentParser spells the version flag only `--version`; `-V` is the common short form.
        if arguments == ["-V"] {
            console.line(Version.string)
            return ExitStatus.ok.rawValue
        }
        do {
            var command = try TownhallCommand.parseAsRoot(arguments)
            if let own = command as? any ConsoleCommand {
                try own.run(console)
            } else {
                try command.run()  // ArgumentParser's own: `help <command>`
            }
            return ExitStatus.ok.rawValue
        } catch let failure as Failure {
            console.error(failure.message)
            return failure.status.rawValue
        } catch {
            let code = TownhallCommand.exitCode(for: error)
            if code == .success || error is CleanExit {
                // Help and version, as ArgumentParser prints them: on stdout, one line break after.
                let text = TownhallCommand.fullMessage(for: error, columns: console.columns)
                if !text.isEmpty { console.write(text + "\n", to: code == .success ? .standardOutput : .standardError) }
                return code.rawValue
            }
            console.error(TownhallCommand.message(for: error))
            console.line("See 'townhall help' and 'townhall help <command>'.", to: .standardError)
            return code == .validationFailure || code.rawValue == 1 ? ExitStatus.usage.rawValue : code.rawValue
        }
    }
}

/// A subcommand run against the console it is given (ArgumentParser's `run()` has no arguments).
protocol ConsoleCommand: ParsableCommand {
    func run(_ console: Console) throws
}

struct TownhallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "townhall",
        abstract: "Close an OKR cycle: score it, check it against the playbook, and write the town-hall outputs.",
        discussion: """
            Exit status: 0 done (warnings allowed), 64 bad usage, 65 input data unusable
            (or too large for the memory available), 66 input file missing or unreadable,
            73 an output cannot be created (or the output folder is in use by another run).
            """,
        version: Version.string,
        subcommands: [Report.self, Lint.self, Explain.self, Init.self, History.self, PlaybookCommand.self]
    )

    /// `parseAsRoot` on a subcommand-only tool: this is never run.
    func run() throws { throw CleanExit.helpRequest(self) }
}

extension CleanExit {
    static func helpRequest(_ command: TownhallCommand) -> CleanExit { .helpRequest(TownhallCommand.self) }
}
