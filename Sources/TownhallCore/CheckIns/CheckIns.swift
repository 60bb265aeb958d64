/// Check-ins (`--checkins`): one row per update of a key result during the cycle (SPEC §2).
public struct CheckIn: Sendable, Hashable {
    /// Line where the row starts in the check-ins file.
    public var line: Int
    public var krID: String
    /// Index of the matched key result in `CycleReport.keyResults`, `nil` for an unknown id.
    public var keyResult: Int?
    public var dateText: String
    public var date: Day?
    public var valueText: String
    public var value: Double?
    /// Confidence as a fraction 0–1.
    public var confidence: Double?
    public var comment: String
    /// The KR's score had this value been final (same rules as SPEC §3, from the KR's start/target).
    public var score: Double?
}

/// What the check-ins say about one key result.
public struct KRActivity: Sendable, Hashable {
    /// Indices into `CheckInReport.checkIns`, by date.
    public var checkIns: [Int] = []
    public var first: Day?
    public var last: Day?
    /// Days from the last update to the cycle's end, `nil` when never updated.
    public var daysSinceLast: Int?
    public var firstConfidence: Double?
    public var lastConfidence: Double?
    public var isStale = false
    public var neverUpdated: Bool { checkIns.isEmpty }

    public init() {}
}

/// How regularly a group of key results was reviewed.
public struct Cadence: Sendable, Hashable {
    /// Key results that count (not dropped).
    public var keyResults = 0
    /// Key results last updated fewer than `fortnightDays` / `recentDays` days before the cycle's
    /// end (the JSON's `updated_last_14_days` / `updated_last_30_days`).
    public var updatedLast14 = 0
    public var updatedLast30 = 0

    /// The windows the review cadence counts updates in, in days before the cycle's end: fixed
    /// (the JSON's field names say them), quoted by every text that shows the figures.
    public static let recentDays = 30
    public static let fortnightDays = 14
    public var neverUpdated = 0
    public var stale = 0
    /// Median days between consecutive updates of the same KR.
    public var medianDaysBetween: Double?
    /// Share on track minus share off track, over KRs whose latest check-in gives a confidence.
    public var netConfidence: Double?
    public var withConfidence = 0

    public var shareLast14: Double? { keyResults > 0 ? Double(updatedLast14) / Double(keyResults) : nil }
    public var shareLast30: Double? { keyResults > 0 ? Double(updatedLast30) / Double(keyResults) : nil }
    public var shareStale: Double? { keyResults > 0 ? Double(stale + neverUpdated) / Double(keyResults) : nil }

    public init() {}
}

/// The organization's mean score at the end of one week of the cycle (of every few weeks, for a
/// cycle longer than `CheckInAnalysis.maxSeriesPoints` weeks).
public struct WeekPoint: Sendable, Hashable {
    /// The week of the cycle (1-based) this point ends.
    public var week: Int
    public var end: Day
    public var mean: Double?
    public var committed: Double?
    public var aspirational: Double?
    /// KRs with a known score that week.
    public var keyResults: Int
}

/// Everything derived from the check-ins file.
public struct CheckInReport: Sendable {
    public var file: String
    public var checkIns: [CheckIn]
    public var dates: CycleDates
    /// Where the dates came from: `cycle name`, `config` or `check-ins`.
    public var datesSource: String
    /// Parallel to `CycleReport.keyResults`.
    public var activity: [KRActivity]
    /// Parallel to `CycleReport.teams` (own KRs of each team).
    public var teamCadence: [Cadence]
    public var overall: Cadence
    public var weeks: [WeekPoint]
    public var problems: [RowProblem]
    /// What the run should say about the check-ins as a whole (a cycle too long to be one).
    public var warnings: [RunWarning] = []
}
