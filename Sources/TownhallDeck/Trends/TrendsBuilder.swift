import Foundation
import TownhallCore

/// Turns a `HistoryReport` into the slides of the trends deck: the headline figures cycle by
/// cycle, every team's trajectory (the largest teams as small multiples), the biggest movers,
/// the patterns that held two cycles running, the review rhythm over time, and how to read it.
///
/// Every fixed text is the history's `Wording` (`trends.*` keys), figures and dates included, so
/// the deck speaks the organization's language; input text (cycle, team and organization names)
/// is passed in as it is. Every list is capped by `DeckOptions`, so the deck stays short for one
/// cycle or a hundred, ten teams or ten thousand. One pass over cycles × teams.
struct TrendsBuilder: SlideBuilding {
    let history: HistoryReport
    let options: DeckOptions
    /// The thresholds the history was read with (the config's, else the playbook's defaults).
    let th: Thresholds
    /// Each cycle's teams by name.
    let lookup: [[String: ArchivedTeam]]
    /// The history's language.
    let words: Wording
    /// Changes and durations in that language.
    let say: Delta
    /// The slides added so far, in deck order.
    var added = SlideList()

    init(history: HistoryReport, options: DeckOptions) {
        self.history = history
        self.options = options
        th = history.thresholds
        lookup = history.teamsByCycle
        words = history.wording
        say = Delta(words)
    }

    var cycles: [ArchivedCycle] { history.cycles }

    /// The whole deck.
    mutating func build() -> DeckView {
        titleSlide()
        linesSlide()
        tableSlide()
        teamsSlide()
        moversSlide()
        streakSlide(history.goalsTooSafe, tooSafe: true)
        streakSlide(history.overCommitting, tooSafe: false)
        cadenceSlide()
        guideSlide()

        let slides = added.numbered
        let total = slides.count
        let org = Format.clip(history.organization.trimmed, 60)
        let title = org.isEmpty
            ? words("trends.document", ["range": .text(range)])
            : words("trends.document.organization", ["organization": .text(org), "range": .text(range)])
        var organization = Organization(name: org)
        organization.accent = history.accent
        let theme = Theme(organization)
        var view = DeckView(
            documentTitle: title, cycleName: range, accent: theme.accent, organization: org,
            hasOrganization: !org.isEmpty, logo: "", hasLogo: false, footer: title, slideCount: total, slides: slides)
        view.lang = words.htmlLang
        view.words = TemplateWords(words)
        return view
    }

    // MARK: - Helpers

    /// A cycle's name for display.
    func cycleName(_ c: Int) -> String { Format.clip(cycles[c].name.trimmed, 24) }

    /// A team's name for display.
    func name(_ text: String) -> String { Format.clip(text.trimmed, 60) }

    /// `2026-Q1 to 2026-Q4`, or the one cycle's name.
    var range: String {
        guard let first = cycles.first else { return words("trends.range.none") }
        return cycles.count == 1 ? cycleName(0)
            : words("trends.range", ["first": .text(Format.clip(first.name.trimmed, 24)), "last": .text(cycleName(cycles.count - 1))])
    }

    func band(_ score: Double?) -> String { Tone.band(score, th) }

    func figure(_ value: String, _ label: String, _ detail: String, tone: String = "accent", delta: [DeltaView] = []) -> FigureView {
        FigureView(value: value, label: label, detail: detail, tone: tone, delta: delta)
    }

    /// A worded count: `trends.cycles` with 3 is `3 cycles`.
    func counted(_ key: String, _ n: Int) -> String { words(key, ["n": .count(n)]) }

    /// The change of `value` between the last two cycles, when both have it.
    func lastChange(_ value: (ArchivedCycle) -> Double?) -> Double? {
        guard cycles.count >= 2, let a = value(cycles[cycles.count - 2]), let b = value(cycles[cycles.count - 1]) else { return nil }
        return b - a
    }

