/// One key result: what the input row said, and what scoring made of it.
///
/// Compact on purpose (a cycle can hold a million): the numbers, the outcome and the repeated
/// names (team, objective, ids; shared between rows) are stored; the rest of the row's text stays
/// in the run's `RowStore` and is made into strings when asked for (`title`, `notes`, `fields`…).
public struct KeyResult: Sendable, Hashable {
    // Identity and place
    /// `kr_id` from the input, else a deterministic id derived from the objective id and title.
    public var id: String
    public var objectiveID: String
    public var team: String
    /// The objective's title.
    public var objective: String
    /// Where the row's text lives.
    var text: RowText
    private var storedLine: UInt32  // inputs are under 4 GiB, so lines are too
    /// 1-based physical line where the row starts in the input (header is line 1).
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    // What the input said, read from its row (trimmed text)
    public var title: String { get { text.cell(.keyResult) } set { setText(.keyResult, newValue) } }
    public var parentTeam: String { get { text.cell(.parentTeam) } set { setText(.parentTeam, newValue) } }
    public var objectiveOwner: String { get { text.cell(.objectiveOwner) } set { setText(.objectiveOwner, newValue) } }
    public var cycle: String { get { text.cell(.cycle) } set { setText(.cycle, newValue) } }
    public var owner: String { get { text.cell(.krOwner) } set { setText(.krOwner, newValue) } }
    public var alignedTo: String { get { text.cell(.alignedTo) } set { setText(.alignedTo, newValue) } }
    /// The `type` cell as written; `type` is what it counts as.
    public var typeText: String { get { text.cell(.type) } set { setText(.type, newValue) } }
    public var measureText: String { get { text.cell(.measure) } set { setText(.measure, newValue) } }
    public var startText: String { get { text.cell(.start) } set { setText(.start, newValue) } }
    public var targetText: String { get { text.cell(.target) } set { setText(.target, newValue) } }
    public var currentText: String { get { text.cell(.current) } set { setText(.current, newValue) } }
    public var unit: String { get { text.cell(.unit) } set { setText(.unit, newValue) } }
    public var scoreText: String { get { text.cell(.score) } set { setText(.score, newValue) } }
    public var status: String { get { text.cell(.status) } set { setText(.status, newValue) } }
    public var notes: String { get { text.cell(.notes) } set { setText(.notes, newValue) } }
    public var value: String { get { text.cell(.value) } set { setText(.value, newValue) } }
    /// Every field of the input row, in header order (unknown columns included), as written.
    public var fields: [String] {
        get { text.store.fields(Int(text.row), count: fieldCount) }
        set { text = Self.makeText(fields: newValue, named: namedTexts) }
    }
    /// Number of `fields` (the header's width).
    public var fieldCount: Int { text.store.width }
    /// Bytes the row's `fields` take in the input (a size estimate, quotes included).
    public var textByteCount: Int { (0..<fieldCount).reduce(0) { $0 + text.store.rawByteCount(Int(text.row), $1) } }
    /// Field `column` of the input row as written, `""` past the row's end.
    public func field(_ column: Int) -> String { text.store.raw(Int(text.row), column) }

    // What the input said, as read
    public var type: KRType
    /// The measure as written, else inferred from start/target (display only).
    public var measure: Measure?
    @PackedDouble public var start: Double?
    @PackedDouble public var target: Double?
    @PackedDouble public var current: Double?
    public var weight: Double
    /// Confidence as a fraction 0–1, from 0–1, 0–100% or 1–10.
    @PackedDouble public var confidence: Double?

    // What scoring made of it
    /// 0…1, `nil` when dropped or unscored.
    @PackedDouble public var score: Double?
    /// Raw progress, may exceed 1 or fall below 0; equals the score for grades and thresholds.
    @PackedDouble public var progress: Double?
    public var outcome: Outcome
    public var band: Band?
    /// `true` when progress was counted from a defaulted start of 0.
    public var startDefaulted: Bool
    /// How the score was obtained (the SPEC §3 rule that applied).
    public var rule: ScoringRule?

