import TownhallCore

/// The playbook (`townhall playbook`) as a printable, self-contained HTML page in the deck's
/// look, and as Markdown for a wiki. Both lay out the same `PlaybookGuide`; neither words anything.
public enum PlaybookRenderer {
    /// The HTML page (`okr-playbook.html`).
    public static func html(_ guide: PlaybookGuide, organization: Organization) -> String {
        Page.document(title: guide.title, lang: Wording(guide.language).htmlLang,
                      accent: Theme(organization).accent, body: layout(guide, HTML()))
    }

    /// The Markdown text (`okr-playbook.md`). Text is escaped for Markdown, so a value such as
    /// `*Customer* first` or `<b>` reads as written.
    public static func markdown(_ guide: PlaybookGuide) -> String { layout(guide, Markdown()) }

    /// The guide walked once, in reading order; the format writes each part.
    static func layout(_ guide: PlaybookGuide, _ format: some GuideFormat) -> String {
        var out = format.opening(guide)
        for (n, section) in guide.sections.enumerated() {
            out += format.heading(section, number: n + 1)
            for block in section.blocks {
                switch block {
                case .paragraph(let text): out += format.paragraph(text)
                case .list(let items): out += format.list(items)
                case .table(let header, let rows): out += format.table(header, rows)
                case .example(let input, let result): out += format.example(input, result)
                }
            }
            out += format.sectionEnd
        }
        return out + format.closing(guide)
    }

    /// How one output writes each part of a guide (every text given plain, escaped here).
    protocol GuideFormat {
        func opening(_ guide: PlaybookGuide) -> String
        func heading(_ section: PlaybookGuide.Section, number: Int) -> String
        func paragraph(_ text: String) -> String
        func list(_ items: [String]) -> String
        func table(_ header: [String], _ rows: [[String]]) -> String
        func example(_ input: String, _ result: String) -> String
        var sectionEnd: String { get }
        func closing(_ guide: PlaybookGuide) -> String
    }

    /// The page's body: sections of paragraphs, lists, tables and examples.
    struct HTML: GuideFormat {
        func opening(_ g: PlaybookGuide) -> String {
            "<header><p class=\"kicker\">\(e(g.kicker))</p><h1>\(e(g.title))</h1><p class=\"lede\">\(e(g.lede))</p></header>\n"
        }
        func heading(_ s: PlaybookGuide.Section, number: Int) -> String {
            "<section id=\"\(e(s.id))\"><h2><span class=\"n\">\(number)</span>\(e(s.heading))</h2>\n"
        }
        func paragraph(_ text: String) -> String { "<p>\(e(text))</p>\n" }
        func list(_ items: [String]) -> String { "<ul>" + items.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n" }
        func table(_ header: [String], _ rows: [[String]]) -> String {
            "<table><thead><tr>" + header.map { "<th scope=\"col\">\(e($0))</th>" }.joined() + "</tr></thead><tbody>"
                + rows.map { "<tr>" + $0.map { "<td>\(e($0))</td>" }.joined() + "</tr>" }.joined() + "</tbody></table>\n"
        }
        func example(_ input: String, _ result: String) -> String {
            "<div class=\"example\"><code>\(e(input))</code><br>→ \(e(result))</div>\n"
        }
        let sectionEnd = "</section>\n"
        func closing(_ g: PlaybookGuide) -> String { "<footer>\(e(g.footer))</footer>" }
        func e(_ text: String) -> String { Page.escape(text) }
    }

    /// Markdown for a wiki: numbered headings, lists, pipe tables, examples as quotes.
    struct Markdown: GuideFormat {
        func opening(_ g: PlaybookGuide) -> String { "# \(md(g.title))\n\n\(md(g.lede))\n" }
        func heading(_ s: PlaybookGuide.Section, number: Int) -> String { "\n## \(number). \(md(s.heading))\n\n" }
        func paragraph(_ text: String) -> String { "\(md(text))\n\n" }
        func list(_ items: [String]) -> String { items.map { "- \(md($0))\n" }.joined() + "\n" }
        func table(_ header: [String], _ rows: [[String]]) -> String {
            "| " + header.map(md).joined(separator: " | ") + " |\n" + "|" + String(repeating: "---|", count: header.count) + "\n"
                + rows.map { "| " + $0.map(md).joined(separator: " | ") + " |\n" }.joined() + "\n"
        }
        func example(_ input: String, _ result: String) -> String {
            "> `\(input.replacingOccurrences(of: "`", with: "'"))`  \n> → \(md(result))\n\n"
        }
        let sectionEnd = ""
        func closing(_ g: PlaybookGuide) -> String { "---\n\n\(md(g.footer))\n" }
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
}