    /// `2026-Q1 0.79, 2026-Q2 0.82, …` for a text alternative.
    func listed(_ values: [Double?], _ format: (Double?) -> String) -> String {
        values.indices.map { "\(cycleName($0)) \(format(values[$0]))" }.joined(separator: ", ")
    }

    /// The cycle in which `value` was highest, with that value.
    func best(_ value: (ArchivedCycle) -> Double?) -> (cycle: Int, value: Double)? {
        guard cycles.count >= 2 else { return nil }
        var top: (Int, Double)?
        for c in cycles.indices { if let v = value(cycles[c]), v > (top?.1 ?? -.infinity) { top = (c, v) } }
        return top.map { (cycle: $0.0, value: $0.1) }
    }

    /// A figure's detail: the latest cycle, and the best one when there are several.
    func detail(_ value: (ArchivedCycle) -> Double?, _ format: (Double?) -> String) -> String {
        let latest = cycleName(cycles.count - 1)
        guard let top = best(value) else { return latest }
        return words("trends.lines.detail.best", ["cycle": .text(latest), "value": .text(format(top.value)),
                                                  "best": .text(cycleName(top.cycle))])
    }

    /// Columns for a few cycles (each labelled with its value), lines for many.
    mutating func trendChart(title: String, desc: String, width: Double = LineChart.width, height: Double,
                             domain: (Double, Double), gridLines: [(Double, String)], marks: [(Double, String)],
                             series: [LineChart.Input]) -> TrendChart {
        let categories = cycles.indices.map { Format.clip(cycles[$0].name.trimmed, 12) }
        if cycles.count <= Self.columnCycles {
            return TrendChart(title: title, line: [], columns: [ColumnChart(
                id: chartID(), title: title, desc: desc, width: width, height: height, domain: domain, gridLines: gridLines,
                marks: marks, categories: categories, series: series)])
        }
        return TrendChart(title: title, line: [LineChart(
            id: chartID(), title: title, desc: desc, width: width, height: height, domain: domain, gridLines: gridLines,
            marks: marks, categories: categories, maxLabels: width < 800 ? 6 : 10, series: series)], columns: [])
    }

    /// Up to this many cycles, charts are columns; beyond, lines.
    static let columnCycles = 5

    // MARK: - Slides

    mutating func titleSlide() {
        let n = cycles.count
        let krs = cycles.reduce(0) { $0 + $1.keyResults }
        let org = name(history.organization)
        let facts = [counted("trends.cycles", n), counted("trends.teams", history.teams.count), counted("trends.keyResults", krs)]
            .joined(separator: " · ")
        var s = SlideView(name: words("trends.slide.title"), kind: "title", notes: [
            n == 1
                ? words("trends.title.notes.one", ["range": .text(range)])
                : words("trends.title.notes.many", ["n": .count(n), "range": .text(range)]),
            words("trends.title.notes.agenda"),
        ])
        s.content = [TitleSlide(kicker: org.isEmpty ? words("trends.title.kicker") : org, cycle: words("trends.title.heading"),
                                   subtitle: range, date: words.date(history.generatedAt, timeZone: options.timeZone), facts: facts)]
        add(s)
    }

