import Foundation
@testable import TownhallCore  // CheckInAnalysis, the check-ins stage, runs on a report built here

/// Check-ins, a previous cycle and archived histories for the deck tests, built through the
/// core's own code (its check-ins stage `CheckInAnalysis.analyze`, `CycleComparison`, `HistoryReport`).
extension Fixture {
    /// `report` with weekly check-ins over 2026-Q3 for every key result: each KR climbs from 0 to its
    /// final score. Teams in `quiet` stop checking in after 14 August; teams in `silent` never do.
    static func withCheckIns(_ base: CycleReport, quiet: Set<String> = [], silent: Set<String> = [],
                             limits: PlaybookLimits = PlaybookLimits()) -> CycleReport {
        var report = base
        for i in report.keyResults.indices {
            report.keyResults[i].startText = "0"
            report.keyResults[i].targetText = "100"
        }
        let days = ["2026-07-03", "2026-07-17", "2026-07-31", "2026-08-14", "2026-08-28", "2026-09-11", "2026-09-25"]
        var csv = "kr_id,date,value,confidence\n"
        for kr in report.keyResults where kr.outcome != .dropped && !silent.contains(kr.team) {
            let final = (kr.score ?? 0.5) * 100
            let last = quiet.contains(kr.team) ? 3 : days.count - 1
            for (d, day) in days.enumerated() where d <= last {
                let value = final * Double(d) / Double(days.count - 1)
                let id = "\"" + kr.id.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                csv += "\(id),\(day),\(String(format: "%.1f", value)),\(d == last ? 8 : 6)\n"
            }
        }
        report.limits = limits
        report.checkIns = try! CheckInAnalysis.analyze(
            bytes: Array(csv.utf8), file: "checkins.csv", keyResults: report.keyResults, teams: report.teams,
            cycleName: report.cycle ?? "2026-Q3", configuredDates: nil, thresholds: report.thresholds, limits: limits)
        return report
    }

    /// `report` compared with a previous cycle `2026-Q2` in which every figure was a little
    /// different, every second team scored 0.1 lower (the others 0.1 higher), the last team did
    /// not exist, and every third key result already existed (carried over).
    static func withComparison(_ base: CycleReport, previousName: String = "2026-Q2") -> CycleReport {
        var report = base
        var previous = ArchivedCycle(report)
        previous.name = previousName
        previous.dates = CycleDates(cycleName: previousName)
        previous.overallScore = report.headline.overallScore.map { $0 - 0.05 }
        previous.committedAttainment = report.headline.committed.attainment.map { max(0, $0 - 0.1) }
        previous.aspirationalMean = report.headline.aspirational.meanScore.map { $0 + 0.2 }
        previous.wins = report.headline.wins - 3
        previous.misses = report.headline.misses + 2
        previous.keyResults = report.counts.keyResults + 4
        if !previous.teamFigures.isEmpty { previous.teamFigures.removeLast() }
        for i in previous.teamFigures.indices {
            previous.teamFigures[i].score = previous.teamFigures[i].score.map { $0 + (i % 2 == 0 ? 0.1 : -0.1) }
        }
        previous.keyResultKeys = report.keyResults.indices.map { k in
            let kr = report.keyResults[k]
            return k % 3 == 0 ? ArchivedKeyResult(id: kr.id, team: kr.team, title: kr.title)
                : ArchivedKeyResult(id: "old-\(k)", team: kr.team, title: "An older goal \(k)")
        }
        report.comparison = CycleComparison(current: report, previous: previous)
        return report
    }

    /// An archive of `count` quarters from 2025-Q1, `teams` teams each, with figures that move:
    /// team 0 sets goals too safe every cycle, team 1 misses commitments every cycle (every third
    /// team from team 2 misses some, in runs), and cycles
    /// before `checkInsFrom` had no check-ins.
    static func history(cycles count: Int, teams: Int = 12, names: [String]? = nil, organization: String = "Northwind Robotics",
                        checkInsFrom: Int = 1, seed: UInt64 = 11) -> HistoryReport {
        var rng = SplitMix(seed: seed)
        func r() -> Double { Double(rng.next() % 1000) / 1000 }
        let teamNames = names ?? (0..<teams).map { "Team \($0 + 1)" }
        var cycles: [ArchivedCycle] = []
        for c in 0..<count {
            let name = "\(2025 + c / 4)-Q\(c % 4 + 1)"
            var figures: [ArchivedTeam] = []
            for (t, team) in teamNames.enumerated() {
                let safe = t == 0
                figures.append(ArchivedTeam(
                    name: team, parent: t == 0 ? nil : teamNames[0], score: 0.5 + 0.45 * r(), rollupScore: nil,
                    committedAttainment: t == 1 ? 0.5 : 1, aspirationalMean: safe ? 0.97 : 0.6 + 0.2 * r(),
                    committedMisses: t == 1 ? 2 : (t % 3 == 2 && (c + t) % 4 != 0 ? 1 : 0), aspirationalScored: 3, keyResults: 4 + (t * 7) % 11,
                    shareUpdatedLast30: c >= checkInsFrom ? 0.6 + 0.4 * r() : nil))
            }
            cycles.append(ArchivedCycle(
                name: name, organization: organization, generatedAt: Date(timeIntervalSince1970: 1_790_000_000),
                dates: CycleDates(cycleName: name), overallScore: 0.6 + 0.3 * r(), committedAttainment: 0.6 + 0.4 * r(),
                aspirationalMean: 0.5 + 0.4 * r(), keyResults: 100 + c, scored: 95, objectives: 30, teams: teamNames.count,
                wins: 60 + c, misses: 20 - c % 5, problems: 0,
                shareUpdatedLast30: c >= checkInsFrom ? 0.7 + 0.3 * r() : nil,
                medianDaysBetween: c >= checkInsFrom ? 7 : nil, netConfidence: c >= checkInsFrom ? 0.2 + 0.5 * r() : nil,
                teamFigures: figures))
        }
        return HistoryReport(cycles: cycles, generatedAt: Date(timeIntervalSince1970: 1_790_000_000))
    }
}
