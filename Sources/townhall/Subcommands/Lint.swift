import ArgumentParser
import Foundation
import TownhallCore

/// `townhall lint`: the playbook checks only, grouped by team, editor-clickable.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a cycle against the OKR playbook (no outputs written).",
        discussion: "Exits 0 when there are only warnings, 65 when the input is unusable.")

    @OptionGroup var inputs: InputOptions

    @Flag(help: "Print only the one-line summary.")
    var quiet = false

    func run() throws {
        let report = try inputs.loadReport()
        let file = inputs.input
        if !quiet {
            for w in Listing.warnings(report.warnings) { Console.warning(w.message) }
            var byTeam: [String: [CheckFinding]] = [:]
            for f in report.checks { byTeam[f.team, default: []].append(f) }
            for team in report.teams where byTeam[team.name] != nil {
                let findings = byTeam[team.name]!
                Console.line("\(team.name)\(team.parent.map { " (in \($0))" } ?? "") — \(findings.count) finding\(findings.count == 1 ? "" : "s")")
                for f in findings {
                    let line = f.lines.first.map { ":\($0)" } ?? ""
                    let more = f.lines.count > 1 ? " (lines \(Self.lineList(f.lines)))" : ""
                    Console.line("  \(file)\(line): \(f.severity.rawValue): [\(f.id)] \(f.subject): \(f.message)\(more)")
                }
                Console.line("")
            }
            if !report.problems.isEmpty || !report.rejected.isEmpty {
                Console.line("Data problems — \(report.problems.count + report.rejected.count)")
                for p in report.problems {
                    Console.line("  \(p.file ?? file):\(p.line): problem: \(p.column): \(p.message)")
                }
                for r in report.rejected {
                    Console.line("  \(file):\(r.line): rejected: \(r.reason)")
                }
                Console.line("")
            }
        }
        let c = report.counts
        Console.line("\(report.displayName): \(c.keyResults) key results, \(c.objectives) objectives, \(c.teams) teams; \(report.checks.count) playbook finding\(report.checks.count == 1 ? "" : "s"), \(report.problems.count) row problem\(report.problems.count == 1 ? "" : "s"), \(c.rejectedRows) rejected row\(c.rejectedRows == 1 ? "" : "s")")
    }

    /// `3, 4, 9` or `3, 4, 9, … (12 lines)`.
    static func lineList(_ lines: [Int]) -> String {
        let shown = lines.prefix(8).map(String.init).joined(separator: ", ")
        return lines.count > 8 ? "\(shown), … (\(lines.count) lines)" : shown
    }
}