    /// Overall score, committed attainment and aspirational mean per cycle, marked at 1.0 and 0.7.
    mutating func linesSlide() {
        guard !cycles.isEmpty else { return }
        let n = cycles.count
        let overall = cycles.map(\.overallScore), committed = cycles.map(\.committedAttainment), aspirational = cycles.map(\.aspirationalMean)
        let words = self.words
        let inputs = [
            LineChart.Input(name: words("trends.lines.series.overall"), style: "s1", values: overall, format: { words.score($0) }),
            LineChart.Input(name: words("trends.lines.series.committed"), style: "s2", values: committed, format: { words.percent($0) }),
            LineChart.Input(name: words("trends.lines.series.aspirational"), style: "s3", values: aspirational, format: { words.score($0) }),
        ]
        let desc = words("trends.lines.desc", [
            "overall": .text(listed(overall) { words.score($0) }), "committed": .text(listed(committed) { words.percent($0) }),
            "aspirational": .text(listed(aspirational) { words.score($0) })])
        let chart = trendChart(
            title: words("trends.lines.chart"), desc: desc, height: 540, domain: (0, 1),
            gridLines: [(0, "0"), (0.25, words.score(0.25)), (0.5, words.score(0.5)), (0.75, words.score(0.75)), (1, words.score(1))],
            marks: [(th.committedWin, words("trends.lines.mark.target", ["value": .score(th.committedWin)])),
                    (th.aspirationalTarget, words("trends.lines.mark.sweetSpot", ["value": .score(th.aspirationalTarget)]))],
            series: inputs)
        let last = cycles[n - 1]
        let vs = n >= 2 ? cycleName(n - 2) : ""
        let aspChange = lastChange(\.aspirationalMean)
        var aspTone = "none"
        if let d = aspChange, let now = last.aspirationalMean {
            let before = now - d, target = th.aspirationalTarget
            aspTone = abs(now - target) < abs(before - target) - th.tolerance ? "green" : (abs(now - target) > abs(before - target) + th.tolerance ? "red" : "none")
        }
        let figures = [
            figure(words.score(last.overallScore), words("trends.lines.overall"), detail(\.overallScore) { words.score($0) },
                   tone: band(last.overallScore), delta: say.view(lastChange(\.overallScore), .score, against: vs)),
            figure(words.percent(last.committedAttainment), words("trends.lines.committed"),
                   detail(\.committedAttainment) { words.percent($0) },
                   tone: Tone.attainment(last.committedAttainment, th),
                   delta: say.view(lastChange(\.committedAttainment), .points, against: vs)),
            figure(words.score(last.aspirationalMean), words("trends.lines.aspirational"),
                   words("trends.lines.detail.sweetSpot", ["cycle": .text(cycleName(n - 1)), "value": .score(th.aspirationalTarget)]),
                   tone: Tone.aspiration(last.aspirationalMean, th),
                   delta: say.view(aspChange, .score, against: vs, tone: aspTone)),
        ]
        var notes: [String] = []
        if n == 1 {
            notes.append(words("trends.lines.notes.one", ["overall": .score(last.overallScore), "committed": .percent(last.committedAttainment),
                                                          "aspirational": .score(last.aspirationalMean)]))
        } else {
            notes.append(words("trends.lines.notes.overall", [
                "first": .score(cycles[0].overallScore), "firstCycle": .text(cycleName(0)), "last": .score(last.overallScore),
                "lastCycle": .text(cycleName(n - 1)), "change": .text(say.spoken(lastChange(\.overallScore), .score)), "against": .text(vs)]))
            notes.append(words("trends.lines.notes.committed", [
                "value": .percent(last.committedAttainment), "change": .text(say.spoken(lastChange(\.committedAttainment), .points)),
                "against": .text(vs)]))
            notes.append(words("trends.lines.notes.aspirational", [
                "value": .score(last.aspirationalMean), "change": .text(say.spoken(aspChange, .score)), "against": .text(vs),
                "target": .score(th.aspirationalTarget), "safe": .score(th.sandbagging)]))
        }
        var s = SlideView(name: words("trends.slide.lines"), kind: "trend-lines", notes: notes)
        let marks: [String: TextArgument] = ["target": .score(th.committedWin), "sweetSpot": .score(th.aspirationalTarget)]
        s.content = [ChartSlide(
            heading: Heading(kicker: words("trends.lines.kicker"), title: words("trends.lines.heading"), lede: [n == 1
                ? words("trends.lines.lede.one", marks.merging(["cycle": .text(cycleName(0))]) { a, _ in a })
                : words("trends.lines.lede", marks.merging(["n": .count(n), "range": .text(range)]) { a, _ in a })]),
            chart: chart, figures: figures,
            footnote: words("trends.lines.footnote", ["target": .score(th.committedWin)]))]
        add(s)
    }

