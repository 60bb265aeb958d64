import TownhallCore

/// The playbook (`townhall playbook`) as a printable, self-contained HTML page in the deck's
/// look, and as Markdown for a wiki. Both lay out the same `PlaybookGuide`; neither words anything.
public enum PlaybookRenderer {
    /// The HTML page (`okr-playbook.html`).
    public static func html(_ guide: PlaybookGuide, organization: Organization) -> String {
        var body = "<header><p class=\"kicker\">\(Page.escape(guide.kicker))</p><h1>\(Page.escape(guide.title))</h1><p class=\"lede\">\(Page.escape(guide.lede))</p></header>\n"
        for (n, section) in guide.sections.enumerated() {
            body += "<section id=\"\(Page.escape(section.id))\"><h2><span class=\"n\">\(n + 1)</span>\(Page.escape(section.heading))</h2>\n"
            for block in section.blocks {
                switch block {
                case .paragraph(let text):
                    body += "<p>\(Page.escape(text))</p>\n"
                case .list(let items):
                    body += "<ul>" + items.map { "<li>\(Page.escape($0))</li>" }.joined() + "</ul>\n"
                case .table(let header, let rows):
                    body += "<table><thead><tr>" + header.map { "<th scope=\"col\">\(Page.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
                    body += rows.map { "<tr>" + $0.map { "<td>\(Page.escape($0))</td>" }.joined() + "</tr>" }.joined()
                    body += "</tbody></table>\n"
                case .example(let input, let result):
                    body += "<div class=\"example\"><code>\(Page.escape(input))</code><br>→ \(Page.escape(result))</div>\n"
                }
            }
            body += "</section>\n"
        }
        body += "<footer>\(Page.escape(guide.footer))</footer>"
        return Page.document(title: guide.title, lang: Wording(guide.language).htmlLang,
                             accent: Theme(organization).accent, body: body)
    }

    /// The Markdown text (`okr-playbook.md`). Text is escaped for Markdown, so a value such as
    /// `*Customer* first` or `<b>` reads as written.
    public static func markdown(_ guide: PlaybookGuide) -> String {
        var out = "# \(md(guide.title))\n\n\(md(guide.lede))\n"
        for (n, section) in guide.sections.enumerated() {
            out += "\n## \(n + 1). \(md(section.heading))\n\n"
            for block in section.blocks {
                switch block {
                case .paragraph(let text):
                    out += "\(md(text))\n\n"
                case .list(let items):
                    out += items.map { "- \(md($0))\n" }.joined() + "\n"
                case .table(let header, let rows):
                    out += "| " + header.map(cell).joined(separator: " | ") + " |\n"
                    out += "|" + String(repeating: "---|", count: header.count) + "\n"
                    out += rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |\n" }.joined() + "\n"
                case .example(let input, let result):
                    out += "> `\(input.replacingOccurrences(of: "`", with: "'"))`  \n> → \(md(result))\n\n"
                }
            }
        }
        out += "---\n\n\(md(guide.footer))\n"
        return out
    }

    /// Markdown's special characters escaped; line breaks made spaces (one paragraph stays one).
    static func md(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|": out += "\\\(c)"
            case "\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    static func cell(_ text: String) -> String { md(text) }
}
