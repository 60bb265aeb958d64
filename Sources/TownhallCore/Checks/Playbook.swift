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
        public var numbers: NumberParser
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

    /// Runs `finding` over the KRs that still count (dropped ones are out of the per-KR checks).
    /// Borrows each KR in place: a million-KR cycle is not copied once per check.
    static func eachLive(_ c: Context, _ finding: (borrowing KeyResult) -> CheckFinding?) -> [CheckFinding] {
        eachKR(c) { kr in kr.outcome == .dropped ? nil : finding(kr) }
    }

    /// Runs `finding` over every KR, borrowed in place.
    static func eachKR(_ c: Context, _ finding: (borrowing KeyResult) -> CheckFinding?) -> [CheckFinding] {
        var out: [CheckFinding] = []
        for i in c.keyResults.indices {
            if let f = finding(c.keyResults[i]) { out.append(f) }
        }
        return out
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