    /// The headline figures as numbers, the most recent cycles.
    mutating func tableSlide() {
        guard !cycles.isEmpty else { return }
        let cadence = cycles.contains { $0.shareUpdatedLast30 != nil || $0.netConfidence != nil }
        let cap = max(1, options.trendTableRows)
        let shown = Array(cycles.indices.suffix(cap))
        var header = ["trends.table.cycle", "trends.table.overall", "trends.table.committed", "trends.table.aspirational",
                      "trends.table.keyResults", "trends.table.wins", "trends.table.misses"].map { words($0) }
        if cadence { header += [words("trends.table.updated"), words("trends.table.confidence")] }
        let rows = shown.map { c -> TrendTableRow in
            let x = cycles[c]
            var cells = [
                TrendCell(text: words.score(x.overallScore), tone: band(x.overallScore)),
                TrendCell(text: words.percent(x.committedAttainment), tone: Tone.attainment(x.committedAttainment, th)),
                TrendCell(text: words.score(x.aspirationalMean), tone: Tone.aspiration(x.aspirationalMean, th)),
                TrendCell(text: words.count(x.keyResults), tone: "none"),
                TrendCell(text: words.count(x.wins), tone: "none"),
                TrendCell(text: words.count(x.misses), tone: "none"),
            ]
            if cadence {
                cells.append(TrendCell(text: words.percent(x.shareUpdatedLast30), tone: band(x.shareUpdatedLast30)))
                cells.append(TrendCell(text: words.signed(x.netConfidence), tone: Tone.confidence(x.netConfidence, th)))
            }
            return TrendTableRow(label: cycleName(c), cells: cells)
        }
        let hidden = cycles.count - shown.count
        let footnote = hidden > 0 ? counted("trends.table.more", hidden) : words("trends.table.footnote")
        var s = SlideView(name: words("trends.slide.table"), kind: "trend-table", notes: [
            words("trends.table.notes.order"),
            words("trends.table.notes.counts", ["target": .score(th.committedWin)]),
        ])
        s.content = [TrendTableSlide(
            heading: Heading(kicker: words("trends.table.kicker"), title: words("trends.table.heading"), lede: [hidden > 0
                ? words("trends.table.lede.recent", ["shown": .count(shown.count), "n": .count(cycles.count)])
                : counted("trends.table.lede.all", cycles.count)]),
            header: header, rows: rows, footnote: [footnote])]
        add(s)
    }

