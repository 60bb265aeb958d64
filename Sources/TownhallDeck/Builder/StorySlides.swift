import TownhallCore

/// The heart of the town hall: wins to celebrate, misses to reflect on, what carries forward.
extension DeckBuilder {
    mutating func winSlides() {
        let krs = report.keyResults
        // Group the best wins by team, teams in order of their best win.
        var order: [String] = []
        var byTeam: [String: [Int]] = [:]
        for i in digest.topWins {
            let team = krs[i].team
            if byTeam[team] == nil { order.append(team) }
            byTeam[team, default: []].append(i)
        }
        let flat = order.flatMap { team in byTeam[team, default: []].map { (team, $0) } }
        // Pages of at most `winsPerSlide` wins whose two columns fit the slide: a title that takes
        // two lines makes a taller row (the sparkline beside it leaves less room for the title).
        let perLine = report.checkIns == nil ? 54 : 40
        let heights = Dictionary(flat.map { ($0.1, krs[$0.1].title.trimmed.count > perLine ? 1.45 : 1.0) }, uniquingKeysWith: { a, _ in a })
        var pages: [[(String, Int)]] = []
        var current: [(String, Int)] = []
        for entry in flat {
            let candidate = current + [entry]
            if !current.isEmpty && (candidate.count > max(1, options.winsPerSlide)
                || Self.columnsHeight(candidate.map(\.0), candidate.map { heights[$0.1] ?? 1 }) > Self.winColumnCapacity) {
                pages.append(current)
                current = [entry]
                if pages.count == max(1, options.winSlides) { break }
            } else {
                current = candidate
            }
        }
        if pages.count < max(1, options.winSlides) && (!current.isEmpty || pages.isEmpty) { pages.append(current) }
        let total = digest.wins
        let shown = pages.reduce(0) { $0 + $1.count }
        for (p, page) in pages.enumerated() {
            let continuesFromBefore = p > 0 && pages[p - 1].last?.0 == page.first?.0
            let split = Self.balancedSplit(page.map(\.0), page.map { heights[$0.1] ?? 1 })
            let columns = [page[..<split], page[split...]].filter { !$0.isEmpty }.enumerated().map { c, part in
                var groups: [KRGroup] = []
                for (team, i) in part {
                    if groups.last?.team == name(team) {
                        groups[groups.count - 1].items.append(item(i, trail: true))
                    } else {
                        let continued = groups.isEmpty && (c == 0 ? continuesFromBefore : page[split - 1].0 == team)
                        groups.append(KRGroup(team: name(team), continued: continued, items: [item(i, trail: true)]))
                    }
                }
                return KRColumn(groups: groups)
            }
            let isLast = p == pages.count - 1
            let more = isLast && total > shown
                ? "and \(Format.count(total - shown)) more \(total - shown == 1 ? "win" : "wins") across \(Format.plural(digest.winTeams, "team")): every one is in the scorecard"
                : ""
            var notes: [String] = []
            if p == 0 {
                notes.append(total == 0
                    ? "No key result was a win this cycle. Say so plainly, then look for what still moved."
                    : "Celebrate \(Format.plural(total, "win")) across \(Format.plural(digest.winTeams, "team")). Read out the names: owners made these happen.")
            }
            for (team, i) in page.prefix(3) {
                let kr = krs[i]
                let who = kr.owner.trimmed.isEmpty ? kr.objectiveOwner.trimmed : kr.owner.trimmed
                notes.append("\(name(team)): \(Format.clip(kr.title.trimmed, 90)) (\(Format.score(kr.score)))\(who.isEmpty ? "." : ": thank \(name(who)).")")
            }
            if p == 0 && total > 0 { notes.append("Invite one owner to share in a sentence what made it work.") }
            let lede = total == 0
                ? "No wins this cycle."
                : (pages.count > 1
                    ? "\(Format.plural(total, "win")) across \(Format.plural(digest.winTeams, "team")) · \(p + 1) of \(pages.count)"
                    : "\(Format.plural(total, "win")) across \(Format.plural(digest.winTeams, "team"))")
            var s = SlideView(name: pages.count > 1 ? "Wins to celebrate (\(p + 1) of \(pages.count))" : "Wins to celebrate",
                              kind: "wins", notes: notes)
            s.winsSlide = [WinsSlide(lede: lede, columns: columns, more: more, hasMore: !more.isEmpty,
                                     legend: trailLegend, hasLegend: !trailLegend.isEmpty && !flat.isEmpty)]
            add(s)
        }
    }

