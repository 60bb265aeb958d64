import TownhallCore

/// What the OKRs served: mean score per organization value.
struct ValuesSlide {
    var lede: String
    var rows: [BarRow]
    var footnote: String
    var hasFootnote: Bool
}

extension ValuesSlide: SlideContent {
    static let partial = "values"

    static let template = """
        <header class="head"><p class="kicker">Our values</p><h2>What our OKRs served</h2><p class="lede">{{lede}}</p></header>
        <div class="ranking-body"><div class="bars">{{#rows}}{{> bar}}{{/rows}}</div></div>
        {{#hasFootnote}}<p class="footnote">{{footnote}}</p>{{/hasFootnote}}
        """
}

extension DeckBuilder {
    mutating func valuesSlide() {
        let summaries = report.values
        guard !summaries.isEmpty else { return }
        var objectivesByValue: [String: Int] = [:]
        for o in report.objectives where !o.value.isEmpty { objectivesByValue[o.value, default: 0] += 1 }
        var byValue: [String: ValueSummary] = [:]
        for v in summaries { byValue[v.value] = v }
        // The organization's own order first (values without OKRs included), then the others.
        var order: [String] = []
        var seen = Set<String>()
        for v in report.organization.values + summaries.map(\.value) where seen.insert(v).inserted { order.append(v) }
        let rows = order.prefix(max(1, options.valueRows)).map { v -> BarRow in
            guard let sum = byValue[v] else { return row(name(v), "no OKRs this cycle", score: nil, value: "–") }
            return row(name(v), "\(Format.plural(objectivesByValue[v] ?? 0, "objective")) · \(Format.plural(sum.keyResults, "key result"))",
                       score: sum.meanScore)
        }
        let scored = summaries.filter { $0.meanScore != nil }
        var notes: [String] = []
        if let best = scored.max(by: { $0.meanScore! < $1.meanScore! }), let worst = scored.min(by: { $0.meanScore! < $1.meanScore! }),
           scored.count > 1 {
            notes.append("Strongest value: \(name(best.value)) at \(Format.score(best.meanScore)) over \(Format.plural(best.keyResults, "key result")). Weakest: \(name(worst.value)) at \(Format.score(worst.meanScore)).")
        }
        let unserved = order.filter { byValue[$0] == nil }
        if !unserved.isEmpty {
            notes.append("No OKR served \(unserved.prefix(3).map { name($0) }.joined(separator: ", ")) this cycle: is that a choice?")
        }
        notes.append("Values are why the OKRs matter: connect one win to the value it served.")
        let hidden = order.count - rows.count
        let footnote = hidden > 0 ? "and \(Format.plural(hidden, "more value"))" : ""
        var s = SlideView(name: "Our values", kind: "values", notes: notes)
        s.content = [ValuesSlide(
            lede: "OKRs and mean key-result score per value · bars marked at \(Format.score(th.green))",
            rows: rows, footnote: footnote, hasFootnote: !footnote.isEmpty)]
        add(s)
    }
}
