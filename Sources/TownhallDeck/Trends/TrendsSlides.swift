/// The trends deck's kinds of slide: each payload with its partial.

/// The headline figures as a table, the most recent cycles.
struct TrendTableSlide: SlideContent {
    static let template = """
        {{#heading}}{{> heading}}{{/heading}}
        <table class="trend-table"><thead><tr>{{#header}}<th scope="col">{{.}}</th>{{/header}}</tr></thead><tbody>{{#rows}}<tr><th scope="row">{{label}}</th>{{#cells}}<td class="tone-{{tone}}">{{text}}</td>{{/cells}}</tr>{{/rows}}</tbody></table>
        {{#footnote}}<p class="footnote">{{.}}</p>{{/footnote}}
        """

    var heading: Heading
    var header: [String]
    var rows: [TrendTableRow]
    var footnote: [String]
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
struct TrendTeamsSlide: SlideContent {
    static let template = """
        {{#heading}}{{> heading}}{{/heading}}
        <div class="cards {{layout}}">{{#cards}}<div class="card"><p class="card-head"><span class="card-team">{{team}}</span><span class="card-detail">{{detail}}</span></p><div class="card-body">{{#spark}}{{> spark}}{{/spark}}{{#meter}}<svg class="meter" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect class="track" width="100" height="10"/><rect class="band-{{band}}" width="{{width}}" height="10"/><rect class="mark" x="{{mark}}" width="0.6" height="10"/></svg>{{/meter}}<div class="card-figure"><span class="card-score tone-{{band}}">{{score}}</span>{{#delta}}{{> delta}}{{/delta}}</div></div></div>{{/cards}}</div>
        {{#more}}<p class="more">{{.}}</p>{{/more}}
        """

    var heading: Heading
    var cards: [TeamCard]
    var more: [String]
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
struct TrendMoversSlide: SlideContent {
    static let template = """
        {{#heading}}{{> heading}}{{/heading}}
        <div class="movers"><div><h3 class="movers-up">{{upHeading}}</h3>{{#hasUp}}<div class="bars with-delta">{{#up}}{{> bar}}{{/up}}</div>{{/hasUp}}{{^hasUp}}<p class="movers-none">{{noneUp}}</p>{{/hasUp}}</div><div><h3 class="movers-down">{{downHeading}}</h3>{{#hasDown}}<div class="bars with-delta">{{#down}}{{> bar}}{{/down}}</div>{{/hasDown}}{{^hasDown}}<p class="movers-none">{{noneDown}}</p>{{/hasDown}}</div></div>
        <p class="footnote">{{footnote}}</p>
        """

    var heading: Heading
    var upHeading: String
    var downHeading: String
    /// What a column says when no team moved that way.
    var noneUp: String
    var noneDown: String
    var up: [BarRow]
    var hasUp: Bool
    var down: [BarRow]
    var hasDown: Bool
    var footnote: String
}

/// Teams in a pattern two cycles running (goals too safe, over-committing).
struct TrendStreaksSlide: SlideContent {
    static let template = """
        {{#heading}}{{> heading}}{{/heading}}
        <div class="streaks-body"><div>{{#hasItems}}<ul class="streaks">{{#items}}<li class="streak{{#ongoing}} ongoing{{/ongoing}}"><p class="streak-head"><span class="streak-team">{{team}}</span><span class="streak-length">{{length}}</span></p><p class="streak-cycles">{{cycles}}</p>{{#detail}}<p class="streak-detail">{{.}}</p>{{/detail}}</li>{{/items}}</ul>{{/hasItems}}{{^hasItems}}<p class="all-clear">✓ {{empty}}</p>{{/hasItems}}</div>
        <div class="next"><h3>{{talking}}</h3><ol>{{#advice}}<li>{{.}}</li>{{/advice}}</ol></div></div>
        {{#more}}<p class="more">{{.}}</p>{{/more}}
        """

    var heading: Heading
    var items: [StreakItem]
    var hasItems: Bool
    var empty: String
    var more: [String]
    var advice: [String]
    /// The heading over the advice.
    var talking: String
}

struct StreakItem {
    var team: String
    var cycles: String
    var length: String
    var detail: [String]
    var ongoing: Bool
}

/// Review cadence per cycle, from archived check-ins.
struct TrendCadenceSlide: SlideContent {
    static let template = """
        {{#heading}}{{> heading}}{{/heading}}
        <div class="cadence-body"><div class="chart-box">{{#shareChart}}<p class="chart-title">{{title}}</p>{{> trendchart}}{{/shareChart}}</div><div class="chart-box">{{#confidenceChart}}<p class="chart-title">{{title}}</p>{{> trendchart}}{{/confidenceChart}}</div></div>
        <div class="figures row3">{{#figures}}{{> figure}}{{/figures}}</div>
        <p class="footnote">{{footnote}}</p>
        """

    var heading: Heading
    var shareChart: TrendChart
    var confidenceChart: TrendChart
    var figures: [FigureView]
    var footnote: String
}

/// How to read the trends.
struct TrendGuideSlide: SlideContent {
    static let template = """
        {{#heading}}{{> heading}}{{/heading}}
        <dl class="guide">{{#items}}<div><dt>{{key}}</dt><dd>{{value}}</dd></div>{{/items}}</dl>
        <p class="footnote">{{footnote}}</p>
        """

    var heading: Heading
    var items: [KeyValue]
    var footnote: String
}
