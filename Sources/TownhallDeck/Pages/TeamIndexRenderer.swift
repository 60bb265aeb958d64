import TownhallCore

/// The index of the team retro decks (`--team-decks`): one row per team with its roll-up score,
/// wins, misses and a link to its deck; sortable and filterable with scripts, a plain table
/// without. Linear in the teams, so 5,000 teams make a page of about 2 MB.
public enum TeamIndexRenderer {
    /// One team's line in the index.
    public struct Row: Sendable, Hashable {
        public var team: String
        public var parent: String?
        public var depth: Int
        /// The subtree's score (the team's roll-up, as its deck's headline shows it).
        public var score: Double?
        public var keyResults: Int
        public var wins: Int
        public var misses: Int
        /// The deck's file name, beside the index (made by townhall, never input text).
        public var file: String

        public init(team: String, parent: String?, depth: Int, score: Double?, keyResults: Int, wins: Int, misses: Int, file: String) {
            self.team = team; self.parent = parent; self.depth = depth; self.score = score
            self.keyResults = keyResults; self.wins = wins; self.misses = misses; self.file = file
        }

        /// The row of a team's subtree report.
        public init(_ sub: CycleReport, file: String) {
            let root = sub.teams.first
            self.init(team: sub.scope?.team ?? root?.name ?? "", parent: root?.parent, depth: 0,
                      score: sub.headline.overallScore, keyResults: sub.counts.keyResults, wins: sub.headline.wins,
                      misses: sub.headline.misses, file: file)
        }
    }

    /// The whole index page, in tree order, in the report's language.
    public static func render(_ rows: [Row], company report: CycleReport) -> String {
        let th = report.thresholds
        let words = report.wording
        func w(_ key: String, _ args: [String: TextArgument] = [:]) -> String { Page.escape(words(key, args)) }
        let cycle = Format.clip(report.displayName(in: words), 60)
        let org = Page.text(report.organization.name, 60)
        let heads = [("team", false), ("parent", false), ("score", true), ("keyResults", true), ("wins", true), ("misses", true)]
            .map { key, num in
                "<th scope=\"col\"\(num ? " class=\"num\"" : "")><button type=\"button\">\(w("index.column.\(key)"))</button></th>"
            }.joined()
        var body = """
            <header><p class="kicker">\(org.isEmpty ? Page.escape(cycle) : "\(org) · \(Page.escape(cycle))")</p>
            <h1>\(w("index.heading", ["cycle": .text(cycle)]))</h1>
            <p class="lede">\(w("index.lede", ["n": .count(rows.count)]))</p></header>
            <input class="filter" type="search" placeholder="\(w("index.filter"))" aria-label="\(w("index.filter"))" hidden>
            <table class="sortable">
            <thead><tr>\(heads)<th scope="col">\(w("index.column.deck"))</th></tr></thead>
            <tbody>

            """
        body.reserveCapacity(rows.count * 420)
        for r in rows {
            let band = Tone.band(r.score, th)
            let team = Format.clip(r.team.trimmed, 80)
            let name = Page.escape(team)
            let parent = r.parent.map { Page.text($0, 60) } ?? ""
            body += "<tr><td data-v=\"\(Page.escape(r.team.lowercased()))\"><span class=\"depth\">\(String(repeating: "· ", count: min(r.depth, 12)))</span>\(name)</td>"
            body += "<td data-v=\"\(Page.escape((r.parent ?? "").lowercased()))\">\(parent)</td>"
            body += "<td class=\"num\" data-v=\"\(r.score.map { String($0) } ?? "")\"><span class=\"band \(band)\">\(Page.escape(words.score(r.score)))</span></td>"
            body += "<td class=\"num\" data-v=\"\(r.keyResults)\">\(words.count(r.keyResults))</td>"
            body += "<td class=\"num\" data-v=\"\(r.wins)\">\(words.count(r.wins))</td>"
            body += "<td class=\"num\" data-v=\"\(r.misses)\">\(words.count(r.misses))</td>"
            body += "<td><a href=\"\(Page.escape(r.file))\">\(w("index.link", ["team": .text(team)]))</a></td></tr>\n"
        }
        body += "</tbody></table>\n<footer>\(w("index.footer", ["source": .text(Format.clip(report.sourceName, 80))]))</footer>"
        return Page.document(title: words("index.title", ["cycle": .text(report.displayName(in: words))]), lang: words.htmlLang,
                             accent: Theme(report.organization).accent, body: body, script: Page.sortScript)
    }
}
