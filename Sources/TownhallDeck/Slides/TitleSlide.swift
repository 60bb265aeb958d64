import TownhallCore

/// The opening slide: the cycle, the organization, the date and the size of the cycle.
struct TitleSlide: SlideContent {
    static let template = """
        <div class="title-wrap">
        {{#hasLogo}}<div class="logo" role="img" aria-label="{{logoLabel}}"></div>{{/hasLogo}}
        <p class="kicker">{{kicker}}</p>
        <h1>{{cycle}}</h1>
        <p class="subtitle">{{subtitle}}</p>
        <p class="meta">{{date}} · {{facts}}</p>
        </div>
        """

    var kicker: String
    var cycle: String
    var subtitle: String
    var date: String
    var facts: String
}

extension DeckBuilder {
    mutating func titleSlide() {
        let org = name(report.organization.name)
        let c = report.counts
        let facts = say("title.facts", ["keyResults": .text(many(c.keyResults, .keyResults)), "objectives": .text(many(c.objectives, .objectives)),
                                      "teams": .text(many(c.teams, .teams))])
        let cycle = Format.clip(report.displayName(in: words), 80)
        let withCheckIns = report.checkIns == nil ? "no" : "yes"
        var notes = [
            org.isEmpty ? say("title.note.welcome", ["cycle": .text(cycle)])
                : say("title.note.welcomeOf", ["cycle": .text(cycle), "organization": .text(org)]),
            say("title.note.cycle", ["facts": .text(facts)]),
            say("title.note.agenda", ["checkIns": .text(withCheckIns)]),
        ]
        if let cmp = report.comparison {
            notes[1] = say("title.note.cycleCompared", ["facts": .text(facts), "previous": .text(Format.clip(cmp.previous.name, 40))])
        }
        if let welcome = retroWelcome(org) { notes[0] = welcome }
        var s = SlideView(name: say("title.name"), kind: "title", notes: notes)
        s.content = [TitleSlide(
            kicker: retroTeam == nil ? say("title.kicker") : retroWords("retro.kicker"),
            cycle: retroTeam == nil ? Format.clip(report.displayName(in: words), 60) : retroTitle(Format.clip(report.displayName(in: words), 30)),
            subtitle: org.isEmpty ? say("title.subtitle") : org,
            date: words.date(report.generatedAt, timeZone: options.timeZone), facts: facts)]
        add(s)
    }
}
