import TownhallCore

/// The data appendix: the first problems and rejected rows, by line.
struct AppendixSlide {
    var lede: String
    var rows: [ProblemRow]
    var allClear: Bool
    var more: String
    var hasMore: Bool
}

struct ProblemRow {
    var place: String
    var column: String
    var message: String
    var kind: String
}

extension AppendixSlide: SlideContent {
    static let partial = "appendix"

    static let template = """
        <header class="head"><p class="kicker">Appendix</p><h2>Data problems</h2><p class="lede">{{lede}}</p></header>
        {{#allClear}}<p class="all-clear">✓ Every input row was usable.</p>{{/allClear}}{{^allClear}}<table class="problems"><colgroup><col class="c-where"><col class="c-column"><col></colgroup><thead><tr><th scope="col">Where</th><th scope="col">Column</th><th scope="col">Problem</th></tr></thead><tbody>{{#rows}}<tr class="{{kind}}"><td>{{place}}</td><td>{{column}}</td><td><span class="clamp">{{message}}</span></td></tr>{{/rows}}</tbody></table>{{/allClear}}
        {{#hasMore}}<p class="more">{{more}}</p>{{/hasMore}}
        """
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
            let place = p.file.map { "\(Format.clip($0, 30)):\(p.line)" } ?? "line \(p.line)"
            return (p.line, ProblemRow(place: place, column: name(p.column), message: clip(p.message), kind: "problem"))
        }
        rows += firstRejected.items.map { i in
            let r = rejected[i]
            return (r.line, ProblemRow(place: "line \(r.line)", column: "row rejected", message: clip(r.reason), kind: "rejected"))
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
        var s = SlideView(name: "Appendix: data problems", kind: "appendix", notes: [
            total == 0
                ? "Every input row was usable: no data problems this cycle."
                : "\(Format.plural(problems.count, "row problem")) and \(Format.plural(rejected.count, "rejected row")). The scorecard lists every one with its line and column.",
            "Fix them in the source export so next cycle's numbers are complete.",
        ])
        s.content = [AppendixSlide(
            lede: total == 0 ? "Every row was usable" : "\(Format.plural(problems.count, "row problem")) · \(Format.plural(rejected.count, "rejected row"))",
            rows: Array(shown), allClear: total == 0,
            more: hidden > 0 ? "and \(Format.count(hidden)) more: see the scorecard's data problems" : "", hasMore: hidden > 0)]
        add(s)
    }
}
