extension Texts.English {
    /// English texts of the team retros: a team's deck (`--team`, `--team-decks`), the index of
    /// team decks, and the PDF handout's document information.
    static let teams = """
    # A team's deck: its title, footer and title slide ("Engineering · 2026-Q3 retro").
    retro.title = {team} · {cycle} retro
    retro.kicker = OKR team retro
    retro.welcome = Welcome to the {team} retro of {cycle}. We close the cycle as a team: what we won, what we missed, and what we carry forward.
    retro.welcomeAt = Welcome to the {team} retro of {cycle} at {org}. We close the cycle as a team: what we won, what we missed, and what we carry forward.
    # The glance slide's kicker when the archive's previous cycle had no such team.
    retro.noComparison = {cycle} · no team comparison: {previous} had no team {team}
    # The index of team decks (DIR/<cycle>-teams/index.html).
    index.title = Team retros · {cycle}
    index.heading = Team retros · {cycle}
    index.lede = {n, plural, one {# team retro deck} other {# team retro decks}}, one per team with every team under it. Scores are each team's roll-up, scored exactly as in the town hall.
    index.filter = Filter teams
    index.column.team = Team
    index.column.parent = Part of
    index.column.score = Score
    index.column.keyResults = Key results
    index.column.wins = Wins
    index.column.misses = Misses
    index.column.deck = Deck
    index.link = {team} retro
    index.footer = Made by townhall from {source}. Each deck is one self-contained file: open it in a browser, press ? for its keys.
    # The PDF handout's document information (pdfinfo's Title and Subject).
    pdf.title = {cycle} town hall
    pdf.titleOf = {org} · {cycle} town hall
    pdf.subject = Closing {cycle}: scores, wins, misses, team by team, playbook health and what carries forward
    """
}
