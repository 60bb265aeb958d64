import TownhallCore

/// Pieces several slides share: the aspirational delta, bar-list density and caps, and, with
/// check-ins, a key result's trajectory and activity.
extension DeckBuilder {
    /// The aspirational mean against the previous cycle: better when it moved towards the sweet spot.
    func aspirationalDelta(against vs: String) -> [DeltaView] {
        guard let cmp = report.comparison, let d = cmp.aspirationalMean, let now = report.headline.aspirational.meanScore
        else { return [] }
        let target = th.aspirationalTarget
        let closer = abs(now - target) < abs(now - d - target) - th.tolerance
        let further = abs(now - target) > abs(now - d - target) + th.tolerance
        return Delta.view(d, .score, against: vs, tone: closer ? "green" : (further ? "red" : "none"))
    }

    /// What the chips on the wins and misses slides mean: their colour is the outcome, against
    /// the goals in force (so a committed 0.82 in red reads as the miss it is).
    func outcomeKey(win: Bool) -> String {
        win ? "Colour is the outcome: every one a win"
            : "Colour is the outcome: every one a miss (goals: committed \(Format.score(th.committedWin)), aspirational \(Format.score(th.aspirationalWin)))"
    }

    /// What the colours of a slide about scores mean: the bands, and where the bars are marked.
    var bandKey: String {
        "Colour: score band · green ≥ \(Format.score(th.green)) · amber ≥ \(Format.score(th.yellow)) · red below · bars marked at \(Format.score(th.green))"
    }

    /// What the sparklines beside wins and misses show (with check-ins).
    var trailLegend: String {
        report.checkIns == nil ? "" : "Lines: each key result's score at its check-ins over the cycle, dashed at its goal"
    }

    /// CSS classes of a bar list: `dense` when many rows must fit, `with-delta` when they carry a change.
    func density(_ rows: Int) -> String {
        [rows > 9 ? "dense" : "", report.comparison != nil ? "with-delta" : ""].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Which positions of a ranking of `count` to show: all, or the top and bottom halves of the cap.
    func capRanking(_ count: Int) -> (shown: (top: Range<Int>, bottom: Range<Int>), hidden: Int) {
        let cap = max(2, options.rankingRows)
        guard count > cap else { return ((0..<count, count..<count), 0) }
        let half = (cap - 1) / 2
        return ((0..<half, (count - half)..<count), count - 2 * half)
    }

    /// Key result `k`'s scores at its check-ins, as a sparkline across the cycle's dates.
    func sparkline(_ k: Int) -> [Sparkline] {
        guard let ci = report.checkIns, k < ci.activity.count else { return [] }
        let start = ci.dates.start, span = Double(max(1, ci.dates.days - 1))
        var points: [(x: Double, y: Double)] = []
        var dated: [Int] = []  // the check-ins drawn, for the words of the text alternative
        for j in ci.activity[k].checkIns {
            let c = ci.checkIns[j]
            guard let d = c.date, let s = c.score, s.isFinite else { continue }
            points.append((Double(d - start) / span, s))
            dated.append(j)
        }
        guard !points.isEmpty else { return [] }
        func word(_ j: Int) -> String { "\(Format.score(ci.checkIns[j].score)) on \(Format.day(ci.checkIns[j].date!))" }
        let words = dated.count > 12 ? dated.prefix(6).map(word) + ["…"] + dated.suffix(5).map(word) : dated.map(word)
        let kr = report.keyResults[k]
        let desc = "\(Format.plural(points.count, "check-in")): \(words.joined(separator: ", "))."
            + (kr.score.map { " Final score \(Format.score($0))." } ?? "")
        let goal = kr.type == .committed ? th.committedWin : th.aspirationalWin
        // The end dot takes the chip's colour (the outcome), so one score never shows in two colours.
        return [Sparkline(id: "chart-kr\(k)", title: "Score over the cycle", desc: desc, points: points,
                          band: chip(for: kr), goal: goal)]
    }

    /// `never updated` or `quiet since 12 Aug` for a key result that went quiet; else empty.
    func activityNote(_ k: Int) -> String {
        guard let ci = report.checkIns, k < ci.activity.count, report.keyResults[k].outcome != .dropped else { return "" }
        let a = ci.activity[k]
        if a.neverUpdated { return "never updated" }
        if a.isStale, let last = a.last { return "quiet since \(Format.day(last))" }
        return ""
    }
}
