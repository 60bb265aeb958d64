/// A playbook rule of SPEC §4, kept whole in one file: its id, what it asks with the limits in
/// force, the advice the deck gives when it finds something, the `[checks]` knobs it reads, and
/// the rule itself. Everything that lists checks (the config, `init`'s starter file, the README's
/// table, the deck) asks `Playbook.all`, so adding a check is one file and one line there.
public protocol PlaybookCheck: Sendable {
    /// Stable id, shown in every output and accepted by `[checks] disabled`.
    static var id: String { get }
    /// What the check asks, in one line, with the limits and thresholds in force.
    static func summary(_ limits: PlaybookLimits, _ thresholds: Thresholds) -> String
    /// What the deck advises for next cycle when the check finds something; `nil` for no advice.
    static func advice(_ limits: PlaybookLimits) -> Playbook.Advice?
    /// The `[checks]` keys the check reads, in the order the config documents them.
    static var knobs: [Playbook.Knob] { get }
    /// Whether the check needs check-ins (it finds nothing without them).
    static var needsCheckIns: Bool { get }
    /// The findings, in input order.
    static func run(_ context: Playbook.Context) -> [CheckFinding]
}

extension PlaybookCheck {
    public static func advice(_ limits: PlaybookLimits) -> Playbook.Advice? { nil }
    public static var knobs: [Playbook.Knob] { [] }
    public static var needsCheckIns: Bool { false }
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

    /// What a check's findings ask the next cycle to do: `text` followed by how many of `subject`
    /// were found ("Give a measurable target to" + "3 key results"). Lower `rank` comes first.
    public struct Advice: Sendable, Hashable {
        public enum Subject: String, Sendable {
            case team, objective, keyResult = "key result"
        }

        public let rank: Int
        public let text: String
        public let subject: Subject

        public init(rank: Int, _ text: String, counting subject: Subject) {
            self.rank = rank
            self.text = text
            self.subject = subject
        }
    }
}
