import Mustache
import TownhallCore

/// Renders the trends deck of `townhall history`: the archived cycles side by side, as a
/// self-contained HTML deck with the town-hall deck's shell (same CSS, script, CSP, print and
/// accessibility). Its length is bounded whatever the number of cycles or teams.
public enum TrendsDeckRenderer {
    /// The whole deck as one HTML document.
    public static func render(_ history: HistoryReport) throws -> String {
        try render(history, options: DeckOptions())
    }

    /// The whole deck as one HTML document, with the given caps and time zone.
    public static func render(_ history: HistoryReport, options: DeckOptions) throws -> String {
        var builder = TrendsBuilder(history: history, options: options)
        let view = builder.build()
        guard let html = try DeckRenderer.library().render(view, withTemplate: DeckTemplates.document) else {
            throw DeckError.missingTemplate(DeckTemplates.document)
        }
        return withLanguage(html, history.wording.htmlLang)
    }

    /// The document with `<html lang>` saying the history's language (screen readers pick their
    /// voice by it, browsers their hyphenation and line breaking). The shared document template
    /// writes `en`; once it takes the language as a value, this goes.
    static func withLanguage(_ html: String, _ lang: String) -> String {
        let english = "<html lang=\"en\""
        guard lang != "en", let r = html.range(of: english) else { return html }
        return html.replacingCharacters(in: r, with: "<html lang=\"\(lang)\"")
    }

    /// The titles of the slides the deck would have, in order.
    public static func slideNames(_ history: HistoryReport, options: DeckOptions = DeckOptions()) -> [String] {
        var builder = TrendsBuilder(history: history, options: options)
        return builder.build().slides.map(\.name)
    }
}
