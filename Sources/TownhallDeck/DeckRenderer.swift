import Mustache
import TownhallCore

/// Renders the self-contained HTML town-hall deck of a cycle (SPEC §5).
///
/// One HTML document with inline CSS, JS and SVG and a Content-Security-Policy that forbids
/// every fetch; every text from the input is HTML-escaped by the templates. Its length and size
/// are bounded by `DeckOptions` whatever the size of the cycle, and the work is linear in it.
public enum DeckRenderer {
    /// The whole deck as one HTML document, with the default caps.
    public static func render(_ report: CycleReport) throws -> String {
        try render(report, options: DeckOptions())
    }

    /// The whole deck as one HTML document.
    public static func render(_ report: CycleReport, options: DeckOptions) throws -> String {
        var builder = DeckBuilder(report: report, options: options)
        return try render(builder.build())
    }

    /// The titles of the slides the deck would have, in order (for tests and summaries).
    public static func slideNames(_ report: CycleReport, options: DeckOptions = DeckOptions()) -> [String] {
        var builder = DeckBuilder(report: report, options: options)
        return builder.build().slides.map(\.name)
    }

    /// A built deck (the town hall's or the trends') as one HTML document.
    /// - Parameter library: the templates for the slides (`DeckBatch` passes ones it parsed before).
    static func render(_ view: DeckView, library: ([SlideView]) throws -> MustacheLibrary = library(for:)) throws -> String {
        var view = view
        let words = view.words.wording
        for i in view.slides.indices {
            view.slides[i].label = words("deck.frame.slideOf", ["n": .count(view.slides[i].number), "total": .count(view.slides[i].total)])
            view.slides[i].notesLabel = words("deck.frame.notesOf", ["n": .count(view.slides[i].number)])
        }
        let templates = try library(view.slides)
        guard let html = templates.render(view, withTemplate: DeckTemplates.document) else {
            throw DeckError.missingTemplate(DeckTemplates.document)
        }
        return html
    }

    /// One slide on its own: its frame and its payload, without the document around it.
    static func render(_ slide: SlideView, in view: DeckView) throws -> String {
        var slide = slide
        let words = view.words.wording
        slide.label = words("deck.frame.slideOf", ["n": .count(slide.number), "total": .count(slide.total)])
        slide.notesLabel = words("deck.frame.notesOf", ["n": .count(slide.number)])
        let library = try library(for: [slide])
        guard let html = library.render(SlideAlone(deck: view, slide: slide), withTemplate: "alone") else {
            throw DeckError.missingTemplate("slide")
        }
        return html
    }

    /// The shared partials and the partial of every kind of slide among `slides`.
    ///
    /// A partial that could write text unescaped (`{{{…}}}`, `{{&…}}`) is refused: every text
    /// from the input reaches the page through `{{…}}`, which escapes it.
    static func library(for slides: [SlideView]) throws -> MustacheLibrary {
        var partials = DeckTemplates.shared
        partials["alone"] = "{{#deck}}{{#slide}}{{> slide}}{{/slide}}{{/deck}}"
        for slide in slides {
            for content in slide.content {
                let kind = type(of: content)
                if let known = partials[kind.partial] {
                    guard known == kind.template else { throw DeckError.badTemplate(name: kind.partial, reason: "two kinds of slide share the name") }
                    continue
                }
                partials[kind.partial] = kind.template
            }
        }
        var library = MustacheLibrary()
        for (name, text) in partials {
            if text.contains("{{{") || text.contains("{{&") {
                throw DeckError.badTemplate(name: name, reason: "writes a value unescaped")
            }
            do {
                try library.register(text, named: name)
            } catch {
                throw DeckError.badTemplate(name: name, reason: "\(error)")
            }
        }
        return library
    }
}

/// A slide with its deck above it, for rendering the slide alone (the frame reads the deck's
/// footer and logo).
private struct SlideAlone {
    let deck: DeckView
    let slide: SlideView
}

/// Why a deck could not be rendered: only a defect in townhall's own templates.
public enum DeckError: Error, CustomStringConvertible, Sendable {
    case badTemplate(name: String, reason: String)
    case missingTemplate(String)

    public var description: String {
        switch self {
        case let .badTemplate(name, reason): return "deck template \(name) does not parse: \(reason)"
        case let .missingTemplate(name): return "deck template \(name) is missing"
        }
    }
}
