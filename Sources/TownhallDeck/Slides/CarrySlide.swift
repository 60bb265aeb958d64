import TownhallCore

/// What carries into next cycle, and advice drawn from this one. Its chips colour by outcome, as
/// on the misses slide, so a committed miss at 0.73 shows red on both.
struct CarrySlide: SlideContent {
    static let template = """
        {{#heading}}{{> heading}}{{/heading}}
        <div class="carry-body"><div class="carry-left"><div class="figures {{figuresClass}}">{{#figures}}{{> figure}}{{/figures}}</div>
        {{#hasItems}}<ul class="carry-list">{{#items}}<li><span class="chip band-{{chip}}">{{score}}</span><span class="kr-title">{{title}}</span><span class="kr-meta"><span>{{team}}</span><span>{{type}}</span>{{> krflags}}</span></li>{{/items}}</ul>{{/hasItems}}
        {{#more}}<p class="more">{{.}}</p>{{/more}}</div>
        <div class="next"><h3>{{words.carry.t.forNextCycle}}</h3><ol>{{#next}}<li>{{.}}</li>{{/next}}</ol>{{^next}}<p>{{words.carry.t.keepDoingWhat}}</p>{{/next}}</div></div>
        """

    var heading: Heading
    var figures: [FigureView]
    /// `pair`, or `trio` with the repeats from the previous cycle.
    var figuresClass: String
    var items: [KRItem]
    var hasItems: Bool
    var more: [String]
    var next: [String]
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
            figure(words.count(digest.carriedCommitted), say("carry.commitmentsMissed"), say("carry.reCommitIf"), tone: "red"),
            figure(words.count(digest.carriedAspirational), say("carry.aspirationsShortOf"), say("carry.carryTheAmbition"), tone: "yellow"),
        ]
        var notes = [
            say("carry.carryForwardMissed", ["keyResults": .text(many(totalCarried, .keyResults)), "carriedCommitted": .count(digest.carriedCommitted), "carriedAspirational": .count(digest.carriedAspirational)]),
            say("carry.carryingForwardIs"),
        ]
        if let cmp = report.comparison {
            let repeats = repeatOutcomes(cmp)
            figures.append(figure(words.count(repeats.total), say("carry.repeatedFrom", ["previousName": .text(previousName)]),
                                  say("carry.landedThisTime", ["won": .count(repeats.won), "missed": .count(repeats.missed)]),
                                  tone: repeats.missed > 0 ? "yellow" : "green"))
            if repeats.total > 0 {
                notes.append(say("carry.repeatedOneOf", ["keyResults": .text(many(repeats.total, .keyResults)), "previousName": .text(previousName), "won": .count(repeats.won), "missed": .count(repeats.missed)]))
            }
        }
        let next = nextCycle()
        var s = SlideView(name: say("carry.carriedForward"), kind: "carry", notes: notes + next)
        let more = totalCarried > shown ? say("carry.andMoreIn", ["shown": .count(totalCarried - shown)]) : ""
        s.content = [CarrySlide(heading: Heading(kicker: say("carry.t.carriedForward"), title: say("carry.t.whatWeTake")), figures: figures, figuresClass: figures.count > 2 ? "trio" : "pair", items: items, hasItems: !items.isEmpty, more: optionalText(more), next: next)]
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
            out.append(say("carry.commitOnlyTo", ["a": .text(words.percent(a))]))
        }
        if let cmp = report.comparison {
            let missedAgain = repeatOutcomes(cmp).missed
            if missedAgain > 0 {
                out.append(missedAgain == 1
                    ? say("carry.rethinkTheKey")
                    : say("carry.rethinkTheKey2", ["missedAgain": .count(missedAgain)]))
            }
        }
        if digest.missingReflections > 0 {
            out.append(say("carry.writeTheBefore", ["missingReflections": .text(many(digest.missingReflections, .missingReflections))]))
        }
        if let m = h.aspirational.meanScore {
            if m >= th.sandbagging - th.tolerance {
                out.append(say("carry.raiseTheBar", ["m": .text(words.score(m))]))
            } else if m < th.aspirationalTarget - Verdict.window - th.tolerance {
                out.append(say("carry.rightSizeAspirations", ["m": .text(words.score(m)), "aspirationalTarget": .text(words.score(th.aspirationalTarget))]))
            } else {
                out.append(say("carry.keepAspirationsThis", ["m": .text(words.score(m)), "aspirationalTarget": .text(words.score(th.aspirationalTarget))]))
            }
        }
        var byID: [String: Int] = [:]
        for f in report.checks { byID[f.id, default: 0] += 1 }
        let advised = Playbook.all.compactMap { check in check.advice.map { (check, $0.rank) } }.sorted { $0.1 < $1.1 }
        for (check, _) in advised {
            guard let n = byID[check.id], n > 0,
                  let text = check.advice(report.limits, th, count: n, in: words) else { continue }
            out.append(text)
        }
        let problems = report.problems.count + report.rejected.count
        if problems > 0 { out.append(say("carry.fixInThe", ["dataProblems": .text(many(problems, .dataProblems))])) }
        return Array(out.prefix(5))
    }
}
