/// The limits of SPEC §4; the config's `[checks]` table overrides them.
public struct PlaybookLimits: Sendable, Hashable {
    public var minObjectivesPerTeam = 1
    public var maxObjectivesPerTeam = 5
    public var minKeyResultsPerObjective = 2
    public var maxKeyResultsPerObjective = 5
    /// With check-ins: a KR not updated in this many days before the cycle's end is stale.
    public var staleDays = 30
    /// Check ids switched off.
    public var disabled: Set<String> = []

    public init() {}
}
