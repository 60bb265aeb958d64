/// Step 6: the OKR playbook checks of SPEC §4. One small rule a check; each has a stable id.
public enum Playbook {
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

    /// A playbook rule: an id, a one-line description, and what it finds.
    public struct Check: Sendable {
        public var id: String
        public var summary: String
        public var run: @Sendable (Context) -> [CheckFinding]
    }

    /// What check `id` asks, in words, with the limits and thresholds in force.
    public static func summary(of id: String, limits l: PlaybookLimits, thresholds t: Thresholds) -> String? {
        switch id {
        case "team-objective-count": return "each team has \(l.minObjectivesPerTeam) to \(l.maxObjectivesPerTeam) objectives"
        case "objective-kr-count":
            return "each objective has \(l.minKeyResultsPerObjective) to \(l.maxKeyResultsPerObjective) key results"
        case "aspirational-too-easy": return "aspirational goals are ambitious (team mean below \(String(format2: t.sandbagging)))"
        case "kr-stale": return "every key result was updated in the last \(l.staleDays) days of the cycle"
        default: return all.first { $0.id == id }?.summary
        }
    }

    /// Every check, in the order findings are listed.
    public static let all: [Check] = [
        teamObjectiveCount, objectiveKRCount, teamBalance, notMeasurable, readsAsTask, missingType,
        unknownType, missingStart, committedMissWithoutNotes, aspirationalTooEasy,
        neverUpdated, notUpdatedLately, teamMostlyStale,
    ]

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

    static let teamObjectiveCount = Check(
        id: "team-objective-count", summary: "each team has 1 to 5 objectives"
    ) { c in
        let (lo, hi) = (c.limits.minObjectivesPerTeam, c.limits.maxObjectivesPerTeam)
        return c.teams.compactMap { t in
            let n = t.objectives.count
            guard n < lo || n > hi else { return nil }
            return CheckFinding(id: "team-objective-count", subject: t.name, team: t.name, lines: lines(t.keyResults, c),
                                message: "team has \(n) objective\(n == 1 ? "" : "s"); the playbook asks for \(lo) to \(hi)")
        }
    }

    static let objectiveKRCount = Check(
        id: "objective-kr-count", summary: "each objective has 2 to 5 key results"
    ) { c in
        let (lo, hi) = (c.limits.minKeyResultsPerObjective, c.limits.maxKeyResultsPerObjective)
        return c.objectives.compactMap { o in
            let n = o.keyResults.count
            guard n < lo || n > hi else { return nil }
            return CheckFinding(id: "objective-kr-count", subject: "\(o.team) / \(o.title)", team: o.team,
                                lines: lines(o.keyResults, c),
                                message: "objective has \(n) key result\(n == 1 ? "" : "s"); the playbook asks for \(lo) to \(hi)")
        }
    }

    static let teamBalance = Check(
        id: "team-no-balance", summary: "each team balances committed and aspirational OKRs"
    ) { c in
        c.teams.compactMap { t in
            guard t.ownsOKRs else { return nil }
            let types = Set(t.keyResults.map { c.keyResults[$0].type })
            guard types.count == 1, let only = types.first else { return nil }
            return CheckFinding(id: "team-no-balance", subject: t.name, team: t.name, lines: lines(t.keyResults, c),
                                message: "\(t.keyResults.count == 1 ? "its only key result is" : "all \(t.keyResults.count) key results are") \(only.rawValue): no balance of committed and aspirational")
        }
    }

    static let notMeasurable = Check(
        id: "kr-not-measurable", summary: "every key result has a target or a score"
    ) { c in
        eachLive(c) { kr in
            guard kr.targetText.isEmpty && kr.scoreText.isEmpty else { return nil }
            return CheckFinding(id: "kr-not-measurable", subject: subject(kr), team: kr.team, lines: [kr.line],
                                message: "nothing measurable: no target and no score")
        }
    }

    /// Activity verbs that make a key result read as a task when it has no numeric target.
    public static let taskVerbs: Set<String> = [
        "launch", "build", "implement", "hold", "create", "write", "develop", "design", "ship", "deliver", "deploy",
        "release", "publish", "migrate", "complete", "run", "host", "organize", "organise", "conduct", "introduce",
        "establish", "prepare", "draft", "document", "finish", "install", "set", "roll", "start",
    ]

    static let readsAsTask = Check(
        id: "kr-reads-as-task", summary: "key results are outcomes, not tasks"
    ) { c in
        eachLive(c) { kr in
            let first = firstWord(kr.title)
            guard taskVerbs.contains(first), c.numbers.parse(kr.targetText) == nil else { return nil }
            return CheckFinding(id: "kr-reads-as-task", subject: subject(kr), team: kr.team, lines: [kr.line],
                                message: "starts with '\(first)' and has no numeric target: reads as a task, not an outcome")
        }
    }

