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
        return changes.view(d, .score, against: vs, tone: closer ? "green" : (further ? "red" : "none"))
    }

    /// What the chips on the wins and misses slides mean: their colour is the outcome, against
    /// the goals in force (so a committed 0.82 in red reads as the miss it is).
    func outcomeKey(win: Bool) -> String {
        win ? say("key.wins") : say("key.misses", ["committed": .score(th.committedWin), "aspirational": .score(th.aspirationalWin)])
    }

    /// What the colours of a slide about scores mean: the bands, and where the bars are marked.
    var bandKey: String {
        say("key.bands", ["green": .score(th.green), "yellow": .score(th.yellow)])
    }

    /// What the sparklines beside wins and misses show (with check-ins).
    var trailLegend: String {
        report.checkIns == nil ? "" : say("kr.trailLegend")
    }

    /// The heading of a wins or misses slide: `kicker · lede` above the title, and what the chips
    /// and the trajectory lines mean when the slide `shows` any key result.
    func keyedHeading(_ kicker: String, _ title: String, lede: String, win: Bool, shows: Bool) -> KeyedHeading {
        KeyedHeading(kicker: "\(kicker) · \(lede)", title: title,
                     key: shows ? [outcomeKey(win: win)] : [], legend: shows ? optionalText(trailLegend) : [])
    }

    /// Items of a list in a sentence, `a, b, c` (the language's list separator).
    func listed(_ items: [String]) -> String {
        guard var out = items.first else { return "" }
        for item in items.dropFirst() { out = say("list.pair", ["a": .text(out), "b": .text(item)]) }
        return out
    }

    /// Sentences one after the other (the language's space between sentences).
    func sentences(_ items: [String]) -> String {
        guard var out = items.first else { return "" }
        for item in items.dropFirst() { out = say("list.sentences", ["a": .text(out), "b": .text(item)]) }
        return out
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
        func word(_ j: Int) -> String { say("kr.sparkPoint", ["score": .score(ci.checkIns[j].score), "day": .day(ci.checkIns[j].date!)]) }
        let said = dated.count > 12 ? dated.prefix(6).map(word) + ["…"] + dated.suffix(5).map(word) : dated.map(word)
        let kr = report.keyResults[k]
        let desc = kr.score.map { say("kr.sparkDescFinal", ["n": .count(points.count), "points": .text(listed(said)), "score": .score($0)]) }
            ?? say("kr.sparkDesc", ["n": .count(points.count), "points": .text(listed(said))])
        let goal = kr.type == .committed ? th.committedWin : th.aspirationalWin
        // The end dot takes the chip's colour (the outcome), so one score never shows in two colours.
        return [Sparkline(id: "chart-kr\(k)", title: say("kr.sparkTitle"), desc: desc, points: points,
                          band: chip(for: kr), goal: goal)]
    }

    /// `never updated` or `quiet since 12 Aug` for a key result that went quiet; else empty.
    func activityNote(_ k: Int) -> String {
        guard let ci = report.checkIns, k < ci.activity.count, report.keyResults[k].outcome != .dropped else { return "" }
        let a = ci.activity[k]
        if a.neverUpdated { return say("kr.neverUpdated") }
        if a.isStale, let last = a.last { return say("kr.quietSince", ["day": .day(last)]) }
        return ""
    }
}
