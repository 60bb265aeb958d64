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

    /// One `[scoring]` setting: its key (the same in the config, the JSON summary and the archive),
    /// the value it sets, the values it may take, and the comment `init` writes beside it.
    public struct Key: Sendable {
        public let name: String
        public let value: WritableKeyPath<Thresholds, Double> & Sendable
        public let range: ClosedRange<Double>
        public let help: String
    }

    /// The playbook's thresholds, in the order every output lists them.
    public static let keys: [Key] = [
        Key(name: "committed_win", value: \.committedWin, range: 0...1, help: "a committed KR is a win at or above this score"),
        Key(name: "aspirational_win", value: \.aspirationalWin, range: 0...1,
            help: "an aspirational KR is a win at or above this score"),
        Key(name: "aspirational_progress", value: \.aspirationalProgress, range: 0...1,
            help: "... and shows progress at or above this one"),
        Key(name: "green", value: \.green, range: 0...1, help: "band edges for any score: green at or above,"),
        Key(name: "yellow", value: \.yellow, range: 0...1, help: "yellow at or above, red below"),
        Key(name: "aspirational_target", value: \.aspirationalTarget, range: 0...1,
            help: "where aspirational KRs should land on average"),
        Key(name: "sandbagging", value: \.sandbagging, range: 0...1,
            help: "a team averaging this on aspirational KRs aimed too low"),
    ]

    /// The comparison tolerance: configurable, reported in the JSON, not a playbook threshold.
    public static let toleranceKey = Key(name: "tolerance", value: \.tolerance, range: 0...0.01,
                                         help: "how close to a threshold counts as reaching it")

    /// Every `[scoring]` setting: the thresholds, then the tolerance.
    public static let settings = keys + [toleranceKey]

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
