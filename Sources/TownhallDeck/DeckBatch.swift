import Mustache
import TownhallCore

/// Renders many decks (a retro deck per team) with the templates parsed once: parsing them is
/// half the cost of a small deck, so a batch of 5,000 decks parses them once, not 5,000 times.
public struct DeckBatch {
    let library: MustacheLibrary

    /// - Throws: `DeckError` when a template does not parse (a defect in townhall itself).
    public init() throws { library = try DeckRenderer.library() }

    /// One deck, as `DeckRenderer.render` makes it.
    public func render(_ report: CycleReport, options: DeckOptions) throws -> String {
        var builder = DeckBuilder(report: report, options: options)
        let view = builder.build()
        guard let html = library.render(view, withTemplate: DeckTemplates.document) else {
            throw DeckError.missingTemplate(DeckTemplates.document)
        }
        return html
    }
}
