import Foundation

/// A closed cycle as the archive keeps it: the headline figures, every team, and what is
/// needed to recognise a key result that comes back in a later cycle.
public struct ArchivedCycle: Sendable, Hashable {
    public var name: String
    public var organization: String
    public var generatedAt: Date
    /// First and last day, when the cycle's name or config says them (orders the cycles).
    public var dates: CycleDates?
    public var overallScore: Double?
    public var committedAttainment: Double?
    public var aspirationalMean: Double?
    public var keyResults: Int
    public var scored: Int
    public var objectives: Int
    public var teams: Int
    public var wins: Int
    public var misses: Int
    public var problems: Int
    /// Share of KRs updated in the last 30 days, and median days between updates (with check-ins).
    public var shareUpdatedLast30: Double?
    public var medianDaysBetween: Double?
    public var netConfidence: Double?
    public var teamFigures: [ArchivedTeam]
    public var keyResultKeys: [ArchivedKeyResult]

    public init(
        name: String, organization: String = "", generatedAt: Date, dates: CycleDates? = nil,
        overallScore: Double? = nil, committedAttainment: Double? = nil, aspirationalMean: Double? = nil,
        keyResults: Int = 0, scored: Int = 0, objectives: Int = 0, teams: Int = 0, wins: Int = 0, misses: Int = 0,
        problems: Int = 0, shareUpdatedLast30: Double? = nil, medianDaysBetween: Double? = nil,
        netConfidence: Double? = nil, teamFigures: [ArchivedTeam] = [], keyResultKeys: [ArchivedKeyResult] = []
    ) {
        self.name = name; self.organization = organization; self.generatedAt = generatedAt; self.dates = dates
        self.overallScore = overallScore; self.committedAttainment = committedAttainment
        self.aspirationalMean = aspirationalMean; self.keyResults = keyResults; self.scored = scored
        self.objectives = objectives; self.teams = teams; self.wins = wins; self.misses = misses
        self.problems = problems; self.shareUpdatedLast30 = shareUpdatedLast30
        self.medianDaysBetween = medianDaysBetween; self.netConfidence = netConfidence
        self.teamFigures = teamFigures; self.keyResultKeys = keyResultKeys
    }

    /// The archive's view of a report.
    public init(_ r: CycleReport) {
        let h = r.headline
        self.init(
            name: r.displayName, organization: r.organization.name, generatedAt: r.generatedAt,
            dates: r.checkIns?.dates ?? r.cycle.flatMap(CycleDates.init(cycleName:)),
            overallScore: h.overallScore, committedAttainment: h.committed.attainment,
            aspirationalMean: h.aspirational.meanScore, keyResults: r.counts.keyResults, scored: r.counts.scored,
            objectives: r.counts.objectives, teams: r.counts.teams, wins: h.wins, misses: h.misses,
            problems: r.problems.count + r.rejected.count, shareUpdatedLast30: r.checkIns?.overall.shareLast30,
            medianDaysBetween: r.checkIns?.overall.medianDaysBetween, netConfidence: r.checkIns?.overall.netConfidence,
            // Every team of the tree, parents that own no OKRs too: their roll-up is what the next
            // cycle's subtree slides compare with.
            teamFigures: r.teams.indices.map { t in
                let team = r.teams[t]
                let krs = team.keyResults
                return ArchivedTeam(
                    name: team.name, parent: team.parent, score: team.score, rollupScore: team.rollupScore,
                    committedAttainment: team.committedAttainment, aspirationalMean: team.aspirationalMean,
                    committedMisses: krs.filter { r.keyResults[$0].isCommittedMiss }.count,
                    aspirationalScored: krs.filter { r.keyResults[$0].type == .aspirational && r.keyResults[$0].score != nil }.count,
                    keyResults: krs.count, shareUpdatedLast30: r.checkIns?.teamCadence[t].shareLast30)
            },
            keyResultKeys: r.keyResults.map {
                ArchivedKeyResult(id: $0.id, team: $0.team, title: $0.title, type: $0.type, score: $0.score, outcome: $0.outcome)
            })
    }
}

/// One team's figures in an archived cycle.
public struct ArchivedTeam: Sendable, Hashable {
    public var name: String
    public var parent: String?
    public var score: Double?
    public var rollupScore: Double?
    public var committedAttainment: Double?
    public var aspirationalMean: Double?
    public var committedMisses: Int
    public var aspirationalScored: Int
    public var keyResults: Int
    public var shareUpdatedLast30: Double?

    /// `false` for a parent team that owned no OKRs that cycle (archived for its roll-up only).
    public var ownsOKRs: Bool { keyResults > 0 || score != nil }

    public init(name: String, parent: String? = nil, score: Double? = nil, rollupScore: Double? = nil,
                committedAttainment: Double? = nil, aspirationalMean: Double? = nil, committedMisses: Int = 0,
                aspirationalScored: Int = 0, keyResults: Int = 0, shareUpdatedLast30: Double? = nil) {
        self.name = name; self.parent = parent; self.score = score; self.rollupScore = rollupScore
        self.committedAttainment = committedAttainment; self.aspirationalMean = aspirationalMean
        self.committedMisses = committedMisses; self.aspirationalScored = aspirationalScored
        self.keyResults = keyResults; self.shareUpdatedLast30 = shareUpdatedLast30
    }
}

/// Enough of a key result to recognise it in the next cycle (same id, or same title in the same
/// team), and to work out a team's figures for that team's retro (type, score, outcome).
public struct ArchivedKeyResult: Sendable, Hashable {
    public var id: String
    public var team: String
    public var title: String
    public var type: KRType?
    public var score: Double?
    public var outcome: Outcome?

    public init(id: String, team: String, title: String, type: KRType? = nil, score: Double? = nil, outcome: Outcome? = nil) {
        self.id = id; self.team = team; self.title = title
        self.type = type; self.score = score; self.outcome = outcome
    }
}

extension ArchivedCycle {
    /// Orders cycles: by start date when both have one, else by name.
    public static func chronological(_ a: ArchivedCycle, _ b: ArchivedCycle) -> Bool {
        if let x = a.dates?.start, let y = b.dates?.start, x != y { return x < y }
        return a.name.localizedStandardCompare(b.name) == .orderedAscending
    }
}
