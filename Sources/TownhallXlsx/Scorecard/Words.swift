import TownhallCore

/// The words the scorecard writes into cells for the core's closed vocabularies (bands, outcomes,
/// KR types, yes/no), decided once per workbook. Formulas compare against the same words
/// (`COUNTIF(…,"win")`, the band formula), so a cell and the formula over it cannot disagree.
struct ScorecardWords {
    let green, amber, red: String
    let win, progress, miss, unscored, dropped: String
    let committed, aspirational: String
    let yes, no: String

    init() {
        // The deck's words for the bands: one word per concept across deck and workbook.
        green = "Green"; amber = "Amber"; red = "Red"
        win = "win"; progress = "progress"; miss = "miss"; unscored = "unscored"; dropped = "dropped"
        committed = "committed"; aspirational = "aspirational"
        yes = "yes"; no = "no"
    }

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
    /// How a key result was scored, as the JSON and the deck name it (input-independent).
    func rule(_ r: ScoringRule) -> String { r.rawValue }
    func yesNo(_ v: Bool) -> String { v ? yes : no }
}
