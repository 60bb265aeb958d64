import TownhallCore

/// Playbook health: what the checks found in how we wrote our OKRs.
struct HealthSlide: SlideContent {
    static let template = """
        {{#heading}}{{> heading}}{{/heading}}
        <div class="health-body"><div class="figures stacked">{{#tallies}}{{> figure}}{{/tallies}}</div>
        <div>{{#allClear}}<p class="all-clear">✓ {{words.health.t.everyPlaybookCheck}}</p>{{/allClear}}{{^allClear}}<ul class="checks">{{#rows}}<li class="check sev-{{severity}}"><span class="sev">{{badge}}</span><div><p class="check-title">{{title}}</p>{{#example}}<p class="check-example">{{.}}</p>{{/example}}</div></li>{{/rows}}</ul>{{/allClear}}
        {{#more}}<p class="more">{{.}}</p>{{/more}}</div></div>
        """

    var heading: Heading
    var tallies: [FigureView]
    var rows: [HealthRow]
    var allClear: Bool
    var more: [String]
}

/// A check that found something: what it found, counted, and one example.
struct HealthRow {
    /// `error`, `warning`, `info`: the CSS modifier.
    var severity: String
    /// The severity in words, on the badge.
    var badge: String
    /// The findings counted, `5 key results not updated in the last 30 days`.
    var title: String
    var example: [String]
}

extension DeckBuilder {
    mutating func healthSlide() {
        struct Tally { var severity: Severity; var count = 0; var subject = ""; var message = "" }
        let badges: [Severity: String] = [.error: say("severity.error"), .warning: say("severity.warning"), .info: say("severity.info")]
        var order: [String] = []
        var tallies: [String: Tally] = [:]
        var bySeverity: [Severity: Int] = [:]
        var teamsFlagged = Set<String>()
        for f in report.checks {
            if tallies[f.id] == nil {
                order.append(f.id)
                tallies[f.id] = Tally(severity: f.severity, subject: f.subject, message: f.message(in: words))
            }
            tallies[f.id]!.count += 1
            bySeverity[f.severity, default: 0] += 1
            if !f.team.isEmpty { teamsFlagged.insert(f.team) }
        }
        let rank: [Severity: Int] = [.error: 0, .warning: 1, .info: 2]
        let sorted = order.sorted { a, b in
            let x = tallies[a]!, y = tallies[b]!
            return (rank[x.severity] ?? 3, -x.count, a) < (rank[y.severity] ?? 3, -y.count, b)
        }
        let rows = sorted.prefix(max(1, options.checkRows)).map { id -> HealthRow in
            let t = tallies[id]!
            let subject = name(t.subject), message = Format.clip(t.message.trimmed, 120)
            let example = subject.isEmpty && message.isEmpty ? ""
                : say(subject.isEmpty || message.isEmpty ? "health.exampleOne" : "health.example",
                      ["subject": .text(subject.isEmpty ? message : subject), "finding": .text(message)])
            return HealthRow(severity: t.severity.rawValue, badge: badges[t.severity] ?? t.severity.rawValue,
                             title: found(id, t.count), example: optionalText(example))
        }
        let hidden = sorted.count - rows.count
        let tallyFigures = [
            figure(words.count(bySeverity[.error] ?? 0), say("health.errors"), say("health.fixBeforeNext"), tone: (bySeverity[.error] ?? 0) > 0 ? "red" : "green"),
            figure(words.count(bySeverity[.warning] ?? 0), say("health.warnings"), say("health.worthALook"), tone: (bySeverity[.warning] ?? 0) > 0 ? "yellow" : "green"),
            figure(words.count(teamsFlagged.count), say("health.teamsFlagged"), say("health.of", ["teams": .count(report.counts.teams)])),
        ]
        var notes = [say("health.thePlaybookChecks", ["findings": .text(many(report.checks.count, .findings)), "teams": .text(many(teamsFlagged.count, .teams))])]
        if let top = sorted.first.flatMap({ id in tallies[id].map { (id, $0) } }) {
            notes.append(say("health.mostCommon", ["finding": .text(found(top.0, top.1.count))]))
        }
        notes.append(say("health.theseAreAbout"))
        var s = SlideView(name: say("health.playbookHealth"), kind: "health", notes: notes)
        s.content = [HealthSlide(
            heading: Heading(kicker: say("health.t.playbookHealth"), title: say("health.t.howWellWe"), lede: [report.checks.isEmpty ? say("health.everyPlaybookCheck") : say("health.from", ["findings": .text(many(report.checks.count, .findings)), "checks": .text(many(order.count, .checks))])]),
            tallies: tallyFigures, rows: Array(rows), allClear: report.checks.isEmpty,
            more: hidden > 0 ? [say("health.andWithFindings", ["moreChecks": .text(many(hidden, .moreChecks))])] : [])]
        add(s)
    }

    /// What `count` findings of check `id` amount to, with the limits in force (the check's own
    /// words), else its id: a list of findings, not of the rules they broke.
    func found(_ id: String, _ count: Int) -> String {
        let text = Playbook.found(of: id, count: count, limits: report.limits, thresholds: th, in: words)
            ?? id.split(whereSeparator: { $0 == "-" || $0 == "_" }).joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
