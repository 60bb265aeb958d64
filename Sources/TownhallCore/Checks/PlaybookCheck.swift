/// A playbook rule of SPEC §4, kept whole in one file: its id, what it asks with the limits in
/// force, the advice the deck gives when it finds something, the `[checks]` knobs it reads, and
/// the rule itself. Everything that lists checks (the config, `init`'s starter file, the README's
/// table, the deck) asks `Playbook.all`, so adding a check is one file and one line there.
public protocol PlaybookCheck: Sendable {
    /// Stable id, shown in every output and accepted by `[checks] disabled`.
    static var id: String { get }
    /// The check's English texts by name (MessageFormat, see `Message`): `summary`, what it asks in
    /// one line; `finding`, one finding, its holes filled by `run`; `found`, how many were found (`{n}`), as a list
    /// of findings names them; and `advice`, what the deck
    /// advises for next cycle (`{n}` is how many were found), when it advises anything. Other
    /// languages' tables give them as `check.<id>.<name>`.
    static var english: [String: String] { get }
    /// The holes of `summary` and `advice`: the limits and thresholds in force.
    static func arguments(_ limits: PlaybookLimits, _ thresholds: Thresholds) -> [String: TextArgument]
    /// Where the deck's advice on this check ranks and what it counts; `nil` for no advice.
    static var advice: Playbook.Advice? { get }
    /// The `[checks]` keys the check reads, in the order the config documents them.
    static var knobs: [Playbook.Knob] { get }
    /// Whether the check needs check-ins (it finds nothing without them).
    static var needsCheckIns: Bool { get }
    /// The findings, in input order.
    static func run(_ context: Playbook.Context) -> [CheckFinding]
}

extension PlaybookCheck {
    public static func arguments(_ limits: PlaybookLimits, _ thresholds: Thresholds) -> [String: TextArgument] { [:] }
    public static var advice: Playbook.Advice? { nil }
    public static var knobs: [Playbook.Knob] { [] }
    public static var needsCheckIns: Bool { false }

    /// What the check asks, in one line, with the limits and thresholds in force.
    public static func summary(_ limits: PlaybookLimits, _ thresholds: Thresholds, in words: Wording = .english) -> String {
        words("check.\(id).summary", arguments(limits, thresholds))
    }

    /// The deck's advice when the check found `count` things, or `nil` when it gives none.
    public static func advice(_ limits: PlaybookLimits, _ thresholds: Thresholds, count: Int, in words: Wording) -> String? {
        guard advice != nil else { return nil }
        return words("check.\(id).advice", arguments(limits, thresholds).merging(["n": .count(count)]) { a, _ in a })
    }

    /// What `count` findings of this check amount to, for a list of findings ("5 key results not
    /// updated in the last 30 days"), with the limits in force; its `summary` for a check without
    /// a `found` text.
    public static func found(_ limits: PlaybookLimits, _ thresholds: Thresholds, count: Int, in words: Wording) -> String {
        guard english["found"] != nil else { return summary(limits, thresholds, in: words) }
        return words("check.\(id).found", arguments(limits, thresholds).merging(["n": .count(count)]) { a, _ in a })
    }

    /// A finding of this check; its message is the `finding` text with `details` filled in.
    static func finding(_ subject: String, team: String, lines: [Int], _ details: [String: TextArgument] = [:]) -> CheckFinding {
        CheckFinding(id: id, subject: subject, team: team, lines: lines, details: details)
    }
}

/// A check that reads the check-ins (`--checkins`): it finds nothing without them, and its `run`
/// is handed their figures, parallel to the context's key results and teams.
public protocol CheckInsCheck: PlaybookCheck {
    static func run(_ context: Playbook.Context, activity: [KRActivity], cadence: [Cadence]) -> [CheckFinding]
}

extension CheckInsCheck {
    public static var needsCheckIns: Bool { true }

    public static func run(_ c: Playbook.Context) -> [CheckFinding] {
        guard let activity = c.activity, let cadence = c.teamCadence else { return [] }
        return run(c, activity: activity, cadence: cadence)
    }
}

extension Playbook {
    /// A whole-number `[checks]` setting: its key, its default and the comment `init` writes beside it.
    public struct Knob: Sendable, Hashable {
        public let key: String
        public let defaultValue: Int
        public let help: String

        public init(_ key: String, default defaultValue: Int, help: String) {
            self.key = key
            self.defaultValue = defaultValue
            self.help = help
        }
    }

    /// Where a check's advice for next cycle ranks among the deck's advice (lower first). Its words
    /// are the check's `advice` text.
    public struct Advice: Sendable, Hashable {
        public let rank: Int

        public init(rank: Int) { self.rank = rank }
    }
}
