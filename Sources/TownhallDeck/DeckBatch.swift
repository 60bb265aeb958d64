import Mustache
import TownhallCore

/// Renders many decks (a retro deck per team) with their templates parsed once per set of slide
/// kinds: parsing them was half the cost of a small deck, so 5,000 team decks parse them a few
/// times, not 5,000 times.
public final class DeckBatch {
    private var libraries: [Set<String>: MustacheLibrary] = [:]

    public init() {}

    /// One deck, as `DeckRenderer.render` makes it.
    /// - Throws: `DeckError` when a template does not parse (a defect in townhall itself).
    public func render(_ report: CycleReport, options: DeckOptions) throws -> String {
        var builder = DeckBuilder(report: report, options: options)
        return try DeckRenderer.render(builder.build()) { slides in
            let kinds = Set(slides.flatMap { $0.content.map { type(of: $0).partial } })
            if let known = libraries[kinds] { return known }
            let made = try DeckRenderer.library(for: slides)
            libraries[kinds] = made
            return made
        }
    }
}
