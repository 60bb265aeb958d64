import Foundation

/// The organization's OKR playbook (`townhall playbook`): the rules as this configuration scores
/// them, worded in the run's language. Every number comes from the definitions the report uses —
/// the checks' knobs and summaries (`Playbook.all`), `Thresholds`, the reads-as-task verbs,
/// `Rollup` and the carry-forward rule — and every worked example is scored by
/// `KeyResultScoring.score` itself, so the published rules cannot disagree with the scoring.
/// Renderers (HTML, Markdown) only lay the sections out.
public struct PlaybookGuide: Sendable {
    /// One part of the playbook: a heading and its blocks, in order.
    public struct Section: Sendable, Hashable {
        public var id: String
        public var heading: String
        public var blocks: [Block]
    }

    /// What a section holds. Every text is plain (renderers escape it); `code` marks the input
    /// values of an example.
    public enum Block: Sendable, Hashable {
        case paragraph(String)
        case list([String])
        case table(header: [String], rows: [[String]])
        /// A worked example: what the row says, and what townhall makes of it.
        case example(input: String, result: String)
    }

    public var title: String
    /// The line above the title (the organization, or "OKR").
    public var kicker: String
    public var lede: String
    public var sections: [Section]
    public var footer: String
    public var language: Language

    /// The playbook of `configuration`, worded in `words`.
    public init(configuration c: Configuration, words w: Wording, generatedAt: Date = Date(), timeZone: TimeZone = .current) {
        language = w.language
        let t = c.thresholds, l = c.limits
        let org = c.organization.name.trimmed
        title = org.isEmpty ? w("playbook.title") : w("playbook.titleOf", ["org": .text(org)])
        kicker = org.isEmpty ? w("playbook.kicker") : org
        lede = w("playbook.lede")
        footer = w("playbook.footer", ["date": .text(w.date(generatedAt, timeZone: timeZone))])
        func summary(_ check: any PlaybookCheck.Type) -> String {
            let text = check.summary(l, t, in: w)
            return l.disabled.contains(check.id) ? w("playbook.checkOff", ["rule": .text(text), "id": .text(check.id)]) : text
        }
        let score = { (x: Double) in TextArgument.score(x) }
        var s: [Section] = []

        s.append(Section(id: "shape", heading: w("playbook.shape.heading"), blocks: [
            .paragraph(w("playbook.shape.body")),
            .list([summary(Playbook.TeamObjectiveCount.self), summary(Playbook.ObjectiveKRCount.self),
                   summary(Playbook.TeamBalance.self)]),
        ]))
        s.append(Section(id: "types", heading: w("playbook.types.heading"), blocks: [
            .paragraph(w("playbook.types.committed", ["win": score(t.committedWin)])),
            .paragraph(w("playbook.types.aspirational", ["win": score(t.aspirationalWin), "progress": score(t.aspirationalProgress),
                                                          "target": score(t.aspirationalTarget)])),
            .list([summary(Playbook.AspirationalTooEasy.self), summary(Playbook.MissingType.self),
                   summary(Playbook.UnknownType.self), summary(Playbook.CommittedMissWithoutNotes.self)]),
        ]))
        let verbs = Playbook.ReadsAsTask.taskVerbs.sorted().joined(separator: ", ")
        s.append(Section(id: "outcomes", heading: w("playbook.outcomes.heading"), blocks: [
            .paragraph(w("playbook.outcomes.body")),
            .list([summary(Playbook.ReadsAsTask.self), w("playbook.outcomes.verbs", ["verbs": .text(verbs)])]),
        ]))
        s.append(Section(id: "measurable", heading: w("playbook.measurable.heading"), blocks: [
            .paragraph(w("playbook.measurable.body")),
            .list([summary(Playbook.NotMeasurable.self), summary(Playbook.MissingStart.self)]),
        ]))
        s.append(Section(id: "cadence", heading: w("playbook.cadence.heading"), blocks: [
            .paragraph(w("playbook.cadence.body", ["days": .count(l.staleDays)])),
            .list([summary(Playbook.NotUpdatedLately.self), summary(Playbook.NeverUpdated.self),
                   summary(Playbook.TeamMostlyStale.self)]),
        ]))
        s.append(Section(id: "scoring", heading: w("playbook.scoring.heading"),
                         blocks: [.paragraph(w("playbook.scoring.body"))] + Self.scoringExamples(t, w)))
        s.append(Section(id: "rollup", heading: w("playbook.rollup.heading"), blocks: Self.rollups(t, w)))
        s.append(Section(id: "bands", heading: w("playbook.bands.heading"), blocks: [
            .table(header: [w("playbook.bands.column.band"), w("playbook.bands.column.from")], rows: [
                [w("playbook.band.green"), w("playbook.bands.atLeast", ["score": score(t.green)])],
                [w("playbook.band.yellow"), w("playbook.bands.atLeast", ["score": score(t.yellow)])],
                [w("playbook.band.red"), w("playbook.bands.below", ["score": score(t.yellow)])],
            ]),
            .paragraph(w("playbook.bands.tolerance", ["tolerance": .text(String(describing: t.tolerance))])),
        ]))
        s.append(Section(id: "townhall", heading: w("playbook.townhall.heading"), blocks: [
            .paragraph(w("playbook.townhall.body")),
            .list(["glance", "balance", "wins", "misses", "teams", "health", "carry", "how"].map { part in
                w("playbook.townhall.\(part)", ["win": score(t.committedWin), "aspirationalWin": score(t.aspirationalWin)])
            }),
        ]))
        let values = c.organization.values.map(\.trimmed).filter { !$0.isEmpty }
        s.append(Section(id: "values", heading: w("playbook.values.heading"), blocks: values.isEmpty
            ? [.paragraph(w("playbook.values.none"))]
            : [.paragraph(w("playbook.values.body", ["n": .count(values.count)])), .list(values)]))
        s.append(Section(id: "checks", heading: w("playbook.checks.heading"), blocks: [
            .paragraph(w("playbook.checks.body")),
            .table(header: [w("playbook.checks.column.id"), w("playbook.checks.column.rule"), w("playbook.checks.column.state")],
                   rows: Playbook.all.map { check in
                       [check.id, check.summary(l, t, in: w),
                        l.disabled.contains(check.id) ? w("playbook.checks.off")
                            : (check.needsCheckIns ? w("playbook.checks.withCheckIns") : w("playbook.checks.on"))]
                   }),
        ]))
        sections = s
    }

