/// The roll-up stage of `Townhall.report`, after grouping: objective, team, subtree and cycle
/// figures (SPEC §3 roll-ups, attainment, bands).
enum Rollup {
    /// Objective score = weighted mean of its scored KRs (`weight`, default 1); all weights 0 → plain mean.
    /// - Parameters: `members` are indices into `krs`.
    public static func objectiveScore(_ members: [Int], of krs: [KeyResult], tolerance: Double = 1e-9) -> Double? {
        var wsum = 0.0, sum = 0.0, n = 0, wmax = 0.0
        for i in members {
            guard let s = krs[i].score else { continue }
            wsum += krs[i].weight
            wmax = max(wmax, krs[i].weight)
            sum += s
            n += 1
        }
        guard n > 0 else { return nil }
        guard wsum > tolerance else { return sum / Double(n) }
        // Weights are scaled by the largest, so huge weights (1e308) cannot overflow the sums.
        var weighted = 0.0, scaled = 0.0
        for i in members {
            guard let s = krs[i].score else { continue }
            let w = krs[i].weight / wmax
            weighted += w * s
            scaled += w
        }
        return weighted / scaled
    }

    /// The type of an objective: its KRs' type, or `mixed`.
    public static func objectiveType(_ members: [Int], of krs: [KeyResult]) -> ObjectiveType {
        guard let first = members.first.map({ krs[$0].type }) else { return .committed }
        if members.allSatisfy({ krs[$0].type == first }) { return first == .committed ? .committed : .aspirational }
        return .mixed
    }

    /// Plain mean, `nil` for no values.
    public static func mean<C: Collection>(_ xs: C) -> Double? where C.Element == Double {
        xs.isEmpty ? nil : xs.reduce(0, +) / Double(xs.count)
    }

    /// Committed attainment and aspirational mean over some KRs.
    /// - Parameters: `members` are indices into `krs`, `nil` for all of them.
    public static func typeFigures(_ members: [Int]? = nil, of krs: [KeyResult], thresholds: Thresholds)
        -> (committed: Headline.TypeFigures, aspirational: Headline.TypeFigures)
    {
        var c = Headline.TypeFigures(), a = Headline.TypeFigures()
        var aSum = 0.0, cSum = 0.0
        func add(_ i: Int) {
            let (type, score) = (krs[i].type, krs[i].score)
            switch type {
            case .committed:
                c.keyResults += 1
                if let s = score {
                    c.scored += 1
                    cSum += s
                    if thresholds.isMet(s) { c.met += 1 }
                }
            case .aspirational:
                a.keyResults += 1
                if let s = score {
                    a.scored += 1
                    aSum += s
                    if s >= thresholds.aspirationalWin - thresholds.tolerance { a.met += 1 }
                }
            }
        }
        if let members { for i in members { add(i) } } else { for i in krs.indices { add(i) } }
        c.attainment = c.scored > 0 ? Double(c.met) / Double(c.scored) : nil
        c.meanScore = c.scored > 0 ? cSum / Double(c.scored) : nil
        a.attainment = a.scored > 0 ? Double(a.met) / Double(a.scored) : nil
        a.meanScore = a.scored > 0 ? aSum / Double(a.scored) : nil
        return (c, a)
    }

    /// Scores objectives and teams, builds the team tree (parents before children) and the headline.
    /// The objectives and teams are moved out of `grouping` (scored in place, not copied).
    public static func apply(
        to grouping: inout Grouping, thresholds: Thresholds
    ) -> (objectives: [Objective], teams: [Team], headline: Headline, warnings: [RunWarning]) {
        let krs = grouping.keyResults
        var objectives = grouping.objectives
        grouping.objectives = []
        var flat = grouping.teams
        grouping.teams = []
        for o in objectives.indices {
            let members = objectives[o].keyResults
            objectives[o].score = objectiveScore(members, of: krs, tolerance: thresholds.tolerance)
            objectives[o].band = thresholds.band(objectives[o].score)
            objectives[o].type = objectiveType(members, of: krs)
        }
        for t in flat.indices {
            flat[t].score = mean(flat[t].objectives.compactMap { objectives[$0].score })
            flat[t].band = thresholds.band(flat[t].score)
            let figures = typeFigures(flat[t].keyResults, of: krs, thresholds: thresholds)
            flat[t].committedAttainment = figures.committed.attainment
            flat[t].aspirationalMean = figures.aspirational.meanScore
        }
        var (teams, warnings) = tree(consume flat)
        subtreeFigures(&teams, objectives: objectives, thresholds: thresholds)

        return (objectives, teams, headline(of: krs, objectives: objectives, thresholds: thresholds), warnings)
    }

    /// The headline figures of some scored key results and their objectives: overall score (mean
    /// of the scored objectives), attainment by type, outcomes and bands. One definition for the
    /// company report and for a team's subtree.
    public static func headline(of krs: [KeyResult], objectives: [Objective], thresholds: Thresholds) -> Headline {
        var headline = Headline()
        headline.overallScore = mean(objectives.compactMap(\.score))
        (headline.committed, headline.aspirational) = typeFigures(of: krs, thresholds: thresholds)
        for i in krs.indices {
            headline.outcomes[krs[i].outcome, default: 0] += 1
            switch krs[i].outcome {
            case .win: headline.wins += 1
            case .progress: headline.progress += 1
            case .miss: headline.misses += 1
            default: break
            }
            if let b = krs[i].band { headline.bands[b, default: 0] += 1 }
        }
        return headline
    }

