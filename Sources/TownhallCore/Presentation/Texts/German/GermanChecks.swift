extension Texts.German {
    /// German texts of the playbook checks (English in each check's file): `summary` is what the
    /// check asks, `finding` what it found on one subject, `advice` the slide's to-do.
    static let checks = """
    check.team-objective-count.summary = jedes Team hat {fewest} bis {most} Objectives
    check.team-objective-count.finding = Team hat {n, plural, one {# Objective} other {# Objectives}}; das Playbook sieht {fewest} bis {most} vor
    check.team-objective-count.advice = {n, plural, one {# Team} other {# Teams}} auf {fewest}–{most} Objectives bringen.
    check.objective-kr-count.summary = jedes Objective hat {fewest} bis {most} Key Results
    check.objective-kr-count.finding = Objective hat {n, plural, one {# Key Result} other {# Key Results}}; das Playbook sieht {fewest} bis {most} vor
    check.objective-kr-count.advice = {n, plural, one {# Objective} other {# Objectives}} auf {fewest}–{most} Key Results bringen.
    check.team-no-balance.summary = jedes Team mischt verbindliche und ambitionierte OKRs
    check.team-no-balance.finding = {n, plural, one {das einzige Key Result ist} other {alle # Key Results sind}} {type, select, committed {verbindlich} other {ambitioniert}}: keine Mischung aus verbindlich und ambitioniert
    check.team-no-balance.advice = Verbindliche und ambitionierte OKRs mischen: {n, plural, one {# Team} other {# Teams}}.
    check.kr-not-measurable.summary = jedes Key Result hat einen Zielwert oder einen Score
    check.kr-not-measurable.finding = nichts Messbares: weder Zielwert noch Score
    check.kr-not-measurable.advice = Messbaren Zielwert festlegen: {n, plural, one {# Key Result} other {# Key Results}}.
    check.kr-reads-as-task.summary = Key Results beschreiben Ergebnisse, keine Aufgaben
    check.kr-reads-as-task.finding = beginnt mit „{verb}“ und hat keinen Zielwert: klingt nach Aufgabe, nicht nach Ergebnis
    check.kr-reads-as-task.advice = Als Ergebnis statt als Aufgabe formulieren: {n, plural, one {# Key Result} other {# Key Results}}.
    check.missing-type.summary = jedes Key Result ist als verbindlich oder ambitioniert markiert
    check.missing-type.finding = Typ fehlt; als verbindlich gewertet
    check.unknown-type.summary = der Typ ist verbindlich oder ambitioniert
    check.unknown-type.finding = Typ „{type}“ ist weder verbindlich noch ambitioniert; als verbindlich gewertet
    check.missing-start.summary = messbare Key Results nennen ihren Startwert
    check.missing-start.finding = Startwert fehlt; Fortschritt ab 0 gerechnet
    check.committed-miss-no-notes.summary = jede verfehlte Zusage hat eine Reflexion
    check.committed-miss-no-notes.finding = Zusage verfehlt, aber keine Notiz: Reflexion ergänzen
    check.aspirational-too-easy.summary = ambitionierte Ziele fordern heraus (Teamschnitt unter {sandbagging})
    check.aspirational-too-easy.finding = ambitionierte Key Results im Schnitt bei {mean}: zu wenig ehrgeizig
    check.kr-never-updated.summary = jedes Key Result hatte im Zyklus einen Check-in
    check.kr-never-updated.finding = im ganzen Zyklus nie aktualisiert: kein Check-in
    check.kr-stale.summary = jedes Key Result wurde {days, plural, one {am letzten Tag} other {in den letzten # Tagen}} des Zyklus aktualisiert
    check.kr-stale.finding = zuletzt aktualisiert am {last}, {days_since, plural, one {# Tag} other {# Tage}} vor Zyklusende (Grenze: {limit})
    check.team-mostly-stale.summary = Teams halten die meisten ihrer Key Results aktuell
    check.team-mostly-stale.finding = {stale} von {n, plural, one {# Key Result} other {# Key Results}} {days, plural, one {am letzten Tag} other {in den letzten # Tagen}} des Zyklus nicht aktualisiert
    # What a check found, counted (the deck's playbook health lists these)
    check.team-objective-count.found = {n, plural, one {# Team} other {# Teams}} mit weniger als {fewest} oder mehr als {most} Objectives
    check.objective-kr-count.found = {n, plural, one {# Objective} other {# Objectives}} mit weniger als {fewest} oder mehr als {most} Key Results
    check.team-no-balance.found = {n, plural, one {# Team} other {# Teams}} mit nur verbindlichen oder nur ambitionierten OKRs
    check.kr-not-measurable.found = {n, plural, one {# Key Result} other {# Key Results}} ohne Zielwert und ohne Score
    check.kr-reads-as-task.found = {n, plural, one {# Key Result klingt} other {# Key Results klingen}} nach Aufgabe, nicht nach Ergebnis
    check.missing-type.found = {n, plural, one {# Key Result} other {# Key Results}} ohne Typ
    check.unknown-type.found = {n, plural, one {# Key Result} other {# Key Results}} mit einem Typ, der weder verbindlich noch ambitioniert ist
    check.missing-start.found = {n, plural, one {# messbares Key Result} other {# messbare Key Results}} ohne Startwert
    check.committed-miss-no-notes.found = {n, plural, one {# verfehlte Zusage} other {# verfehlte Zusagen}} ohne Reflexion
    check.aspirational-too-easy.found = {n, plural, one {# Team, dessen ambitionierte Ziele im Schnitt bei} other {# Teams, deren ambitionierte Ziele im Schnitt bei}} {sandbagging} oder mehr liegen: zu sicher
    check.kr-never-updated.found = {n, plural, one {# Key Result} other {# Key Results}} ohne einen einzigen Check-in
    check.kr-stale.found = {n, plural, one {# Key Result} other {# Key Results}} {days, plural, one {am letzten Tag} other {in den letzten # Tagen}} nicht aktualisiert
    check.team-mostly-stale.found = {n, plural, one {# Team, dessen Key Results} other {# Teams, deren Key Results}} größtenteils eingeschlafen sind
    """
}
