import TownhallCore

/// Renders the self-contained HTML town-hall deck of a cycle (SPEC §5).
public enum DeckRenderer {
    /// The whole deck as one HTML document.
    public static func render(_ report: CycleReport) throws -> String {
        fatalError("not implemented yet")
    }
}
