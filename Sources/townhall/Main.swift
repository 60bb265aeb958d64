import ArgumentParser
import Foundation

/// `townhall`: close an OKR cycle. The command only parses arguments, moves bytes between
/// files and the core, and maps outcomes to exit codes (SPEC §1).
@main
struct Main {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // Bare `townhall` is a usage mistake (64), not a request for help: the usage goes to stderr.
        if arguments.isEmpty {
            Console.line(TownhallCommand.helpMessage(), to: .standardError)
            exit(ExitStatus.usage.rawValue)
        }
        // ArgumentParser spells the version flag only `--version`; `-V` is the common short form.
        if arguments == ["-V"] {
            Console.line(Version.string)
            exit(0)
        }
        do {
            var command = try TownhallCommand.parseAsRoot(arguments)
            try command.run()
        } catch let failure as Failure {
            failure.report()
            exit(failure.status.rawValue)
        } catch {
            let code = TownhallCommand.exitCode(for: error)
            if code == .success || error is CleanExit {
                TownhallCommand.exit(withError: error)
            }
            Console.error(TownhallCommand.message(for: error))
            Console.line("See 'townhall help' and 'townhall help <command>'.", to: .standardError)
            exit(code == .validationFailure || code.rawValue == 1 ? ExitStatus.usage.rawValue : code.rawValue)
        }
    }
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