    /// Subtrees this shallow (levels below the team) sum their objective scores in tree order;
    /// taller ones add their sub-teams' sums. See `subtreeFigures`.
    static let orderedSumHeight = 16

    /// Roll-up score and key-result count of every subtree, in time and memory linear in teams and
    /// objectives, for any depth.
    ///
    /// `teams` is in tree order, so a subtree is a contiguous run of teams and of their objective
    /// scores. A subtree at most `orderedSumHeight` levels tall sums that run left to right, the
    /// order the roll-up has always used, so its figure is unchanged to the last digit; each score
    /// is summed by at most that many ancestors, which keeps the work linear. A taller subtree
    /// (a deep chain) adds its own scores to its sub-teams' sums instead: the same mean, rounded
    /// differently only in the last digits.
    static func subtreeFigures(_ teams: inout [Team], objectives: [Objective], thresholds: Thresholds) {
        // Scores in tree order; the team at position t owns scores[first[t]..<first[t + 1]].
        var scores: [Double] = []
        var first = [Int](repeating: 0, count: teams.count + 1)
        for t in teams.indices {
            first[t] = scores.count
            for o in teams[t].objectives { if let s = objectives[o].score { scores.append(s) } }
        }
        first[teams.count] = scores.count
        var end = [Int](repeating: 0, count: teams.count)  // one past the subtree's last team
        var height = [Int](repeating: 0, count: teams.count)
        var sum = [Double](repeating: 0, count: teams.count)
        var count = [Int](repeating: 0, count: teams.count)
        for t in teams.indices.reversed() {  // children before parents
            end[t] = t + 1
            var krs = teams[t].keyResults.count
            for c in teams[t].children {
                end[t] = max(end[t], end[c])
                height[t] = max(height[t], height[c] + 1)
                krs += teams[c].subtreeKeyResults
            }
            let run = first[t]..<first[end[t]]
            if height[t] <= orderedSumHeight {
                sum[t] = scores[run].reduce(0, +)
            } else {
                sum[t] = scores[first[t]..<first[t + 1]].reduce(0, +)
                for c in teams[t].children { sum[t] += sum[c] }
            }
            count[t] = run.count
            teams[t].rollupScore = count[t] > 0 ? sum[t] / Double(count[t]) : nil
            teams[t].rollupBand = thresholds.band(teams[t].rollupScore)
            teams[t].subtreeKeyResults = krs
        }
    }

    /// Orders teams as a tree: roots in first-appearance order, each followed by its subtree.
    /// Parents named only in `parent_team` become nodes without OKRs; a loop of parents is
    /// broken at its team met first (in first-appearance order), with a warning. Linear in teams.
    static func tree(_ flat: consuming [Team]) -> ([Team], [RunWarning]) {
        var all = consume flat
        let owning = all.count
        var index: [String: Int] = [:]
        for (i, t) in all.enumerated() { index[t.name] = i }
        for i in 0..<owning {
            if let p = all[i].parent, index[p] == nil {
                index[p] = all.count
                all.append(Team(name: p, parent: nil, ownsOKRs: false))
            }
        }
        var warnings: [RunWarning] = []
        // Break self-parenting and loops: walk up from each team not yet known to reach a root;
        // a walk that meets itself has found a loop, cut at the loop's earliest team.
        var parentOf = all.map { $0.parent.flatMap { index[$0] } }
        enum Mark { case unseen, onWalk, reachesRoot }
        var mark = [Mark](repeating: .unseen, count: all.count)
        var walk: [Int] = []
        for i in all.indices where mark[i] == .unseen {
            walk.removeAll(keepingCapacity: true)
            var cur: Int? = i
            while let c = cur, mark[c] == .unseen {
                mark[c] = .onWalk
                walk.append(c)
                cur = parentOf[c]
            }
            if let c = cur, mark[c] == .onWalk {  // the walk came back to c: walk[from...] is a loop
                let from = walk.firstIndex(of: c)!
                let cut = walk[from...].min()!
                warnings.append(RunWarning(Phrase("warning.teamLoop", ["team": .text(all[cut].name)])))
                all[cut].parent = nil
                parentOf[cut] = nil
            }
            for c in walk { mark[c] = .reachesRoot }
        }
        var kids: [[Int]] = Array(repeating: [], count: all.count)
        var roots: [Int] = []
        for i in all.indices {
            if let pi = parentOf[i] { kids[pi].append(i) } else { roots.append(i) }
        }
        var order: [Int] = []
        order.reserveCapacity(all.count)
        var depth = Array(repeating: 0, count: all.count)
        var stack: [Int] = roots.reversed()
        while let i = stack.popLast() {
            order.append(i)
            for c in kids[i].reversed() {
                depth[c] = depth[i] + 1
                stack.append(c)
            }
        }
        var position = Array(repeating: 0, count: all.count)
        for (pos, i) in order.enumerated() { position[i] = pos }
        let teams = order.map { i -> Team in
            var t = all[i]
            t.depth = depth[i]
            t.children = kids[i].map { position[$0] }
            return t
        }
        return (teams, warnings)
    }
}
