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
        let view = builder.build()
        let library = try library()
        guard let html = library.render(view, withTemplate: DeckTemplates.document) else {
            throw DeckError.missingTemplate(DeckTemplates.document)
        }
        return html
    }

    /// The titles of the slides the deck would have, in order (for tests and summaries).
    public static func slideNames(_ report: CycleReport, options: DeckOptions = DeckOptions()) -> [String] {
        var builder = DeckBuilder(report: report, options: options)
        return builder.build().slides.map(\.name)
    }

    static func library() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in DeckTemplates.all {
            do {
                try library.register(text, named: name)
            } catch {
                throw DeckError.badTemplate(name: name, reason: "\(error)")
            }
        }
        return library
    }
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
