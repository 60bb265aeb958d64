import TownhallCore

/// Wins to celebrate, grouped by team, in balanced columns.
struct WinsSlide: SlideContent {
    static let template = """
        {{#heading}}{{> keyedHeading}}{{/heading}}
        <div class="wins">{{#columns}}<div class="win-col">{{#groups}}<div class="group"><h3>{{team}}{{#continued}} <span class="cont">{{words.wins.t.continued}}</span>{{/continued}}</h3><ul>{{#items}}<li class="win"><span class="tick-icon" aria-hidden="true">✓</span><div><p class="kr-title">{{title}}</p><p class="kr-meta">{{#owner}}<span>{{.}}</span>{{/owner}}<span>{{type}}</span>{{#stretch}}<span class="stretch">{{.}}</span>{{/stretch}}{{> krflags}}</p></div>{{> trail}}<span class="chip band-{{chip}}">{{score}}</span></li>{{/items}}</ul></div>{{/groups}}</div>{{/columns}}</div>
        {{^columns}}<p class="empty">{{words.wins.t.noKeyResult}}</p>{{/columns}}
        {{#more}}<p class="more">{{.}}</p>{{/more}}
        """

    var heading: KeyedHeading
    /// One or two columns, balanced.
    var columns: [KRColumn]
    var more: [String]
}

/// Key results of one team, as shown on a wins slide.
struct KRGroup {
    var team: String
    var continued: Bool
    var items: [KRItem]
}

/// A column of team groups.
struct KRColumn {
    var groups: [KRGroup]
}

