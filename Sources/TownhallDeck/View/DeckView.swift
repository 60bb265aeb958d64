/// The values the deck template renders: plain text and numbers already formatted.
///
/// Mustache reads these by reflection and HTML-escapes every `{{value}}`. Two rules keep the
/// templates honest:
/// - no optionals (a `nil` makes Mustache look the name up in an enclosing object): a slide's
///   content is an array of zero or one payload, and `has…` flags guard optional text;
/// - no markup in any string: all markup lives in the templates.
struct DeckView {
    /// `<title>` and the carousel's label.
    var documentTitle: String
    /// The cycle's name for display.
    var cycleName: String
    /// Validated `#rgb`/`#rrggbb`.
    var accent: String
    var organization: String
    var hasOrganization: Bool
    /// Validated `data:image/…` URI.
    var logo: String
    var hasLogo: Bool
    /// Footer text on every slide, e.g. `Acme · 2026-Q3 town hall`.
    var footer: String
    var slideCount: Int
    var slides: [SlideView]
}

/// One slide: its place in the deck, its speaker notes, and exactly one non-empty payload.
struct SlideView {
    var number: Int
    var total: Int
    /// Short name, shown in the notes pane and the live region.
    var name: String
    /// CSS modifier, e.g. `title`, `wins`.
    var kind: String
    /// Position in the deck as a percentage for the progress line.
    var progress: String
    var notes: [String]

    var titleSlide: [TitleSlide] = []
    var glanceSlide: [GlanceSlide] = []
    var balanceSlide: [BalanceSlide] = []
    var distributionSlide: [DistributionSlide] = []
    var winsSlide: [WinsSlide] = []
    var missesSlide: [MissesSlide] = []
    var rankingSlide: [RankingSlide] = []
    var teamSlide: [TeamSlide] = []
    var groupSlide: [GroupSlide] = []
    var valuesSlide: [ValuesSlide] = []
    var healthSlide: [HealthSlide] = []
    var carrySlide: [CarrySlide] = []
    var scoringSlide: [ScoringSlide] = []
    var appendixSlide: [AppendixSlide] = []
    // With check-ins.
    var unfoldedSlide: [UnfoldedSlide] = []
    var rhythmSlide: [RhythmSlide] = []
    // The trends deck.
    var trendLinesSlide: [TrendLinesSlide] = []
    var trendTableSlide: [TrendTableSlide] = []
    var trendTeamsSlide: [TrendTeamsSlide] = []
    var trendMoversSlide: [TrendMoversSlide] = []
    var trendStreaksSlide: [TrendStreaksSlide] = []
    var trendCadenceSlide: [TrendCadenceSlide] = []
    var trendGuideSlide: [TrendGuideSlide] = []

    init(name: String, kind: String, notes: [String]) {
        self.number = 0; self.total = 0; self.name = name; self.kind = kind; self.progress = "0"; self.notes = notes
    }
}

// MARK: - Shared pieces

/// A large figure with its label and a line of detail.
struct FigureView {
    var value: String
    var label: String
    var detail: String
    /// `green`, `yellow`, `red` or `accent`.
    var tone: String
    /// The change since the previous cycle: zero or one.
    var delta: [DeltaView] = []
}

/// A change against the previous cycle, e.g. `▲ 0.05 vs 2026-Q2`.
struct DeltaView {
    /// `▲`, `▼`, `=` or empty (a team new this cycle).
    var arrow: String
    /// The arrow in words for screen readers: `up`, `down`, `unchanged`.
    var word: String
    /// `0.05`, `5 pts`, `12`, or `new`.
    var amount: String
    /// `vs 2026-Q2`, or empty where the slide says it once.
    var against: String
    var hasAgainst: Bool
    /// `green` (better), `red` (worse) or `none`.
    var tone: String
}

/// One row of a horizontal bar list: text label, an SVG bar, the value.
struct BarRow {
    var label: String
    var sublabel: String
    var hasSublabel: Bool
    /// The value shown at the end of the row.
    var value: String
    /// Bar length, 0–100.
    var width: String
    /// `green`, `yellow`, `red` or `none` (no score).
    var band: String
    /// Where the reference mark sits, 0–100.
    var mark: String
    /// A divider row ("… 12 more …") instead of a bar.
    var isGap: Bool
    /// A heading row (an objective above its key results).
    var isHeading: Bool
    /// Against the previous cycle: zero or one.
    var delta: [DeltaView] = []
    /// A key result that repeats one of the previous cycle's.
    var carriedOver = false
}

