import Mustache
import TownhallCore

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
    /// The logo's text alternative, `Acme logo`.
    var logoLabel = ""
    /// Footer text on every slide, e.g. `Acme · 2026-Q3 town hall`.
    var footer: String
    var slideCount: Int
    var slides: [SlideView]
    /// `<html lang>`.
    var lang = Wording.english.htmlLang
    /// The fixed texts the templates write, as `{{words.help.title}}` (the key `deck.help.title`).
    var words = TemplateWords(.english)
    /// The texts the script shows, with its placeholders (set by the renderer).
    var script = ScriptWords(.english)
}

/// What the presenter script writes (notes pane, live region), worded with `%n`, `%total` and
/// `%name` where the script puts the slide's number, the deck's length and the slide's name: the
/// words are data in the page, not in the script's source.
struct ScriptWords {
    var `where`: String
    var next: String
    var last: String
    var live: String

    init(_ words: Wording) {
        let holes: [String: TextArgument] = ["n": .text("%n"), "total": .text("%total"), "name": .text("%name")]
        `where` = words("deck.script.where", holes)
        next = words("deck.script.next", holes)
        last = words("deck.script.last", holes)
        live = words("deck.script.live", holes)
    }
}

/// The deck's fixed texts by key path, for the templates: `{{words.wins.title}}` is the text of
/// `deck.wins.title`. A template names a text; the table words it, in the deck's language.
struct TemplateWords: MustacheParent {
    let wording: Wording
    let prefix: String

    init(_ wording: Wording, prefix: String = "deck") {
        self.wording = wording
        self.prefix = prefix
    }

    func child(named name: String) -> Any? {
        let key = prefix + "." + name
        return wording.has(key) || Wording.english.has(key) ? wording(key) : TemplateWords(wording, prefix: key)
    }
}

/// One slide: its place in the deck, its speaker notes, and its payload.
///
/// The payload knows its own partial, so the slide frame renders whichever kind it holds
/// (`{{#content}}{{>*partial}}{{/content}}`) and a new kind of slide needs no change here.
struct SlideView {
    var number: Int
    var total: Int
    /// Short name, shown in the notes pane and the live region.
    var name: String
    /// CSS modifier, e.g. `title`, `wins`.
    var kind: String
    /// Position in the deck as a percentage for the progress line.
    var progress: String
    /// `3 of 28`, for screen readers (set by the renderer, in the deck's language).
    var label = ""
    /// `Speaker notes, slide 3`.
    var notesLabel = ""
    var notes: [String]
    /// The slide's payload: zero or one (Mustache renders an array as a section, and a slide
    /// without one renders an empty frame rather than looking names up elsewhere).
    var content: [any SlideContent] = [] {
        didSet { partial = content.first.map { type(of: $0).partial } ?? "" }
    }
    /// The name of the payload's partial.
    private(set) var partial = ""

    init(name: String, kind: String, notes: [String]) {
        self.number = 0; self.total = 0; self.name = name; self.kind = kind; self.progress = "0"; self.notes = notes
    }
}

/// The slides a builder adds, in deck order, and the ids of their charts (unique in the deck).
struct SlideList {
    var slides: [SlideView] = []
    private var charts = 0

    mutating func chartID() -> String {
        charts += 1
        return "chart-\(charts)"
    }

    /// The slides numbered in deck order, each with its place on the progress line.
    var numbered: [SlideView] {
        var out = slides
        for i in out.indices {
            out[i].number = i + 1
            out[i].total = out.count
            out[i].progress = Format.geometry(Double(i + 1) / Double(out.count) * 100)
        }
        return out
    }
}

/// A builder of a deck (the town hall's, the trends'): it adds slides in deck order to its list.
protocol SlideBuilding {
    var added: SlideList { get set }
}

extension SlideBuilding {
    mutating func add(_ slide: SlideView) { added.slides.append(slide) }

    /// A fresh id for a chart's `<title>`/`<desc>` references.
    mutating func chartID() -> String { added.chartID() }
}

/// The values one kind of slide renders, with the template that renders them.
///
/// A kind of slide is one file: its payload type conforming to this, its partial, and the
/// builder method that makes it; the deck's order (`DeckBuilder.build`) calls the method.
protocol SlideContent {
    /// The partial's name, unique among slide kinds and shared partials.
    static var partial: String { get }
    /// The Mustache partial rendering one payload (inside the slide frame).
    static var template: String { get }
}

