import Foundation

/// What a report of one team's subtree (`--team`) knows beyond its figures: whose retro it is,
/// and why it may have no comparison with the previous cycle.
public struct TeamScope: Sendable, Hashable {
    /// The team at the top of the subtree, as the export names it.
    public var team: String
    /// The previous archived cycle, when the archive holds one but that cycle had no such team:
    /// the retro then says there is no team comparison, rather than showing the company's.
    public var previousWithoutTeam: String?

    public init(team: String, previousWithoutTeam: String? = nil) {
        self.team = team
        self.previousWithoutTeam = previousWithoutTeam
    }
}

extension CycleReport {
    /// The report of one team's subtree: the team and every team under it by `parent_team`.
    ///
    /// Nothing is scored again: every key result, objective and team keeps the score the company
    /// report gave it, so a team's retro can never disagree with the town hall. The headline is
    /// worked out by the same roll-up over the subtree's key results (its overall score is the
    /// team's roll-up), findings and problems are the subtree's, and the check-ins' cadence and
    /// weekly series are recomputed over its key results with the company's cycle dates.
    /// Rejected rows belong to no team and stay in the company report. Linear in the subtree,
    /// plus one pass over the findings and problems.
    public func subtree(rootedAt root: Int) -> CycleReport { subtree(rootedAt: root, index: SubtreeIndex(self)) }

    /// `subtree(rootedAt:)` with the findings, problems and check-ins already grouped (`index`, made
    /// once for every team's retro): then each subtree costs time in its own size only.
    public func subtree(rootedAt root: Int, index: SubtreeIndex) -> CycleReport {
        let depth0 = teams[root].depth
        var end = root + 1
        while end < teams.count && teams[end].depth > depth0 { end += 1 }
        let range = root..<end

        var krs: [Int] = []
        var objs: [Int] = []
        for t in range {
            krs += teams[t].keyResults
            objs += teams[t].objectives
        }
        krs.sort()
        objs.sort()
        var krMap: [Int: Int] = [:]
        krMap.reserveCapacity(krs.count)
        for (n, k) in krs.enumerated() { krMap[k] = n }
        var objMap: [Int: Int] = [:]
        for (n, o) in objs.enumerated() { objMap[o] = n }

        var sub = self
        sub.keyResults = krs.map { keyResults[$0] }
        sub.objectives = objs.map { o in
            var objective = objectives[o]
            objective.keyResults = objective.keyResults.compactMap { krMap[$0] }
            return objective
        }
        sub.teams = range.map { t in
            var team = teams[t]
            team.objectives = team.objectives.compactMap { objMap[$0] }
            team.keyResults = team.keyResults.compactMap { krMap[$0] }
            team.children = team.children.map { $0 - root }
            team.depth -= depth0  // the root keeps its parent's name: its slides say what it is part of
            return team
        }
        sub.checks = range.flatMap { index.checksByTeam[teams[$0].name] ?? [] }.sorted().map { checks[$0] }
        var problemIndices = Set(index.everyTeamProblems)
        for k in krs { problemIndices.formUnion(index.problemsByKR[k]) }
        sub.problems = problemIndices.sorted().map { problems[$0] }
        sub.rejected = []
        sub.checkIns = checkIns.map { $0.subtree(krs.flatMap { index.checkInsByKR[$0] }.sorted(), keyResults: krMap, report: sub, company: self) }
        sub.comparison = nil

        var headline = Rollup.headline(of: sub.keyResults, objectives: sub.objectives, thresholds: thresholds)
        headline.overallScore = teams[root].rollupScore
        sub.headline = headline
        var c = Counts()
        c.keyResults = sub.keyResults.count
        c.inputRows = c.keyResults
        c.dropped = headline.outcomes[.dropped, default: 0]
        c.unscored = headline.outcomes[.unscored, default: 0]
        c.scored = c.keyResults - c.dropped - c.unscored
        c.objectives = sub.objectives.count
        c.teams = sub.teams.filter(\.ownsOKRs).count
        sub.counts = c
        sub.scope = TeamScope(team: teams[root].name)
        return sub
    }

