import Foundation

/// The current cycle against the previous archived one: ▲/▼ on every headline figure and team,
/// and the key results that came back.
public struct CycleComparison: Sendable, Hashable {
    public var previous: ArchivedCycle
    public var overallScore: Double?
    public var committedAttainment: Double?
    public var aspirationalMean: Double?
    public var keyResults: Int
    public var wins: Int
    public var misses: Int
    /// Team name → change of the team's score (teams in both cycles with both scores).
    public var teamScoreDelta: [String: Double]
    /// Indices into `CycleReport.keyResults` of KRs that repeat one of the previous cycle's
    /// (same `kr_id`, or same title within the same team).
    public var carriedOver: Set<Int>

    /// Compares a report with the cycle before it.
    public init(current r: CycleReport, previous p: ArchivedCycle) {
        func delta(_ a: Double?, _ b: Double?) -> Double? {
            guard let a, let b else { return nil }
            return a - b
        }
        previous = p
        let h = r.headline
        overallScore = delta(h.overallScore, p.overallScore)
        committedAttainment = delta(h.committed.attainment, p.committedAttainment)
        aspirationalMean = delta(h.aspirational.meanScore, p.aspirationalMean)
        keyResults = r.counts.keyResults - p.keyResults
        wins = h.wins - p.wins
        misses = h.misses - p.misses
        var before: [String: Double] = [:]
        for t in p.teamFigures { if let s = t.score { before[t.name] = s } }
        var deltas: [String: Double] = [:]
        for t in r.teams { if let s = t.score, let b = before[t.name] { deltas[t.name] = s - b } }
        teamScoreDelta = deltas
        let ids = Set(p.keyResultKeys.map(\.id))
        let titles = Set(p.keyResultKeys.map { "\($0.team)\u{1F}\($0.title.lowercased())" })
        var carried = Set<Int>()
        for i in r.keyResults.indices {
            let kr = r.keyResults[i]
            if ids.contains(kr.id) || titles.contains("\(kr.team)\u{1F}\(kr.title.lowercased())") { carried.insert(i) }
        }
        carriedOver = carried
    }

    /// Which way `d` moved at the precision `shown` gives it; `nil` for none.
    public static func direction(_ d: Double?, percent: Bool = false) -> Direction? {
        d.map { Direction($0, roundsToZero: shown($0, percent: percent) == 0) }
    }

    /// The size of `d` as every output shows it: whole points of a share, or a score to two
    /// decimals (`Wording.change` words it; the deck's changes round the same way).
    public static func shown(_ d: Double, percent: Bool) -> Double {
        percent ? (abs(d) * 100).rounded() : (abs(d) * 100).rounded() / 100
    }
}

/// Every archived cycle side by side: the trends `townhall history` shows.
public struct HistoryReport: Sendable {
    /// Oldest first.
    public var cycles: [ArchivedCycle]
    /// Team names in first-appearance order across cycles.
    public var teams: [String]
    /// `teamScores[t][c]`: team `t`'s score in cycle `c`.
    public var teamScores: [[Double?]]
    /// Each cycle's teams that owned OKRs, by name (parents archived for their roll-up left out).
    public var teamsByCycle: [[String: ArchivedTeam]]
    /// Teams whose aspirational KRs averaged ≥ the sandbagging level two cycles running.
    public var goalsTooSafe: [Streak]
    /// Teams that missed commitments two cycles running.
    public var overCommitting: [Streak]
    public var generatedAt: Date
    public var organization: String
    /// The language the trends deck and workbook are written in.
    public var language: Language = .english
    /// The organization's accent colour (`#rrggbb`, from the config), for the trends deck and workbook.
    public var accent: String = Organization().accent
    /// The thresholds the patterns were found with (and the bands to colour by).
    public var thresholds: Thresholds

    /// A team and the consecutive cycles (names) in which a pattern held.
    public struct Streak: Sendable, Hashable {
        public var team: String
        public var cycles: [String]
    }

    public init(cycles: [ArchivedCycle], thresholds: Thresholds = .init(), generatedAt: Date) {
        let ordered = cycles.sorted(by: ArchivedCycle.chronological)
        self.cycles = ordered
        self.generatedAt = generatedAt
        self.thresholds = thresholds
        organization = ordered.last(where: { !$0.organization.isEmpty })?.organization ?? ""
        var names: [String] = []
        var seen = Set<String>()
        for c in ordered { for t in c.teamFigures where t.ownsOKRs && seen.insert(t.name).inserted { names.append(t.name) } }
        teams = names
        let lookup = ordered.map { c in
            Dictionary(c.teamFigures.filter(\.ownsOKRs).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        }
        teamsByCycle = lookup
        teamScores = names.map { n in lookup.map { $0[n]?.score } }

        func streaks(_ holds: (ArchivedTeam) -> Bool) -> [Streak] {
            var out: [Streak] = []
            for n in names {
                var run: [String] = []
                var best: [String] = []
                for (i, c) in ordered.enumerated() {
                    if let t = lookup[i][n], holds(t) { run.append(c.name) } else { run = [] }
                    if run.count >= 2 && run.count > best.count { best = run }
                }
                if !best.isEmpty { out.append(Streak(team: n, cycles: best)) }
            }
            return out
        }
        goalsTooSafe = streaks { t in
            t.aspirationalScored > 0 && (t.aspirationalMean ?? 0) >= thresholds.sandbagging - thresholds.tolerance
        }
        overCommitting = streaks { $0.committedMisses > 0 }
    }
}
