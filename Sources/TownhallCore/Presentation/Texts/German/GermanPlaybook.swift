extension Texts.German {
    /// German texts of the organization's playbook (`townhall playbook`). Every number is an
    /// argument filled from the configuration in force; none is written here. Input words the
    /// export uses (`at least`, the task verbs, the yes/no words) stay as the export writes them.
    static let playbook = """
    playbook.kicker = OKR
    playbook.title = Unser OKR-Playbook
    playbook.titleOf = OKR-Playbook von {org}
    playbook.lede = Die Regeln, nach denen jedes Team seine OKRs setzt, bewertet und überprüft – so, wie townhall die Zyklen dieser Organisation bewertet. Erzeugt aus der Konfiguration: Ändert sich eine Grenze oder Schwelle, ändert sich dieses Playbook mit.
    playbook.footer = Erstellt von townhall am {date} aus denselben Prüf- und Bewertungsregeln, die auch der Town-Hall-Report verwendet.
    playbook.checkOff = {rule} (hier abgeschaltet: {id})
    # 1. Objectives and key results
    playbook.shape.heading = Objectives und Key Results
    playbook.shape.body = Ein Objective sagt, wo wir hinwollen; seine Key Results sagen, woran wir merken, dass wir angekommen sind. Wenige und fokussiert schlägt viele:
    # 2. Committed and aspirational
    playbook.types.heading = Verbindlich und ambitioniert
    playbook.types.committed = Ein verbindliches OKR ist ein Versprechen: Wir planen, es voll zu erreichen. Es gilt ab einem Score von {win} als eingehalten; alles darunter ist ein verfehltes Ziel, über das wir reflektieren.
    playbook.types.aspirational = Ein ambitioniertes OKR ist eine Herausforderung: Wir zielen hoch und rechnen damit, nicht ganz anzukommen. Es ist ein Erfolg ab {win}, Fortschritt ab {progress}, verfehlt unter {progress}; über ein Team hinweg sollten ambitionierte Key Results im Schnitt um {target} landen.
    # 3. Outcomes, not tasks
    playbook.outcomes.heading = Ergebnisse, keine Aufgaben
    playbook.outcomes.body = Ein Key Result ist ein Ergebnis, das wir beobachten können, nicht die Arbeit, die wir planen. „Das Portal launchen“ ist eine Aufgabe; „Die Hälfte unserer Kunden nutzt das Portal wöchentlich“ ist ein Ergebnis.
    playbook.outcomes.verbs = Ein Key Result, das mit einem dieser Verben beginnt und keinen numerischen Zielwert hat, liest sich wie eine Aufgabe: {verbs}
    # 4. Measurable
    playbook.measurable.heading = Jedes Key Result ist messbar
    playbook.measurable.body = Festhalten, wo wir starten, wohin wir wollen und wo wir stehen: Startwert, Zielwert und Istwert – oder ein Ja/Nein-Meilenstein oder eine Endnote.
    # 5. How each key result is scored
    playbook.scoring.heading = So wird jedes Key Result bewertet (0,0 bis 1,0)
    playbook.scoring.body = Die Regeln gelten in dieser Reihenfolge; die erste zutreffende liefert den Score. Jedes Beispiel unten hat townhall selbst bewertet.
    playbook.rule.1 = Regel 1: Der Status {statuses} nimmt das Key Result aus der Bewertung.
    playbook.rule.2 = Regel 2: Eine Endnote in der Score-Spalte ist der Score (NN% ist ein Prozentwert, eine bloße Zahl von 0 bis 1 ein Anteil, von 1 bis 100 ein Prozentwert).
    playbook.rule.3 = Regel 3: Ein Ja/Nein-Wort als Istwert ({yes} / {no}) ergibt 1 oder 0.
    playbook.rule.4 = Regel 4: Eine Schwelle, die zu halten ist (Messart „at least“ oder „at most“), ergibt 1, wenn der Istwert sie hält, sonst 0.
    playbook.rule.5 = Regel 5: Sonst ist der Score der Fortschritt vom Start- zum Zielwert, (Ist − Start) ÷ (Ziel − Start), begrenzt auf 0 bis 1.
    playbook.rule.5b = Dieselbe Regel bewertet auch eine Kennzahl, die sinken soll, mit einem Startwert über dem Zielwert.
    playbook.rule.5c = Fortschritt über das Ziel hinaus bleibt als Übererfüllung sichtbar; der Score endet bei 1.
    playbook.rule.6 = Regel 6: Gibt es nichts, wonach es bewertet werden kann, bleibt das Key Result ohne Score und wird als Datenproblem aufgeführt.
    playbook.example.scored = Score {score} (Fortschritt {progress}), {band}; als verbindlich: {committed}; als ambitioniert: {aspirational}
    playbook.example.dropped = gestrichen: kein Score, zählt in keinem Mittelwert
    playbook.example.unscored = ohne Score: als Datenproblem zum Beheben aufgeführt
    playbook.example.empty = kein Startwert, Zielwert, Istwert oder Score
    playbook.outcome.win = Erfolg
    playbook.outcome.progress = Fortschritt
    playbook.outcome.miss = verfehlt
    # 6. Colour bands
    playbook.bands.heading = Ampelfarben
    playbook.bands.column.band = Ampel
    playbook.bands.column.from = Score
    playbook.bands.atLeast = ab {score}
    playbook.bands.below = unter {score}
    playbook.bands.tolerance = Ein Score, der höchstens {tolerance} unter einer Schwelle liegt, gilt als erreicht.
    playbook.band.green = Grün
    playbook.band.yellow = Gelb
    playbook.band.red = Rot
    # 7. How scores roll up
    playbook.rollup.heading = Wie sich Scores zusammensetzen
    playbook.rollup.objective = Der Score eines Objectives ist das gewichtete Mittel seiner bewerteten Key Results (Gewicht 1, sofern nicht anders gesetzt).
    playbook.rollup.team = Der Score eines Teams ist das Mittel der Scores seiner Objectives.
    playbook.rollup.subtree = Ein Team mit Teams darunter (parent_team) bekommt zusätzlich einen Score inkl. Unterteams: das Mittel über alle Objectives seines Teilbaums.
    playbook.rollup.overall = Der Gesamtscore ist das Mittel aller bewerteten Objectives der Organisation.
    playbook.rollup.attainment = Die Zusagenquote ist der Anteil der bewerteten verbindlichen Key Results mit {win} oder mehr.
    playbook.rollup.aspirational = „Ambitioniert im Schnitt“ ist der mittlere Score der bewerteten ambitionierten Key Results; gesund ist ein Wert um {target}.
    playbook.rollup.exampleKR = Score {score}, Gewicht {weight}
    playbook.rollup.exampleResult = Objective-Score {score}, {band}
    # 8. Review cadence
    playbook.cadence.heading = Review-Rhythmus
    playbook.cadence.body = Key Results bekommen während des ganzen Zyklus Check-ins, nicht erst an seinem Ende. Mit Check-ins gilt ein Key Result als veraltet, wenn es {days, plural, one {am letzten Tag} other {in den letzten # Tagen}} des Zyklus kein Update bekommen hat.
    # 9. Our values
    playbook.values.heading = Unsere Werte
    playbook.values.body = Jedes OKR kann angeben, {n, plural, one {ob es auf unseren Wert einzahlt} other {auf welchen unserer # Werte es einzahlt}}; die Town Hall zeigt, wie es um jeden Wert steht:
    playbook.values.none = Keine Werte konfiguriert ([organization] values in der Konfiguration).
    # 10. What the closing town hall shows
    playbook.townhall.heading = Was die Town Hall zum Zyklusende zeigt
    playbook.townhall.body = Am Ende des Zyklus werden die OKRs jedes Teams nach diesen Regeln bewertet, und die Town Hall erzählt die Geschichte des Zyklus:
    playbook.townhall.glance = der Zyklus auf einen Blick: Gesamtscore, Zusagenquote, ambitioniert im Schnitt, Erfolge und verfehlte Ziele
    playbook.townhall.balance = verbindlich gegenüber ambitioniert, und wie sich die Scores verteilen
    playbook.townhall.wins = die Erfolge, die wir feiern: verbindliche Key Results bei {win}, ambitionierte ab {aspirationalWin}
    playbook.townhall.misses = was wir verfehlt haben, Zusagen zuerst, mit den Notizen der Teams
    playbook.townhall.teams = Team für Team, mit einem eigenen Retro-Deck für jedes Team vor der Town Hall
    playbook.townhall.health = Playbook-Check: was diese Regeln gefunden haben und was wir im nächsten Zyklus anders machen
    playbook.townhall.carry = was wir mitnehmen: verfehlte Zusagen und ambitionierte Key Results, die nicht ganz erreicht wurden
    playbook.townhall.how = wie der Zyklus bewertet wurde: die Regeln dieses Playbooks
    # 11. Every playbook check
    playbook.checks.heading = Alle Playbook-Prüfungen
    playbook.checks.body = townhall lint sowie die Playbook-Folie und das Playbook-Blatt des Reports wenden diese Prüfungen an, unter diesen IDs:
    playbook.checks.column.id = Prüfung
    playbook.checks.column.rule = Was sie verlangt
    playbook.checks.column.state = Aktiv
    playbook.checks.on = ja
    playbook.checks.off = abgeschaltet
    playbook.checks.withCheckIns = mit Check-ins
    """
}
