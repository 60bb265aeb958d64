import Foundation
import TownhallCore

/// Turns a `CycleReport` into the slides of the town-hall deck, in story order.
///
/// Each `…Slides()` method adds the slides of one part of the story; every list is capped by
/// `DeckOptions`, so the deck's length and size do not grow with the cycle.
struct DeckBuilder: SlideBuilding {
    let report: CycleReport
    let options: DeckOptions
    let digest: CycleDigest
    let teams: TeamDigest
    let theme: Theme
    /// The fixed texts and figures of the report's language.
    let words: Wording
    /// The previous cycle's teams by name, with a comparison.
    let previousTeams: [String: ArchivedTeam]
    /// The slides added so far, in deck order.
    var added = SlideList()

    init(report: CycleReport, options: DeckOptions) {
        self.report = report
        self.options = options
        words = report.wording
        theme = Theme(report.organization)
        digest = CycleDigest(
            report, winLimit: options.winsPerSlide * options.winSlides,
            missLimit: options.missesPerSlide * options.missSlides, carryLimit: 4)
        teams = TeamDigest(report)
        previousTeams = Dictionary(
            (report.comparison?.previous.teamFigures ?? []).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The whole deck.
    mutating func build() -> DeckView {
        titleSlide()
        glanceSlide()
        balanceSlide()
        distributionSlide()
        unfoldedSlide()
        winSlides()
        missSlides()
        teamSlides()
        valuesSlide()
        rhythmSlide()
        healthSlide()
        carrySlide()
        scoringSlide()
        appendixSlide()

        let slides = added.numbered
        let total = slides.count
        let org = Format.isolate(report.organization.name.trimmed)
        let cycleName = Format.isolate(report.displayName(in: words))
        let title = retroTeam.map { _ in retroTitle(cycleName) }
            ?? (org.isEmpty ? say("frame.title", ["cycle": .text(cycleName)])
                : say("frame.titleOf", ["organization": .text(org), "cycle": .text(cycleName)]))
        return DeckView(
            documentTitle: title,
            cycleName: Format.clip(report.displayName(in: words), 60),
            accent: theme.accent, organization: org, hasOrganization: !org.isEmpty,
            logo: theme.logo, hasLogo: !theme.logo.isEmpty, logoLabel: say("title.logo", ["organization": .text(org)]),
            footer: title,
            slideCount: total, slides: slides, lang: words.htmlLang, words: TemplateWords(words))
    }

    // MARK: - Helpers shared by the slide builders

    /// The thresholds the cycle was scored with.
    var th: Thresholds { report.thresholds }

    /// The deck's fixed text `key` (under `deck.`) with its arguments filled in.
    func say(_ key: String, _ args: [String: TextArgument] = [:]) -> String { words("deck." + key, args) }

    /// Changes against the previous cycle, worded in the deck's language.
    var changes: Delta { Delta(words) }

    /// `n` things of a kind, `1 key result`, `3 key results` (the plural message `deck.n.<kind>`).
    func many(_ count: Int, _ kind: Counted) -> String { say("n." + kind.rawValue, ["n": .count(count)]) }

    /// A title or note cut to the deck's text limit.
    func clip(_ text: String) -> String { Format.clip(text.trimmed, options.textLimit) }

    /// A team or person name cut short enough for one line.
    func name(_ text: String) -> String { Format.clip(text.trimmed, 60) }

    func band(_ score: Double?) -> String { Tone.band(score, th) }

    /// Bar length for a 0–1 score.
    func width(_ score: Double?) -> String { Format.geometry(min(1, max(0, score ?? 0)) * 100) }

    /// Where the green threshold sits on a bar.
    var greenMark: String { Format.geometry(min(1, max(0, th.green)) * 100) }

    /// A bar row for a scored thing.
    func row(_ label: String, _ sublabel: String = "", score: Double?, value: String? = nil, heading: Bool = false) -> BarRow {
        BarRow(label: label, sublabel: optionalText(sublabel), value: value ?? words.score(score),
               width: width(score), band: band(score), mark: greenMark, isGap: false, isHeading: heading)
    }

    /// A divider row standing for rows left out.
    func gap(_ text: String) -> BarRow {
        BarRow(label: text, sublabel: [], value: "", width: "0", band: "none", mark: greenMark,
               isGap: true, isHeading: false)
    }

    /// Key result `k` as a list item for wins, misses and what carries forward; with check-ins and
    /// `trail`, its trajectory as a sparkline.
    func item(_ k: Int, trail: Bool = false) -> KRItem {
        let kr = report.keyResults[k]
        let owner = kr.owner.trimmed.isEmpty ? kr.objectiveOwner.trimmed : kr.owner.trimmed
        var stretch = ""
        if let p = kr.progress, p > 1 + th.tolerance, kr.rule == .linear {
            stretch = say("kr.stretch", ["percent": .percent(p)])
        }
        let notes = kr.notes.trimmed
        return KRItem(
            title: clip(kr.title), team: name(kr.team), owner: owner.isEmpty ? [] : [name(owner)],
            score: words.score(kr.score), band: band(kr.score), chip: chip(for: kr),
            type: say(kr.type == .committed ? "type.committed" : "type.aspirational"), isCommitted: kr.type == .committed,
            stretch: optionalText(stretch),
            notes: notes.isEmpty ? [] : [clip(notes)],
            needsReflection: kr.isCommittedMiss && notes.isEmpty,
            spark: trail ? sparkline(k) : [], activity: optionalText(activityNote(k)),
            carriedOver: isCarriedOver(k), tracked: trail && report.checkIns != nil)
    }

    /// The colour of a key result's outcome: green for a win, red for a miss, else its band.
    /// Slides about outcomes colour by it, so a committed miss at 0.82 never looks like a win.
    func chip(for kr: KeyResult) -> String {
        switch kr.outcome {
        case .win: return Band.green.rawValue
        case .miss: return Band.red.rawValue
        default: return band(kr.score)
        }
    }

    /// Key result `k` repeats one of the previous cycle's.
    func isCarriedOver(_ k: Int) -> Bool { report.comparison?.carriedOver.contains(k) ?? false }

    /// The previous cycle's name, short enough for a figure: `2026-Q2`.
    var previousName: String { Format.clip(report.comparison?.previous.name.trimmed ?? "", 24) }

    /// A team's score against the previous cycle's: the core's delta for own scores, the
    /// archived roll-up for subtrees; `new` for a team that owned no OKRs last cycle.
    func teamDelta(_ t: Int, rollup: Bool = false, against: String = "") -> [DeltaView] {
        guard let c = report.comparison else { return [] }
        let team = report.teams[t]
        if !rollup {
            if let d = c.teamScoreDelta[team.name] { return changes.view(d, .score, against: against) }
            return previousTeams[team.name]?.ownsOKRs != true && team.ownsOKRs ? changes.new(against: against) : []
        }
        guard let before = previousTeams[team.name].flatMap({ $0.rollupScore ?? $0.score }),
              let now = team.rollupScore ?? team.score else { return [] }
        return changes.view(now - before, .score, against: against)
    }

    /// Figures for one subject (whole cycle, a team's subtree).
    func figure(_ value: String, _ label: String, _ detail: String, tone: String = "accent",
                delta: [DeltaView] = []) -> FigureView {
        FigureView(value: value, label: label, detail: detail, tone: tone, delta: delta)
    }

    /// Tone of committed attainment: met in full, nearly, or not.
    func attainmentTone(_ a: Double?) -> String { Tone.attainment(a, th) }

    /// Tone of an aspirational mean: near the target is healthy, far below is red, too safe is amber.
    func aspirationTone(_ m: Double?) -> String { Tone.aspiration(m, th) }
}

/// Things the deck counts in its sentences, each a plural message `deck.n.<name>`.
enum Counted: String {
    case aspirationalMisses, checkIns, moreTopLevelTeams, checks, committedMisses, dataProblems, findings, keyResults, misses, missingReflections, moreChecks, moreKeyResults, moreTeams, moreValues, objectives, rejectedRows, rowProblems, scoredKRs, scoredKeyResults, scoredObjectives, subTeams, teams, topLevelTeams, wins
}
