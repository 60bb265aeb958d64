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
        return finished(try DeckRenderer.render(builder.build()), language: history.wording.htmlLang)
    }

    /// The document in the history's language: for any language but English the trends deck's
    /// style for longer texts (`TrendsStyle`); English stays byte for byte as the shared template
    /// writes it.
    static func finished(_ html: String, language lang: String) -> String {
        guard lang != "en", let end = html.range(of: "</style>") else { return html }
        var out = html
        out.insert(contentsOf: TrendsStyle.css, at: end.lowerBound)
        return out
    }

    /// The titles of the slides the deck would have, in order.
    public static func slideNames(_ history: HistoryReport, options: DeckOptions = DeckOptions()) -> [String] {
        var builder = TrendsBuilder(history: history, options: options)
        return builder.build().slides.map(\.name)
    }
}