    /// Height of the taller column of a page of wins split by `balancedSplit`, in one-line rows.
    static func columnsHeight(_ teams: [String], _ rows: [Double]) -> Double {
        let k = balancedSplit(teams, rows)
        func height(_ part: Range<Int>) -> Double {
            var h = 0.0
            var last: String? = nil
            for i in part {
                if teams[i] != last { h += 0.5 }
                h += rows[i]
                last = teams[i]
            }
            return h
        }
        return max(height(0..<k), height(k..<teams.count))
    }

    /// One-line rows (a team heading counts half) a column of wins holds.
    static let winColumnCapacity = 8.2

    /// What the sparklines beside wins and misses show (with check-ins).
    var trailLegend: String {
        report.checkIns == nil ? "" : "Lines: each key result's score at its check-ins over the cycle, dashed at its goal"
    }

    /// Where to cut a page of wins (their teams, in order) into two columns of about equal height:
    /// a team heading weighs about half an item, and a column that starts inside a team repeats it.
    static func balancedSplit(_ teams: [String], _ rows: [Double]? = nil) -> Int {
        guard teams.count > 1 else { return teams.count }
        let rows = rows ?? Array(repeating: 1, count: teams.count)
        func height(_ part: Range<Int>) -> Double {
            var h = 0.0
            var last: String? = nil
            for i in part {
                if teams[i] != last { h += 0.5 }
                h += rows[i]
                last = teams[i]
            }
            return h
        }
        var best = teams.count, bestHeight = Double.infinity
        for k in 1..<teams.count {
            let h = max(height(0..<k), height(k..<teams.count))
            // Prefer cuts between teams when they cost no more height.
            let penalty = teams[k - 1] == teams[k] ? 0.25 : 0
            if h + penalty < bestHeight { best = k; bestHeight = h + penalty }
        }
        return best
    }

    mutating func missSlides() {
        let krs = report.keyResults
        let chosen = digest.topMisses
        let per = max(1, options.missesPerSlide)
        let pages = stride(from: 0, to: max(chosen.count, 1), by: per).map { Array(chosen[$0..<min(chosen.count, $0 + per)]) }
        let total = digest.committedMisses + digest.aspirationalMisses
        var summary = "\(Format.count(digest.committedMisses)) committed · \(Format.count(digest.aspirationalMisses)) aspirational"
        if digest.missingReflections > 0 {
            summary += " · \(Format.count(digest.missingReflections)) without a reflection"
        }
        for (p, page) in pages.enumerated() {
            let isLast = p == pages.count - 1
            let more = isLast && total > chosen.count
                ? "and \(Format.count(total - chosen.count)) more \(total - chosen.count == 1 ? "miss" : "misses"): every one, with its notes, is in the scorecard"
                : ""
            var notes: [String] = []
            if p == 0 {
                if total == 0 {
                    notes.append("No misses this cycle: every scored key result landed. Check the aspirations were ambitious enough.")
                } else {
                    notes.append("\(Format.plural(digest.committedMisses, "committed miss", "committed misses")) and \(Format.plural(digest.aspirationalMisses, "aspirational miss", "aspirational misses")). A miss is a chance to learn, not to blame.")
                    if digest.missingReflections > 0 {
                        notes.append("\(Format.plural(digest.missingReflections, "committed miss", "committed misses")) still \(digest.missingReflections == 1 ? "has" : "have") no reflection: ask the owners to write one this week.")
                    }
                }
            }
            for i in page.prefix(3) {
                let kr = krs[i]
                let n = kr.notes.trimmed
                notes.append("\(name(kr.team)): \(Format.clip(kr.title.trimmed, 80)) (\(Format.score(kr.score))). \(n.isEmpty ? "No reflection yet: ask what we learned." : "Learning: " + Format.clip(n, 120))")
            }
            let lede = total == 0 ? "No misses this cycle." : (pages.count > 1 ? "\(summary) · \(p + 1) of \(pages.count)" : summary)
            var s = SlideView(name: pages.count > 1 ? "Misses to reflect on (\(p + 1) of \(pages.count))" : "Misses to reflect on",
                              kind: "misses", notes: notes)
            s.missesSlide = [MissesSlide(lede: lede, items: page.map { item($0, trail: true) }, more: more, hasMore: !more.isEmpty,
                                         legend: trailLegend, hasLegend: !trailLegend.isEmpty && !page.isEmpty)]
            add(s)
        }
    }

