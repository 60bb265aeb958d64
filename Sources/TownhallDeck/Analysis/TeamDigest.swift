import TownhallCore

/// How the deck walks the team tree: which teams get a slide and what their subtree adds up to.
///
/// "Sections" are the top-level teams; when the whole organization sits under one root (a company
/// above its departments), the root's children are the sections and the root's own OKRs get a
/// slide of their own. Figures for a section cover its whole subtree. One pass over the teams and
/// one over their key results: linear.
struct TeamDigest {
    /// Teams above the sections (a single root and its single-child chain), tree order.
    var crown: [Int]
    /// Top-level teams after stepping down through a single root, tree order.
    var sections: [Int]
    /// Subtree figures of each section, same order as `sections`.
    var totals: [SubtreeTotals]
    /// Teams that own key results.
    var teamsWithOKRs: Int

    init(_ report: CycleReport) {
        let teams = report.teams
        var crown: [Int] = []
        var sections = teams.indices.filter { teams[$0].parent == nil || teams[$0].depth == 0 }
        while sections.count == 1, !teams[sections[0]].children.isEmpty, crown.count < 8 {
            crown.append(sections[0])
            sections = teams[sections[0]].children
        }
        self.crown = crown
        self.sections = sections

        // Section of every team: teams come parent first, so one forward pass suffices.
        var sectionOf = [Int](repeating: -1, count: teams.count)
        for (k, t) in sections.enumerated() { sectionOf[t] = k }
        var indexByName: [String: Int] = [:]
        indexByName.reserveCapacity(teams.count)
        for i in teams.indices { indexByName[teams[i].name] = i }
        for i in teams.indices where sectionOf[i] < 0 {
            if let p = teams[i].parent, let pi = indexByName[p], pi < i { sectionOf[i] = sectionOf[pi] }
        }

        var totals = [SubtreeTotals](repeating: SubtreeTotals(), count: sections.count)
        let krs = report.keyResults
        let th = report.thresholds
        var okrTeams = 0
        for i in teams.indices {
            let t = teams[i]
            if t.ownsOKRs && !t.keyResults.isEmpty { okrTeams += 1 }
            let s = sectionOf[i]
            guard s >= 0 else { continue }
            if t.ownsOKRs && !t.keyResults.isEmpty { totals[s].teams += 1 }
            totals[s].objectives += t.objectives.count
            for k in t.keyResults {
                let kr = krs[k]
                totals[s].keyResults += 1
                guard let score = kr.score else { continue }
                totals[s].scored += 1
                switch kr.outcome {
                case .win: totals[s].wins += 1
                case .miss: totals[s].misses += 1
                default: break
                }
                switch kr.type {
                case .committed:
                    totals[s].committedScored += 1
                    if th.isMet(score) { totals[s].committedMet += 1 }
                case .aspirational:
                    totals[s].aspirationalScored += 1
                    totals[s].aspirationalSum += score
                }
            }
        }
        self.totals = totals
        teamsWithOKRs = okrTeams
    }
}

/// Counts over a team's subtree.
struct SubtreeTotals {
    var teams = 0
    var objectives = 0
    var keyResults = 0
    var scored = 0
    var wins = 0
    var misses = 0
    var committedScored = 0
    var committedMet = 0
    var aspirationalScored = 0
    var aspirationalSum = 0.0

    var committedAttainment: Double? { committedScored > 0 ? Double(committedMet) / Double(committedScored) : nil }
    var aspirationalMean: Double? { aspirationalScored > 0 ? aspirationalSum / Double(aspirationalScored) : nil }
}
