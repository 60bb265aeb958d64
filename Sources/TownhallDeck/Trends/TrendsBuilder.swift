import Foundation
import TownhallCore

/// Turns a `HistoryReport` into the slides of the trends deck: the headline figures cycle by
/// cycle, every team's trajectory (the largest teams as small multiples), the biggest movers,
/// the patterns that held two cycles running, the review rhythm over time, and how to read it.
///
/// Every list is capped by `DeckOptions`, so the deck stays short for one cycle or a hundred,
/// ten teams or ten thousand. One pass over cycles × teams.
struct TrendsBuilder {
    let history: HistoryReport
    let options: DeckOptions
    /// The thresholds the history was read with (the config's, else the playbook's defaults).
    let th: Thresholds
    /// Each cycle's teams by name.
    let lookup: [[String: ArchivedTeam]]
    private(set) var slides: [SlideView] = []
    private var chartCount = 0

    init(history: HistoryReport, options: DeckOptions) {
        self.history = history
        self.options = options
        th = history.thresholds
        lookup = history.teamsByCycle
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

        let total = slides.count
        for i in slides.indices {
            slides[i].number = i + 1
            slides[i].total = total
            slides[i].progress = Format.geometry(Double(i + 1) / Double(total) * 100)
        }
        let org = Format.clip(history.organization.trimmed, 60)
        let title = org.isEmpty ? "OKR trends · \(range)" : "\(org) · OKR trends · \(range)"
        let theme = Theme(Organization(name: org))
        return DeckView(
            documentTitle: title, cycleName: range, accent: theme.accent, organization: org,
            hasOrganization: !org.isEmpty, logo: "", hasLogo: false, footer: title, slideCount: total, slides: slides)
    }

    mutating func add(_ slide: SlideView) { slides.append(slide) }

    mutating func chartID() -> String {
        chartCount += 1
        return "chart-\(chartCount)"
    }

    // MARK: - Helpers

    /// A cycle's name for display.
    func cycleName(_ c: Int) -> String { Format.clip(cycles[c].name.trimmed, 24) }

    /// A team's name for display.
    func name(_ text: String) -> String { Format.clip(text.trimmed, 60) }

    /// `2026-Q1 to 2026-Q4`, or the one cycle's name.
    var range: String {
        guard let first = cycles.first else { return "no cycle yet" }
        return cycles.count == 1 ? cycleName(0) : "\(Format.clip(first.name.trimmed, 24)) to \(cycleName(cycles.count - 1))"
    }

    func band(_ score: Double?) -> String { Tone.band(score, th) }

    func figure(_ value: String, _ label: String, _ detail: String, tone: String = "accent", delta: [DeltaView] = []) -> FigureView {
        FigureView(value: value, label: label, detail: detail, tone: tone, delta: delta)
    }

    /// The change of `value` between the last two cycles, when both have it.
    func lastChange(_ value: (ArchivedCycle) -> Double?) -> Double? {
        guard cycles.count >= 2, let a = value(cycles[cycles.count - 2]), let b = value(cycles[cycles.count - 1]) else { return nil }
        return b - a
    }

    /// `2026-Q1 0.79, 2026-Q2 0.82, …` for a text alternative.
    func listed(_ values: [Double?], _ format: (Double?) -> String) -> String {
        values.indices.map { "\(cycleName($0)) \(format(values[$0]))" }.joined(separator: ", ")
    }

    /// The cycle in which `value` was highest, as `0.82 in 2026-Q2`.
    func best(_ value: (ArchivedCycle) -> Double?, _ format: (Double?) -> String) -> String? {
        guard cycles.count >= 2 else { return nil }
        var top: (Int, Double)?
        for c in cycles.indices { if let v = value(cycles[c]), v > (top?.1 ?? -.infinity) { top = (c, v) } }
        return top.map { "\(format($0.1)) in \(cycleName($0.0))" }
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
        let facts = [Format.plural(n, "cycle"), Format.plural(history.teams.count, "team"), Format.plural(krs, "key result")]
            .joined(separator: " · ")
        var s = SlideView(name: "Title", kind: "title", notes: [
            n == 1
                ? "One cycle is archived so far, \(range): this deck shows where we start from; the trends appear from the next cycle."
                : "Welcome. These are our OKRs across \(Format.plural(n, "archived cycle")), \(range).",
            "Agenda: the headline figures cycle by cycle, every team's trajectory, the patterns that repeat, and how often we checked in.",
        ])
        s.content = [TitleSlide(kicker: org.isEmpty ? "Cycle over cycle" : org, cycle: "OKR trends", subtitle: range,
                                   date: Format.date(history.generatedAt, timeZone: options.timeZone), facts: facts)]
        add(s)
    }