    mutating func carrySlide() {
        let krs = report.keyResults
        let committed = digest.topMisses.filter { krs[$0].type == .committed }.prefix(3)
        let aspirational = digest.topCarried.prefix((report.comparison == nil ? 6 : 5) - committed.count)
        let items = (Array(committed) + Array(aspirational)).map { item($0) }
        let shown = items.count
        let totalCarried = digest.carriedCommitted + digest.carriedAspirational
        var figures = [
            figure(Format.count(digest.carriedCommitted), "Commitments missed", "re-commit if they still matter, or drop them", tone: "red"),
            figure(Format.count(digest.carriedAspirational), "Aspirations short of 1.0", "carry the ambition, or rethink it", tone: "yellow"),
        ]
        var notes = [
            "\(Format.plural(totalCarried, "key result")) carry forward: \(Format.count(digest.carriedCommitted)) missed commitments and \(Format.count(digest.carriedAspirational)) aspirations short of 1.0.",
            "Carrying forward is a choice, not a default: each owner decides to re-commit, reshape or drop.",
        ]
        if let cmp = report.comparison {
            let repeats = repeatOutcomes(cmp)
            figures.append(figure(Format.count(repeats.total), "Repeated from \(previousName)",
                                  "\(Format.count(repeats.won)) landed this time · \(Format.count(repeats.missed)) missed again",
                                  tone: repeats.missed > 0 ? "yellow" : "green"))
            if repeats.total > 0 {
                notes.append("\(Format.plural(repeats.total, "key result")) repeated one of \(previousName)'s: \(Format.count(repeats.won)) landed this time, \(Format.count(repeats.missed)) missed again. A goal missed twice needs a new approach, or a decision to let it go.")
            }
        }
        let next = nextCycle()
        var s = SlideView(name: "Carried forward", kind: "carry", notes: notes + next)
        let more = totalCarried > shown ? "and \(Format.count(totalCarried - shown)) more in the carry-forward list" : ""
        s.carrySlide = [CarrySlide(figures: figures, figuresClass: figures.count > 2 ? "trio" : "pair", items: items, hasItems: !items.isEmpty, more: more,
                                   hasMore: !more.isEmpty, next: next)]
        add(s)
    }

    /// Key results that repeat the previous cycle's, and how they ended this time.
    func repeatOutcomes(_ cmp: CycleComparison) -> (total: Int, won: Int, missed: Int) {
        var won = 0, missed = 0
        for k in cmp.carriedOver where k < report.keyResults.count {
            switch report.keyResults[k].outcome {
            case .win: won += 1
            case .miss: missed += 1
            default: break
            }
        }
        return (cmp.carriedOver.count, won, missed)
    }

    /// Advice for next cycle drawn from this cycle's figures and playbook findings.
    func nextCycle() -> [String] {
        var out: [String] = []
        let h = report.headline
        if let a = h.committed.attainment, a < 1 - th.tolerance {
            out.append("Commit only to what we will deliver: \(Format.percent(a)) of commitments landed this time.")
        }
        if let cmp = report.comparison {
            let missedAgain = repeatOutcomes(cmp).missed
            if missedAgain > 0 {
                out.append(missedAgain == 1
                    ? "Rethink the key result missed two cycles running: a new approach, or let it go."
                    : "Rethink the \(Format.count(missedAgain)) key results missed two cycles running: a new approach, or let them go.")
            }
        }
        if digest.missingReflections > 0 {
            out.append("Write the \(Format.plural(digest.missingReflections, "missing reflection")) before planning starts.")
        }
        if let m = h.aspirational.meanScore {
            if m >= th.sandbagging - th.tolerance {
                out.append("Raise the bar: aspirations averaged \(Format.score(m)), too safe.")
            } else if m < th.aspirationalTarget - Verdict.window - th.tolerance {
                out.append("Right-size aspirations: they averaged \(Format.score(m)), short of \(Format.score(th.aspirationalTarget)).")
            } else {
                out.append("Keep aspirations this ambitious: \(Format.score(m)) is close to the \(Format.score(th.aspirationalTarget)) sweet spot.")
            }
        }
        var byID: [String: Int] = [:]
        for f in report.checks { byID[f.id, default: 0] += 1 }
        let advised = Playbook.all.compactMap { check in check.advice.map { (check, $0.rank) } }.sorted { $0.1 < $1.1 }
        for (check, _) in advised {
            guard let n = byID[check.id], n > 0,
                  let text = check.advice(report.limits, th, count: n, in: .english) else { continue }
            out.append(text)
        }
        let problems = report.problems.count + report.rejected.count
        if problems > 0 { out.append("Fix \(Format.plural(problems, "data problem")) in the source export.") }
        return Array(out.prefix(5))
    }
}