    /// Small multiples: the largest teams, each with its score per cycle.
    mutating func teamsSlide() {
        let names = history.teams
        let n = cycles.count
        guard !names.isEmpty, n > 0 else { return }
        // Size: key results in the team's latest cycle; how many cycles it appears in.
        var size = [Int](repeating: 0, count: names.count)
        var present = [Int](repeating: 0, count: names.count)
        var lastSeen = [Int](repeating: -1, count: names.count)
        for (t, team) in names.enumerated() {
            for c in 0..<n {
                if let f = lookup[c][team] { present[t] += 1; lastSeen[t] = c; size[t] = f.keyResults }
            }
        }
        let cap = max(1, options.trendTeams)
        var order = Array(names.indices)
        order.sort { (-size[$0], $0) < (-size[$1], $1) }
        let shown = Array(order.prefix(cap))
        let vs = n >= 2 ? cycleName(n - 2) : ""
        var cards: [TeamCard] = []
        for t in shown {
            let scores = t < history.teamScores.count ? history.teamScores[t] : []
            var points: [(x: Double, y: Double)] = []
            for c in 0..<min(n, scores.count) {
                if let v = scores[c], v.isFinite { points.append((n == 1 ? 0.5 : Double(c) / Double(n - 1), v)) }
            }
            let latest = scores.last(where: { $0 != nil }) ?? nil
            var delta: [DeltaView] = []
            if n >= 2, lastSeen[t] == n - 1 {
                if let a = scores[n - 2], let b = scores[n - 1] {
                    delta = say.view(b - a, .score)
                } else if lookup[n - 2][names[t]] == nil {
                    delta = say.new()
                }
            }
            let seen = lastSeen[t] == n - 1
                ? counted("trends.teams.size", size[t])
                : words("trends.teams.lastIn", ["cycle": .text(lastSeen[t] >= 0 ? cycleName(lastSeen[t]) : "–")])
            let team = name(names[t])
            var spark: [Sparkline] = [], meter: [BarRow] = []
            if n == 1 {
                meter = [BarRow(label: "", sublabel: [], value: "", width: Format.geometry(min(1, max(0, latest ?? 0)) * 100),
                                band: band(latest), mark: Format.geometry(min(1, max(0, th.green)) * 100), isGap: false, isHeading: false)]
            } else {
                spark = [Sparkline(
                    id: chartID(), title: words("trends.teams.sparkTitle", ["team": .text(team)]),
                    desc: listed(Array(scores.prefix(n))) { words.score($0) } + ".",
                    points: points, band: band(points.last?.y), goal: th.green, width: 200, height: 50)]
            }
            cards.append(TeamCard(team: team, score: words.score(latest), band: band(latest), delta: delta, spark: spark,
                                  meter: meter, detail: seen))
        }
        let hidden = names.count - shown.count
        var notes = [n == 1
            ? words("trends.teams.notes.one", ["cycle": .text(cycleName(0))])
            : words("trends.teams.notes.many", ["green": .score(th.green)])]
        if hidden > 0 { notes.append(counted("trends.teams.notes.hidden", hidden)) }
        notes.append(words("trends.teams.notes.shapes"))
        var s = SlideView(name: words("trends.slide.teams"), kind: "trend-teams", notes: notes)
        let ledeHead = hidden > 0
            ? words("trends.teams.lede.largest", ["shown": .count(shown.count), "n": .count(names.count)])
            : counted("trends.teams.lede.all", names.count)
        let ledeTail = n >= 2
            ? words("trends.teams.lede.lines", ["green": .score(th.green), "cycle": .text(vs)])
            : words("trends.teams.lede.bars", ["green": .score(th.green)])
        s.content = [TrendTeamsSlide(
            heading: Heading(kicker: words("trends.teams.kicker"),
                             title: n == 1 ? words("trends.teams.title.one", ["cycle": .text(cycleName(0))]) : words("trends.teams.title.many"),
                             lede: [ledeHead + " · " + ledeTail]),
            cards: cards, more: [], layout: cards.count <= 6 ? "cols-3" : "cols-4")]
        add(s)
    }

