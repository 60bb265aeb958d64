import TownhallCore

/// The data appendix: the first problems and rejected rows, by line.
struct AppendixSlide: SlideContent {
    static let template = """
        {{#heading}}{{> heading}}{{/heading}}
        {{#allClear}}<p class="all-clear">✓ {{words.appendix.t.everyInputRow}}</p>{{/allClear}}{{^allClear}}<table class="problems"><colgroup><col class="c-where"><col class="c-column"><col></colgroup><thead><tr><th scope="col">{{words.appendix.t.where}}</th><th scope="col">{{words.appendix.t.column}}</th><th scope="col">{{words.appendix.t.problem}}</th></tr></thead><tbody>{{#rows}}<tr class="{{kind}}"><td>{{place}}</td><td>{{column}}</td><td><span class="clamp">{{message}}</span></td></tr>{{/rows}}</tbody></table>{{/allClear}}
        {{#more}}<p class="more">{{.}}</p>{{/more}}
        """

    var heading: Heading
    var rows: [ProblemRow]
    var allClear: Bool
    var more: [String]
}

struct ProblemRow {
    var place: String
    var column: String
    var message: String
    var kind: String
}

extension DeckBuilder {
    /// Characters of a problem's message that fit on one line of the appendix's table.
    static let appendixLine = 88

    mutating func appendixSlide() {
        let problems = report.problems, rejected = report.rejected
        let limit = max(1, options.appendixRows)
        // The first rows by line, from both lists, without sorting them whole.
        var firstProblems = BoundedSelection(limit: limit) { (problems[$0].line, $0) < (problems[$1].line, $1) }
        for i in problems.indices { firstProblems.offer(i) }
        var firstRejected = BoundedSelection(limit: limit) { (rejected[$0].line, $0) < (rejected[$1].line, $1) }
        for i in rejected.indices { firstRejected.offer(i) }
        var rows: [(line: Int, row: ProblemRow)] = firstProblems.items.map { i in
            let p = problems[i]
            let place = p.file.map { "\(Format.clip($0, 30)):\(p.line)" } ?? say("appendix.line", ["line": .text(String(p.line))])
            return (p.line, ProblemRow(place: place, column: name(p.column(in: words)), message: clip(p.message(in: words)), kind: "problem"))
        }
        rows += firstRejected.items.map { i in
            let r = rejected[i]
            return (r.line, ProblemRow(place: say("appendix.line", ["line": .text(String(r.line))]), column: say("appendix.rowRejected"), message: clip(r.reason(in: words)), kind: "rejected"))
        }
        rows.sort { $0.line < $1.line }
        // The rows that fit: `appendixRows` one-line rows, a long message counting as the two
        // lines it wraps to (the slide clamps it there), so the table never runs under the footer.
        var shown: [ProblemRow] = []
        var height = 0
        for (_, row) in rows {
            let lines = row.message.count > Self.appendixLine ? 2 : 1
            guard height + lines <= limit else { break }
            height += lines
            shown.append(row)
        }
        let total = problems.count + rejected.count
        let hidden = total - shown.count
        // "Fix them" only when there is something to fix.
        var s = SlideView(name: say("appendix.appendixDataProblems"), kind: "appendix", notes: total == 0
            ? [say("appendix.everyInputRow")]
            : [say("appendix.andTheScorecard", ["rowProblems": .text(many(problems.count, .rowProblems)), "rejectedRows": .text(many(rejected.count, .rejectedRows))]),
               say("appendix.fixThemIn")])
        s.content = [AppendixSlide(
            heading: Heading(kicker: say("appendix.t.appendix"), title: say("appendix.t.dataProblems"), lede: [total == 0 ? say("appendix.everyRowWas") : "\(many(problems.count, .rowProblems)) · \(many(rejected.count, .rejectedRows))"]),
            rows: Array(shown), allClear: total == 0,
            more: hidden > 0 ? [say("appendix.andMoreSee", ["hidden": .count(hidden)])] : [])]
        add(s)
    }
}
