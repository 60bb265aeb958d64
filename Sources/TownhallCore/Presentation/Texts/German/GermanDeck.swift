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
    deck.script.where = {n} von {total}: {name}
    deck.script.next = Als Nächstes: {name}
    deck.script.last = Letzte Folie
    deck.script.live = Folie {n} von {total}: {name}
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
    deck.list.sentences = {a} {b}

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
    deck.n.committedMisses = {n, plural, one {# verfehlte Zusage} other {# verfehlte Zusagen}}
    deck.n.aspirationalMisses = {n, plural, one {# verfehltes ambitioniertes Ziel} other {# verfehlte ambitionierte Ziele}}
    deck.n.dataProblems = {n, plural, one {# Datenproblem} other {# Datenprobleme}}
    deck.n.missingReflections = {n, plural, one {# fehlende Reflexion} other {# fehlende Reflexionen}}
    deck.n.moreChecks = {n, plural, one {# weitere Prüfung} other {# weitere Prüfungen}}
    deck.n.moreKeyResults = {n, plural, one {# weiteres Key Result} other {# weitere Key Results}}
    deck.n.moreTeams = {n, plural, one {# weiteres Team} other {# weitere Teams}}
    deck.n.moreTopLevelTeams = {n, plural, one {# weiteres Team der obersten Ebene} other {# weitere Teams der obersten Ebene}}
    deck.n.moreValues = {n, plural, one {# weiterer Wert} other {# weitere Werte}}

    # A key result in a list
    deck.type.committed = Verbindlich
    deck.type.aspirational = Ambitioniert
    deck.type.mixed = Gemischt
    deck.type.committedLower = verbindlich
    deck.type.aspirationalLower = ambitioniert
    deck.kr.stretch = {percent} des Zielwerts
    deck.kr.carriedOver = übernommen
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
    # The cycle at a glance
    deck.glance.overallScore = Gesamtscore
    deck.glance.meanOf = Mittel aus {scoredObjectives}
    deck.glance.committedAttainment = Zusagenquote
    deck.glance.ofCommitmentsMet = {met} von {scored} Zusagen eingehalten
    deck.glance.aspirationalMean = Ambitioniert im Schnitt
    deck.glance.sweetSpot = {scoredKRs} · Idealwert {aspirationalTarget}
    deck.glance.wins = Erfolge
    deck.glance.ofScoredKey = {scored} der bewerteten Key Results
    deck.glance.misses = Verfehlt
    deck.glance.committedAspirational = {committedMisses} verbindlich · {aspirationalMisses} ambitioniert
    deck.glance.keyResults = Key Results
    deck.glance.scored = {scored} bewertet
    deck.glance.unscored = {unscored} ohne Score
    deck.glance.dropped = {dropped} gestrichen
    deck.glance.teams = Teams
    deck.glance.overallScoreThe = Gesamtscore {overallScore}: das Mittel aus {scoredObjectives}.
    deck.glance.committedAttainmentOf = Zusagenquote {attainment}: {met} von {scored} Zusagen haben {committedWin} erreicht.
    deck.glance.aspirationalKeyResults = Ambitionierte Key Results lagen im Schnitt bei {meanScore}, der Idealwert ist {aspirationalTarget}.
    deck.glance.andAmongScored = {wins} und {misses} bei {scored} bewerteten Key Results.
    deck.glance.couldNotBe = Ohne Score: {keyResults}, siehe Anhang.
    deck.glance.againstOverallScore = Im Vergleich zu {vs}: Gesamtscore {overallScore}, Zusagenquote {points}, ambitioniert im Schnitt {aspirationalMean}; Erfolge {wins}, verfehlte Ziele {misses}.
    deck.glance.theCycleAt = Der Zyklus auf einen Blick
    deck.glance.comparedWith = {displayName} · im Vergleich zu {vs}

    # Committed vs aspirational
    deck.balance.committedAttainment = Zusagenquote
    deck.balance.committedAttainmentIs = Die Zusagenquote liegt bei {attainment}; das Playbook erwartet 100 %.
    deck.balance.aspirationalMeanScore = Ambitioniert im Schnitt
    deck.balance.aspirationalKeyResults = Ambitionierte Key Results lagen im Schnitt bei {meanScore}; das Playbook erwartet etwa {target}, ab {safe} sind die Ziele zu sicher.
    deck.balance.sweetSpot = Idealwert {target}
    deck.balance.tooSafe = zu sicher
    deck.balance.committed = Verbindlich
    deck.balance.aspirational = Ambitioniert
    deck.balance.committedVsAspirational = Verbindlich vs. ambitioniert
    deck.balance.thePlaybookA = Das Playbook: Eine Zusage ist ein Versprechen und sollte {committedWin} erreichen; ein ambitioniertes Ziel ist eine Herausforderung, und etwa {target} ist ein Erfolg.
    deck.balance.playbookCommittedLands = Playbook: verbindlich erreicht {committedWin} · ambitioniert um {target} · ab {safe} sind die Ziele zu sicher

    # Score distribution
    deck.distribution.green = Grün
    deck.distribution.amber = Gelb
    deck.distribution.red = Rot
    deck.distribution.text = {value} {band} ({total})
    deck.distribution.legendLabel = {band} {range}
    deck.distribution.bucket = {bucket}: {n}
    deck.distribution.keyResultsBy = Key Results nach Ampel
    deck.distribution.scoredKeyResults = Bewertete Key Results nach Ampel: {words}.
    deck.distribution.keyResultsBy2 = Key Results nach Score
    deck.distribution.scoredKeyResults2 = Bewertete Key Results nach Score, in Schritten von 0,1 von 0 bis 1, dann genau 1,0: {bucketWords}.
    deck.distribution.ofScoredKey = Von {total} bewerteten Key Results: {words}.
    deck.distribution.exactly = genau 1,0
    deck.distribution.theMostCommon = Der häufigste Score ist {range}: {keyResults}.
    deck.distribution.aHealthyCycle = In einem gesunden Zyklus ballen sich die Zusagen bei 1,0, und die ambitionierten Ziele streuen um {aspirationalTarget}.
    deck.distribution.scoreDistribution = Score-Verteilung
    deck.distribution.scoredKeyResults3 = {total} bewertete Key Results · {unscored} ohne Score und {dropped} gestrichen, nicht gezeigt

    # How the quarter unfolded (check-ins)
    deck.unfolded.all = Alle
    deck.unfolded.committed = Verbindlich
    deck.unfolded.aspirational = Ambitioniert
    deck.unfolded.to = {start} bis {end}
    deck.unfolded.meanScoreWeek = Mittlerer Score Woche für Woche
    deck.unfolded.committed2 = verbindlich {committedWin}
    deck.unfolded.sweetSpot = Idealwert {aspTarget}
    deck.unfolded.weekByWeek = Woche für Woche: Der mittlere Score unserer Key Results lag anfangs bei {firstMean} und am Ende bei {final}, {span}.
    deck.unfolded.halfway = Halbzeit
    deck.unfolded.endOfWeek = Ende von Woche {mid}, {end} · {share} des Endstands
    deck.unfolded.atTheHalfway = Zur Halbzeit standen wir bei {h}, noch unter der Hälfte unseres Endstands: Der meiste Fortschritt kam spät. Waren die Pläne nach hinten verlagert, oder hinkten die Check-ins der Arbeit hinterher?
    deck.unfolded.atTheHalfway2 = Zur Halbzeit standen wir bei {h}, {share} unseres Endstands: stetiger Fortschritt über {word, select, quarter {das ganze Quartal} other {den ganzen Zyklus}}.
    deck.unfolded.biggestWeek = Stärkste Woche
    deck.unfolded.weekTo = Woche {week}, bis {end}
    deck.unfolded.theBiggestWeek = Die stärkste Woche war Woche {week} (bis {end}): Der Mittelwert stieg um {gain}.
    deck.unfolded.committed3 = verbindlich {value}
    deck.unfolded.aspirational2 = ambitioniert {value}
    deck.unfolded.lastWeek = Letzte Woche
    deck.unfolded.meanOfThe = Mittel aus {keyResults}, nicht aus Objectives wie der Gesamtscore ({overallScore})
    deck.unfolded.allKeyResults = Alle Key Results
    deck.unfolded.desc = Mittlerer Score der Key Results am Ende jeder der {n} Wochen, {span}.
    deck.unfolded.descSeries = {name}: {values}.
    deck.unfolded.note.lastWeek = In der letzten Woche: {parts}; Zusagen zielen auf {committedWin}, ambitionierte Ziele auf etwa {target}.
    deck.unfolded.theseLinesCome = Diese Linien stammen aus den Check-ins; die Endscores im übrigen Deck kommen aus dem Export, und der Gesamtscore ist ein Mittel der Objectives – deshalb können beide leicht abweichen.
    deck.unfolded.howTheUnfolded = So verlief {word, select, quarter {das Quartal} other {der Zyklus}}
    deck.unfolded.weekByWeek2 = Woche für Woche
    deck.unfolded.meanScoreOf = Mittlerer Score unserer Key Results am Ende jeder Woche, {span}
    deck.unfolded.eachKeyResult = Jedes Key Result zählt ab seinem ersten Check-in mit seinem jeweils letzten Score · Check-ins für {counted} von {scoredKeyResults} · gestrichelt: verbindlich {committedWin}, Idealwert ambitioniert {aspTarget}

    # Wins to celebrate
    deck.wins.noKeyResult = Kein Key Result war in diesem Zyklus ein Erfolg. Das offen sagen und dann zeigen, was sich trotzdem bewegt hat.
    deck.wins.celebrateAcrossRead = Wir feiern {wins} in {teams}. Die Namen vorlesen: Die Verantwortlichen haben das möglich gemacht.
    deck.wins.inviteOneOwner = Eine verantwortliche Person bitten, in einem Satz zu erzählen, was den Erfolg ausgemacht hat.
    deck.wins.noWinsThis = Keine Erfolge in diesem Zyklus.
    deck.wins.acrossOf = {wins} in {teams} · {p} von {pages}
    deck.wins.across = {wins} in {teams}
    deck.wins.winsToCelebrate = Erfolge, die wir feiern ({p} von {pages})
    deck.wins.winsToCelebrate2 = Erfolge, die wir feiern
    deck.wins.more = und {n} {n, plural, one {weiterer Erfolg} other {weitere Erfolge}} aus {teams}: alle stehen in der Scorecard
    deck.wins.note.win = {team}: {title} ({score}).
    deck.wins.note.thank = {team}: {title} ({score}): Danke an {owner}.

    # Misses to reflect on
    deck.misses.committedAspirational = {committedMisses} verbindlich · {aspirationalMisses} ambitioniert
    deck.misses.noMissesThis = Keine verfehlten Ziele in diesem Zyklus: Jedes bewertete Key Result ist gelandet. Prüfen, ob die ambitionierten Ziele ehrgeizig genug waren.
    deck.misses.andAMiss = {committedMisses} und {aspirationalMisses}. Ein verfehltes Ziel ist eine Chance zu lernen, kein Anlass für Schuldzuweisungen.
    deck.misses.noMissesThis2 = Keine verfehlten Ziele in diesem Zyklus.
    deck.misses.of = {summary} · {p} von {pages}
    deck.misses.missesToReflect = Was wir verfehlt haben ({p} von {pages})
    deck.misses.missesToReflect2 = Was wir verfehlt haben
    deck.misses.summaryUnreflected = {summary} · {n} ohne Reflexion
    deck.misses.more = und {n} {n, plural, one {weiteres verfehltes Ziel} other {weitere verfehlte Ziele}}: alle mit ihren Notizen in der Scorecard
    deck.misses.note.unreflected = {n, plural, one {# verfehlte Zusage hat} other {# verfehlte Zusagen haben}} noch keine Reflexion: die Verantwortlichen bitten, sie diese Woche zu schreiben.
    deck.misses.note.noReflection = {team}: {title} ({score}). Noch keine Reflexion: fragen, was wir gelernt haben.
    deck.misses.note.learning = {team}: {title} ({score}). Gelernt: {learning}

    # Team by team
    deck.teamTeams.teamsAtA = Teams auf einen Blick
    deck.teamTeams.partOf = Teil von {parent} · {keyResults}
    deck.teamTeams.position = {n} von {total}
    deck.teamTeams.leadership = Leitung
    deck.teamTeams.committed = {teams} · {keyResults} · Zusagenquote {committedAttainment}

    # Teams at a glance (roll-up: the score with every team under it, „Score inkl. Unterteams“)
    deck.ranking.more = … {more} …
    deck.ranking.highestAtLowest = Höchster {rollup, select, yes {Score inkl. Unterteams} other {Team-Score}}: {best} mit {best2}; niedrigster: {worst} mit {worst2}.
    deck.ranking.ofInThe = {green} von {what} im grünen Bereich, {red} im roten.
    deck.ranking.biggestImprovementSince = Größte Verbesserung seit {previousName}: {up}, {up2}.
    deck.ranking.biggestDropAsk = Größter Rückgang: {down}, {down2}. Fragen, was sich geändert hat.
    deck.ranking.lowScoresAre = Niedrige Scores sind ein Gesprächsanlass: fragen, was das Team braucht, nicht, wer schuld ist.
    deck.ranking.tooManyFor = {topLevelTeams}: zu viele für je eine Folie; alle Teams stehen in der Scorecard
    deck.ranking.lede = {what}, nach {rollup, select, yes {Score inkl. Unterteams} other {Team-Score}} · Balken markiert bei {green}
    deck.ranking.ledeCompared = {what}, nach {rollup, select, yes {Score inkl. Unterteams} other {Team-Score}} · Balken markiert bei {green} · ▲▼ ggü. {previous}

    # A team
    deck.team.andInThe = und {moreKeyResults} in der Scorecard
    deck.team.committed = Verbindlich
    deck.team.aspirational = Ambitioniert
    deck.team.meanScore = mittlerer Score
    deck.team.winsMisses = Erfolge / verfehlt
    deck.team.of = von {scoredKRs}
    deck.team.rollUp = Inkl. Unterteams
    deck.team.with = mit {subTeams}
    deck.team.updated = Aktualisiert
    deck.team.inTheLast = in den letzten {recentDays} Tagen
    deck.team.scoreOverAnd = {name}: Score {value} aus {objectives} und {keyResults}.
    deck.team.scoreOverAndCompared = {name}: Score {value} aus {objectives} und {keyResults}. Das ist {change} gegenüber {previous}.
    deck.team.lede = {objectives} · {keyResults}
    deck.team.ledePartOf = Teil von {parent} · {objectives} · {keyResults}
    deck.team.carriedOverFrom = Aus {previousName} übernommen: {keyResults}. Ist jedes davon noch das richtige Ziel?
    deck.team.strongestObjectiveNeeds = Stärkstes Objective: {title} ({best}). Braucht Aufmerksamkeit: {title2} ({worst}).
    deck.team.askTheTeam = {wins}, {misses}. Den Teamlead nach einem Highlight und einer Lernerfahrung fragen.
    deck.team.team = Team: {name}
    deck.team.teamByTeam = Team für Team · {position}

    # A top-level team and its subtree
    deck.group.moreTeams = … {hidden} weitere Teams …
    deck.group.committedAttainment = Zusagenquote
    deck.group.ofMet = {committedMet} von {committedScored} eingehalten
    deck.group.aspirationalMean = Ambitioniert im Schnitt
    deck.group.winsMisses = Erfolge / verfehlt
    deck.group.of = von {scoredKRs}
    deck.group.andEverythingUnder = {name} mit allen Teams darunter: Score inkl. Unterteams {rollupScore} aus {teams} und {keyResults}.
    deck.group.committedAttainmentAspirational = Zusagenquote {committedAttainment}; ambitioniert im Schnitt {aspirationalMean}.
    deck.group.strongestSubTeam = Stärkstes Unterteam: {all} ({rollupScore}); braucht am meisten Unterstützung: {all2} ({rollupScore2}).
    deck.group.itselfOwnsScoring = {name} selbst verantwortet {objectives}, Score {value}.
    deck.group.team = Team: {name}
    deck.group.itselfScore = {name} selbst: {objectives}, Score {value}
    deck.group.teamByTeam = Team für Team · {position}
    deck.group.subTeamsBy = Unterteams nach Score inkl. ihrer Unterteams

    # Our values
    deck.values.noOkrsThis = keine OKRs in diesem Zyklus
    deck.values.strongestValueAt = Stärkster Wert: {value} mit {meanScore} aus {keyResults}. Schwächster: {value2} mit {meanScore2}.
    deck.values.note.unserved = Kein OKR hat in diesem Zyklus auf {values} eingezahlt: Ist das eine bewusste Entscheidung?
    deck.values.valuesAreWhy = Werte sind der Grund, warum OKRs zählen: einen Erfolg mit dem Wert verbinden, auf den er eingezahlt hat.
    deck.values.and = und {moreValues}
    deck.values.ourValues = Unsere Werte
    deck.values.okrsAndMean = OKRs und mittlerer Key-Result-Score pro Wert · Balken markiert bei {green}

    # Review rhythm (check-ins); „eingeschlafen“ = went quiet
    deck.rhythm.every = alle {m}
    deck.rhythm.noCheckIns = keine Check-ins
    deck.rhythm.confidence = Zuversicht {n}
    deck.rhythm.moreTeams = … {hidden} weitere Teams …
    deck.rhythm.lastUpdatesIn = letzte Updates im {month}
    deck.rhythm.noCheckIns2 = keine Check-ins in diesem Zyklus
    deck.rhythm.updatedInDays = In {recentDays} Tagen aktualisiert
    deck.rhythm.ofInDays = {updatedLast30} von {keyResults} · {shareLast14} in {fortnight} Tagen
    deck.rhythm.betweenUpdates = Abstand der Updates
    deck.rhythm.medianGapBetween = Median-Abstand zwischen Check-ins
    deck.rhythm.netConfidence = Netto-Zuversicht
    deck.rhythm.onTrackMinus = im Plan minus nicht im Plan, letzter Check-in
    deck.rhythm.ofOurKey = {shareLast30} unserer Key Results wurden in den letzten {recentDays} Tagen des Zyklus aktualisiert; zwischen zwei Updates lagen im Median {medianDaysBetween}.
    deck.rhythm.netConfidenceAt = Die Netto-Zuversicht beim letzten Check-in lag bei {n}: der Anteil der Key Results im Plan minus der Anteil nicht im Plan.
    deck.rhythm.noTeamWent = Kein Team ist eingeschlafen: allen danken, die ihre Key Results aktuell gehalten haben.
    deck.rhythm.note.quietTeam = {team} ({what})
    deck.rhythm.note.quiet = Eingeschlafen: {teams} – {names}. Fragen, was dazwischenkam: Prioritäten verschieben sich, und ein OKR, das niemand aktualisiert, ist oft nicht mehr wichtig.
    deck.rhythm.note.quietAndOthers = Eingeschlafen: {teams} – {names} und weitere. Fragen, was dazwischenkam: Prioritäten verschieben sich, und ein OKR, das niemand aktualisiert, ist oft nicht mehr wichtig.
    deck.rhythm.notUpdatedIn = {keyResults} in den letzten {staleDays} Tagen nicht aktualisiert, {neverUpdated} nie: Die Scorecard nennt sie alle
    deck.rhythm.reviewRhythm = Review-Rhythmus
    deck.rhythm.onToBars = {checkIns} zu {keyResults}, {start} bis {end} · Balken: Anteil der KRs je Team mit Update in den letzten {recentDays} Tagen
    deck.rhythm.and = und {moreTeams}

    # Playbook health
    deck.health.errors = Fehler
    deck.health.fixBeforeNext = vor dem nächsten Zyklus beheben
    deck.health.warnings = Warnungen
    deck.health.worthALook = einen Blick wert
    deck.health.teamsFlagged = Teams mit Befunden
    deck.health.of = von {teams}
    deck.health.thePlaybookChecks = Die Playbook-Prüfungen ergaben {findings} in {teams}.
    deck.health.mostCommon = Am häufigsten: {finding}.
    deck.health.example = z. B. {subject}: {finding}
    deck.health.exampleOne = z. B. {subject}
    deck.health.theseAreAbout = Hier geht es darum, wie wir OKRs schreiben, nicht wie gut wir waren: bei der Planung des nächsten Zyklus beheben.
    deck.health.playbookHealth = Playbook-Check
    deck.health.everyPlaybookCheck = Alle Playbook-Prüfungen bestanden
    deck.health.from = {findings} aus {checks}
    deck.health.andWithFindings = und {moreChecks} mit Befunden

    # Carried forward („Übertrag“)
    deck.carry.commitmentsMissed = Verfehlte Zusagen
    deck.carry.reCommitIf = erneut zusagen, wenn sie noch zählen, sonst streichen
    deck.carry.aspirationsShortOf = Ambitionierte Ziele unter 1,0
    deck.carry.carryTheAmbition = die Ambition mitnehmen oder überdenken
    deck.carry.carryForwardMissed = Übertrag in den nächsten Zyklus: {keyResults}, davon {carriedCommitted} aus verfehlten Zusagen und {carriedAspirational} aus ambitionierten Zielen unter 1,0.
    deck.carry.carryingForwardIs = Übertragen ist eine Entscheidung, kein Automatismus: Die Verantwortlichen entscheiden, ob sie erneut zusagen, umformulieren oder streichen.
    deck.carry.repeatedFrom = Wiederholt aus {previousName}
    deck.carry.landedThisTime = {won} diesmal erreicht · {missed} erneut verfehlt
    deck.carry.repeatedOneOf = Wiederholt aus {previousName}: {keyResults}; {won} diesmal erreicht, {missed} erneut verfehlt. Ein zweimal verfehltes Ziel braucht einen neuen Ansatz – oder die Entscheidung, es loszulassen.
    deck.carry.carriedForward = Übertrag
    deck.carry.andMoreIn = und {shown} weitere in der Übertragsliste
    deck.carry.commitOnlyTo = Nur zusagen, was wir liefern: Diesmal wurden {a} der Zusagen eingehalten.
    deck.carry.rethinkTheKey = Das zwei Zyklen in Folge verfehlte Key Result überdenken: neuer Ansatz oder loslassen.
    deck.carry.rethinkTheKey2 = Die {missedAgain} zwei Zyklen in Folge verfehlten Key Results überdenken: neuer Ansatz oder loslassen.
    deck.carry.writeTheBefore = {missingReflections} vor dem Planungsstart schreiben.
    deck.carry.raiseTheBar = Die Latte höher legen: Ambitionierte Ziele lagen im Schnitt bei {m} – zu sicher.
    deck.carry.rightSizeAspirations = Ambitionierte Ziele realistisch bemessen: Sie lagen im Schnitt bei {m}, unter {aspirationalTarget}.
    deck.carry.keepAspirationsThis = Ambitionierte Ziele weiter so ehrgeizig setzen: {m} liegt nah am Idealwert {aspirationalTarget}.
    deck.carry.fixInThe = Im Quell-Export beheben: {dataProblems}.

    # How the cycle was scored
    deck.scoring.droppedCancelledOr = Gestrichen, abgebrochen oder verschoben: kein Score
    deck.scoring.aFinalGrade = Eine Endnote in der Score-Spalte ist der Score
    deck.scoring.aYesNo = Ein Ja/Nein-Ergebnis ergibt 1 oder 0
    deck.scoring.atLeastAt = Mindestens / höchstens: 1, wenn die Schwelle hält, sonst 0
    deck.scoring.progressCurrentStart = Fortschritt (Ist − Start) ÷ (Ziel − Start), begrenzt auf 0–1
    deck.scoring.nothingToScore = Nichts zu bewerten: ohne Score, im Anhang aufgeführt
    deck.scoring.committedWin = Erfolg verbindlich
    deck.scoring.aspirationalWinProgress = Erfolg ambitioniert · Fortschritt
    deck.scoring.bandsGreenAmber = Ampel Grün · Gelb
    deck.scoring.aspirationalSweetSpot = Idealwert ambitioniert
    deck.scoring.tooSafeAt = Zu sicher ab
    deck.scoring.objectivesPerTeam = Objectives pro Team
    deck.scoring.keyResultsPer = Key Results pro Objective
    deck.scoring.inputRowsRejected = {inputRows} Eingabezeilen = {keyResults} + {rejectedRows} verworfen
    deck.scoring.inputRowsOtherCycles = {inputRows} Eingabezeilen = {keyResults} + {rejectedRows} verworfen + {otherCycleRows} aus anderen Zyklen
    deck.scoring.range = {from}–{to}
    deck.scoring.from = aus {source}
    deck.scoring.howTheCycle = So wurde der Zyklus bewertet
    deck.scoring.everyKeyResult = Jedes Key Result erhält einen Score von 0 bis 1 nach der ersten zutreffenden Regel, in dieser Reihenfolge.
    deck.scoring.committedKeyResults = Verbindliche Key Results gelten ab {committedWin} als erreicht, ambitionierte sind ab {aspirationalWin} ein Erfolg. Objective-Scores sind gewichtete Mittel ihrer Key Results, Team-Scores Mittel ihrer Objectives.
    deck.scoring.nothingIsLost = Nichts geht verloren: {parts}.

    # Appendix: data problems
    deck.appendix.rowRejected = Zeile verworfen
    deck.appendix.appendixDataProblems = Anhang: Datenprobleme
    deck.appendix.everyInputRow = Jede Eingabezeile war verwendbar: keine Datenprobleme in diesem Zyklus.
    deck.appendix.andTheScorecard = {rowProblems} und {rejectedRows}. Die Scorecard nennt jedes mit Zeile und Spalte.
    deck.appendix.fixThemIn = Im Quell-Export beheben, damit die Zahlen im nächsten Zyklus vollständig sind.
    deck.appendix.everyRowWas = Jede Zeile war verwendbar
    deck.appendix.andMoreSee = und {hidden} weitere: siehe Datenprobleme in der Scorecard

    # Fixed texts of the slides' templates
    deck.appendix.t.appendix = Anhang
    deck.appendix.t.dataProblems = Datenprobleme
    deck.appendix.t.everyInputRow = Jede Eingabezeile war verwendbar.
    deck.appendix.t.where = Wo
    deck.appendix.t.column = Spalte
    deck.appendix.t.problem = Problem
    deck.balance.t.committedVsAspirational = Verbindlich vs. ambitioniert
    deck.balance.t.didWeKeep = Haben wir Wort gehalten – und genug gewagt?
    deck.carry.t.carriedForward = Übertrag
    deck.carry.t.whatWeTake = Was in den nächsten Zyklus geht
    deck.carry.t.forNextCycle = Für den nächsten Zyklus
    deck.carry.t.keepDoingWhat = Weiter so: Die Zahlen verlangen keine Änderung.
    deck.distribution.t.scoreDistribution = Score-Verteilung
    deck.distribution.t.whereOurKey = Wo unsere Key Results gelandet sind
    deck.glance.t.theCycleAt = Der Zyklus auf einen Blick
    deck.group.t.rollUpScore = Score inkl. Unterteams
    deck.health.t.playbookHealth = Playbook-Check
    deck.health.t.howWellWe = Wie gut wir OKRs schreiben
    deck.health.t.everyPlaybookCheck = Alle Playbook-Prüfungen bestanden.
    deck.misses.t.reflect = Lernen
    deck.misses.t.missesToReflect = Was wir verfehlt haben
    deck.misses.t.noReflectionYet = Noch keine Reflexion: Jede verfehlte Zusage verdient eine
    deck.misses.t.noNotes = Keine Notizen
    deck.misses.t.everyScoredKey = Jedes bewertete Key Result ist gelandet: nichts verfehlt.
    deck.ranking.t.teamByTeam = Team für Team
    deck.ranking.t.teamsAtA = Teams auf einen Blick
    deck.rhythm.t.reviewRhythm = Review-Rhythmus
    deck.rhythm.t.howOftenWe = Wie oft wir hingeschaut haben
    deck.rhythm.t.wentQuiet = Eingeschlafen
    deck.rhythm.t.everyTeamKept = Jedes Team hat seine Key Results aktuell gehalten.
    deck.scoring.t.howTheCycle = So wurde der Zyklus bewertet
    deck.scoring.t.theRulesAnd = Die geltenden Regeln und Schwellen
    deck.scoring.t.firstRuleThat = Es gilt die erste zutreffende Regel
    deck.scoring.t.keyResults = Key Results
    deck.scoring.t.thresholdsAndLimits = Schwellen und Grenzen
    deck.team.t.teamScore = Team-Score
    deck.values.t.ourValues = Unsere Werte
    deck.values.t.whatOurOkrs = Worauf unsere OKRs einzahlen
    deck.wins.t.celebrate = Feiern
    deck.wins.t.winsToCelebrate = Erfolge, die wir feiern
    deck.wins.t.continued = Fortsetzung
    deck.wins.t.noKeyResult = Kein Key Result war in diesem Zyklus ein Erfolg.
    # Verdicts on commitments and aspirations
    deck.verdict.committedAll.headline = Jede Zusage eingehalten
    deck.verdict.committedAll.sentence = Alle {scored} verbindlichen Key Results haben {bar} erreicht – genau das, was das Playbook von einer Zusage erwartet.
    deck.verdict.committedNearly.headline = Fast jede Zusage eingehalten
    deck.verdict.committedNearly.sentence = {met} von {scored} Zusagen eingehalten ({attainment}). Verbindlich heißt {bar}: Jede der {missed} verfehlten Zusagen verdient eine Reflexion.
    deck.verdict.committedNone.headline = Nichts zu bewerten
    deck.verdict.committedNone.sentence = In diesem Zyklus wurde kein verbindliches Key Result bewertet – es gibt also nichts, was wir an der Marke 1,0 messen könnten.
    deck.verdict.committedTooMany.headline = Zu viele Zusagen verfehlt
    deck.verdict.committedTooMany.sentence = Nur {attainment} der Zusagen eingehalten ({met} von {scored}). Verbindliche Ziele sollten {bar} erreichen: Bei {missed} haben wir zu viel zugesagt oder zu wenig geliefert.
    deck.verdict.aboveSweetSpot.headline = Über dem Idealwert
    deck.verdict.aboveSweetSpot.sentence = Ambitionierte Key Results lagen im Schnitt bei {mean}. Gesunde Ambition landet um {target} – da war Luft nach oben.
    deck.verdict.aspirationalNone.headline = Keine ambitionierten Ziele bewertet
    deck.verdict.aspirationalNone.sentence = In diesem Zyklus wurde kein ambitioniertes Key Result bewertet: beim nächsten Mal ambitionierte Ziele setzen.
    deck.verdict.belowSweetSpot.headline = Unter dem Idealwert
    deck.verdict.belowSweetSpot.sentence = Ambitionierte Key Results lagen im Schnitt bei {mean}, unter der Marke von {target}: zu hoch gegriffen oder zu wenig Ressourcen.
    deck.verdict.farBelowSweetSpot.headline = Weit unter dem Idealwert
    deck.verdict.farBelowSweetSpot.sentence = Ambitionierte Key Results lagen im Schnitt bei {mean}, weit weg von {target}: Umfang und Ressourcen überdenken.
    deck.verdict.inSweetSpot.headline = Im Idealbereich
    deck.verdict.inSweetSpot.sentence = Ambitionierte Key Results lagen im Schnitt bei {mean}, nah an den {target}, die das Playbook erwartet: ehrgeizige Ziele, größtenteils erreicht.
    deck.verdict.tooSafe.headline = Zu sicher
    deck.verdict.tooSafe.sentence = Ambitionierte Key Results lagen im Schnitt bei {mean}. Ab {safe} waren die Ziele nicht ehrgeizig genug: im nächsten Zyklus höher zielen.

    # Small words
    deck.team.attainment = Zusagenquote
    deck.severity.error = Fehler
    deck.severity.warning = Warnung
    deck.severity.info = Info
    deck.appendix.line = Zeile {line}
    deck.balance.target = Ziel
    """
}
