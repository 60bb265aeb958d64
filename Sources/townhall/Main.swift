import Foundation
import TownhallCommand

/// The process around the command: its arguments, stdout/stderr and environment in, its exit status out.
@main
struct Main {
    static func main() {
        let console = Console.process(interrupted: { signal in exit(128 + signal) })
        exit(CLI.run(Array(CommandLine.arguments.dropFirst()), console: console))
    }
}