/// A key result in a list of wins or misses.
struct KRItem {
    var title: String
    var team: String
    var owner: String
    var hasOwner: Bool
    var score: String
    var band: String
    /// `Committed` or `Aspirational`.
    var type: String
    var isCommitted: Bool
    /// Extra praise for over-achievement, e.g. `130% of target`.
    var stretch: String
    var hasStretch: Bool
    var notes: String
    var hasNotes: Bool
    /// A committed miss without notes.
    var needsReflection: Bool
    /// Its trajectory over the cycle (with check-ins): zero or one.
    var spark: [Sparkline] = []
    /// `quiet since 12 Aug`, `never updated` (with check-ins), else empty.
    var activity: String = ""
    var hasActivity = false
    /// Repeats a key result of the previous cycle.
    var carriedOver = false
    /// The deck has check-ins: keep a cell for the trajectory even when this KR has none.
    var tracked = false
}

/// Key results of one team, as shown on a wins slide.
struct KRGroup {
    var team: String
    var continued: Bool
    var items: [KRItem]
}

/// A column of team groups.
struct KRColumn {
    var groups: [KRGroup]
}

/// A line of plain text with a tone.
struct Line {
    var text: String
    var tone: String
}

// MARK: - Slides

struct TitleSlide {
    var kicker: String = "OKR town hall"
    var cycle: String
    var subtitle: String
    var date: String
    var facts: String
}

struct GlanceSlide {
    var kicker: String
    var lead: [FigureView]
    var rest: [FigureView]
}

struct BalanceSlide {
    var sides: [BalanceSide]
    var playbook: String
}

/// One side of the committed-vs-aspirational slide.
struct BalanceSide {
    var label: String
    var value: String
    var delta: [DeltaView] = []
    var verdict: String
    var tone: String
    var sentence: String
    var chart: GaugeChart
}

struct DistributionSlide {
    var stack: StackChart
    var legend: [LegendItem]
    var histogram: HistogramChart
    var footnote: String
}

struct LegendItem {
    var band: String
    var label: String
    var count: String
    var share: String
}

struct WinsSlide {
    var lede: String
    /// One or two columns, balanced.
    var columns: [KRColumn]
    var more: String
    var hasMore: Bool
    /// What the trajectory lines mean (with check-ins).
    var legend: String
    var hasLegend: Bool
}

struct MissesSlide {
    var lede: String
    var items: [KRItem]
    var more: String
    var hasMore: Bool
    /// What the trajectory lines mean (with check-ins).
    var legend: String
    var hasLegend: Bool
}

struct RankingSlide {
    var lede: String
    var rows: [BarRow]
    var footnote: String
    var hasFootnote: Bool
    /// `dense` when many rows must fit, and `with-delta` when rows carry a change.
    var density: String = ""
}

/// A team's own objectives and key results as bars.
struct TeamSlide {
    var team: String
    var kicker: String
    var lede: String
    var score: String
    var band: String
    var delta: [DeltaView] = []
    var figures: [FigureView]
    var columns: [BarColumn]
    var more: String
    var hasMore: Bool
    /// `dense` when a column has more rows than fit at full size.
    var density: String = ""
}

/// One column of bar rows.
struct BarColumn {
    var rows: [BarRow]
}

/// A top-level team summarising its subtree.
struct GroupSlide {
    var team: String
    var kicker: String
    var lede: String
    var score: String
    var band: String
    var delta: [DeltaView] = []
    var figures: [FigureView]
    var rowsTitle: String
    var rows: [BarRow]
    var footnote: String
    var hasFootnote: Bool
    var density: String = ""
}

struct ValuesSlide {
    var lede: String
    var rows: [BarRow]
    var footnote: String
    var hasFootnote: Bool
}

struct HealthSlide {
    var lede: String
    var tallies: [FigureView]
    var rows: [HealthRow]
    var allClear: Bool
    var more: String
    var hasMore: Bool
}

