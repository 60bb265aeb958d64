// Glossary: one German word per concept, in deck, workbook, trends and playbook alike.
//
//   objective            Objective (das, pl. Objectives)
//   key result           Key Result (das, pl. Key Results); short KR, pl. KRs
//   OKR                  OKR (das, pl. OKRs)
//   committed            verbindlich (a committed KR = verbindliches Key Result); a commitment = Zusage
//   aspirational         ambitioniert
//   win                  Erfolg (pl. Erfolge)
//   miss                 verfehlt (label „Verfehlt“, „Zusage verfehlt“); counted: verfehltes Ziel, pl. verfehlte Ziele (never „Verfehlung“: sounds like misconduct)
//   score                Score (der, pl. Scores); overall score = Gesamtscore
//   check-in             Check-in (der, pl. Check-ins)
//   town hall            Town Hall (die)
//   cycle                Zyklus (der, pl. Zyklen); end of cycle = Zyklusende
//   team                 Team (das, pl. Teams)
//   owner                Verantwortlich (column) / Verantwortliche (people)
//   on track             im Plan
//   at risk              gefährdet
//   off track            nicht im Plan
//   Green / Amber / Red  Grün / Gelb / Rot (bands; the traffic light, never „Bernstein“); score band = Score-Ampel
//   playbook health      Playbook-Check
//   speaker notes        Sprechernotizen; slide = Folie
//   confidence           Zuversicht; net confidence = Netto-Zuversicht
//   carry forward        übertragen (noun Übertrag): into the next cycle
//   carried over         übernommen: repeated from the previous cycle
//   stale                veraltet (no update for too long)
//   dropped              gestrichen
//   reflection           Reflexion
//   playbook             Playbook (das); OKR playbook = OKR-Playbook
//   check (playbook)     Prüfung; finding = Befund; advice = Empfehlung
//   scored / unscored    bewertet / ohne Score (counted: „23 Objectives mit Score“, the same in every case)
//   roll-up              Score inkl. Unterteams; sub-team = Unterteam
//   target / start       Zielwert / Startwert (current = Istwert)
//   retro                Retro (die), team deck = Retro-Deck; scorecard = Scorecard
//   progress             Fortschritt
//   trend                Trend; quarter = Quartal
//   committed attainment Zusagenquote (share of commitments met)
//   aspirational mean    Ambitioniert im Schnitt (label); „ambitionierte Key Results im Schnitt bei …“ (sentence)
//   sweet spot           Idealwert
//   overall score        Gesamtscore
//   review rhythm        Review-Rhythmus; update = Update (pl. Updates)
//   percentage points    Prozentpunkte (short Pp.)
//   too safe             zu sicher; over-committing = zu viel zugesagt
//   sheet (workbook)     Blatt
// Advice and to-dos in the infinitive („Reflexion ergänzen“), so no text picks du or Sie.
// Quotation marks „…“; ranges with an en dash (3–5); decimal comma comes from the figures.
extension Texts.German {
    /// German texts shared by every output.
    static let common = """
    common.cycle.unnamed = OKR-Zyklus
    common.change.score = {arrow} {amount}
    common.change.points = {arrow} {n, plural, one {# Pp.} other {# Pp.}}
    """
}
