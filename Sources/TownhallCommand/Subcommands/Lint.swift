import ArgumentParser
import Foundation
import TownhallCore

/// `townhall lint`: the playbook checks only, grouped by team, editor-clickable.
struct Lint: ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a cycle against the OKR playbook and list its data problems (no outputs written).",
        discussion: """
            Reads the export like `report`, then prints the playbook findings grouped by team and
            every row problem and rejected row, one `FILE:LINE: ...` line each (editors can jump to
            them). Exits 0 when there are only warnings, 65 when the input is unusable.
            """)

    @OptionGroup var inputs: InputOptions

    @Option(help: "Check one team's subtree only (the team and every team under it by parent_team).")
    var team: String?

    @Flag(name: [.short, .long], help: "Print only the one-line summary.")
    var quiet = false

    func run(_ console: Console) throws {
        var report = try inputs.loadReport(console)
        if let team { report = try TeamRun.subtree(of: report, team: team) }
        let file = inputs.input
        InputOptions.noteProfile(report, quiet: quiet, console: console)
        if !quiet {
            for w in Listing.warnings(report.warnings) { console.warning(w.message) }
            var byTeam: [String: [CheckFinding]] = [:]
            for f in report.checks { byTeam[f.team, default: []].append(f) }
            for team in report.teams where byTeam[team.name] != nil {
                let findings = byTeam[team.name]!
                console.line("\(team.name)\(team.parent.map { " (in \($0))" } ?? "") — \(findings.count) finding\(findings.count == 1 ? "" : "s")")
                for f in findings {
                    let more = f.lines.count > 1 ? " (lines \(Self.lineList(f.lines)))" : ""
                    console.line("  \(report.place(line: f.lines.first)): \(f.severity.rawValue): [\(f.id)] \(f.subject): \(f.message)\(more)")
                }
                console.line("")
            }
            if !report.problems.isEmpty || !report.rejected.isEmpty {
                console.line("Data problems — \(report.problems.count + report.rejected.count)")
                for p in report.problems {
                    console.line("  \(report.place(file: p.file ?? file, line: p.line)): problem: \(p.column): \(p.message)")
                }
                for r in report.rejected {
                    console.line("  \(report.place(line: r.line)): rejected: \(r.reason)")
                }
                console.line("")
            }
        }
        let c = report.counts
        console.line("\(report.displayName): \(Console.count(c.keyResults, "key result")), \(Console.count(c.objectives, "objective")), \(Console.count(c.teams, "team")); \(Console.count(report.checks.count, "playbook finding")), \(Console.count(report.problems.count, "row problem")), \(Console.count(c.rejectedRows, "rejected row"))")
    }

    /// `3, 4, 9` or `3, 4, 9, … (12 lines)`.
    static func lineList(_ lines: [Int]) -> String {
        let shown = lines.prefix(8).map(String.init).joined(separator: ", ")
        return lines.count > 8 ? "\(shown), … (\(lines.count) lines)" : shown
    }
}
