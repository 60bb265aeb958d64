import TownhallCommand

/// The process around the command: its arguments in, its exit status out.
@main
struct Main {
    static func main() {
        CLI.main(Array(CommandLine.arguments.dropFirst()))
    }
}
