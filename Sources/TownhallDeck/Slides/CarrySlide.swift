import TownhallCore

/// What carries into next cycle, and advice drawn from this one.
struct CarrySlide {
    var figures: [FigureView]
    /// `pair`, or `trio` with the repeats from the previous cycle.
    var figuresClass: String
    var items: [KRItem]
    var hasItems: Bool
    var more: String
    var hasMore: Bool
    var next: [String]
}

extension CarrySlide: SlideContent {
    static let partial = "carry"

    static let template = """
        <header class="head"><p class="kicker">Carried forward</p><h2>What we take into next cycle</h2></header>
        <div class="carry-body"><div class="carry-left"><div class="figures {{figuresClass}}">{{#figures}}{{> figure}}{{/figures}}</div>
        {{#hasItems}}<ul class="carry-list">{{#items}}<li><span class="chip band-{{band}}">{{score}}</span><span class="kr-title">{{title}}</span><span class="kr-meta"><span>{{team}}</span><span>{{type}}</span>{{> krflags}}</span></li>{{/items}}</ul>{{/hasItems}}
        {{#hasMore}}<p class="more">{{more}}</p>{{/hasMore}}</div>
        <div class="next"><h3>For next cycle</h3><ol>{{#next}}<li>{{.}}</li>{{/next}}</ol>{{^next}}<p>Keep doing what worked: nothing in the figures asks for a change.</p>{{/next}}</div></div>
        """
}

extension DeckBuilder {
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
        s.content = [CarrySlide(figures: figures, figuresClass: figures.count > 2 ? "trio" : "pair", items: items, hasItems: !items.isEmpty, more: more,
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
