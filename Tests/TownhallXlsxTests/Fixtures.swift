import Foundation
import TownhallCore

/// Hand-built cycles for the scorecard tests (the core's reader is not needed to exercise the writer).
enum Fixtures {
    static let header = ["Team", "Parent team", "Objective", "Key result", "Type", "Start", "Target", "Current",
                         "Measure", "Score", "Status", "Notes", "Weight", "Custom column"]

    /// One KR with its input row laid out under `header`.
    static func kr(
        _ id: String, objective: (id: String, title: String), team: String, parent: String = "", title: String,
        line: Int, type: KRType, start: String = "", target: String = "", current: String = "", measure: String = "",
        scoreText: String = "", status: String = "", notes: String = "", custom: String = "",
        numbers: (Double?, Double?, Double?) = (nil, nil, nil), score: Double? = nil, progress: Double? = nil,
        outcome: Outcome, rule: ScoringRule?
    ) -> KeyResult {
        let fields = [team, parent, objective.title, title, type.rawValue, start, target, current, measure, scoreText,
                      status, notes, "", custom]
        let t = Thresholds()
        return KeyResult(
            id: id, objectiveID: objective.id, team: team, parentTeam: parent, objective: objective.title, title: title,
            line: line, typeText: type.rawValue, type: type, measureText: measure, measure: Measure(word: measure),
            startText: start, targetText: target, currentText: current, start: numbers.0, target: numbers.1,
            current: numbers.2, scoreText: scoreText, status: status, notes: notes, fields: fields, score: score,
            progress: progress ?? score, outcome: outcome, band: t.band(score), startDefaulted: numbers.0 == nil && rule == .linear,
            rule: rule)
    }

    /// A small cycle touching every scoring rule, a team tree, hostile texts, problems and rejected rows.
    static func cycle() -> CycleReport {
        let o0 = (id: "eng-ship", title: "Ship reliably")
        let o1 = (id: "plat-fast", title: "Fast checkout")
        let o2 = (id: "mob-app", title: "A great app")
        let o3 = (id: "sales-grow", title: "Grow revenue")
        let krs = [
            kr("k0", objective: o0, team: "Engineering", parent: "Company", title: "Raise deploys from 100 to 200", line: 2,
               type: .committed, start: "100", target: "200", current: "150", numbers: (100, 200, 150),
               score: 0.5, outcome: .miss, rule: .linear),
            kr("k1", objective: o0, team: "Engineering", parent: "Company", title: "Stay at or above 99.9% uptime", line: 3,
               type: .committed, target: "99.9%", current: "99.95%", measure: "at least", numbers: (nil, 99.9, 99.95),
               score: 1, outcome: .win, rule: .threshold),
            kr("k2", objective: o1, team: "Platform", parent: "Engineering", title: "Cut p95 latency from 900 ms to 400 ms",
               line: 4, type: .aspirational, start: "900", target: "400", current: "500", measure: "decrease",
               numbers: (900, 400, 500), score: 0.8, outcome: .win, rule: .linear),
            kr("k3", objective: o1, team: "Platform", parent: "Engineering", title: "=HYPERLINK(\"http://x\")", line: 5,
               type: .aspirational, scoreText: "70%", custom: "_x0041_ stays", score: 0.7, outcome: .win, rule: .manualScore),
            kr("k4", objective: o2, team: "Mobile", parent: "Engineering", title: "Ship the offline mode", line: 6,
               type: .committed, current: "done", notes: "+1 555", score: 1, outcome: .win, rule: .yesNo),
            kr("k5", objective: o2, team: "Mobile", parent: "Engineering", title: "-2+3", line: 7, type: .aspirational,
               target: "10", current: "3", notes: "Learned a lot,\nnext time earlier.", numbers: (nil, 10, 3),
               score: 0.3, outcome: .miss, rule: .linear),
            kr("k6", objective: o3, team: "Sales", parent: "Company", title: "Open the Tokyo office", line: 8,
               type: .committed, status: "Dropped", outcome: .dropped, rule: .dropped),
            kr("k7", objective: o3, team: "Sales", parent: "Company", title: "@SUM(A1)", line: 9, type: .committed,
               target: "lots", current: "12", numbers: (nil, nil, 12), outcome: .unscored, rule: nil),
            kr("k8", objective: o3, team: "Sales", parent: "Company", title: "Grow ARR from $0 to $1,000", line: 10,
               type: .committed, start: "0", target: "$1,000", current: "$1,300", numbers: (0, 1000, 1300),
               score: 1, progress: 1.3, outcome: .win, rule: .linear),
        ]
        let objectives = [
            Objective(id: o0.id, team: "Engineering", title: o0.title, type: .committed, score: 0.75, band: .green,
                      keyResults: [0, 1], line: 2),
            Objective(id: o1.id, team: "Platform", title: o1.title, type: .aspirational, score: 0.75, band: .green,
                      keyResults: [2, 3], line: 4),
            Objective(id: o2.id, team: "Mobile", title: o2.title, type: .mixed, score: 0.65, band: .yellow,
                      keyResults: [4, 5], line: 6),
            Objective(id: o3.id, team: "Sales", title: o3.title, type: .committed, score: 1, band: .green,
                      keyResults: [6, 7, 8], line: 8),
        ]
        let teams = [
            Team(name: "Company", ownsOKRs: false, rollupScore: 0.7875, rollupBand: .green, children: [1, 4],
                 subtreeKeyResults: 9),
            Team(name: "Engineering", parent: "Company", score: 0.75, band: .green, rollupScore: (0.75 + 0.75 + 0.65) / 3,
                 rollupBand: .green, committedAttainment: 0.5, objectives: [0], keyResults: [0, 1], depth: 1,
                 children: [2, 3], subtreeKeyResults: 6),
            Team(name: "Platform", parent: "Engineering", score: 0.75, band: .green, rollupScore: 0.75, rollupBand: .green,
                 aspirationalMean: 0.75, objectives: [1], keyResults: [2, 3], depth: 2, subtreeKeyResults: 2),
            Team(name: "Mobile", parent: "Engineering", score: 0.65, band: .yellow, rollupScore: 0.65, rollupBand: .yellow,
                 committedAttainment: 1, aspirationalMean: 0.3, objectives: [2], keyResults: [4, 5], depth: 2,
                 subtreeKeyResults: 2),
            Team(name: "Sales", parent: "Company", score: 1, band: .green, rollupScore: 1, rollupBand: .green,
                 committedAttainment: 1, objectives: [3], keyResults: [6, 7, 8], depth: 1, subtreeKeyResults: 3),
        ]
        var counts = Counts()
        counts.inputRows = 11
        counts.keyResults = 9
        counts.scored = 7
        counts.unscored = 1
        counts.dropped = 1
        counts.rejectedRows = 2
        counts.objectives = 4
        counts.teams = 4
        var headline = Headline()
        headline.overallScore = 0.7875
        headline.committed.keyResults = 6
        headline.committed.scored = 4
        headline.committed.met = 3
        headline.committed.attainment = 0.75
        headline.aspirational.keyResults = 3
        headline.aspirational.scored = 3
        headline.aspirational.meanScore = 0.6
        headline.wins = 5
        headline.misses = 2
        var report = CycleReport(
            cycle: "2026-Q3", organization: Organization(name: "Northwind & Co", accent: "#0f766e"),
            generatedAt: Date(timeIntervalSince1970: 1_790_000_000), sourceName: "okrs.csv", header: header,
            headerFields: header.map { Field.aliases[Field.matchKey($0)] }, keyResults: krs, objectives: objectives,
            teams: teams,
            rejected: [
                RejectedRow(line: 11, reason: "no key result title", fields: ["Sales", "Company", "Grow revenue", "", "c"]),
                RejectedRow(line: 12, reason: "15 fields but the header has 14",
                            fields: (1...15).map { "f\($0)" }.enumerated().map { $0.offset == 3 ? "=1+1" : $0.element }),
            ],
            problems: [RowProblem(line: 9, column: "target", message: "target \"lots\" is not a number")],
            checks: [
                CheckFinding(id: "committed-miss-without-notes", severity: .warning,
                             subject: "Engineering / Raise deploys from 100 to 200", team: "Engineering", lines: [2],
                             message: "a missed commitment deserves a reflection in notes"),
                CheckFinding(id: "objective-kr-count", severity: .info, subject: "Sales / Grow revenue", team: "Sales",
                             lines: [10, 8, 9], message: "3 key results"),
            ],
            warnings: [RunWarning(location: SourceLocation(file: "okrs.csv", line: 7, column: "start"),
                                  message: "no start: progress counted from 0")],
            counts: counts, headline: headline)
        report.thresholds = Thresholds()
        return report
    }