extension SlideContent {
    /// The payload's type name (`WinsSlide`): unique, and never a shared partial's lower-case name.
    static var partial: String { String(describing: self) }
}

/// Zero or one text, for a section that renders only when there is something to say
/// (`{{#more}}<p class="more">{{.}}</p>{{/more}}`): no flag to keep in step with the text.
func optionalText(_ text: String) -> [String] { text.isEmpty ? [] : [text] }

// MARK: - Shared pieces

/// A slide's heading: the kicker above the title, and the lede under it (zero or one).
struct Heading {
    var kicker: String
    var title: String
    var lede: [String] = []
}

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
    /// `vs 2026-Q2`: zero or one (none where the slide says it once).
    var against: [String]
    /// `green` (better), `red` (worse) or `none`.
    var tone: String
}

/// One row of a horizontal bar list: text label, an SVG bar, the value.
struct BarRow {
    var label: String
    var sublabel: [String]
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
    /// A committed key result that missed: marked as a miss whatever its band's colour.
    var missed = false
    /// Height in one-line rows, for fitting a list to its box (a title on two lines is taller).
    var weight = 1.0
}

/// A key result in a list of wins or misses.
struct KRItem {
    var title: String
    var team: String
    var owner: [String]
    var score: String
    var band: String
    /// The score chip's colour: the outcome on slides about outcomes (wins, misses), else the band.
    var chip: String
    /// `Committed` or `Aspirational`.
    var type: String
    var isCommitted: Bool
    /// Extra praise for over-achievement, e.g. `130% of target`.
    var stretch: [String]
    var notes: [String]
    /// A committed miss without notes.
    var needsReflection: Bool
    /// Its trajectory over the cycle (with check-ins): zero or one.
    var spark: [Sparkline] = []
    /// `quiet since 12 Aug`, `never updated` (with check-ins), else empty.
    var activity: [String] = []
    /// Repeats a key result of the previous cycle.
    var carriedOver = false
    /// The deck has check-ins: keep a cell for the trajectory even when this KR has none.
    var tracked = false
}

// MARK: - Payloads of several slides

/// A chart with its figures beside it: the deck's week by week, the trends deck's cycle by cycle.
struct ChartSlide: SlideContent {
    static let template = """
        {{#heading}}{{> heading}}{{/heading}}
        <div class="chart-body"><div class="chart-box">{{#chart}}{{> trendchart}}{{/chart}}</div><div class="figures stacked compact">{{#figures}}{{> figure}}{{/figures}}</div></div>
        <p class="footnote">{{footnote}}</p>
        """

    var heading: Heading
    var chart: TrendChart
    var figures: [FigureView]
    var footnote: String
}

/// A list of bars: teams ranked by score, the organization's values.
struct BarListSlide: SlideContent {
    static let template = """
        {{#heading}}{{> heading}}{{/heading}}
        <div class="ranking-body"><div class="{{bars}}">{{#rows}}{{> bar}}{{/rows}}</div></div>
        {{#footnote}}<p class="footnote">{{.}}</p>{{/footnote}}
        """

    var heading: Heading
    /// The list's CSS classes: `bars`, with `dense` when many rows must fit and `with-delta`
    /// when rows carry a change.
    var bars: String
    var rows: [BarRow]
    var footnote: [String]
}

// MARK: - Pieces of several slides

/// The heading of a list of wins or misses: the kicker with the list's summary, and beside the
/// title what the chips' colours mean (the outcome, with the goals behind it) and, with check-ins,
/// the trajectory lines; both zero or one, shown when the list has items.
struct KeyedHeading {
    var kicker: String
    var title: String
    var key: [String]
    var legend: [String]
}

/// The heading of a team's slide: where it stands in the deck, the team, and its score on a badge.
struct TeamHeading {
    var kicker: String
    var team: String
    var lede: String
    var score: String
    var band: String
    /// What the badge's score is: the team's own, or its subtree's roll-up.
    var badge: String
    var delta: [DeltaView] = []
}

struct KeyValue {
    var key: String
    var value: String
}