    /// The teams whose score rose or fell most between the last two cycles.
    mutating func moversSlide() {
        let n = cycles.count
        guard n >= 2 else { return }
        var moves: [(t: Int, now: Double, before: Double)] = []
        for t in history.teams.indices where t < history.teamScores.count {
            let s = history.teamScores[t]
            guard s.count == n, let a = s[n - 2], let b = s[n - 1], a.isFinite, b.isFinite else { continue }
            moves.append((t, b, a))
        }
        guard !moves.isEmpty else { return }
        let per = 8
        func change(_ m: (t: Int, now: Double, before: Double)) -> Double { m.now - m.before }
        let rising = moves.filter { CycleComparison.direction(change($0)) == .up }
        let falling = moves.filter { CycleComparison.direction(change($0)) == .down }
        let up = rising.sorted { (-change($0), $0.t) < (-change($1), $1.t) }.prefix(per)
        let down = falling.sorted { (change($0), $0.t) < (change($1), $1.t) }.prefix(per)
        func moverRow(_ m: (t: Int, now: Double, before: Double)) -> BarRow {
            BarRow(label: name(history.teams[m.t]), sublabel: ["\(words.score(m.before)) → \(words.score(m.now))"],
                   value: words.score(m.now), width: Format.geometry(min(1, max(0, m.now)) * 100), band: band(m.now),
                   mark: Format.geometry(min(1, max(0, th.green)) * 100), isGap: false, isHeading: false,
                   delta: say.view(change(m), .score))
        }
        let last = cycleName(n - 1), prev = cycleName(n - 2)
        var notes: [String] = []
        if let top = up.first {
            notes.append(words("trends.movers.notes.up", ["team": .text(name(history.teams[top.t])), "before": .score(top.before),
                                                          "now": .score(top.now)]))
        }
        if let low = down.first {
            notes.append(words("trends.movers.notes.down", ["team": .text(name(history.teams[low.t])), "before": .score(low.before),
                                                            "now": .score(low.now)]))
        }
        let same = moves.count - rising.count - falling.count
        let counts: [String: TextArgument] = ["up": .count(rising.count), "down": .count(falling.count), "same": .count(same)]
        var s = SlideView(name: words("trends.slide.movers"), kind: "trend-movers", notes: notes + [words("trends.movers.notes.counts", counts)])
        s.content = [TrendMoversSlide(
            heading: Heading(kicker: words("trends.movers.kicker"), title: words("trends.movers.title", ["cycle": .text(prev)]),
                             lede: [words("trends.movers.lede", ["last": .text(last), "previous": .text(prev), "n": .count(moves.count)])]),
            upHeading: words("trends.movers.up"), downHeading: words("trends.movers.down"),
            noneUp: words("trends.movers.none.up"), noneDown: words("trends.movers.none.down"),
            up: up.map(moverRow), hasUp: !up.isEmpty, down: down.map(moverRow), hasDown: !down.isEmpty,
            footnote: words("trends.movers.footnote", counts.merging(["green": .score(th.green)]) { a, _ in a }))]
        add(s)
    }