extension DeckBuilder {
    mutating func winSlides() {
        let krs = report.keyResults
        // Two-line titles make taller rows (the sparkline beside a title leaves it less room), and
        // so does a line of owner, type and stretch too long for one line (in a wordier language).
        let perLine = report.checkIns == nil ? 54 : 40
        let metaLine = report.checkIns == nil ? 60 : 44
        let bests = digest.teamWins.values.map(\.best).sorted { CycleReport.winOrder(krs[$0], krs[$1]) }
        var rowHeight: [Int: Double] = [:]
        for i in bests + digest.topWins where rowHeight[i] == nil {
            let k = item(i, trail: true)
            let meta = (k.owner.first.map { $0.count + 2 } ?? 0) + k.type.count + (k.stretch.first.map { $0.count + 2 } ?? 0)
                + (k.carriedOver ? say("kr.carriedOver").count + 4 : 0)
            rowHeight[i] = (krs[i].title.trimmed.count > perLine ? 1.45 : 1.0) + (meta > metaLine ? 0.45 : 0)
        }
        func height(_ i: Int) -> Double { rowHeight[i] ?? 1 }
        // Every team with wins gets its best one on the slides before any team gets a second:
        // first the teams' best wins, then the best wins overall, each kept if the pages still fit.
        var chosen = Set<Int>()
        var pages: [[(String, Int)]] = [[]]
        var misfits = 0
        for i in bests + digest.topWins where !chosen.contains(i) {
            chosen.insert(i)
            if let fit = winPages(chosen, height: height) {
                pages = fit
                misfits = 0
            } else {
                chosen.remove(i)
                misfits += 1
                if misfits > 8 { break }  // the slides are full
            }
        }
        let heights = Dictionary(chosen.map { ($0, height($0)) }, uniquingKeysWith: { a, _ in a })
        let flat = pages.flatMap { $0 }
        let total = digest.wins
        let shown = pages.reduce(0) { $0 + $1.count }
        var shownByTeam: [String: Int] = [:]
        for (team, _) in flat { shownByTeam[team, default: 0] += 1 }
        let hiddenTeams = digest.teamWins.reduce(0) { $0 + ($1.value.count > shownByTeam[$1.key, default: 0] ? 1 : 0) }
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
                ? say("wins.more", ["n": .count(total - shown), "teams": .text(many(hiddenTeams, .teams))])
                : ""
            var notes: [String] = []
            if p == 0 {
                notes.append(total == 0
                    ? say("wins.noKeyResult")
                    : say("wins.celebrateAcrossRead", ["wins": .text(many(total, .wins)), "teams": .text(many(digest.winTeams, .teams))]))
            }
            for (team, i) in page.prefix(3) {
                let kr = krs[i]
                let who = kr.owner.trimmed.isEmpty ? kr.objectiveOwner.trimmed : kr.owner.trimmed
                notes.append(who.isEmpty ? say("wins.note.win", ["team": .text(name(team)), "title": .text(Format.clip(kr.title.trimmed, 90)), "score": .score(kr.score)])
                    : say("wins.note.thank", ["team": .text(name(team)), "title": .text(Format.clip(kr.title.trimmed, 90)), "score": .score(kr.score), "owner": .text(name(who))]))
            }
            if p == 0 && total > 0 { notes.append(say("wins.inviteOneOwner")) }
            let lede = total == 0
                ? say("wins.noWinsThis")
                : (pages.count > 1
                    ? say("wins.acrossOf", ["wins": .text(many(total, .wins)), "teams": .text(many(digest.winTeams, .teams)), "p": .count(p + 1), "pages": .count(pages.count)])
                    : say("wins.across", ["wins": .text(many(total, .wins)), "teams": .text(many(digest.winTeams, .teams))]))
            var s = SlideView(name: pages.count > 1 ? say("wins.winsToCelebrate", ["p": .count(p + 1), "pages": .count(pages.count)]) : say("wins.winsToCelebrate2"),
                              kind: "wins", notes: notes)
            s.content = [WinsSlide(heading: keyedHeading(say("wins.t.celebrate"), say("wins.t.winsToCelebrate"), lede: lede,
                                                         win: true, shows: !flat.isEmpty),
                                   columns: columns, more: optionalText(more))]
            add(s)
        }
    }

    /// The chosen wins as pages: grouped by team, teams in order of their best win, each page at
    /// most `winsPerSlide` wins whose two columns fit; `nil` when they need more than `winSlides` pages.
    func winPages(_ chosen: Set<Int>, height: (Int) -> Double) -> [[(String, Int)]]? {
        let krs = report.keyResults
        let sorted = chosen.sorted { CycleReport.winOrder(krs[$0], krs[$1]) }
        var order: [String] = []
        var byTeam: [String: [Int]] = [:]
        for i in sorted {
            let team = krs[i].team
            if byTeam[team] == nil { order.append(team) }
            byTeam[team, default: []].append(i)
        }
        var pages: [[(String, Int)]] = []
        var current: [(String, Int)] = []
        for entry in order.flatMap({ team in byTeam[team, default: []].map { (team, $0) } }) {
            let candidate = current + [entry]
            if !current.isEmpty && (candidate.count > max(1, options.winsPerSlide)
                || Self.columnsHeight(candidate.map(\.0), candidate.map { height($0.1) }) > Self.winColumnCapacity) {
                pages.append(current)
                current = [entry]
            } else {
                current = candidate
            }
        }
        pages.append(current)
        return pages.count <= max(1, options.winSlides) ? pages : nil
    }

    /// Height of the taller column of a page of wins split by `balancedSplit`, in one-line rows.
    static func columnsHeight(_ teams: [String], _ rows: [Double]) -> Double {
        let k = balancedSplit(teams, rows)
        return max(columnHeight(teams, rows, 0..<k), columnHeight(teams, rows, k..<teams.count))
    }

    /// Height of the wins `part` of a page as one column: its rows, and half a row for each team
    /// heading (a column that starts inside a team repeats its heading).
    static func columnHeight(_ teams: [String], _ rows: [Double], _ part: Range<Int>) -> Double {
        var h = 0.0
        var last: String? = nil
        for i in part {
            if teams[i] != last { h += 0.5 }
            h += rows[i]
            last = teams[i]
        }
        return h
    }

    /// One-line rows (a team heading counts half) a column of wins holds.
    static let winColumnCapacity = 8.2

    /// Where to cut a page of wins (their teams, in order) into two columns of about equal height:
    /// a team heading weighs about half an item, and a column that starts inside a team repeats it.
    static func balancedSplit(_ teams: [String], _ rows: [Double]? = nil) -> Int {
        guard teams.count > 1 else { return teams.count }
        let rows = rows ?? Array(repeating: 1, count: teams.count)
        var best = teams.count, bestHeight = Double.infinity
        for k in 1..<teams.count {
            let h = max(columnHeight(teams, rows, 0..<k), columnHeight(teams, rows, k..<teams.count))
            // Prefer cuts between teams when they cost no more height.
            let penalty = teams[k - 1] == teams[k] ? 0.25 : 0
            if h + penalty < bestHeight { best = k; bestHeight = h + penalty }
        }
        return best
    }
}
