extension Texts.German {
    /// German texts of the trends deck (`townhall history`), by slide.
    static let trends = """
    # The deck as a whole
    trends.document = OKR-Trends · {range}
    trends.document.organization = {organization} · OKR-Trends · {range}
    trends.range = {first} bis {last}
    trends.range.none = noch kein Zyklus
    trends.cycles = {n, plural, one {# Zyklus} other {# Zyklen}}
    trends.teams = {n, plural, one {# Team} other {# Teams}}
    trends.keyResults = {n, plural, one {# Key Result} other {# Key Results}}


    # Title
    trends.slide.title = Titel
    trends.title.kicker = Im Zeitverlauf
    trends.title.heading = OKR-Trends
    trends.title.notes.one = Bisher ist ein Zyklus archiviert, {range}: Dieses Deck zeigt unseren Ausgangspunkt, die Trends folgen ab dem nächsten Zyklus.
    trends.title.notes.many = Willkommen! Hier sehen wir unsere OKRs aus {n, plural, one {# archivierten Zyklus} other {# archivierten Zyklen}}, {range}.
    trends.title.notes.agenda = Agenda: die Kennzahlen Zyklus für Zyklus, die Entwicklung jedes Teams, wiederkehrende Muster und wie regelmäßig wir Check-ins gemacht haben.

    # Cycle over cycle
    trends.slide.lines = Im Zeitverlauf
    trends.lines.kicker = Im Zeitverlauf
    trends.lines.heading = Unsere OKR-Scores, Zyklus für Zyklus
    trends.lines.chart = Kennzahlen pro Zyklus
    trends.lines.desc = Gesamtscore pro Zyklus: {overall}. Zusagenquote: {committed}. Ambitioniert im Schnitt: {aspirational}.
    trends.lines.series.overall = Gesamt
    trends.lines.series.committed = Verbindlich
    trends.lines.series.aspirational = Ambitioniert
    trends.lines.mark.target = Ziel {value}
    trends.lines.mark.sweetSpot = Idealwert {value}
    trends.lines.overall = Gesamtscore
    trends.lines.committed = Zusagenquote
    trends.lines.aspirational = Ambitioniert im Schnitt
    trends.lines.detail.best = {cycle} · Bestwert {value} in {best}
    trends.lines.detail.sweetSpot = {cycle} · Idealwert {value}
    trends.lines.notes.one = Ein Zyklus archiviert: Gesamtscore {overall}, Zusagenquote {committed}, ambitioniert im Schnitt {aspirational}. Linien gibt es ab dem nächsten Zyklus.
    trends.lines.notes.overall = Gesamtscore: {first} in {firstCycle}, {last} in {lastCycle}; {change} gegenüber {against}.
    trends.lines.notes.committed = Zusagenquote {value}, {change} gegenüber {against}. Das Playbook erwartet, dass jede Zusage eingehalten wird.
    trends.lines.notes.aspirational = Ambitionierte Key Results im Schnitt bei {value}, {change} gegenüber {against}. Gesunde Ambition landet bei etwa {target}; ab {safe} sind die Ziele zu sicher.
    trends.lines.lede.one = Bisher ein archivierter Zyklus, {cycle}: Trends ab dem nächsten · gestrichelt: Ziel verbindlich {target}, Idealwert ambitioniert {sweetSpot}
    trends.lines.lede = {n, plural, one {# Zyklus} other {# Zyklen}}, {range} · gestrichelt: Ziel verbindlich {target}, Idealwert ambitioniert {sweetSpot}
    trends.lines.footnote = Gesamt: Mittel der bewerteten Objectives · verbindlich: Anteil der Zusagen, die {target} erreichten · ambitioniert: mittlerer Score der ambitionierten Key Results

    # Cycle by cycle
    trends.slide.table = Zyklus für Zyklus
    trends.table.kicker = Die Zahlen
    trends.table.heading = Zyklus für Zyklus
    trends.table.cycle = Zyklus
    trends.table.overall = Gesamt
    trends.table.committed = Verbindlich
    trends.table.aspirational = Ambitioniert
    trends.table.keyResults = Key Results
    trends.table.wins = Erfolge
    trends.table.misses = Verfehlt
    trends.table.updated = In {recentDays} Tagen aktualisiert
    trends.table.confidence = Netto-Zuversicht
    trends.table.more = und {n, plural, one {# früherer Zyklus} other {# frühere Zyklen}}: alle stehen in history.json
    trends.table.footnote = Alle Zahlen stehen auch in history.json
    trends.table.notes.order = Dieselben Kennzahlen als Tabelle, älteste zuerst; der jüngste Zyklus ist hervorgehoben.
    trends.table.notes.counts = Erfolge und verfehlte Ziele zählen Key Results; die Zusagenquote ist der Anteil der Zusagen, die {target} erreichten.
    trends.table.lede.recent = Die {shown} jüngsten von {n, plural, one {# Zyklus} other {# Zyklen}}
    trends.table.lede.all = Kennzahlen {n, plural, =1 {des archivierten Zyklus} other {aller archivierten Zyklen}}

    # Team by team
    trends.slide.teams = Team für Team
    trends.teams.kicker = Team für Team
    trends.teams.size = {n, plural, one {# KR} other {# KRs}}
    trends.teams.lastIn = zuletzt in {cycle}
    trends.teams.sparkTitle = {team}: Score pro Zyklus
    trends.teams.notes.one = Jede Karte zeigt den Score eines Teams in {cycle}, die größten Teams zuerst. Ab dem nächsten Zyklus zeigt jede Karte die Entwicklung des Teams als Linie.
    trends.teams.notes.many = Jede Karte zeigt den Score eines Teams über die Zyklen, die größten Teams zuerst; die gestrichelte Linie liegt bei {green}.
    trends.teams.notes.hidden = {n, plural, one {# weiteres Team ist} other {# weitere Teams sind}} hier nicht zu sehen: history.json enthält die Scores aller Teams.
    trends.teams.notes.shapes = Auf Verläufe achten, nicht auf einzelne Punkte: ein stetiger Anstieg, ein Team, das eingebrochen ist und sich erholt hat, eines, das über mehrere Zyklen abgerutscht ist.
    trends.teams.lede.largest = Die {shown} größten von {n, plural, one {# Team} other {# Teams}} (alle in history.json), nach Key Results
    trends.teams.lede.all = {n, plural, one {# Team} other {# Teams}}, die größten zuerst
    trends.teams.lede.lines = gestrichelt bei {green} · ▲▼ ggü. {cycle}
    trends.teams.lede.bars = Balken markiert bei {green}
    trends.teams.title.one = Alle Team-Scores in {cycle}
    trends.teams.title.many = Alle Team-Scores im Zeitverlauf

    # Biggest movers
    trends.slide.movers = Größte Veränderungen
    trends.movers.kicker = Größte Veränderungen
    trends.movers.up = Aufwärts
    trends.movers.down = Abwärts
    trends.movers.none.up = Kein Team hat sich verbessert.
    trends.movers.none.down = Kein Team hat sich verschlechtert.
    trends.movers.notes.up = Größte Verbesserung: {team}, von {before} auf {now}. Das Team erzählen lassen, was sich geändert hat.
    trends.movers.notes.down = Größter Rückgang: {team}, von {before} auf {now}. Ein Rückgang ist eine Frage, kein Urteil: neuer Zuschnitt, neue Leute, schwierigere Ziele?
    trends.movers.notes.counts = {up, plural, one {# Team hat sich verbessert} other {# Teams haben sich verbessert}}, {down} verschlechtert, {same} gehalten.
    trends.movers.title = Größte Veränderungen seit {cycle}
    trends.movers.lede = Team-Score in {last}, Veränderung seit {previous} · {n, plural, one {# Team} other {# Teams}} in beiden bewertet
    trends.movers.footnote = {up} verbessert · {down} verschlechtert · {same} unverändert auf zwei Nachkommastellen · Balken markiert bei {green}

    # Goals too safe, over-committing
    trends.slide.tooSafe = Zu sichere Ziele
    trends.slide.overCommitting = Zu viel zugesagt
    trends.streaks.kicker.tooSafe = Muster · zu sichere Ziele
    trends.streaks.kicker.overCommitting = Muster · zu viel zugesagt
    trends.streaks.title.tooSafe = Zu sichere Ziele, zwei Zyklen in Folge
    trends.streaks.title.overCommitting = Zu viel zugesagt, zwei Zyklen in Folge
    trends.streaks.lede.tooSafe = Teams, deren ambitionierte Key Results in aufeinanderfolgenden Zyklen im Schnitt bei {safe} oder mehr lagen
    trends.streaks.lede.overCommitting = Teams, die in aufeinanderfolgenden Zyklen Zusagen verfehlt haben
    trends.streaks.lede.count = {n, plural, one {# Team} other {# Teams}}, {ongoing, plural, =0 {keines mehr} other {# weiterhin}} in {latest}{ongoing, plural, =0 {} other { (gelb markiert)}}
    trends.streaks.endedAfter = endete nach {cycle}
    trends.streaks.detail.tooSafe = ambitioniert im Schnitt {value} in {cycle}
    trends.streaks.detail.overCommitting = {n, plural, one {# Zusage} other {# Zusagen}} verfehlt in {cycle} · {met} eingehalten
    trends.streaks.notes.none.tooSafe = Bei keinem Team lagen die ambitionierten Ziele zwei Zyklen in Folge im Schnitt bei {safe} oder mehr: Unsere ambitionierten Ziele fordern uns wirklich.
    trends.streaks.notes.none.overCommitting = Kein Team hat zwei Zyklen in Folge Zusagen verfehlt: Unsere Zusagen sind gut bemessen.
    trends.streaks.notes.tooSafe = {n, plural, one {# Team hat} other {# Teams haben}} zwei oder mehr Zyklen in Folge zu sichere Ziele gesetzt; {ongoing, plural, one {# davon auch noch} other {# davon auch noch}} in {latest}.
    trends.streaks.notes.overCommitting = {n, plural, one {# Team hat} other {# Teams haben}} zwei oder mehr Zyklen in Folge Zusagen verfehlt; {ongoing, plural, one {# davon auch noch} other {# davon auch noch}} in {latest}.
    trends.streaks.notes.start = Mit {teams} anfangen: als Gespräch mit den Teamleads, nicht als Ranking.
    trends.streaks.advice.tooSafe.1 = Ambitionierte Ziele mit {safe} oder mehr im Schnitt wurden fast vollständig erreicht: verkappte Zusagen.
    trends.streaks.advice.tooSafe.2 = Fragen, was diese Teams wagen würden, wenn schon {target} gefeiert würde.
    trends.streaks.advice.tooSafe.3 = Das Sichere verbindlich zusagen und ein wirklich offenes ambitioniertes Ziel ergänzen.
    trends.streaks.advice.overCommitting.1 = Wer Zyklus für Zyklus Zusagen verfehlt, hat meist zu viele davon – oder Abhängigkeiten außerhalb des eigenen Teams.
    trends.streaks.advice.overCommitting.2 = Fragen, was sie streichen würden, damit der Rest gelingt.
    trends.streaks.advice.overCommitting.3 = Weniger zusagen; Unsicheres als ambitioniert führen.
    trends.streaks.empty.tooSafe = Kein Team hat zwei Zyklen in Folge auf Nummer sicher gespielt.
    trends.streaks.empty.overCommitting = Kein Team hat zwei Zyklen in Folge Zusagen verfehlt.
    trends.streaks.more = und {n, plural, one {# weiteres Team} other {# weitere Teams}}: history.json listet alle auf
    trends.streaks.talking = Gesprächsimpulse

    # Review rhythm over time
    trends.slide.cadence = Review-Rhythmus im Zeitverlauf
    trends.cadence.kicker = Review-Rhythmus im Zeitverlauf
    trends.cadence.heading = Wie oft wir unsere OKRs aktualisiert haben
    trends.cadence.share.chart = Key Results, in den letzten {recentDays} Tagen des Zyklus aktualisiert
    trends.cadence.share.desc = Anteil der Key Results, die in den letzten {recentDays} Tagen des jeweiligen Zyklus aktualisiert wurden: {values}.
    trends.cadence.share.series = Aktualisiert
    trends.cadence.confidence.chart = Netto-Zuversicht beim letzten Check-in
    trends.cadence.confidence.desc = Netto-Zuversicht (Anteil der Key Results im Plan minus Anteil nicht im Plan) pro Zyklus: {values}.
    trends.cadence.confidence.series = Zuversicht
    trends.cadence.updated = In den letzten {recentDays} Tagen aktualisiert
    trends.cadence.between = Abstand der Updates
    trends.cadence.between.detail = Median in {cycle}
    trends.cadence.confidence = Netto-Zuversicht
    trends.cadence.confidence.detail = im Plan minus nicht im Plan
    trends.cadence.notes.share = So regelmäßig haben wir eingecheckt: {share} der Key Results wurden in den letzten {recentDays} Tagen von {cycle} aktualisiert, im Median alle {gap}.
    trends.cadence.notes.change = Das ist {change} gegenüber {against}.
    trends.cadence.notes.confidence = Die Netto-Zuversicht ist der Anteil der Key Results, die beim letzten Check-in im Plan waren, minus den Anteil, der nicht im Plan war.
    trends.cadence.notes.without = {n, plural, one {# Zyklus hatte} other {# Zyklen hatten}} keine Check-ins: daher die Lücken in den Linien.
    trends.cadence.lede = Aus den Check-ins jedes Zyklus
    trends.cadence.lede.without = {n, plural, one {# Zyklus} other {# Zyklen}} ohne Check-ins bleiben leer
    trends.cadence.footnote = Tage zwischen Updates (Median): {gaps}
    trends.cadence.noCheckIns = keine Check-ins

    # How to read it
    trends.slide.guide = Lesehilfe
    trends.guide.kicker = Lesehilfe
    trends.guide.heading = Was die Trends bedeuten
    trends.guide.overall = Gesamtscore
    trends.guide.overall.text = Mittel der bewerteten Objectives, 0 bis 1: Grün ab {green}, Gelb ab {yellow}.
    trends.guide.committed = Zusagenquote
    trends.guide.committed.text = Anteil der verbindlichen Key Results, die {target} erreichten. Das Playbook erwartet alle: die gestrichelte Linie bei {target}.
    trends.guide.aspirational = Ambitioniert im Schnitt
    trends.guide.aspirational.text = Mittlerer Score der ambitionierten Key Results. Um {sweetSpot} ist gesunde Ambition; ab {safe} waren die Ziele zu sicher.
    trends.guide.arrows.text = Veränderung zum Vorzyklus: grün, wenn besser, rot, wenn schlechter, grau, wenn in der gezeigten Genauigkeit unverändert.
    trends.guide.tooSafe = Zu sichere Ziele
    trends.guide.tooSafe.text = Ein Team, dessen ambitionierte Key Results in zwei oder mehr Zyklen in Folge im Schnitt bei {safe} oder mehr lagen.
    trends.guide.overCommitting = Zu viel zugesagt
    trends.guide.overCommitting.text = Ein Team, das in zwei oder mehr Zyklen in Folge mindestens eine Zusage verfehlt hat.
    trends.guide.rhythm = Review-Rhythmus
    trends.guide.rhythm.text = Aus den Check-ins jedes Zyklus: Anteil der Key Results, die in seinen letzten {recentDays} Tagen aktualisiert wurden, Tage zwischen Updates (Median), Netto-Zuversicht (im Plan minus nicht im Plan).
    trends.guide.matching = Zyklen und Teams
    trends.guide.matching.text = Zyklen nach Datum geordnet (ohne Datum nach Name). Teams werden über ihren Namen zugeordnet: Ein umbenanntes Team beginnt eine neue Linie.
    trends.guide.notes.source = Jede Zahl hier stammt aus dem Archiv, das `townhall report --archive` Zyklus für Zyklus füllt.
    trends.guide.notes.thresholds = Geltende Schwellen: Grün ab {green}, Idealwert {sweetSpot}, zu sicher ab {safe}; history.json enthält jede Zahl.
    trends.guide.footnote = Aus dem Archiv: {n, plural, one {# Zyklus} other {# Zyklen}}, {first} bis {last} · erstellt am {date} · jede Zahl steht in history.json
    """
}