    /// Teams with goals too safe, or over-committing, two cycles running (needs two cycles).
    mutating func streakSlide(_ streaks: [HistoryReport.Streak], tooSafe: Bool) {
        let n = cycles.count
        guard n >= 2 else { return }
        let latest = cycles[n - 1].name
        let index = Dictionary(cycles.indices.map { (cycles[$0].name, $0) }, uniquingKeysWith: { a, _ in a })
        let ordered = streaks.enumerated().sorted { a, b in
            let x = (a.element.cycles.last == latest ? 0 : 1, -a.element.cycles.count, a.offset)
            let y = (b.element.cycles.last == latest ? 0 : 1, -b.element.cycles.count, b.offset)
            return x < y
        }.map(\.element)
        let ongoing = streaks.filter { $0.cycles.last == latest }.count
        let cap = max(1, options.streakRows)
        /// The key of this slide's variant of a text: `trends.streaks.title.tooSafe`.
        let which = tooSafe ? "tooSafe" : "overCommitting"
        func key(_ k: String) -> String { "trends.streaks.\(k).\(which)" }
        let items = ordered.prefix(cap).map { st -> StreakItem in
            let names = st.cycles.map { Format.clip($0.trimmed, 24) }
            let cyclesText = names.count > 2 ? "\(names[0]) → \(names[names.count - 1])" : names.joined(separator: " · ")
            let isOngoing = st.cycles.last == latest
            var detail = isOngoing ? "" : words("trends.streaks.endedAfter", ["cycle": .text(names.last ?? "")])
            if isOngoing, let c = index[latest], let f = lookup[c][st.team] {
                detail = tooSafe
                    ? words(key("detail"), ["value": .score(f.aspirationalMean), "cycle": .text(cycleName(c))])
                    : words(key("detail"), ["n": .count(f.committedMisses), "cycle": .text(cycleName(c)),
                                            "met": .percent(f.committedAttainment)])
            }
            return StreakItem(team: name(st.team), cycles: cyclesText, length: counted("trends.cycles", st.cycles.count),
                              detail: optionalText(detail), ongoing: isOngoing)
        }
        let hidden = streaks.count - items.count
        let limits: [String: TextArgument] = ["safe": .score(th.sandbagging), "target": .score(th.aspirationalTarget)]
        let latestName = Format.clip(latest, 24)
        var notes: [String] = []
        if streaks.isEmpty {
            notes.append(words("trends.streaks.notes.none.\(which)", limits))
        } else {
            notes.append(words("trends.streaks.notes.\(which)", ["n": .count(streaks.count), "ongoing": .count(ongoing),
                                                               "latest": .text(latestName)]))
            let first = items.prefix(3).map(\.team).joined(separator: ", ")
            notes.append(words("trends.streaks.notes.start", ["teams": .text(first)]))
        }
        // The second piece of advice asks about "these teams": with none, it is left out.
        let advice = (streaks.isEmpty ? [1, 3] : [1, 2, 3]).map { words("trends.streaks.advice.\(which).\($0)", limits) }
        var lede = words(key("lede"), limits)
        if !streaks.isEmpty {
            lede += " · " + words("trends.streaks.lede.count", ["n": .count(streaks.count), "ongoing": .count(ongoing),
                                                               "latest": .text(latestName)])
        }
        var s = SlideView(name: words(tooSafe ? "trends.slide.tooSafe" : "trends.slide.overCommitting"), kind: "trend-streaks",
                          notes: streaks.isEmpty ? notes : notes + [advice[1]])
        s.content = [TrendStreaksSlide(
            heading: Heading(kicker: words(key("kicker")), title: words(key("title")), lede: [lede]),
            items: Array(items), hasItems: !items.isEmpty, empty: words(key("empty")),
            more: hidden > 0 ? [counted("trends.streaks.more", hidden)] : [],
            advice: advice, talking: words("trends.streaks.talking"))]
        add(s)
    }

