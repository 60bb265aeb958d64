/// One key result: what the input row said, and what scoring made of it.
public struct KeyResult: Sendable, Hashable {
    // Identity and place
    /// `kr_id` from the input, else a deterministic id derived from the objective id and title.
    public var id: String
    public var objectiveID: String
    public var team: String
    public var parentTeam: String
    /// The objective's title.
    public var objective: String
    public var title: String
    /// 1-based physical line where the row starts in the input (header is line 1).
    public var line: Int

    // What the input said (trimmed text)
    public var cycle: String
    public var objectiveOwner: String
    public var owner: String
    public var alignedTo: String
    /// The `type` cell as written; `type` is what it counts as.
    public var typeText: String
    public var type: KRType
    public var measureText: String
    /// The measure as written, else inferred from start/target (display only).
    public var measure: Measure?
    public var startText: String
    public var targetText: String
    public var currentText: String
    public var start: Double?
    public var target: Double?
    public var current: Double?
    public var unit: String
    public var scoreText: String
    public var weight: Double
    /// Confidence as a fraction 0–1, from 0–1, 0–100% or 1–10.
    public var confidence: Double?
    public var status: String
    public var notes: String
    public var value: String
    /// Every field of the input row, in header order (unknown columns included).
    public var fields: [String]

    // What scoring made of it
    /// 0…1, `nil` when dropped or unscored.
    public var score: Double?
    /// Raw progress, may exceed 1 or fall below 0; equals the score for grades and thresholds.
    public var progress: Double?
    public var outcome: Outcome
    public var band: Band?
    /// `true` when progress was counted from a defaulted start of 0.
    public var startDefaulted: Bool
    /// How the score was obtained (the SPEC §3 rule that applied).
    public var rule: ScoringRule?

    public init(
        id: String = "", objectiveID: String = "", team: String, parentTeam: String = "",
        objective: String, title: String, line: Int, cycle: String = "", objectiveOwner: String = "",
        owner: String = "", alignedTo: String = "", typeText: String = "", type: KRType = .committed,
        measureText: String = "", measure: Measure? = nil, startText: String = "", targetText: String = "",
        currentText: String = "", start: Double? = nil, target: Double? = nil, current: Double? = nil,
        unit: String = "", scoreText: String = "", weight: Double = 1, confidence: Double? = nil,
        status: String = "", notes: String = "", value: String = "", fields: [String] = [],
        score: Double? = nil, progress: Double? = nil, outcome: Outcome = .unscored, band: Band? = nil,
        startDefaulted: Bool = false, rule: ScoringRule? = nil
    ) {
        self.id = id; self.objectiveID = objectiveID; self.team = team; self.parentTeam = parentTeam
        self.objective = objective; self.title = title; self.line = line; self.cycle = cycle
        self.objectiveOwner = objectiveOwner; self.owner = owner; self.alignedTo = alignedTo
        self.typeText = typeText; self.type = type; self.measureText = measureText; self.measure = measure
        self.startText = startText; self.targetText = targetText; self.currentText = currentText
        self.start = start; self.target = target; self.current = current; self.unit = unit
        self.scoreText = scoreText; self.weight = weight; self.confidence = confidence
        self.status = status; self.notes = notes; self.value = value; self.fields = fields
        self.score = score; self.progress = progress; self.outcome = outcome; self.band = band
        self.startDefaulted = startDefaulted; self.rule = rule
    }

    /// `true` when the KR counts as a miss that was a commitment.
    public var isCommittedMiss: Bool { type == .committed && outcome == .miss }
}

/// The SPEC §3 rule that gave a key result its score (or took it out of scoring).
public enum ScoringRule: String, Sendable, Hashable, Codable {
    /// Rule 1: status dropped/cancelled/canceled/deferred.
    case dropped
    /// Rule 2: a final grade in `score`.
    case manualScore = "manual score"
    /// Rule 3: `current` is a yes/no word.
    case yesNo = "yes/no"
    /// Rule 4: `at least` / `at most` threshold held or not.
    case threshold
    /// Rule 5: linear progress from start to target.
    case linear = "linear progress"
}
