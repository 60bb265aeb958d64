/// The numbers of SPEC §3, in one place; the config's `[scoring]` table overrides them.
public struct Thresholds: Sendable, Hashable {
    /// A committed KR is a win at or above this score.
    public var committedWin = 1.0
    /// An aspirational KR is a win at or above this score…
    public var aspirationalWin = 0.7
    /// …and makes `progress` at or above this one.
    public var aspirationalProgress = 0.4
    /// Band edges: green at or above, yellow at or above, red below.
    public var green = 0.7
    public var yellow = 0.4
    /// Where aspirational KRs should land on average.
    public var aspirationalTarget = 0.7
    /// A team whose aspirational KRs average at or above this was not ambitious enough.
    public var sandbagging = 0.95
    /// Comparisons use this tolerance.
    public var tolerance = 1e-9

    public init() {}

    /// The band of a score.
    public func band(_ score: Double?) -> Band? {
        guard let s = score else { return nil }
        if s >= green - tolerance { return .green }
        if s >= yellow - tolerance { return .yellow }
        return .red
    }

    /// The outcome of a scored KR of the given type.
    public func outcome(type: KRType, score: Double) -> Outcome {
        switch type {
        case .committed:
            return score >= committedWin - tolerance ? .win : .miss
        case .aspirational:
            if score >= aspirationalWin - tolerance { return .win }
            if score >= aspirationalProgress - tolerance { return .progress }
            return .miss
        }
    }

    /// `true` when a committed score counts as met.
    public func isMet(_ score: Double) -> Bool { score >= committedWin - tolerance }
}
