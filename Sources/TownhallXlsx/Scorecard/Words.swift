import TownhallCore

/// The words the scorecard writes into cells for the core's closed vocabularies (bands, outcomes,
/// KR types, yes/no), decided once per workbook. Formulas compare against the same words
/// (`COUNTIF(…,"win")`, the band formula), so a cell and the formula over it cannot disagree.
struct ScorecardWords {
    let green, amber, red: String
    let win, progress, miss, unscored, dropped: String
    let committed, aspirational: String
    /// A profile's derived status of a postponed item (out of scoring).
    let deferred: String
    let mixed, yes, no, new: String
    /// The Problems sheet's kinds (the data-problems figure counts the first two).
    let rejectedKind, problemKind, warningKind: String

    /// The words in `w`'s language. The bands are the deck's words (Green / Amber / Red): one word per
    /// concept across deck and workbook.
    init(_ w: Wording) {
        green = w("workbook.band.green"); amber = w("workbook.band.yellow"); red = w("workbook.band.red")
        win = w("workbook.outcome.win"); progress = w("workbook.outcome.progress"); miss = w("workbook.outcome.miss")
        unscored = w("workbook.outcome.unscored"); dropped = w("workbook.outcome.dropped")
        committed = w("workbook.type.committed"); aspirational = w("workbook.type.aspirational")
        mixed = w("workbook.type.mixed"); deferred = w("workbook.status.deferred")
        yes = w("workbook.yes"); no = w("workbook.no"); new = w("workbook.new")
        rejectedKind = w("workbook.problem.rejected"); problemKind = w("workbook.problem.row")
        warningKind = w("workbook.problem.warning")
        rules = (w("workbook.rule.dropped"), w("workbook.rule.manualScore"), w("workbook.rule.yesNo"),
                 w("workbook.rule.threshold"), w("workbook.rule.linear"))
    }

    func objectiveType(_ t: ObjectiveType) -> String {
        switch t {
        case .committed: committed
        case .aspirational: aspirational
        case .mixed: mixed
        }
    }

    /// `word` as a COUNTIF / SUMIFS criterion that matches exactly that word: Excel's wildcards
    /// `*`, `?` and its escape `~` escaped, then quoted as a literal. `prefix` is an operator (`<>`).
    static func criterion(_ word: String, prefix: String = "") -> String {
        var escaped = ""
        for c in word {
            if c == "*" || c == "?" || c == "~" { escaped.append("~") }
            escaped.append(c)
        }
        return literal(prefix + escaped)
    }

    /// `word` as a string literal inside a formula (a `"` in a translation doubled).
    static func literal(_ word: String) -> String { "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    func band(_ b: Band?) -> String {
        switch b {
        case .green?: green
        case .yellow?: amber
        case .red?: red
        case nil: ""
        }
    }

    func outcome(_ o: Outcome) -> String {
        switch o {
        case .win: win
        case .progress: progress
        case .miss: miss
        case .unscored: unscored
        case .dropped: dropped
        }
    }

    func type(_ t: KRType) -> String { t == .committed ? committed : aspirational }
    private let rules: (dropped: String, manualScore: String, yesNo: String, threshold: String, linear: String)

    /// How a key result was scored.
    func rule(_ r: ScoringRule) -> String {
        switch r {
        case .dropped: rules.dropped
        case .manualScore: rules.manualScore
        case .yesNo: rules.yesNo
        case .threshold: rules.threshold
        case .linear: rules.linear
        }
    }
    func yesNo(_ v: Bool) -> String { v ? yes : no }
}
