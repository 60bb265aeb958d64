extension Texts.German {
    /// German texts of the team retros: a team's deck (`--team`, `--team-decks`), the index of
    /// team decks, and the PDF handout's document information.
    static let teams = """
    # A team's deck: its title, footer and title slide („Engineering · Retro 2026-Q3“).
    retro.kicker = OKR-Team-Retro
    retro.title = {team} · Retro {cycle}
    retro.welcome = Willkommen zur Retro von {team} für {cycle}! Wir schließen den Zyklus als Team ab: was wir erreicht haben, was wir verfehlt haben und was wir mitnehmen.
    retro.welcomeAt = Willkommen zur Retro von {team} bei {org} für {cycle}! Wir schließen den Zyklus als Team ab: was wir erreicht haben, was wir verfehlt haben und was wir mitnehmen.
    retro.noComparison = {cycle} · kein Team-Vergleich: In {previous} gab es kein Team {team}
    # The index of team decks (DIR/<cycle>-teams/index.html).
    index.title = Team-Retros · {cycle}
    index.heading = Team-Retros · {cycle}
    index.lede = {n, plural, one {# Retro-Deck} other {# Retro-Decks}}, eines pro Team, mit allen Teams darunter. Die Scores schließen die Unterteams ein und sind genau wie in der Town Hall bewertet.
    index.filter = Teams filtern
    index.column.team = Team
    index.column.parent = Teil von
    index.column.score = Score
    index.column.keyResults = Key Results
    index.column.wins = Erfolge
    index.column.misses = Verfehlt
    index.column.deck = Deck
    index.link = Retro {team}
    index.footer = Erstellt von townhall aus {source}. Jedes Deck ist eine eigenständige Datei: im Browser öffnen, ? zeigt die Tastenkürzel.
    # The PDF handout's document information.
    pdf.title = Town Hall {cycle}
    pdf.titleOf = {org} · Town Hall {cycle}
    pdf.subject = Abschluss {cycle}: Scores, Erfolge, verfehlte Ziele, Team für Team, Playbook-Check und was wir mitnehmen
    """
}
