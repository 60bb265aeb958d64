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

    /// The whole index page, in tree order.
    public static func render(_ rows: [Row], company report: CycleReport) -> String {
        let th = report.thresholds
        let cycle = Page.text(report.displayName, 60)
        let org = Page.text(report.organization.name, 60)
        var body = """
            <header><p class="kicker">\(org.isEmpty ? cycle : "\(org) · \(cycle)")</p>
            <h1>Team retros · \(cycle)</h1>
            <p class="lede">\(Format.plural(rows.count, "team retro deck")), one per team with every team under it. Scores are each team's roll-up, scored exactly as in the town hall.</p></header>
            <input class="filter" type="search" placeholder="Filter teams" aria-label="Filter teams" hidden>
            <table class="sortable">
            <thead><tr><th scope="col"><button type="button">Team</button></th><th scope="col"><button type="button">Part of</button></th><th scope="col" class="num"><button type="button">Score</button></th><th scope="col" class="num"><button type="button">Key results</button></th><th scope="col" class="num"><button type="button">Wins</button></th><th scope="col" class="num"><button type="button">Misses</button></th><th scope="col">Deck</th></tr></thead>
            <tbody>

            """
        body.reserveCapacity(rows.count * 420)
        for r in rows {
            let band = Tone.band(r.score, th)
            let name = Page.text(r.team, 80)
            let parent = r.parent.map { Page.text($0, 60) } ?? ""
            let score = r.score.map { Format.score($0) } ?? "–"
            let sortName = Page.escape(r.team.lowercased())
            body += "<tr><td data-v=\"\(sortName)\"><span class=\"depth\">\(String(repeating: "· ", count: min(r.depth, 12)))</span>\(name)</td>"
            body += "<td data-v=\"\(Page.escape((r.parent ?? "").lowercased()))\">\(parent)</td>"
            body += "<td class=\"num\" data-v=\"\(r.score.map { String($0) } ?? "")\"><span class=\"band \(band)\">\(score)</span></td>"
            body += "<td class=\"num\" data-v=\"\(r.keyResults)\">\(Format.count(r.keyResults))</td>"
            body += "<td class=\"num\" data-v=\"\(r.wins)\">\(Format.count(r.wins))</td>"
            body += "<td class=\"num\" data-v=\"\(r.misses)\">\(Format.count(r.misses))</td>"
            body += "<td><a href=\"\(Page.escape(r.file))\">\(name) retro</a></td></tr>\n"
        }
        body += "</tbody></table>\n<footer>Made by townhall from \(Page.text(report.sourceName, 80)). Each deck is one self-contained file: open it in a browser, press ? for its keys.</footer>"
        return Page.document(title: "Team retros · \(report.displayName)", lang: "en", accent: Theme(report.organization).accent,
                             body: body, script: Page.sortScript)
    }
}