struct HealthRow {
    var severity: String
    var title: String
    var count: String
    var example: String
    var hasExample: Bool
}

struct CarrySlide {
    var figures: [FigureView]
    /// `pair`, or `trio` with the repeats from the previous cycle.
    var figuresClass: String
    var items: [KRItem]
    var hasItems: Bool
    var more: String
    var hasMore: Bool
    var next: [String]
}

struct ScoringSlide {
    var rules: [RuleRow]
    var thresholds: [KeyValue]
    var reconciliation: String
}

struct RuleRow {
    var number: String
    var text: String
    var count: String
}

struct KeyValue {
    var key: String
    var value: String
}

struct AppendixSlide {
    var lede: String
    var rows: [ProblemRow]
    var allClear: Bool
    var more: String
    var hasMore: Bool
}

struct ProblemRow {
    var place: String
    var column: String
    var message: String
    var kind: String
}

// MARK: - With check-ins

/// The organization's mean score week by week.
struct UnfoldedSlide {
    var kicker: String
    var title: String
    var lede: String
    var chart: LineChart
    var figures: [FigureView]
    var footnote: String
}

/// How regularly each team reviewed its key results, and who went quiet.
struct RhythmSlide {
    var lede: String
    var rows: [BarRow]
    var density: String
    var figures: [FigureView]
    /// Teams that went quiet: the team, and what happened, in kind words.
    var quiet: [KeyValue]
    var hasQuiet: Bool
    var quietMore: String
    var hasQuietMore: Bool
    var footnote: String
    var hasFootnote: Bool
}

// MARK: - The trends deck

/// Headline figures per cycle as lines (or points, for one cycle).
struct TrendLinesSlide {
    var kicker: String
    var heading: String
    var lede: String
    var chart: TrendChart
    var figures: [FigureView]
    var footnote: String
}

/// The headline figures as a table, the most recent cycles.
struct TrendTableSlide {
    var kicker: String
    var heading: String
    var lede: String
    var header: [String]
    var rows: [TrendTableRow]
    var footnote: String
    var hasFootnote: Bool
}

struct TrendTableRow {
    var label: String
    var cells: [TrendCell]
}

struct TrendCell {
    var text: String
    var tone: String
}

/// Small multiples: one card per team with its score over the cycles.
struct TrendTeamsSlide {
    var kicker: String
    var title: String
    var lede: String
    var cards: [TeamCard]
    var more: String
    var hasMore: Bool
    /// `cols-4`, `cols-6`: the grid's width for the number of cards.
    var layout: String
}

struct TeamCard {
    var team: String
    var score: String
    var band: String
    var delta: [DeltaView]
    var spark: [Sparkline]
    /// With one cycle, a bar instead of a line: zero or one.
    var meter: [BarRow]
    var detail: String
}

/// The teams whose score changed most between the last two cycles.
struct TrendMoversSlide {
    var kicker: String
    var upHeading: String
    var downHeading: String
    /// What a column says when no team moved that way.
    var noneUp: String
    var noneDown: String
    var title: String
    var lede: String
    var up: [BarRow]
    var hasUp: Bool
    var down: [BarRow]
    var hasDown: Bool
    var footnote: String
}

/// Teams in a pattern two cycles running (goals too safe, over-committing).
struct TrendStreaksSlide {
    var kicker: String
    var title: String
    var lede: String
    var items: [StreakItem]
    var hasItems: Bool
    var empty: String
    var more: String
    var hasMore: Bool
    var advice: [String]
    /// The heading over the advice.
    var talking: String
}

struct StreakItem {
    var team: String
    var cycles: String
    var length: String
    var detail: String
    var hasDetail: Bool
    var ongoing: Bool
}

/// Review cadence per cycle, from archived check-ins.
struct TrendCadenceSlide {
    var kicker: String
    var heading: String
    var lede: String
    var shareChart: TrendChart
    var confidenceChart: TrendChart
    var figures: [FigureView]
    var footnote: String
}

/// How to read the trends.
struct TrendGuideSlide {
    var kicker: String
    var heading: String
    var items: [KeyValue]
    var footnote: String
}
