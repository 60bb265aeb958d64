import TownhallCore

/// The opening slide: the cycle, the organization, the date and the size of the cycle.
struct TitleSlide {
    var kicker: String = "OKR town hall"
    var cycle: String
    var subtitle: String
    var date: String
    var facts: String
}

extension TitleSlide: SlideContent {
    static let partial = "title"

    static let template = """
        <div class="title-wrap">
        {{#hasLogo}}<div class="logo" role="img" aria-label="{{organization}} logo"></div>{{/hasLogo}}
        <p class="kicker">{{kicker}}</p>
        <h1>{{cycle}}</h1>
        <p class="subtitle">{{subtitle}}</p>
        <p class="meta">{{date}} · {{facts}}</p>
        </div>
        """
}

extension DeckBuilder {
    mutating func titleSlide() {
        let org = name(report.organization.name)
        let c = report.counts
        let facts = [
            Format.plural(c.keyResults, "key result"), Format.plural(c.objectives, "objective"),
            Format.plural(c.teams, "team"),
        ].joined(separator: " · ")
        var s = SlideView(name: "Title", kind: "title", notes: [
            "Welcome to the \(Format.clip(report.displayName, 80)) town hall\(org.isEmpty ? "" : " of \(org)"). We close the cycle by celebrating what we won and reflecting on what we missed.",
            "This cycle: \(facts)." + (report.comparison.map { " We compare it with \(Format.clip($0.previous.name, 40)) throughout." } ?? ""),
            "Agenda: the cycle at a glance, commitments and aspirations,\(report.checkIns == nil ? "" : " how the cycle unfolded week by week,") wins, misses, team by team,\(report.checkIns == nil ? "" : " our review rhythm,") playbook health, and what carries forward.",
        ])
        s.content = [TitleSlide(
            cycle: Format.clip(report.displayName, 60),
            subtitle: org.isEmpty ? "Closing the cycle" : org,
            date: Format.date(report.generatedAt, timeZone: options.timeZone), facts: facts)]
        add(s)
    }
}