    /// The team `name` names: the team of that exact name, else the only one of that name in
    /// another case (`engineering` for `Engineering`).
    public func team(named name: String) -> Int? {
        let wanted = name.trimmed
        if let i = teamIndex(named: wanted) { return i }
        let folded = teams.indices.filter { teams[$0].name.lowercased() == wanted.lowercased() }
        return folded.count == 1 ? folded[0] : nil
    }

    /// The subtree report of team `name`.
    /// - Throws: `InputError` (exit 65) when no team has that name, naming the closest ones.
    public func subtree(team name: String) throws -> CycleReport {
        if let t = team(named: name) { return subtree(rootedAt: t) }
        let close = TeamNames.closest(to: name, among: teams.map(\.name))
        let hint = close.isEmpty
            ? "the cycle's teams are \(Listing.few(teams.lazy.map(\.name).map(Printable.text)))"
            : "did you mean \(Listing.few(close.lazy.map { "\"\(Printable.text($0))\"" }))?"
        throw InputError("no team \"\(Printable.text(name))\" in \(displayName); \(hint)", file: sourceName)
    }
}

/// Finding the team a mistyped name meant.
public enum TeamNames {
    /// Team names close to `name`, closest first, in any case: names that start with it (or that
    /// it starts with), names that contain it (`Platform` → `Fleet Platform`), and names a few
    /// edits away (at most a third of the name's length, at least one).
    public static func closest(to name: String, among names: [String]) -> [String] {
        let wanted = Array(name.trimmed.lowercased())
        guard !wanted.isEmpty else { return [] }
        let most = max(1, wanted.count / 3)
        var scored: [(distance: Int, order: Int, name: String)] = []
        var seen = Set<String>()
        for (order, candidate) in names.enumerated() where seen.insert(candidate).inserted {
            let c = Array(candidate.lowercased())
            if c.starts(with: wanted) || wanted.starts(with: c) {
                scored.append((0, order, candidate))
            } else if String(c).contains(String(wanted)) {
                scored.append((1, order, candidate))
            } else if abs(c.count - wanted.count) <= most, let d = distance(wanted, c, atMost: most) {
                scored.append((d, order, candidate))
            }
        }
        return scored.sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }.map(\.name)
    }

    /// Edit distance counting a swap of two neighbours as one edit (`Egn` → `Eng`), `nil` once
    /// every path exceeds `atMost` (so a long name costs little).
    static func distance(_ a: [Character], _ b: [Character], atMost: Int) -> Int? {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= atMost ? max(a.count, b.count) : nil }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            var best = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] { current[j] = min(current[j], before[j - 2] + 1) }
                best = min(best, current[j])
            }
            if best > atMost { return nil }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count] <= atMost ? previous[b.count] : nil
    }
}

extension CheckInReport {
    /// The check-ins `members` of a subtree's key results (`krMap`: company index → subtree index), with its
    /// cadence and weekly series recomputed over them, on the company's cycle dates.
    func subtree(_ members: [Int], keyResults krMap: [Int: Int], report sub: CycleReport, company: CycleReport) -> CheckInReport {
        let kept = members.map { i in
            var copy = checkIns[i]
            copy.keyResult = krMap[copy.keyResult!]
            return copy
        }
        var out = CheckInAnalysis.finish(
            checkIns: kept, problems: [], file: file, dateColumn: "date", keyResults: sub.keyResults, teams: sub.teams,
            cycleName: company.cycle, configuredDates: dates, thresholds: company.thresholds, limits: company.limits)
        out.datesSource = datesSource
        out.problems = sub.problems.filter { $0.file == file }
        out.warnings = warnings
        return out
    }
}

