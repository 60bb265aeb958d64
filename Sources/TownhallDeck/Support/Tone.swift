import TownhallCore

/// The colour a figure takes, by the playbook: one place for both decks.
enum Tone {
    /// `green`, `yellow`, `red` by the score bands, `none` without a score.
    static func band(_ score: Double?, _ th: Thresholds) -> String { th.band(score)?.rawValue ?? "none" }

    /// Committed attainment: met in full, nearly (90%), or not.
    static func attainment(_ a: Double?, _ th: Thresholds) -> String {
        guard let a else { return "none" }
        if a >= 1 - th.tolerance { return "green" }
        return a >= 0.9 - th.tolerance ? "yellow" : "red"
    }

    /// An aspirational mean: near the sweet spot is healthy, far below is red, too safe is amber.
    static func aspiration(_ m: Double?, _ th: Thresholds) -> String {
        guard let m else { return "none" }
        if m >= th.sandbagging - th.tolerance { return "yellow" }
        if m >= th.aspirationalTarget - Verdict.window - th.tolerance { return "green" }
        return m >= th.yellow - th.tolerance ? "yellow" : "red"
    }

    /// Net confidence (−1 to +1): clearly positive, around zero, negative.
    static func confidence(_ n: Double?, _ th: Thresholds) -> String {
        guard let n else { return "none" }
        return n >= 0.5 - th.tolerance ? "green" : (n >= -th.tolerance ? "yellow" : "red")
    }
}
