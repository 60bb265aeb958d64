import TownhallCore

/// How regularly each team reviewed its key results, and who went quiet.
struct RhythmSlide {
    var lede: String
    var rows: [BarRow]
    var density: String
    var figures: [FigureView]
    /// Teams that went quiet: the team, and what happened, in kind words.
    var quiet: [KeyValue]
    var hasQuiet: Bool
    var quietMore: String
    var hasQuietMore: Bool
    var footnote: String
    var hasFootnote: Bool
}

extension RhythmSlide: SlideContent {
    static let partial = "rhythm"

    static let template = """
        <header class="head"><p class="kicker">Review rhythm</p><h2>How often we looked at our OKRs</h2><p class="lede">{{lede}}</p></header>
        <div class="rhythm-body"><div class="bars {{density}}">{{#rows}}{{> bar}}{{/rows}}</div>
        <div class="rhythm-side"><div class="figures stacked compact">{{#figures}}{{> figure}}{{/figures}}</div>
        <div class="quiet"><h3>Went quiet</h3>{{#hasQuiet}}<ul>{{#quiet}}<li><strong>{{key}}</strong><span>{{value}}</span></li>{{/quiet}}</ul>{{/hasQuiet}}{{^hasQuiet}}<p class="quiet-none">Every team kept its key results up to date.</p>{{/hasQuiet}}{{#hasQuietMore}}<p class="quiet-more">{{quietMore}}</p>{{/hasQuietMore}}</div></div></div>
        {{#hasFootnote}}<p class="footnote">{{footnote}}</p>{{/hasFootnote}}
        """
}

extension DeckBuilder {
    /// Teams named on the review rhythm slide as having gone quiet; the rest are counted.
    static let quietRows = 3

    /// "Review rhythm": each team's share of key results updated in the last 30 days, the median
    /// gap between updates and net confidence; teams that went quiet, named kindly.
    mutating func rhythmSlide() {
        guard let ci = report.checkIns else { return }
        let all = report.teams
        let o = ci.overall
        var entries: [Int] = []
        for t in all.indices where t < ci.teamCadence.count && ci.teamCadence[t].keyResults > 0 { entries.append(t) }
        entries.sort { a, b in
            let x = ci.teamCadence[a].shareLast30 ?? -1, y = ci.teamCadence[b].shareLast30 ?? -1
            return x != y ? x > y : a < b
        }
        func sub(_ c: Cadence) -> String {
            var parts: [String] = []
            if let m = c.medianDaysBetween { parts.append("every \(Format.days(m))") }
            else if c.neverUpdated == c.keyResults { parts.append("no check-ins") }
            if let n = c.netConfidence { parts.append("confidence \(Format.signed(n))") }
            return parts.joined(separator: " · ")
        }
        func rhythmRow(_ t: Int) -> BarRow {
            let c = ci.teamCadence[t]
            return row(name(all[t].name), sub(c), score: c.shareLast30, value: Format.percent(c.shareLast30))
        }
        let (shown, hidden) = capRanking(entries.count)
        var rows = shown.top.map { rhythmRow(entries[$0]) }
        if hidden > 0 {
            rows.append(gap("… \(Format.count(hidden)) more teams …"))
            rows += shown.bottom.map { rhythmRow(entries[$0]) }
        }

        // Teams that went quiet: more than half their key results stale or never updated.
        var quiet: [KeyValue] = []
        var quietCount = 0
        var quietNotes: [String] = []
        for t in all.indices where t < ci.teamCadence.count {
            let c = ci.teamCadence[t]
            guard c.keyResults > 0, (c.stale + c.neverUpdated) * 2 > c.keyResults else { continue }
            quietCount += 1
            guard quiet.count < Self.quietRows else { continue }
            var last: Day?
            for k in all[t].keyResults where k < ci.activity.count {
                if let d = ci.activity[k].last, last.map({ d > $0 }) ?? true { last = d }
            }
            let phrase = last.map { "last updates in \(Format.month($0))" } ?? "no check-ins this cycle"
            quiet.append(KeyValue(key: name(all[t].name), value: phrase))
            if quietNotes.count < 3 { quietNotes.append("\(name(all[t].name)) (\(phrase))") }
        }
        let netTone = Tone.confidence(o.netConfidence, th)
        let figures = [
            figure(Format.percent(o.shareLast30), "Updated in 30 days",
                   "\(Format.count(o.updatedLast30)) of \(Format.plural(o.keyResults, "key result")) · \(Format.percent(o.shareLast14)) in 14 days", tone: band(o.shareLast30)),
            figure(Format.days(o.medianDaysBetween), "Between updates", "median gap between check-ins"),
            figure(Format.signed(o.netConfidence), "Net confidence", "on track minus off track, last check-in", tone: netTone),
        ]
        let used = ci.activity.reduce(0) { $0 + $1.checkIns.count }
        let withAny = ci.activity.reduce(0) { $0 + ($1.checkIns.isEmpty ? 0 : 1) }
        var notes = [
            "\(Format.percent(o.shareLast30)) of our key results were updated in the last 30 days of the cycle, and the median gap between updates was \(Format.days(o.medianDaysBetween)).",
        ]
        if let n = o.netConfidence {
            notes.append("Net confidence at the last check-in was \(Format.signed(n)): the share of key results on track minus the share off track.")
        }
        if quietCount > 0 {
            notes.append("\(Format.plural(quietCount, "team")) went quiet: \(quietNotes.joined(separator: ", "))\(quietCount > quietNotes.count ? ", and others" : ""). Ask what got in the way: priorities shift, and an OKR nobody updates has often stopped mattering.")
        } else {
            notes.append("No team went quiet: thank everyone for keeping their key results current.")
        }
        let gone = o.stale + o.neverUpdated
        let footnote = gone > 0
            ? "\(Format.plural(o.stale, "key result")) not updated in the last \(report.limits.staleDays) days and \(Format.count(o.neverUpdated)) never updated: the scorecard names them"
            : ""
        var s = SlideView(name: "Review rhythm", kind: "rhythm", notes: notes)
        s.content = [RhythmSlide(
            lede: "\(Format.plural(used, "check-in")) on \(Format.plural(withAny, "key result")), \(Format.day(ci.dates.start)) to \(Format.day(ci.dates.end)) · bars: share of each team's key results updated in the last 30 days",
            rows: rows, density: rows.count > 9 ? "dense" : "", figures: figures, quiet: quiet, hasQuiet: !quiet.isEmpty,
            quietMore: quietCount > quiet.count ? "and \(Format.plural(quietCount - quiet.count, "more team"))" : "",
            hasQuietMore: quietCount > quiet.count, footnote: footnote, hasFootnote: !footnote.isEmpty)]
        add(s)
    }
}
