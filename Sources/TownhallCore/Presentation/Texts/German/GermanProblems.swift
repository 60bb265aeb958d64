extension Texts.German {
    /// German texts of the row problems, rejected rows and run warnings (English in `ProblemTexts.swift`).
    static let problems = """
    # Die Spalte eines Problems, wenn townhall sie benennt: „Zeile“ oder das Feld einer fehlenden Spalte.
    problem.column = {name, select, row {Zeile} score {Score} start {Startwert} target {Zielwert} current {Istwert} weight {Gewicht} confidence {Zuversicht} other {{name}}}
    problem.score.notAGrade = Score „{text}“ ist weder ein Anteil von 0 bis 1 noch ein Prozentwert von 0 bis 100
    problem.start.decreaseNeedsStart = ein Key Result, das sinken soll, braucht einen Startwert
    problem.start.notANumber = Startwert „{text}“ ist keine Zahl
    problem.target.equalsStart = Zielwert gleich Startwert ({start}): kein Fortschritt bestimmbar
    problem.target.wrongWay = Zielwert {target} liegt in der falschen Richtung für {measure, select, increase {einen Anstieg} decrease {eine Senkung} other {„{measure}“}} ab {start}
    problem.target.notANumber = Zielwert „{text}“ ist keine Zahl
    problem.current.notANumber = Istwert „{text}“ ist weder eine Zahl noch ein Ja/Nein-Wort
    problem.nothingToScore = nichts, woran sich ein Score bemessen lässt: kein Score und kein {field, select, target {Zielwert} other {Istwert}}
    problem.weight.notANumber = Gewicht „{text}“ ist keine Zahl ≥ 0
    problem.confidence.notAConfidence = Zuversicht „{text}“ ist weder 0–1 noch 0–100% noch 1–10
    problem.confidence.needsPercent = Zuversicht „{text}“ ist weder 0–1 noch 0–100% noch 1–10 (ein Prozentwert braucht sein %: {text}%)
    problem.confidence.leftOut = {problem}; weggelassen (der Score hängt nicht davon ab)
    problem.checkIn.notUsed = {problem}; nicht verwendet
    problem.checkIn.fieldCount = Check-in hat {fields} Felder, die Kopfzeile aber {width}; nicht verwendet
    problem.checkIn.noKRID = Check-in ohne kr_id
    problem.checkIn.unknownKRID = kein Key Result hat die kr_id „{id}“
    problem.checkIn.badDate = Datum „{text}“ ist kein ISO-8601-Datum (JJJJ-MM-TT)
    problem.checkIn.noValue = Check-in ohne Wert
    problem.checkIn.badValue = Wert „{text}“ ist weder eine Zahl noch ein Ja/Nein-Wort
    problem.checkIn.outsideCycle = Datum {date} liegt außerhalb des Zyklus ({start} bis {end}, laut {source, select, config {Konfiguration} export {Export} cycleName {Zyklusname} other {Check-ins}}); nicht verwendet
    rejected.fieldCount = Zeile hat {fields} Felder, die Kopfzeile aber {width}
    rejected.missing = es fehlt: {columns}
    warning.checkIns.allOutside = {n, plural, one {der einzige Check-in liegt außerhalb des Zyklus ({start}–{end}): ist das die Datei vom letzten Quartal?} other {alle # Check-ins liegen außerhalb des Zyklus ({start}–{end}): ist das die Datei vom letzten Quartal?}}
    warning.checkIns.longSpan = die Check-ins reichen von {start} bis {end} ({days} Tage), länger als ein Zyklus, und die Zyklusdaten stammen aus ihnen: [cycle] start und end in der Konfiguration setzen; die Verlaufskurve zeigt nur alle paar Wochen einen Punkt
    warning.list = {head} und {last}
    warning.viva.unclosedWeight = bei {n, plural, one {# Key Result} other {# Key Results}} ({names}{more}) wird ein „(weight: …, Id: …)“ im Aligned To nie geschlossen: als Titel des Objectives gelesen, Gewicht 1; prüfen, ob die Zelle abgeschnitten wurde
    warning.viva.otherKinds = Zeilen mit dem Object Type {kinds} sind keine Key Results: als sonstige Einträge gezählt
    warning.singleTeam = keine Team-Spalte: alle Key Results zählen für ein einziges Team, „{team}“{named, select, no { (mit [organization] name in der Konfiguration benennen)} other { (der Name der Organisation aus der Konfiguration)}}; eine Team-Spalte ergänzen, um sie aufzuteilen
    warning.generic.progressPerObjective = „{name}“ wird als Endbewertung jedes Key Results gelesen, enthält aber einen Wert pro Objective (denselben auf allen Key Results {n, plural, one {des Objectives} other {jedes der # Objectives}} mit mehreren): ist es der Fortschritt des Objectives, stimmen diese Bewertungen nicht; die eigene Bewertungsspalte der Key Results unter [columns] in der Konfiguration zuordnen oder einen BurningOKR-Export mit --profile burningokr lesen
    warning.statedProgress.differs = Objective „{title}“: der Export nennt unter {name} {stated}, townhall errechnet aus den Key Results {score}
    warning.statedProgress.unread = {name} im Export ist bei {n, plural, one {# Objective} other {# Objectives}} keine Zahl (Objective „{title}“: „{text}“): nicht mit dem Objective-Score von townhall verglichen
    warning.sheet.scorecard = eine townhall-Scorecard: gelesen wird ihr Blatt {sheet}, nur die Eingabespalten („{first}“ und die Spalten danach berechnet townhall selbst neu)
    warning.sheet.scorecardNoComputed = sieht aus wie eine townhall-Scorecard, aber die Kopfzeile von {sheet} hat keine berechneten Spalten: so gelesen, wie sie ist
    warning.sheet.firstVisible = gelesen wird das Blatt „{name}“, das erste sichtbare von {n} ({names}); ein anderes mit --sheet wählen
    warning.sheetIgnored = --sheet gilt nur für Arbeitsmappen: diese Eingabe wird als CSV-Text gelesen, die Option bleibt ohne Wirkung
    warning.startDefaulted = {n, plural, one {# Key Result} other {# Key Results}} ohne Startwert: Fortschritt ab 0 gerechnet (siehe Check {check})
    warning.objectiveIDShared = die objective_id „{id}“ nutzen die Teams „{first}“ (Zeile {line}) und „{team}“: als zwei Objectives geführt, das von „{team}“ als „{kept}“
    warning.teamLoop = Team „{team}“ ist über parent_team sein eigener Vorfahre; ganz oben im Baum gezeigt
    warning.more = … und {n, plural, one {# weitere Warnung} other {# weitere Warnungen}}
    """
}