    /// `n` linear KRs in `teams` teams (one objective each), scored consistently, for paging and speed.
    static func generated(_ n: Int, teams teamCount: Int = 3) -> CycleReport {
        var krs: [KeyResult] = []
        krs.reserveCapacity(n)
        var objectives: [Objective] = []
        var teams: [Team] = []
        for t in 0..<teamCount {
            teams.append(Team(name: "Team \(t)", objectives: [t], keyResults: []))
            objectives.append(Objective(id: "o\(t)", team: "Team \(t)", title: "Objective \(t)", line: 2 + t))
        }
        let th = Thresholds()
        for i in 0..<n {
            let t = i % teamCount
            let current = Double(i % 11) * 10
            let score = min(1, max(0, current / 100))
            let type: KRType = i % 3 == 0 ? .aspirational : .committed
            krs.append(kr("kr\(i)", objective: (id: "o\(t)", title: "Objective \(t)"), team: "Team \(t)",
                          title: "Key result \(i)", line: 2 + i, type: type, start: "0", target: "100",
                          current: String(Int(current)), numbers: (0, 100, current), score: score,
                          outcome: th.outcome(type: type, score: score), rule: .linear))
            objectives[t].keyResults.append(i)
            teams[t].keyResults.append(i)
        }
        var counts = Counts()
        counts.keyResults = n
        counts.inputRows = n
        counts.scored = n
        counts.objectives = teamCount
        counts.teams = teamCount
        var headline = Headline()
        for o in objectives.indices {
            let s = objectives[o].keyResults.map { krs[$0].score! }
            objectives[o].score = s.isEmpty ? nil : s.reduce(0, +) / Double(s.count)
            objectives[o].band = th.band(objectives[o].score)
            teams[o].score = objectives[o].score
            teams[o].band = objectives[o].band
        }
        let scored = objectives.compactMap(\.score)
        headline.overallScore = scored.isEmpty ? nil : scored.reduce(0, +) / Double(scored.count)
        headline.wins = krs.filter { $0.outcome == .win }.count
        headline.misses = krs.filter { $0.outcome == .miss }.count
        headline.progress = krs.filter { $0.outcome == .progress }.count
        return CycleReport(cycle: "Big cycle", sourceName: "big.csv", header: header, keyResults: krs,
                           objectives: objectives, teams: teams, counts: counts, headline: headline)
    }
}
