import Foundation
import TownhallCore
@testable import TownhallDeck

/// The slides of one kind in a report's deck, each with its HTML rendered on its own.
struct RenderedSlide {
    var view: SlideView
    var html: String
}

func slides(_ report: CycleReport, kind: String, options: DeckOptions = DeckOptions()) throws -> [RenderedSlide] {
    var builder = DeckBuilder(report: report, options: options)
    let deck = builder.build()
    return try deck.slides.filter { $0.kind == kind }.map { RenderedSlide(view: $0, html: try DeckRenderer.render($0, in: deck)) }
}

extension String {
    /// How many times `part` occurs.
    func count(of part: String) -> Int { components(separatedBy: part).count - 1 }
}