    /// Share of key results updated in the last 30 days and net confidence per cycle, when
    /// archived cycles had check-ins.
    mutating func cadenceSlide() {
        guard cycles.contains(where: { $0.shareUpdatedLast30 != nil || $0.netConfidence != nil || $0.medianDaysBetween != nil })
        else { return }
        let n = cycles.count
        let words = self.words
        let share = cycles.map(\.shareUpdatedLast30), net = cycles.map(\.netConfidence), gaps = cycles.map(\.medianDaysBetween)
        let shareChart = trendChart(
            title: words("trends.cadence.share.chart"),
            desc: words("trends.cadence.share.desc", ["values": .text(listed(share) { words.percent($0) })]),
            width: 760, height: 380, domain: (0, 1),
            gridLines: [(0, words.percent(0)), (0.5, words.percent(0.5)), (1, words.percent(1))],
            marks: [(th.green, words.percent(th.green))],
            series: [LineChart.Input(name: words("trends.cadence.share.series"), style: "s1", values: share, format: { words.percent($0) })])
        let confidenceChart = trendChart(
            title: words("trends.cadence.confidence.chart"),
            desc: words("trends.cadence.confidence.desc", ["values": .text(listed(net) { words.signed($0) })]),
            width: 760, height: 380, domain: (-1, 1),
            gridLines: [(-1, "−1"), (0, "0"), (1, "+1")], marks: [],
            series: [LineChart.Input(name: words("trends.cadence.confidence.series"), style: "s2", values: net,
                                     format: { words.signed($0) })])
        let last = cycles[n - 1]
        let vs = n >= 2 ? cycleName(n - 2) : ""
        let figures = [
            figure(words.percent(last.shareUpdatedLast30), words("trends.cadence.updated"), cycleName(n - 1),
                   tone: band(last.shareUpdatedLast30), delta: say.view(lastChange(\.shareUpdatedLast30), .points, against: vs)),
            figure(Format.days(last.medianDaysBetween, words), words("trends.cadence.between"),
                   words("trends.cadence.between.detail", ["cycle": .text(cycleName(n - 1))]),
                   delta: say.view(lastChange(\.medianDaysBetween), .days, against: vs, better: .down)),
            figure(words.signed(last.netConfidence), words("trends.cadence.confidence"), words("trends.cadence.confidence.detail"),
                   tone: Tone.confidence(last.netConfidence, th), delta: say.view(lastChange(\.netConfidence), .score, against: vs)),
        ]
        let without = cycles.filter { $0.shareUpdatedLast30 == nil && $0.netConfidence == nil }.count
        var notes = [words("trends.cadence.notes.share", ["share": .percent(last.shareUpdatedLast30), "cycle": .text(cycleName(n - 1)),
                                                          "gap": .text(Format.days(last.medianDaysBetween, words))])]
        if let d = lastChange(\.shareUpdatedLast30) {
            notes.append(words("trends.cadence.notes.change", ["change": .text(say.spoken(d, .points)), "against": .text(vs)]))
        }
        notes.append(words("trends.cadence.notes.confidence"))
        if without > 0 { notes.append(counted("trends.cadence.notes.without", without)) }
        var s = SlideView(name: words("trends.slide.cadence"), kind: "trend-cadence", notes: notes)
        let gapList = cycles.indices.suffix(6)
            .map { "\(cycleName($0)) \(gaps[$0] == nil ? words("trends.cadence.noCheckIns") : Format.days(gaps[$0], words))" }
            .joined(separator: " · ")
        s.content = [TrendCadenceSlide(
            heading: Heading(kicker: words("trends.cadence.kicker"), title: words("trends.cadence.heading"),
                             lede: [words("trends.cadence.lede") + (without > 0 ? " · " + counted("trends.cadence.lede.without", without) : "")]),
            shareChart: shareChart, confidenceChart: confidenceChart, figures: figures,
            footnote: words("trends.cadence.footnote", ["gaps": .text(gapList)]))]
        add(s)
    }

    mutating func guideSlide() {
        let limits: [String: TextArgument] = [
            "green": .score(th.green), "yellow": .score(th.yellow), "target": .score(th.committedWin),
            "sweetSpot": .score(th.aspirationalTarget), "safe": .score(th.sandbagging)]
        func item(_ key: String, _ term: String) -> KeyValue {
            KeyValue(key: term, value: words("trends.guide.\(key).text", limits))
        }
        let items = [
            item("overall", words("trends.guide.overall")),
            item("committed", words("trends.guide.committed")),
            item("aspirational", words("trends.guide.aspirational")),
            item("arrows", "▲ ▼ ="),
            item("tooSafe", words("trends.guide.tooSafe")),
            item("overCommitting", words("trends.guide.overCommitting")),
            item("rhythm", words("trends.guide.rhythm")),
            item("matching", words("trends.guide.matching")),
        ]
        let first = cycles.first.map { Format.clip($0.name.trimmed, 24) } ?? "–"
        var s = SlideView(name: words("trends.slide.guide"), kind: "trend-guide", notes: [
            words("trends.guide.notes.source"),
            words("trends.guide.notes.thresholds", limits),
        ])
        s.content = [TrendGuideSlide(
            heading: Heading(kicker: words("trends.guide.kicker"), title: words("trends.guide.heading")),
            items: items,
            footnote: words("trends.guide.footnote", [
                "n": .count(cycles.count), "first": .text(first), "last": .text(cycles.isEmpty ? "–" : cycleName(cycles.count - 1)),
                "date": .text(words.date(history.generatedAt, timeZone: options.timeZone))]))]
        add(s)
    }
}