    /// Overall score, committed attainment and aspirational mean per cycle, marked at 1.0 and 0.7.
    mutating func linesSlide() {
        guard !cycles.isEmpty else { return }
        let n = cycles.count
        let overall = cycles.map(\.overallScore), committed = cycles.map(\.committedAttainment), aspirational = cycles.map(\.aspirationalMean)
        let inputs = [
            LineChart.Input(name: "Overall", style: "s1", values: overall),
            LineChart.Input(name: "Committed", style: "s2", values: committed, format: { Format.percent($0) }),
            LineChart.Input(name: "Aspirational", style: "s3", values: aspirational),
        ]
        let desc = "Overall score per cycle: \(listed(overall) { Format.score($0) }). "
            + "Committed attainment: \(listed(committed) { Format.percent($0) }). "
            + "Aspirational mean: \(listed(aspirational) { Format.score($0) })."
        let chart = trendChart(
            title: "Headline figures per cycle", desc: desc, height: 540, domain: (0, 1),
            gridLines: [(0, "0"), (0.25, "0.25"), (0.5, "0.50"), (0.75, "0.75"), (1, "1.00")],
            marks: [(th.committedWin, "target \(Format.score(th.committedWin))"),
                    (th.aspirationalTarget, "sweet spot \(Format.score(th.aspirationalTarget))")],
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
            figure(Format.score(last.overallScore), "Overall score",
                   "\(cycleName(n - 1))\(best(\.overallScore, Format.score).map { " · best \($0)" } ?? "")",
                   tone: band(last.overallScore), delta: Delta.view(lastChange(\.overallScore), .score, against: vs)),
            figure(Format.percent(last.committedAttainment), "Committed attainment",
                   "\(cycleName(n - 1))\(best(\.committedAttainment, Format.percent).map { " · best \($0)" } ?? "")",
                   tone: Tone.attainment(last.committedAttainment, th),
                   delta: Delta.view(lastChange(\.committedAttainment), .points, against: vs)),
            figure(Format.score(last.aspirationalMean), "Aspirational mean",
                   "\(cycleName(n - 1)) · sweet spot \(Format.score(th.aspirationalTarget))",
                   tone: Tone.aspiration(last.aspirationalMean, th),
                   delta: Delta.view(aspChange, .score, against: vs, tone: aspTone)),
        ]
        var notes: [String] = []
        if n == 1 {
            notes.append("One cycle archived: overall \(Format.score(last.overallScore)), committed attainment \(Format.percent(last.committedAttainment)), aspirational mean \(Format.score(last.aspirationalMean)). Lines appear from the next cycle.")
        } else {
            notes.append("Overall score: \(Format.score(cycles[0].overallScore)) in \(cycleName(0)), \(Format.score(last.overallScore)) in \(cycleName(n - 1)); \(Delta.words(lastChange(\.overallScore), .score)) on \(vs).")
            notes.append("Committed attainment \(Format.percent(last.committedAttainment)), \(Delta.words(lastChange(\.committedAttainment), .points)) on \(vs). The playbook expects every commitment to land.")
            notes.append("Aspirational mean \(Format.score(last.aspirationalMean)), \(Delta.words(aspChange, .score)) on \(vs). Healthy stretch lands near \(Format.score(th.aspirationalTarget)); \(Format.score(th.sandbagging)) or more means goals too safe.")
        }
        var s = SlideView(name: "Cycle over cycle", kind: "trend-lines", notes: notes)
        s.content = [TrendLinesSlide(
            lede: n == 1
                ? "One cycle archived so far, \(cycleName(0)): trends start with the next · dashed: committed target \(Format.score(th.committedWin)), aspirational sweet spot \(Format.score(th.aspirationalTarget))"
                : "\(Format.plural(n, "cycle")), \(range) · dashed: committed target \(Format.score(th.committedWin)), aspirational sweet spot \(Format.score(th.aspirationalTarget))",
            chart: chart, figures: figures,
            footnote: "Overall: mean of the scored objectives · committed: share of commitments that reached \(Format.score(th.committedWin)) · aspirational: mean score of aspirational key results")]
        add(s)
    }