extension ArchivedCycle {
    /// The previous cycle as one team's subtree saw it, for that team's retro; `nil` when the
    /// cycle had no team of that name. Figures come from the archived key results of the subtree
    /// (their scores and outcomes as archived), the overall score from the team's archived roll-up.
    public func subtree(team name: String) -> ArchivedCycle? {
        guard let root = teamFigures.firstIndex(where: { $0.name == name }) else { return nil }
        var members: Set<String> = [name]
        var queue = [name]
        var children: [String: [String]] = [:]
        for t in teamFigures { if let p = t.parent { children[p, default: []].append(t.name) } }
        while let n = queue.popLast() {
            for c in children[n] ?? [] where members.insert(c).inserted { queue.append(c) }
        }
        var sub = self
        sub.teamFigures = teamFigures.filter { members.contains($0.name) }
        sub.keyResultKeys = keyResultKeys.filter { members.contains($0.team) }
        sub.overallScore = teamFigures[root].rollupScore
        var met = 0, committedScored = 0, aspirationalScored = 0, aspirationalSum = 0.0, wins = 0, misses = 0, scored = 0
        for k in sub.keyResultKeys {
            if k.outcome == .win { wins += 1 }
            if k.outcome == .miss { misses += 1 }
            guard let s = k.score else { continue }
            scored += 1
            if k.type == .committed {
                committedScored += 1
                if k.outcome == .win { met += 1 }
            } else if k.type == .aspirational {
                aspirationalScored += 1
                aspirationalSum += s
            }
        }
        sub.committedAttainment = committedScored > 0 ? Double(met) / Double(committedScored) : nil
        sub.aspirationalMean = aspirationalScored > 0 ? aspirationalSum / Double(aspirationalScored) : nil
        sub.keyResults = sub.keyResultKeys.count
        sub.scored = scored
        sub.wins = wins
        sub.misses = misses
        sub.teams = sub.teamFigures.filter(\.ownsOKRs).count
        sub.objectives = 0  // the archive keeps no objective count per team; no slide compares it
        return sub
    }
}

/// The company report's findings, problems and check-ins grouped by team and key result, made
/// once so that every team's retro is derived in time linear in its own subtree.
public struct SubtreeIndex: Sendable {
    /// Team name → indices into `checks`.
    var checksByTeam: [String: [Int]] = [:]
    /// Per key result: indices into `problems` of its row's problems and of its check-ins' problems.
    var problemsByKR: [[Int]]
    /// Problems that concern every team (the config's).
    var everyTeamProblems: [Int] = []
    /// Per key result: indices into `checkIns.checkIns` of its matched check-ins.
    var checkInsByKR: [[Int]]

    public init(_ r: CycleReport) {
        for (i, f) in r.checks.enumerated() { checksByTeam[f.team, default: []].append(i) }
        problemsByKR = Array(repeating: [], count: r.keyResults.count)
        checkInsByKR = Array(repeating: [], count: r.keyResults.count)
        var krByLine: [Int: [Int]] = [:]  // a wide layout's row holds several key results
        for (k, kr) in r.keyResults.enumerated() { krByLine[kr.line, default: []].append(k) }
        var krByID: [String: Int] = [:]
        for (k, kr) in r.keyResults.enumerated() where krByID[kr.id] == nil { krByID[kr.id] = k }
        var checkInKR: [Int: Int] = [:]  // check-in line → its key result, matched or named by id
        if let c = r.checkIns {
            for (i, ci) in c.checkIns.enumerated() {
                if let k = ci.keyResult { checkInsByKR[k].append(i) }
                if let k = ci.keyResult ?? krByID[ci.krID] { checkInKR[ci.line] = k }
            }
        }
        for (i, p) in r.problems.enumerated() {
            if p.file == nil || p.file == r.sourceName {
                for k in krByLine[p.line] ?? [] { problemsByKR[k].append(i) }
            } else if p.file == r.checkIns?.file {
                if let k = checkInKR[p.line] { problemsByKR[k].append(i) }
            } else {
                everyTeamProblems.append(i)
            }
        }
    }
}
