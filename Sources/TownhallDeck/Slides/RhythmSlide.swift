import TownhallCore

/// How regularly each team reviewed its key results, and who went quiet.
struct RhythmSlide: SlideContent {
    static let template = """
        {{#heading}}{{> heading}}{{/heading}}
        <div class="rhythm-body"><div class="bars {{density}}">{{#rows}}{{> bar}}{{/rows}}</div>
        <div class="rhythm-side"><div class="figures stacked compact">{{#figures}}{{> figure}}{{/figures}}</div>
        <div class="quiet"><h3>{{words.rhythm.t.wentQuiet}}</h3>{{#hasQuiet}}<ul>{{#quiet}}<li><strong>{{key}}</strong><span>{{value}}</span></li>{{/quiet}}</ul>{{/hasQuiet}}{{^hasQuiet}}<p class="quiet-none">{{words.rhythm.t.everyTeamKept}}</p>{{/hasQuiet}}{{#quietMore}}<p class="quiet-more">{{.}}</p>{{/quietMore}}</div></div></div>
        {{#footnote}}<p class="footnote">{{.}}</p>{{/footnote}}
        """

    var heading: Heading
    var rows: [BarRow]
    var density: String
    var figures: [FigureView]
    /// Teams that went quiet: the team, and what happened, in kind words.
    var quiet: [KeyValue]
    var hasQuiet: Bool
    var quietMore: [String]
    var footnote: [String]
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
            if let m = c.medianDaysBetween { parts.append(say("rhythm.every", ["m": .text(Format.days(m, words))])) }
            else if c.neverUpdated == c.keyResults { parts.append(say("rhythm.noCheckIns")) }
            if let n = c.netConfidence { parts.append(say("rhythm.confidence", ["n": .text(words.signed(n))])) }
            return parts.joined(separator: " · ")
        }
        func rhythmRow(_ t: Int) -> BarRow {
            let c = ci.teamCadence[t]
            return row(name(all[t].name), sub(c), score: c.shareLast30, value: words.percent(c.shareLast30))
        }
        let (shown, hidden) = capRanking(entries.count)
        var rows = shown.top.map { rhythmRow(entries[$0]) }
        if hidden > 0 {
            rows.append(gap(say("rhythm.moreTeams", ["hidden": .count(hidden)])))
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
            let phrase = last.map { say("rhythm.lastUpdatesIn", ["month": .text(words.month($0))]) } ?? say("rhythm.noCheckIns2")
            quiet.append(KeyValue(key: name(all[t].name), value: phrase))
            if quietNotes.count < 3 { quietNotes.append(say("rhythm.note.quietTeam", ["team": .text(name(all[t].name)), "what": .text(phrase)])) }
        }
        let netTone = Tone.confidence(o.netConfidence, th)
        let figures = [
            figure(words.percent(o.shareLast30), say("rhythm.updatedInDays"),
                   say("rhythm.ofInDays", ["updatedLast30": .count(o.updatedLast30), "keyResults": .text(many(o.keyResults, .keyResults)), "shareLast14": .text(words.percent(o.shareLast14))]), tone: band(o.shareLast30)),
            figure(Format.days(o.medianDaysBetween, words), say("rhythm.betweenUpdates"), say("rhythm.medianGapBetween")),
            figure(words.signed(o.netConfidence), say("rhythm.netConfidence"), say("rhythm.onTrackMinus"), tone: netTone),
        ]
        let used = ci.activity.reduce(0) { $0 + $1.checkIns.count }
        let withAny = ci.activity.reduce(0) { $0 + ($1.checkIns.isEmpty ? 0 : 1) }
        var notes = [
            say("rhythm.ofOurKey", ["shareLast30": .text(words.percent(o.shareLast30)), "medianDaysBetween": .text(Format.days(o.medianDaysBetween, words))]),
        ]
        if let n = o.netConfidence {
            notes.append(say("rhythm.netConfidenceAt", ["n": .text(words.signed(n))]))
        }
        if quietCount > 0 {
            notes.append(say(quietCount > quietNotes.count ? "rhythm.note.quietAndOthers" : "rhythm.note.quiet",
                             ["teams": .text(many(quietCount, .teams)), "names": .text(listed(quietNotes))]))
        } else {
            notes.append(say("rhythm.noTeamWent"))
        }
        let gone = o.stale + o.neverUpdated
        let footnote = gone > 0
            ? say("rhythm.notUpdatedIn", ["keyResults": .text(many(o.stale, .keyResults)), "staleDays": .count(report.limits.staleDays), "neverUpdated": .count(o.neverUpdated)])
            : ""
        var s = SlideView(name: say("rhythm.reviewRhythm"), kind: "rhythm", notes: notes)
        s.content = [RhythmSlide(
            heading: Heading(kicker: say("rhythm.t.reviewRhythm"), title: say("rhythm.t.howOftenWe"), lede: [say("rhythm.onToBars", ["checkIns": .text(many(used, .checkIns)), "keyResults": .text(many(withAny, .keyResults)), "start": .text(words.day(ci.dates.start)), "end": .text(words.day(ci.dates.end))])]),
            rows: rows, density: rows.count > 9 ? "dense" : "", figures: figures, quiet: quiet, hasQuiet: !quiet.isEmpty,
            quietMore: quietCount > quiet.count ? [say("rhythm.and", ["moreTeams": .text(many(quietCount - quiet.count, .moreTeams))])] : [],
            footnote: optionalText(footnote))]
        add(s)
    }
}