    /// The headline figures as numbers, the most recent cycles.
    mutating func tableSlide() {
        guard !cycles.isEmpty else { return }
        let cadence = cycles.contains { $0.shareUpdatedLast30 != nil || $0.netConfidence != nil }
        let cap = max(1, options.trendTableRows)
        let shown = Array(cycles.indices.suffix(cap))
        var header = ["Cycle", "Overall", "Committed", "Aspirational", "Key results", "Wins", "Misses"]
        if cadence { header += ["Updated in last 30 days", "Net confidence"] }
        let rows = shown.map { c -> TrendTableRow in
            let x = cycles[c]
            var cells = [
                TrendCell(text: Format.score(x.overallScore), tone: band(x.overallScore)),
                TrendCell(text: Format.percent(x.committedAttainment), tone: Tone.attainment(x.committedAttainment, th)),
                TrendCell(text: Format.score(x.aspirationalMean), tone: Tone.aspiration(x.aspirationalMean, th)),
                TrendCell(text: Format.count(x.keyResults), tone: "none"),
                TrendCell(text: Format.count(x.wins), tone: "none"),
                TrendCell(text: Format.count(x.misses), tone: "none"),
            ]
            if cadence {
                cells.append(TrendCell(text: Format.percent(x.shareUpdatedLast30), tone: band(x.shareUpdatedLast30)))
                cells.append(TrendCell(text: Format.signed(x.netConfidence), tone: Tone.confidence(x.netConfidence, th)))
            }
            return TrendTableRow(label: cycleName(c), cells: cells)
        }
        let hidden = cycles.count - shown.count
        let footnote = hidden > 0
            ? "and \(Format.plural(hidden, "earlier cycle")): every cycle is in history.json"
            : "Every figure is also in history.json"
        var s = SlideView(name: "Cycle by cycle", kind: "trend-table", notes: [
            "The same figures as numbers, oldest first; the latest cycle is highlighted.",
            "Wins and misses count key results; committed attainment is the share of commitments that reached \(Format.score(th.committedWin)).",
        ])
        s.content = [TrendTableSlide(
            lede: hidden > 0 ? "The \(Format.count(shown.count)) most recent of \(Format.plural(cycles.count, "cycle"))" : "Headline figures of \(cycles.count == 1 ? "the archived cycle" : "every archived cycle")",
            header: header, rows: rows, footnote: footnote, hasFootnote: true)]
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
                    delta = Delta.view(b - a, .score)
                } else if lookup[n - 2][names[t]] == nil {
                    delta = Delta.new()
                }
            }
            let seen = lastSeen[t] == n - 1 ? "\(Format.count(size[t])) KRs" : "last in \(lastSeen[t] >= 0 ? cycleName(lastSeen[t]) : "–")"
            let team = name(names[t])
            var spark: [Sparkline] = [], meter: [BarRow] = []
            if n == 1 {
                meter = [BarRow(label: "", sublabel: "", hasSublabel: false, value: "", width: Format.geometry(min(1, max(0, latest ?? 0)) * 100),
                                band: band(latest), mark: Format.geometry(min(1, max(0, th.green)) * 100), isGap: false, isHeading: false)]
            } else {
                spark = [Sparkline(
                    id: chartID(), title: "\(team): score per cycle",
                    desc: listed(Array(scores.prefix(n))) { Format.score($0) } + ".",
                    points: points, band: band(points.last?.y), goal: th.green, width: 200, height: 50)]
            }
            cards.append(TeamCard(team: team, score: Format.score(latest), band: band(latest), delta: delta, spark: spark,
                                  meter: meter, detail: seen))
        }
        let hidden = names.count - shown.count
        var notes = [n == 1
            ? "Each card is one team's score in \(cycleName(0)), largest teams first. From the next cycle, each card shows the team's line over time."
            : "Each card is one team's score over the cycles, largest teams first; the dashed line is \(Format.score(th.green))."]
        if hidden > 0 { notes.append("\(Format.plural(hidden, "more team")) are not shown here: history.json has every team's scores.") }
        notes.append("Look for shapes, not single points: a steady climb, a team that dipped and recovered, one that slid for several cycles.")
        var s = SlideView(name: "Team by team", kind: "trend-teams", notes: notes)
        let ledeHead = hidden > 0
            ? "The \(Format.count(shown.count)) largest of \(Format.plural(names.count, "team")) (all in history.json), by key results"
            : "\(Format.plural(names.count, "team")), largest first"
        s.content = [TrendTeamsSlide(
            title: n == 1 ? "Every team's score in \(cycleName(0))" : "Every team's score over the cycles",
            lede: ledeHead + (n >= 2 ? " · dashed at \(Format.score(th.green)) · ▲▼ vs \(vs)" : " · bars marked at \(Format.score(th.green))"),
            cards: cards, more: "", hasMore: false, layout: cards.count <= 6 ? "cols-3" : "cols-4")]
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
            BarRow(label: name(history.teams[m.t]), sublabel: "\(Format.score(m.before)) → \(Format.score(m.now))", hasSublabel: true,
                   value: Format.score(m.now), width: Format.geometry(min(1, max(0, m.now)) * 100), band: band(m.now),
                   mark: Format.geometry(min(1, max(0, th.green)) * 100), isGap: false, isHeading: false,
                   delta: Delta.view(change(m), .score))
        }
        let last = cycleName(n - 1), prev = cycleName(n - 2)
        var notes: [String] = []
        if let top = up.first {
            notes.append("Most improved: \(name(history.teams[top.t])), from \(Format.score(top.before)) to \(Format.score(top.now)). Invite them to share what changed.")
        }
        if let low = down.first {
            notes.append("Biggest drop: \(name(history.teams[low.t])), from \(Format.score(low.before)) to \(Format.score(low.now)). A drop is a question, not a verdict: new scope, new people, harder goals?")
        }
        let same = moves.count - rising.count - falling.count
        var s = SlideView(name: "Biggest movers", kind: "trend-movers", notes: notes + ["\(Format.count(rising.count)) teams improved, \(Format.count(falling.count)) dropped, \(Format.count(same)) held steady."])
        s.content = [TrendMoversSlide(
            title: "Who moved most since \(prev)",
            lede: "Team score in \(last), change since \(prev) · \(Format.plural(moves.count, "team")) scored in both",
            up: up.map(moverRow), hasUp: !up.isEmpty, down: down.map(moverRow), hasDown: !down.isEmpty,
            footnote: "\(Format.count(rising.count)) improved · \(Format.count(falling.count)) dropped · \(Format.count(same)) unchanged at two decimals · bars marked at \(Format.score(th.green))")]
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
        let items = ordered.prefix(cap).map { st -> StreakItem in
            let names = st.cycles.map { Format.clip($0.trimmed, 24) }
            let cyclesText = names.count > 2 ? "\(names[0]) → \(names[names.count - 1])" : names.joined(separator: " · ")
            let isOngoing = st.cycles.last == latest
            var detail = isOngoing ? "" : "ended after \(names.last ?? "")"
            if isOngoing, let c = index[latest], let f = lookup[c][st.team] {
                detail = tooSafe
                    ? "aspirational mean \(Format.score(f.aspirationalMean)) in \(cycleName(c))"
                    : "\(Format.plural(f.committedMisses, "commitment")) missed in \(cycleName(c)) · \(Format.percent(f.committedAttainment)) met"
            }
            return StreakItem(team: name(st.team), cycles: cyclesText, length: Format.plural(st.cycles.count, "cycle"),
                              detail: detail, hasDetail: !detail.isEmpty, ongoing: isOngoing)
        }
        let hidden = streaks.count - items.count
        let safe = Format.score(th.sandbagging)
        let what = tooSafe ? "goals too safe" : "over-committing"
        var notes: [String] = []
        if streaks.isEmpty {
            notes.append(tooSafe ? "No team's aspirations averaged \(safe) or more two cycles running: our stretch goals are stretching."
                                 : "No team missed commitments two cycles running: commitments are being sized well.")
        } else {
            notes.append("\(Format.plural(streaks.count, "team")) \(tooSafe ? "set goals too safe" : "missed commitments") two or more cycles running; \(Format.count(ongoing)) still \(ongoing == 1 ? "does" : "do") in \(Format.clip(latest, 24)).")
            let first = items.prefix(3).map(\.team).joined(separator: ", ")
            notes.append("Start with \(first): a conversation with the team leads, not a ranking.")
        }
        let advice = tooSafe
            ? ["Aspirations averaging \(safe) or more were reached almost in full: commitments in disguise.",
               "Ask what these teams would attempt if a \(Format.score(th.aspirationalTarget)) were celebrated.",
               "Move the sure things to committed, and add one genuinely uncertain aspiration."]
            : ["Missing commitments cycle after cycle usually means too many of them, or dependencies outside the team's control.",
               "Ask what they would drop to make the rest land.",
               "Commit to fewer things; move the uncertain ones to aspirational."]
        var s = SlideView(name: tooSafe ? "Goals too safe" : "Over-committing", kind: "trend-streaks", notes: notes + [advice[1]])
        s.content = [TrendStreaksSlide(
            kicker: "Patterns · \(what)",
            title: tooSafe ? "Goals too safe, two cycles running" : "Over-committing, two cycles running",
            lede: (tooSafe
                ? "Teams whose aspirational key results averaged \(safe) or more in consecutive cycles"
                : "Teams that missed commitments in consecutive cycles")
                + (streaks.isEmpty ? "" : " · \(Format.plural(streaks.count, "team")), \(ongoing == 0 ? "none" : Format.count(ongoing)) still in \(Format.clip(latest, 24))\(ongoing > 0 ? " (amber)" : "")"),
            items: Array(items), hasItems: !items.isEmpty,
            empty: tooSafe ? "No team played it safe two cycles running." : "No team missed commitments two cycles running.",
            more: hidden > 0 ? "and \(Format.plural(hidden, "more team")): history.json lists every one" : "", hasMore: hidden > 0,
            advice: advice)]
        add(s)
    }

    /// Share of key results updated in the last 30 days and net confidence per cycle, when
    /// archived cycles had check-ins.
    mutating func cadenceSlide() {
        guard cycles.contains(where: { $0.shareUpdatedLast30 != nil || $0.netConfidence != nil || $0.medianDaysBetween != nil })
        else { return }
        let n = cycles.count
        let share = cycles.map(\.shareUpdatedLast30), net = cycles.map(\.netConfidence), gaps = cycles.map(\.medianDaysBetween)
        let shareChart = trendChart(
            title: "Key results updated in the cycle's last 30 days",
            desc: "Share of key results updated in the last 30 days of each cycle: \(listed(share) { Format.percent($0) }).",
            width: 760, height: 380, domain: (0, 1),
            gridLines: [(0, "0%"), (0.5, "50%"), (1, "100%")], marks: [(th.green, Format.percent(th.green))],
            series: [LineChart.Input(name: "Updated", style: "s1", values: share, format: { Format.percent($0) })])
        let confidenceChart = trendChart(
            title: "Net confidence at the last check-in",
            desc: "Net confidence (share of key results on track minus share off track) per cycle: \(listed(net) { Format.signed($0) }).",
            width: 760, height: 380, domain: (-1, 1),
            gridLines: [(-1, "−1"), (0, "0"), (1, "+1")], marks: [],
            series: [LineChart.Input(name: "Confidence", style: "s2", values: net, format: { Format.signed($0) })])
        let last = cycles[n - 1]
        let vs = n >= 2 ? cycleName(n - 2) : ""
        let figures = [
            figure(Format.percent(last.shareUpdatedLast30), "Updated in the last 30 days", cycleName(n - 1),
                   tone: band(last.shareUpdatedLast30), delta: Delta.view(lastChange(\.shareUpdatedLast30), .points, against: vs)),
            figure(Format.days(last.medianDaysBetween), "Between updates", "median gap in \(cycleName(n - 1))",
                   delta: Delta.view(lastChange(\.medianDaysBetween), .days, against: vs, better: .down)),
            figure(Format.signed(last.netConfidence), "Net confidence", "on track minus off track",
                   tone: Tone.confidence(last.netConfidence, th), delta: Delta.view(lastChange(\.netConfidence), .score, against: vs)),
        ]
        let without = cycles.filter { $0.shareUpdatedLast30 == nil && $0.netConfidence == nil }.count
        var notes = ["How often we checked in, cycle by cycle: \(Format.percent(last.shareUpdatedLast30)) of key results were updated in the last 30 days of \(cycleName(n - 1)), with a median gap of \(Format.days(last.medianDaysBetween))."]
        if let d = lastChange(\.shareUpdatedLast30) { notes.append("That is \(Delta.words(d, .points)) on \(vs).") }
        notes.append("Net confidence is the share of key results on track at their last check-in minus the share off track.")
        if without > 0 { notes.append("\(Format.plural(without, "cycle")) had no check-ins: gaps in the lines.") }
        var s = SlideView(name: "Review rhythm over time", kind: "trend-cadence", notes: notes)
        s.content = [TrendCadenceSlide(
            lede: "From each cycle's check-ins\(without > 0 ? " · \(Format.plural(without, "cycle")) without check-ins left blank" : "")",
            shareChart: shareChart, confidenceChart: confidenceChart, figures: figures,
            footnote: "Median days between updates: " + cycles.indices.suffix(6).map { "\(cycleName($0)) \(gaps[$0] == nil ? "no check-ins" : Format.days(gaps[$0]))" }.joined(separator: " · "))]
        add(s)
    }

    mutating func guideSlide() {
        let safe = Format.score(th.sandbagging), target = Format.score(th.aspirationalTarget)
        let items = [
            KeyValue(key: "Overall score", value: "Mean of the scored objectives, 0 to 1: green from \(Format.score(th.green)), amber from \(Format.score(th.yellow))."),
            KeyValue(key: "Committed attainment", value: "Share of committed key results that reached \(Format.score(th.committedWin)). The playbook expects all of them: the dashed line at \(Format.score(th.committedWin))."),
            KeyValue(key: "Aspirational mean", value: "Mean score of aspirational key results. About \(target) is healthy stretch; \(safe) or more means the goals were too safe."),
            KeyValue(key: "▲ ▼ =", value: "Change since the cycle before: green when better, red when worse, grey when unchanged at the precision shown."),
            KeyValue(key: "Goals too safe", value: "A team whose aspirational key results averaged \(safe) or more in two or more cycles in a row."),
            KeyValue(key: "Over-committing", value: "A team that missed at least one commitment in two or more cycles in a row."),
            KeyValue(key: "Review rhythm", value: "From each cycle's check-ins: share of key results updated in its last 30 days, median days between updates, net confidence (on track minus off track)."),
            KeyValue(key: "Cycles and teams", value: "Cycles in date order (by name when undated). Teams are matched by name: a renamed team starts a new line."),
        ]
        let first = cycles.first.map { Format.clip($0.name.trimmed, 24) } ?? "–"
        var s = SlideView(name: "How to read it", kind: "trend-guide", notes: [
            "Every figure here comes from the archive that `townhall report --archive` fills, one cycle at a time.",
            "Thresholds in force: \(Format.score(th.green)) green, \(target) sweet spot, \(safe) too safe; history.json has every number.",
        ])
        s.content = [TrendGuideSlide(
            items: items,
            footnote: "From the archive: \(Format.plural(cycles.count, "cycle")), \(first) to \(cycles.isEmpty ? "–" : cycleName(cycles.count - 1)) · generated \(Format.date(history.generatedAt, timeZone: options.timeZone)) · every figure is in history.json")]
        add(s)
    }
}