    /// A key result over a row of the input (how the reader makes them).
    init(
        id: String, objectiveID: String, team: String, objective: String, line: Int, text: RowText, type: KRType, measure: Measure?,
        start: Double?, target: Double?, current: Double?, weight: Double, confidence: Double?,
        score: Double?, progress: Double?, outcome: Outcome, band: Band?, startDefaulted: Bool, rule: ScoringRule?
    ) {
        self.id = id; self.objectiveID = objectiveID; self.team = team; self.objective = objective; self.text = text
        self.storedLine = UInt32(clamping: line)
        self.type = type; self.measure = measure; self.start = start; self.target = target; self.current = current
        self.weight = weight; self.confidence = confidence; self.score = score; self.progress = progress
        self.outcome = outcome; self.band = band; self.startDefaulted = startDefaulted; self.rule = rule
    }

    /// A key result from values (tests, tools): its texts get a store of their own.
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
        let named: [Field: String] = [
            .keyResult: title, .cycle: cycle, .krOwner: owner, .alignedTo: alignedTo, .type: typeText,
            .measure: measureText, .start: startText, .target: targetText, .current: currentText, .unit: unit,
            .score: scoreText, .status: status, .notes: notes, .value: value, .parentTeam: parentTeam,
            .objectiveOwner: objectiveOwner,
        ]
        self.init(
            id: id, objectiveID: objectiveID, team: team, objective: objective, line: line, text: Self.makeText(fields: fields, named: named), type: type,
            measure: measure, start: start, target: target, current: current, weight: weight, confidence: confidence,
            score: score, progress: progress, outcome: outcome, band: band, startDefaulted: startDefaulted, rule: rule)
    }

    /// `true` when the KR counts as a miss that was a commitment.
    public var isCommittedMiss: Bool { type == .committed && outcome == .miss }

    /// The fields read from the row's text rather than stored.
    static let textFields: [Field] = [
        .keyResult, .cycle, .krOwner, .alignedTo, .type, .measure, .start, .target, .current, .unit, .score,
        .status, .notes, .value, .parentTeam, .objectiveOwner,
    ]

    private var namedTexts: [Field: String] {
        Dictionary(uniqueKeysWithValues: Self.textFields.map { ($0, text.cell($0)) })
    }

    /// A one-row store: `fields`, then the named texts in columns past the header's width.
    private static func makeText(fields: [String], named: [Field: String]) -> RowText {
        var builder = RowStore.Builder()
        builder.append(fields + textFields.map { named[$0] ?? "" })
        var columns: [Field: Int] = [:]
        for (k, f) in textFields.enumerated() { columns[f] = fields.count + k }
        return RowText(store: builder.build(columns: columns, width: fields.count), row: 0)
    }

    /// Replaces one named text (slow: the row is written again; for tests and tools, not the reader).
    private mutating func setText(_ field: Field, _ value: String) {
        var named = namedTexts
        named[field] = value
        text = Self.makeText(fields: fields, named: named)
    }

    public static func == (a: KeyResult, b: KeyResult) -> Bool {
        a.id == b.id && a.objectiveID == b.objectiveID && a.team == b.team && a.objective == b.objective
            && a.line == b.line
            && a.type == b.type && a.measure == b.measure && a.start == b.start && a.target == b.target
            && a.current == b.current && a.weight == b.weight && a.confidence == b.confidence
            && a.score == b.score && a.progress == b.progress && a.outcome == b.outcome && a.band == b.band
            && a.startDefaulted == b.startDefaulted && a.rule == b.rule
            && a.fields == b.fields && a.namedTexts == b.namedTexts
    }

    public func hash(into h: inout Hasher) {
        h.combine(id); h.combine(objectiveID); h.combine(team); h.combine(line); h.combine(score)
    }
}

/// An optional `Double` in 8 bytes instead of 16: `nil` is one NaN bit pattern no arithmetic
/// produces (other NaNs stay NaN). Six of them make a key result 48 bytes smaller.
@propertyWrapper
public struct PackedDouble: Sendable, Hashable {
    private var raw: UInt64
    private static let none: UInt64 = 0x7FF4_7E11_0000_0001  // a signalling-NaN payload: never a result

    public init(wrappedValue: Double?) { raw = wrappedValue?.bitPattern ?? Self.none }

    public var wrappedValue: Double? {
        get { raw == Self.none ? nil : Double(bitPattern: raw) }
        set { raw = newValue?.bitPattern ?? Self.none }
    }
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