    /// The title's leading run of letters, lower-cased (`"Launch v2"` → `launch`).
    /// ASCII titles take a byte path: this runs once per key result, a million times in a large cycle.
    static func firstWord(_ title: String) -> String {
        var word: [UInt8] = []
        for b in title.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): word.append(b)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(b | 0x20)
            case 0x80...:  // a non-ASCII letter may continue the word: Unicode's own rules decide
                return String(title.lowercased().unicodeScalars.prefix { $0.properties.isAlphabetic && !("0"..."9").contains($0) }
                    .map(Character.init))
            default: return String(decoding: word, as: UTF8.self)
            }
        }
        return String(decoding: word, as: UTF8.self)
    }

    static let missingType = Check(id: "missing-type", summary: "every key result says committed or aspirational") { c in
        eachLive(c) { kr in
            guard kr.typeText.isEmpty else { return nil }
            return CheckFinding(id: "missing-type", subject: subject(kr), team: kr.team, lines: [kr.line],
                                message: "type is empty; counted as committed")
        }
    }

    static let unknownType = Check(id: "unknown-type", summary: "types are committed or aspirational") { c in
        eachLive(c) { kr in
            guard !kr.typeText.isEmpty, KRType(word: kr.typeText) == nil else { return nil }
            return CheckFinding(id: "unknown-type", subject: subject(kr), team: kr.team, lines: [kr.line],
                                message: "type \"\(kr.typeText)\" is not committed or aspirational; counted as committed")
        }
    }

    static let missingStart = Check(id: "missing-start", summary: "metric key results state where they start") { c in
        eachLive(c) { kr in
            guard kr.startDefaulted else { return nil }
            return CheckFinding(id: "missing-start", subject: subject(kr), team: kr.team, lines: [kr.line],
                                message: "start is empty; progress counted from 0")
        }
    }

    static let committedMissWithoutNotes = Check(
        id: "committed-miss-no-notes", summary: "every missed commitment has a reflection"
    ) { c in
        eachKR(c) { kr in
            guard kr.isCommittedMiss, kr.notes.isEmpty else { return nil }
            return CheckFinding(id: "committed-miss-no-notes", subject: subject(kr), team: kr.team, lines: [kr.line],
                                message: "missed commitment without notes: add a reflection")
        }
    }

    static let aspirationalTooEasy = Check(
        id: "aspirational-too-easy", summary: "aspirational goals are ambitious (team mean below 0.95)"
    ) { c in
        c.teams.compactMap { t in
            let asp = t.keyResults.filter { c.keyResults[$0].type == .aspirational }
            guard let m = Rollup.mean(asp.compactMap { c.keyResults[$0].score }),
                  m >= c.thresholds.sandbagging - c.thresholds.tolerance
            else { return nil }
            return CheckFinding(id: "aspirational-too-easy", subject: t.name, team: t.name, lines: lines(asp, c),
                                message: "aspirational key results average \(String(format2: m)): goals not ambitious enough")
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

extension Playbook {
    /// Ids of the checks that need check-ins (they find nothing without them).
    public static let checkInIDs = ["kr-never-updated", "kr-stale", "team-mostly-stale"]

    static let neverUpdated = Check(id: "kr-never-updated", summary: "every key result was checked in during the cycle") { c in
        guard let activity = c.activity else { return [] }
        return c.keyResults.indices.compactMap { i in
            guard c.keyResults[i].outcome != .dropped, activity[i].neverUpdated else { return nil }
            let kr = c.keyResults[i]
            return CheckFinding(id: "kr-never-updated", subject: subject(kr), team: kr.team, lines: [kr.line],
                                message: "never updated during the cycle: no check-in")
        }
    }

    static let notUpdatedLately = Check(
        id: "kr-stale", summary: "every key result was updated in the last 30 days of the cycle"
    ) { c in
        guard let activity = c.activity else { return [] }
        return c.keyResults.indices.compactMap { i in
            guard c.keyResults[i].outcome != .dropped, activity[i].isStale, let last = activity[i].last else { return nil }
            let kr = c.keyResults[i]
            return CheckFinding(id: "kr-stale", subject: subject(kr), team: kr.team, lines: [kr.line],
                                message: "last updated \(last), \(activity[i].daysSinceLast!) days before the cycle ended (limit \(c.limits.staleDays))")
        }
    }

    static let teamMostlyStale = Check(
        id: "team-mostly-stale", summary: "teams keep most of their key results alive"
    ) { c in
        guard let cadence = c.teamCadence else { return [] }
        return c.teams.indices.compactMap { t in
            let cad = cadence[t]
            guard cad.keyResults > 0, let share = cad.shareStale, share > 0.5 else { return nil }
            let team = c.teams[t]
            return CheckFinding(id: "team-mostly-stale", subject: team.name, team: team.name,
                                lines: lines(team.keyResults, c),
                                message: "\(cad.stale + cad.neverUpdated) of \(cad.keyResults) key results were not updated in the last \(c.limits.staleDays) days of the cycle")
        }
    }
}
