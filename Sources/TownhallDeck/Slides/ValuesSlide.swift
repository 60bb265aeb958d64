import TownhallCore

/// What the OKRs served: mean score per organization value, a `BarListSlide`.
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
            guard let sum = byValue[v] else { return row(name(v), say("values.noOkrsThis"), score: nil, value: "–") }
            return row(name(v), "\(many(objectivesByValue[v] ?? 0, .objectives)) · \(many(sum.keyResults, .keyResults))",
                       score: sum.meanScore)
        }
        let scored = summaries.filter { $0.meanScore != nil }
        var notes: [String] = []
        if let best = scored.max(by: { $0.meanScore! < $1.meanScore! }), let worst = scored.min(by: { $0.meanScore! < $1.meanScore! }),
           scored.count > 1 {
            notes.append(say("values.strongestValueAt", ["value": .text(name(best.value)), "meanScore": .text(words.score(best.meanScore)), "keyResults": .text(many(best.keyResults, .keyResults)), "value2": .text(name(worst.value)), "meanScore2": .text(words.score(worst.meanScore))]))
        }
        let unserved = order.filter { byValue[$0] == nil }
        if !unserved.isEmpty {
            notes.append(say("values.note.unserved", ["values": .text(listed(unserved.prefix(3).map { name($0) }))]))
        }
        notes.append(say("values.valuesAreWhy"))
        let hidden = order.count - rows.count
        let footnote = hidden > 0 ? say("values.and", ["moreValues": .text(many(hidden, .moreValues))]) : ""
        var s = SlideView(name: say("values.ourValues"), kind: "values", notes: notes)
        s.content = [BarListSlide(
            heading: Heading(kicker: say("values.t.ourValues"), title: say("values.t.whatOurOkrs"),
                             lede: [say("values.okrsAndMean", ["green": .text(words.score(th.green))])]),
            bars: "bars", rows: rows, footnote: optionalText(footnote))]
        add(s)
    }
}
