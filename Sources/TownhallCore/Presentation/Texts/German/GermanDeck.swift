extension Texts.German {
    /// German texts of the town-hall deck, grouped like English's: the frame and the help overlay,
    /// then slide by slide in the deck's order. Counted phrases (`deck.n.*`) are built to read the
    /// same in every case they are dropped into („aus 23 Objectives mit Score“).
    static let deck = """
    # The frame, the script and the help overlay (German keyboard labels)
    deck.frame.title = Town Hall {cycle}
    deck.frame.titleOf = {organization} · Town Hall {cycle}
    deck.frame.carousel = Karussell
    deck.frame.slide = Folie
    deck.frame.slideOf = {n} von {total}
    deck.frame.notes = Sprechernotizen
    deck.frame.notesOf = Sprechernotizen, Folie {n}
    deck.script.where = %n von %total: %name
    deck.script.next = Als Nächstes: %name
    deck.script.last = Letzte Folie
    deck.script.live = Folie %n von %total: %name
    deck.help.title = Tastenkürzel
    deck.help.keySpace = Leertaste
    deck.help.keyShift = Umschalt
    deck.help.keyPageDown = Bild ab
    deck.help.keyPageUp = Bild auf
    deck.help.keyHome = Pos1
    deck.help.keyEnd = Ende
    deck.help.keyEsc = Esc
    deck.help.orClick = oder Klick
    deck.help.next = Nächste Folie
    deck.help.previous = Vorherige Folie
    deck.help.firstLast = Erste, letzte Folie
    deck.help.overview = Übersicht aller Folien
    deck.help.notes = Sprechernotizen
    deck.help.fullScreen = Vollbild
    deck.help.black = Bildschirm schwarz
    deck.help.help = Diese Hilfe
    deck.help.print = Jede Folie hat ihre eigene Adresse (#3); als PDF gedruckt steht jede Folie auf einer Seite.

    # Figures, units and changes (points are percentage points)
    deck.unit.days = {n, plural, one {# Tag} other {# Tage}}
    deck.unit.daysDecimal = {days} Tage
    deck.unit.pts = {n, plural, one {# Pp.} other {# Pp.}}
    deck.unit.points = {n, plural, one {# Prozentpunkt} other {# Prozentpunkte}}
    deck.delta.up = plus
    deck.delta.down = minus
    deck.delta.unchanged = unverändert
    deck.delta.against = ggü. {cycle}
    deck.delta.new = neu
    deck.delta.since = seit {cycle}
    deck.delta.notComparable = nicht vergleichbar
    deck.delta.unchangedSpoken = unverändert
    deck.delta.upBy = plus {amount}
    deck.delta.downBy = minus {amount}

    # Lists in a sentence: a, b, c
    deck.list.pair = {a}, {b}

    # Counted things
    deck.n.keyResults = {n, plural, one {# Key Result} other {# Key Results}}
    deck.n.objectives = {n, plural, one {# Objective} other {# Objectives}}
    deck.n.teams = {n, plural, one {# Team} other {# Teams}}
    deck.n.scoredObjectives = {n, plural, one {# Objective mit Score} other {# Objectives mit Score}}
    deck.n.scoredKRs = {n, plural, one {# KR mit Score} other {# KRs mit Score}}
    deck.n.wins = {n, plural, one {# Erfolg} other {# Erfolge}}
    deck.n.misses = {n, plural, one {# verfehltes Ziel} other {# verfehlte Ziele}}
    deck.n.checkIns = {n, plural, one {# Check-in} other {# Check-ins}}
    deck.n.subTeams = {n, plural, one {# Unterteam} other {# Unterteams}}
    deck.n.topLevelTeams = {n, plural, one {# Team der obersten Ebene} other {# Teams der obersten Ebene}}
    deck.n.findings = {n, plural, one {# Befund} other {# Befunde}}
    deck.n.checks = {n, plural, one {# Prüfung} other {# Prüfungen}}
    deck.n.rowProblems = {n, plural, one {# Problem in den Zeilen} other {# Probleme in den Zeilen}}
    deck.n.rejectedRows = {n, plural, one {# Zeile verworfen} other {# Zeilen verworfen}}
    deck.n.scoredKeyResults = {n, plural, one {# Key Result mit Score} other {# Key Results mit Score}}

    # A key result in a list
    deck.type.committed = Verbindlich
    deck.type.aspirational = Ambitioniert
    deck.type.mixed = Gemischt
    deck.kr.stretch = {percent} des Zielwerts
    deck.kr.carriedOver = übertragen
    deck.kr.missedCommitment = Zusage verfehlt
    deck.kr.noCheckIns = keine Check-ins
    deck.kr.neverUpdated = nie aktualisiert
    deck.kr.quietSince = kein Update seit {day}
    deck.kr.dropped = gestrichen
    deck.kr.unscored = ohne Score
    deck.kr.sparkTitle = Score im Verlauf des Zyklus
    deck.kr.sparkDesc = {n, plural, one {# Check-in} other {# Check-ins}}: {points}.
    deck.kr.sparkDescFinal = {n, plural, one {# Check-in} other {# Check-ins}}: {points}. Endscore {score}.
    deck.kr.sparkPoint = {score} am {day}
    deck.kr.trailLegend = Linien: der Score jedes Key Results bei seinen Check-ins im Zyklus, gestrichelt sein Ziel
    deck.key.bands = Farbe zeigt die Score-Ampel · Grün ≥ {green} · Gelb ≥ {yellow} · Rot darunter · Balken markiert bei {green}
    deck.key.wins = Farbe zeigt das Ergebnis: alles Erfolge
    deck.key.misses = Farbe zeigt das Ergebnis: alle verfehlt (Ziele: verbindlich {committed}, ambitioniert {aspirational})

    # Title
    deck.title.name = Titel
    deck.title.kicker = OKR-Town-Hall
    deck.title.subtitle = Abschluss des Zyklus
    deck.title.logo = Logo von {organization}
    deck.title.facts = {keyResults} · {objectives} · {teams}
    deck.title.note.welcome = Willkommen zur Town Hall {cycle}! Wir schließen den Zyklus ab: Wir feiern, was wir erreicht haben, und schauen ehrlich auf das, was wir verfehlt haben.
    deck.title.note.welcomeOf = Willkommen zur Town Hall {cycle} von {organization}! Wir schließen den Zyklus ab: Wir feiern, was wir erreicht haben, und schauen ehrlich auf das, was wir verfehlt haben.
    deck.title.note.cycle = Dieser Zyklus: {facts}.
    deck.title.note.cycleCompared = Dieser Zyklus: {facts}. Wir vergleichen durchgehend mit {previous}.
    deck.title.note.agenda = Agenda: der Zyklus auf einen Blick, Zusagen und Ambitionen,{checkIns, select, yes { der Verlauf Woche für Woche,} other {}} Erfolge, verfehlte Ziele, Team für Team,{checkIns, select, yes { unser Review-Rhythmus,} other {}} Playbook-Check und was wir in den nächsten Zyklus mitnehmen.
    """
}
