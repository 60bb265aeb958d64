/// The OKR playbook checks of SPEC §4: one file a check (`PlaybookCheck`), listed here in the order
/// findings are reported.
public enum Playbook {
    /// Every check, in the order findings are listed.
    public static let all: [any PlaybookCheck.Type] = [
        TeamObjectiveCount.self, ObjectiveKRCount.self, TeamBalance.self, NotMeasurable.self, ReadsAsTask.self,
        MissingType.self, UnknownType.self, MissingStart.self, CommittedMissWithoutNotes.self,
        AspirationalTooEasy.self, NeverUpdated.self, NotUpdatedLately.self, TeamMostlyStale.self,
    ]

    /// What every check sees.
    public struct Context: Sendable {
        public var keyResults: [KeyResult]
        public var objectives: [Objective]
        public var teams: [Team]
        public var thresholds: Thresholds
        public var limits: PlaybookLimits
        var numbers: NumberParser
        /// Per-KR activity from the check-ins, parallel to `keyResults`; `nil` without check-ins.
        public var activity: [KRActivity]? = nil
        /// Per-team review cadence, parallel to `teams`; `nil` without check-ins.
        public var teamCadence: [Cadence]? = nil
    }

    /// The check with id `id`, if there is one.
    public static func check(_ id: String) -> (any PlaybookCheck.Type)? { all.first { $0.id == id } }

    /// What check `id` asks, in words, with the limits and thresholds in force.
    public static func summary(of id: String, limits: PlaybookLimits, thresholds: Thresholds,
                               in words: Wording = .english) -> String? {
        check(id)?.summary(limits, thresholds, in: words)
    }

    /// What `count` findings of check `id` amount to, in words, with the limits in force.
    public static func found(of id: String, count: Int, limits: PlaybookLimits, thresholds: Thresholds,
                             in words: Wording = .english) -> String? {
        check(id)?.found(limits, thresholds, count: count, in: words)
    }

    /// Every check's English texts, keyed as the tables key them (`check.<id>.summary`).
    static var englishTexts: [(String, String)] {
        all.flatMap { check in check.english.sorted { $0.key < $1.key }.map { ("check.\(check.id).\($0.key)", $0.value) } }
    }

    /// Ids of the checks that need check-ins (they find nothing without them).
    public static let checkInIDs = all.filter { $0.needsCheckIns }.map { $0.id }

    /// Every `[checks]` knob, in the order of the checks that declare them.
    public static let knobs = all.flatMap { $0.knobs }

    /// Runs the enabled checks.
    public static func run(_ context: Context) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        for check in all where !context.limits.disabled.contains(check.id) {
            findings += check.run(context)
        }
        return findings
    }

    static func lines(_ krs: [Int], _ c: Context) -> [Int] { krs.map { c.keyResults[$0].line } }
    static func subject(_ kr: borrowing KeyResult) -> String { "\(kr.team) / \(kr.title)" }
}

extension PlaybookCheck {
    /// The outline of a per-KR check: one finding per key result that fails it, in input order.
    /// `fails` gets a KR's index (for the check-in figures parallel to it) and the KR, and returns
    /// the finding's details when the KR fails, `nil` when it passes. Dropped KRs are out of every
    /// per-KR check. Each KR is borrowed in place: a million-KR cycle is not copied once per check.
    static func eachKeyResult(_ c: Playbook.Context,
                              _ fails: (_ index: Int, _ kr: borrowing KeyResult) -> [String: TextArgument]?) -> [CheckFinding] {
        var out: [CheckFinding] = []
        for i in c.keyResults.indices where c.keyResults[i].outcome != .dropped {
            guard let details = fails(i, c.keyResults[i]) else { continue }
            out.append(finding(Playbook.subject(c.keyResults[i]), team: c.keyResults[i].team,
                               lines: [c.keyResults[i].line], details))
        }
        return out
    }

    /// The outline of a per-team check: one finding per team that fails it, in tree order. `fails`
    /// gets a team's index (for the cadence parallel to it) and the team, and returns the key
    /// results the finding points at and its details when the team fails, `nil` when it passes.
    static func eachTeam(_ c: Playbook.Context,
                         _ fails: (_ index: Int, _ team: Team) -> (keyResults: [Int], details: [String: TextArgument])?)
        -> [CheckFinding]
    {
        c.teams.indices.compactMap { t in
            fails(t, c.teams[t]).map { finding(c.teams[t].name, team: c.teams[t].name, lines: Playbook.lines($0.keyResults, c), $0.details) }
        }
    }
}

extension String {
    /// `x` with two decimals (`0.96`).
    init(format2 x: Double) {
        let r = (x * 100).rounded() / 100
        var s = String(r)
        if let dot = s.firstIndex(of: ".") {
            let decimals = s.distance(from: dot, to: s.endIndex) - 1
            if decimals < 2 { s += String(repeating: "0", count: 2 - decimals) }
        } else {
            s += ".00"
        }
        self = s
    }
}
