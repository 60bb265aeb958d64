/// Objectives and teams: how key results group and roll up.

/// An objective and its roll-up (weighted mean of its scored KRs).
public struct Objective: Sendable, Hashable {
    public var id: String
    public var team: String
    public var title: String
    public var owner: String
    public var alignedTo: String
    public var value: String
    public var type: ObjectiveType
    public var score: Double?
    public var band: Band?
    /// Indices into `CycleReport.keyResults`, in input order.
    public var keyResults: [Int]
    /// Line of its first key result.
    public var line: Int

    public init(
        id: String, team: String, title: String, owner: String = "", alignedTo: String = "", value: String = "",
        type: ObjectiveType = .committed, score: Double? = nil, band: Band? = nil, keyResults: [Int] = [], line: Int
    ) {
        self.id = id; self.team = team; self.title = title; self.owner = owner; self.alignedTo = alignedTo
        self.value = value; self.type = type; self.score = score; self.band = band
        self.keyResults = keyResults; self.line = line
    }
}

/// A team: its own objectives, and its place in the team tree.
public struct Team: Sendable, Hashable {
    public var name: String
    /// Parent team name, `nil` at the top of the tree.
    public var parent: String?
    /// `false` for a parent named only in `parent_team`, with no OKRs of its own.
    public var ownsOKRs: Bool
    /// Mean of the team's objective scores.
    public var score: Double?
    public var band: Band?
    /// Mean of the objective scores of the whole subtree (the team and every team below it).
    public var rollupScore: Double?
    public var rollupBand: Band?
    /// Committed KRs with score ≥ 1 ÷ scored committed KRs, over the team's own KRs.
    public var committedAttainment: Double?
    /// Mean score of the team's scored aspirational KRs.
    public var aspirationalMean: Double?
    /// Indices into `CycleReport.objectives`.
    public var objectives: [Int]
    /// Indices into `CycleReport.keyResults`.
    public var keyResults: [Int]
    /// Depth in the tree (0 at the top).
    public var depth: Int
    /// Indices into `CycleReport.teams` of the direct children, in first-appearance order.
    public var children: [Int]
    /// Number of key results in the subtree.
    public var subtreeKeyResults: Int

    public init(
        name: String, parent: String? = nil, ownsOKRs: Bool = true, score: Double? = nil, band: Band? = nil,
        rollupScore: Double? = nil, rollupBand: Band? = nil, committedAttainment: Double? = nil,
        aspirationalMean: Double? = nil, objectives: [Int] = [], keyResults: [Int] = [], depth: Int = 0,
        children: [Int] = [], subtreeKeyResults: Int = 0
    ) {
        self.name = name; self.parent = parent; self.ownsOKRs = ownsOKRs; self.score = score; self.band = band
        self.rollupScore = rollupScore; self.rollupBand = rollupBand
        self.committedAttainment = committedAttainment; self.aspirationalMean = aspirationalMean
        self.objectives = objectives; self.keyResults = keyResults; self.depth = depth
        self.children = children; self.subtreeKeyResults = subtreeKeyResults
    }
}