    /// One worked example per scoring rule (SPEC §3, 1–6), each scored by `KeyResultScoring.score`.
    static func scoringExamples(_ t: Thresholds, _ w: Wording) -> [Block] {
        struct Row { let rule: String; let status, score, start, target, current: String; let measure: Measure? }
        let rows = [
            Row(rule: "1", status: "dropped", score: "", start: "", target: "100", current: "40", measure: nil),
            Row(rule: "2", status: "", score: "80%", start: "", target: "", current: "", measure: nil),
            Row(rule: "3", status: "", score: "", start: "", target: "", current: "done", measure: nil),
            Row(rule: "4", status: "", score: "", start: "", target: "95", current: "97", measure: .atLeast),
            Row(rule: "5", status: "", score: "", start: "20", target: "60", current: "50", measure: nil),
            Row(rule: "5b", status: "", score: "", start: "5", target: "3", current: "4", measure: .decrease),
            Row(rule: "5c", status: "", score: "", start: "0", target: "100", current: "130", measure: nil),
            Row(rule: "6", status: "", score: "", start: "", target: "", current: "", measure: nil),
        ]
        let numbers = NumberParser()
        var blocks: [Block] = []
        for r in rows {
            let result = KeyResultScoring.score(status: r.status, score: r.score, start: r.start, target: r.target,
                                                current: r.current, measure: r.measure, numbers: numbers, tolerance: t.tolerance)
            var cells: [String] = []
            for (name, value) in [("status", r.status), ("score", r.score), ("measure", r.measure?.rawValue ?? ""),
                                  ("start", r.start), ("target", r.target), ("current", r.current)] where !value.isEmpty {
                cells.append("\(name) = \(value)")
            }
            let input = cells.isEmpty ? w("playbook.example.empty") : cells.joined(separator: ", ")
            let outcome: String
            if let s = result.score {
                let c = t.outcome(type: .committed, score: s), a = t.outcome(type: .aspirational, score: s)
                outcome = w("playbook.example.scored", [
                    "score": .score(s), "progress": .score(result.progress), "band": .text(w("playbook.band.\(t.band(s)!.rawValue)")),
                    "committed": .text(w("playbook.outcome.\(c.rawValue)")), "aspirational": .text(w("playbook.outcome.\(a.rawValue)")),
                ])
            } else {
                outcome = w(result.rule == .dropped ? "playbook.example.dropped" : "playbook.example.unscored")
            }
            blocks.append(.paragraph(w("playbook.rule.\(r.rule)", [
                "statuses": .text(KeyResultScoring.droppedStatuses.sorted().joined(separator: ", ")),
                "yes": .text(KeyResultScoring.yesWords.sorted().joined(separator: ", ")),
                "no": .text(KeyResultScoring.noWords.sorted().joined(separator: ", ")),
            ])))
            blocks.append(.example(input: input, result: outcome))
        }
        return blocks
    }

    /// How objectives, teams, subtrees and the cycle roll up, with an objective worked through `Rollup`.
    static func rollups(_ t: Thresholds, _ w: Wording) -> [Block] {
        let store = [(0.9, 1.0), (0.5, 2.0), (1.0, 1.0)]
        let krs = store.enumerated().map { i, kr in
            KeyResult(team: "T", objective: "O", title: "KR \(i + 1)", line: i + 2, weight: kr.1, score: kr.0)
        }
        let objective = Rollup.objectiveScore(Array(krs.indices), of: krs, tolerance: t.tolerance)
        return [
            .list([w("playbook.rollup.objective"), w("playbook.rollup.team"), w("playbook.rollup.subtree"),
                   w("playbook.rollup.overall"), w("playbook.rollup.attainment", ["win": .score(t.committedWin)]),
                   w("playbook.rollup.aspirational", ["target": .score(t.aspirationalTarget)])]),
            .example(input: store.map { w("playbook.rollup.exampleKR", ["score": .score($0.0), "weight": .decimal($0.1, digits: 0)]) }
                        .joined(separator: "; "),
                     result: w("playbook.rollup.exampleResult", ["score": .score(objective),
                                                                 "band": .text(w("playbook.band.\(t.band(objective)!.rawValue)"))])),
        ]
    }
}
