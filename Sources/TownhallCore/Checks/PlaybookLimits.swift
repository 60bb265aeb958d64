/// The limits of SPEC §4, one value per knob the checks declare (`Playbook.Knob`); the config's
/// `[checks]` table overrides them. Each check's file adds the typed accessors of its own knobs.
public struct PlaybookLimits: Sendable, Hashable {
    /// Values set away from their knob's default (a value set back to its default is removed, so
    /// two limits that read the same compare equal).
    private var values: [String: Int] = [:]
    /// Check ids switched off.
    public var disabled: Set<String> = []

    public init() {}

    /// The value of `knob` in force.
    public subscript(knob: Playbook.Knob) -> Int {
        get { values[knob.key] ?? knob.defaultValue }
        set { values[knob.key] = newValue == knob.defaultValue ? nil : newValue }
    }
}
