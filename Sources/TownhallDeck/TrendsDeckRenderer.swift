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
        return finished(html, language: history.wording.htmlLang)
    }

    /// The document in the history's language: `<html lang>` saying it (screen readers pick their
    /// voice by it, browsers their line breaking), and for any language but English the trends
    /// deck's style for longer texts (`TrendsStyle`). English stays byte for byte as the shared
    /// template writes it. The shared document template writes `lang="en"` and takes no extra
    /// style; once it takes both as values, this goes.
    static func finished(_ html: String, language lang: String) -> String {
        let english = "<html lang=\"en\""
        guard lang != "en", let r = html.range(of: english) else { return html }
        var out = html.replacingCharacters(in: r, with: "<html lang=\"\(lang)\"")
        if let end = out.range(of: "</style>") { out.insert(contentsOf: TrendsStyle.css, at: end.lowerBound) }
        return out
    }

    /// The titles of the slides the deck would have, in order.
    public static func slideNames(_ history: HistoryReport, options: DeckOptions = DeckOptions()) -> [String] {
        var builder = TrendsBuilder(history: history, options: options)
        return builder.build().slides.map(\.name)
    }
}
