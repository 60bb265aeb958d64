/// The deck's Mustache templates, one partial per slide kind and per chart.
///
/// Every value is written with `{{name}}`, which HTML-escapes `& < > " '`, in element text,
/// attributes, SVG `<title>`/`<desc>`/`<text>` alike. No template uses `{{{…}}}` or `{{&…}}`
/// (a test checks), so no text from the input can become markup.
enum DeckTemplates {
    /// Name of the template that renders a whole `DeckView`.
    static let document = "deck"

    /// Partials by name.
    static let all: [String: String] = [
        "deck": deck,
        "slide": slide,
        "title": title,
        "glance": glance,
        "balance": balance,
        "distribution": distribution,
        "wins": wins,
        "misses": misses,
        "ranking": ranking,
        "team": team,
        "group": group,
        "values": values,
        "health": health,
        "carry": carry,
        "scoring": scoring,
        "appendix": appendix,
        "figure": figure,
        "bar": bar,
        "gauge": gauge,
        "histogram": histogram,
        "help": help,
        "delta": delta,
        "krflags": krflags,
        "trail": trail,
        "spark": spark,
        "linechart": linechart,
        "columnchart": columnchart,
        "trendchart": trendchart,
        "unfolded": unfolded,
        "rhythm": rhythm,
        "trendLines": trendLines,
        "trendTable": trendTable,
        "trendTeams": trendTeams,
        "trendStreaks": trendStreaks,
        "trendMovers": trendMovers,
        "trendCadence": trendCadence,
        "trendGuide": trendGuide,
    ]

    /// The content security policy: nothing may be fetched; inline style and script, data: images.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    static let deck = """
        <!DOCTYPE html>
        <html lang="en" class="no-js">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <meta name="generator" content="townhall">
        <title>{{documentTitle}}</title>
        <link rel="icon" href="data:,">
        <script>document.documentElement.className = 'js';</script>
        <style>
        :root { --accent: {{accent}};{{#hasLogo}} --logo: url("{{logo}}");{{/hasLogo}} }
        \(DeckStyle.css){{#hasLogo}}\(DeckStyle.logoCSS){{/hasLogo}}
        </style>
        </head>
        <body>
        <main>
        <div class="deck" id="deck" role="region" aria-roledescription="carousel" aria-label="{{documentTitle}}">
        {{#slides}}
        {{> slide}}
        {{/slides}}
        </div>
        </main>
        <div id="live" class="sr-only" aria-live="polite" aria-atomic="true"></div>
        <aside id="notes-pane" class="notes-pane" aria-label="Speaker notes" hidden><header><span id="notes-where"></span><span id="notes-timer">0:00</span></header><div id="notes-body"></div><p id="notes-next" class="notes-next"></p></aside>
        {{> help}}
        <div id="blackout" class="blackout" hidden></div>
        <script>
        \(DeckScript.js)
        </script>
        </body>
        </html>

        """

    static let slide = """
        <section class="slide slide-{{kind}}" id="{{number}}" role="group" aria-roledescription="slide" aria-label="{{number}} of {{total}}" data-name="{{name}}">
        <div class="frame">
        {{#titleSlide}}{{> title}}{{/titleSlide}}{{#glanceSlide}}{{> glance}}{{/glanceSlide}}{{#balanceSlide}}{{> balance}}{{/balanceSlide}}{{#distributionSlide}}{{> distribution}}{{/distributionSlide}}{{#winsSlide}}{{> wins}}{{/winsSlide}}{{#missesSlide}}{{> misses}}{{/missesSlide}}{{#rankingSlide}}{{> ranking}}{{/rankingSlide}}{{#teamSlide}}{{> team}}{{/teamSlide}}{{#groupSlide}}{{> group}}{{/groupSlide}}{{#valuesSlide}}{{> values}}{{/valuesSlide}}{{#healthSlide}}{{> health}}{{/healthSlide}}{{#carrySlide}}{{> carry}}{{/carrySlide}}{{#scoringSlide}}{{> scoring}}{{/scoringSlide}}{{#appendixSlide}}{{> appendix}}{{/appendixSlide}}{{#unfoldedSlide}}{{> unfolded}}{{/unfoldedSlide}}{{#rhythmSlide}}{{> rhythm}}{{/rhythmSlide}}{{#trendLinesSlide}}{{> trendLines}}{{/trendLinesSlide}}{{#trendTableSlide}}{{> trendTable}}{{/trendTableSlide}}{{#trendTeamsSlide}}{{> trendTeams}}{{/trendTeamsSlide}}{{#trendMoversSlide}}{{> trendMovers}}{{/trendMoversSlide}}{{#trendStreaksSlide}}{{> trendStreaks}}{{/trendStreaksSlide}}{{#trendCadenceSlide}}{{> trendCadence}}{{/trendCadenceSlide}}{{#trendGuideSlide}}{{> trendGuide}}{{/trendGuideSlide}}
        <footer class="foot"><span>{{footer}}</span>{{#hasLogo}}<span class="foot-logo" aria-hidden="true"></span>{{/hasLogo}}<span class="num">{{number}} / {{total}}</span></footer>
        <div class="line" style="width: {{progress}}%"></div>
        </div>
        <aside class="notes" aria-label="Speaker notes, slide {{number}}"><h3>Speaker notes</h3><ul>{{#notes}}<li>{{.}}</li>{{/notes}}</ul></aside>
        </section>
        """

    static let title = """
        <div class="title-wrap">
        {{#hasLogo}}<div class="logo" role="img" aria-label="{{organization}} logo"></div>{{/hasLogo}}
        <p class="kicker">{{kicker}}</p>
        <h1>{{cycle}}</h1>
        <p class="subtitle">{{subtitle}}</p>
        <p class="meta">{{date}} · {{facts}}</p>
        </div>
        """

    static let glance = """
        <header class="head"><p class="kicker">{{kicker}}</p><h2>The cycle at a glance</h2></header>
        <div class="glance-body">
        <div class="figures lead">{{#lead}}{{> figure}}{{/lead}}</div>
        <div class="figures rest">{{#rest}}{{> figure}}{{/rest}}</div>
        </div>
        """

    static let figure = """
        <div class="figure tone-{{tone}}"><p class="fig-value">{{value}}</p><p class="fig-label">{{label}}</p><p class="fig-detail">{{detail}}</p>{{#delta}}<p class="fig-delta">{{> delta}}</p>{{/delta}}</div>
        """

    static let balance = """
        <header class="head"><p class="kicker">Committed vs aspirational</p><h2>Did we keep our promises, and stretch far enough?</h2></header>
        <div class="balance">
        {{#sides}}<div class="side tone-{{tone}}">
        <p class="side-label">{{label}}</p>
        <p class="side-value">{{value}}</p>{{#delta}}<p class="side-delta">{{> delta}}</p>{{/delta}}
        <p class="side-verdict">{{verdict}}</p>
        <p class="side-sentence">{{sentence}}</p>
        {{#chart}}{{> gauge}}{{/chart}}
        </div>{{/sides}}
        </div>
        <p class="footnote">{{playbook}}</p>
        """

    static let gauge = """
        <svg class="gauge" viewBox="-14 0 1028 170" role="img" aria-labelledby="{{id}}-t {{id}}-d"><title id="{{id}}-t">{{title}}</title><desc id="{{id}}-d">{{desc}}</desc><rect class="track" x="0" y="56" width="1000" height="48" rx="24"/><rect class="fill band-{{band}}" x="0" y="56" width="{{fill}}" height="48" rx="24"/>{{#zones}}<rect class="zone" x="{{x}}" y="48" width="{{width}}" height="64" rx="8"/><text class="zone-label" x="{{labelX}}" y="36" text-anchor="end">{{label}}</text>{{/zones}}{{#markers}}<line class="marker" x1="{{x}}" x2="{{x}}" y1="46" y2="114"/><text class="marker-label" x="{{x}}" y="36" text-anchor="{{anchor}}">{{text}}</text>{{/markers}}{{#ticks}}<text class="tick" x="{{x}}" y="156" text-anchor="{{anchor}}">{{text}}</text>{{/ticks}}</svg>
        """

    static let distribution = """
        <header class="head"><p class="kicker">Score distribution</p><h2>Where our key results landed</h2></header>
        <div class="dist">
        {{#stack}}<svg class="stack" viewBox="0 0 1000 40" preserveAspectRatio="none" role="img" aria-labelledby="{{id}}-t {{id}}-d"><title id="{{id}}-t">{{title}}</title><desc id="{{id}}-d">{{desc}}</desc>{{#segments}}<rect class="band-{{band}}" x="{{x}}" y="0" width="{{width}}" height="40"/>{{/segments}}</svg>{{/stack}}
        <ul class="legend">{{#legend}}<li class="tone-{{band}}"><span class="swatch"></span><span>{{label}}</span> <strong>{{count}}</strong> <span class="legend-share">{{share}}</span></li>{{/legend}}</ul>
        {{#histogram}}{{> histogram}}{{/histogram}}
        </div>
        <p class="footnote">{{footnote}}</p>
        """

    static let histogram = """
        <svg class="histogram" viewBox="0 0 1000 366" role="img" aria-labelledby="{{id}}-t {{id}}-d"><title id="{{id}}-t">{{title}}</title><desc id="{{id}}-d">{{desc}}</desc><line class="axis" x1="0" x2="1000" y1="{{baseline}}" y2="{{baseline}}"/>{{#columns}}<g>{{#segments}}<rect class="band-{{band}}" x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}"/>{{/segments}}<text class="count" x="{{center}}" y="{{countY}}" text-anchor="middle">{{count}}</text><text class="tick" x="{{center}}" y="350" text-anchor="middle">{{label}}</text></g>{{/columns}}</svg>
        """

    static let wins = """
        <header class="head head-split"><div><p class="kicker">Celebrate · {{lede}}</p><h2>Wins to celebrate</h2></div>{{#hasLegend}}<p class="trail-legend">{{legend}}</p>{{/hasLegend}}</header>
        <div class="wins">{{#columns}}<div class="win-col">{{#groups}}<div class="group"><h3>{{team}}{{#continued}} <span class="cont">continued</span>{{/continued}}</h3><ul>{{#items}}<li class="win"><span class="tick-icon" aria-hidden="true">✓</span><div><p class="kr-title">{{title}}</p><p class="kr-meta">{{#hasOwner}}<span>{{owner}}</span>{{/hasOwner}}<span>{{type}}</span>{{#hasStretch}}<span class="stretch">{{stretch}}</span>{{/hasStretch}}{{> krflags}}</p></div>{{> trail}}<span class="chip band-{{band}}">{{score}}</span></li>{{/items}}</ul></div>{{/groups}}</div>{{/columns}}</div>
        {{^columns}}<p class="empty">No key result was a win this cycle.</p>{{/columns}}
        {{#hasMore}}<p class="more">{{more}}</p>{{/hasMore}}
        """

    static let misses = """
        <header class="head head-split"><div><p class="kicker">Reflect · {{lede}}</p><h2>Misses to reflect on</h2></div>{{#hasLegend}}<p class="trail-legend">{{legend}}</p>{{/hasLegend}}</header>
        <div class="misses">{{#items}}<article class="miss"><div class="miss-head"><p class="kr-title">{{title}}</p>{{> trail}}<span class="chip band-{{band}}">{{score}}</span></div><p class="kr-meta"><span class="tag{{#isCommitted}} tag-committed{{/isCommitted}}">{{type}}</span><span>{{team}}</span>{{#hasOwner}}<span>{{owner}}</span>{{/hasOwner}}{{> krflags}}</p>{{#hasNotes}}<blockquote class="reflection">{{notes}}</blockquote>{{/hasNotes}}{{#needsReflection}}<p class="no-reflection">No reflection yet: every missed commitment deserves one</p>{{/needsReflection}}{{^hasNotes}}{{^needsReflection}}<p class="no-notes">No notes</p>{{/needsReflection}}{{/hasNotes}}</article>{{/items}}</div>
        {{^items}}<p class="empty">Every scored key result landed: nothing missed.</p>{{/items}}
        {{#hasMore}}<p class="more">{{more}}</p>{{/hasMore}}
        """

    static let bar = """
        {{#isGap}}<div class="bar-row gap">{{label}}</div>{{/isGap}}{{^isGap}}<div class="bar-row{{#isHeading}} heading{{/isHeading}}"><div class="bar-text"><span class="bar-label">{{label}}</span>{{#carriedOver}}<span class="carried">carried over</span>{{/carriedOver}}{{#hasSublabel}}<span class="bar-sub">{{sublabel}}</span>{{/hasSublabel}}</div><svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect class="track" width="100" height="10"/><rect class="band-{{band}}" width="{{width}}" height="10"/><rect class="mark" x="{{mark}}" width="0.3" height="10"/></svg><span class="bar-value tone-{{band}}">{{value}}</span>{{#delta}}<span class="bar-delta">{{> delta}}</span>{{/delta}}</div>{{/isGap}}
        """

    static let ranking = """
        <header class="head"><p class="kicker">Team by team</p><h2>Teams at a glance</h2><p class="lede">{{lede}}</p></header>
        <div class="ranking-body"><div class="bars {{density}}">{{#rows}}{{> bar}}{{/rows}}</div></div>
        {{#hasFootnote}}<p class="footnote">{{footnote}}</p>{{/hasFootnote}}
        """

    static let team = """
        <header class="head head-split"><div><p class="kicker">{{kicker}}</p><h2>{{team}}</h2><p class="lede">{{lede}}</p></div><div class="badge-wrap"><div class="score-badge tone-{{band}}"><span class="badge-value">{{score}}</span><span class="badge-label">team score</span></div>{{#delta}}<p class="badge-delta">{{> delta}}</p>{{/delta}}</div></header>
        <div class="stats">{{#figures}}{{> figure}}{{/figures}}</div>
        <div class="team-bars">{{#columns}}<div class="bars {{density}}">{{#rows}}{{> bar}}{{/rows}}</div>{{/columns}}</div>
        {{#hasMore}}<p class="more">{{more}}</p>{{/hasMore}}
        """

    static let group = """
        <header class="head head-split"><div><p class="kicker">{{kicker}}</p><h2>{{team}}</h2><p class="lede">{{lede}}</p></div><div class="badge-wrap"><div class="score-badge tone-{{band}}"><span class="badge-value">{{score}}</span><span class="badge-label">roll-up score</span></div>{{#delta}}<p class="badge-delta">{{> delta}}</p>{{/delta}}</div></header>
        <div class="group-body"><div><h3>{{rowsTitle}}</h3><div class="bars {{density}}">{{#rows}}{{> bar}}{{/rows}}</div></div><div class="figures stacked">{{#figures}}{{> figure}}{{/figures}}</div></div>
        {{#hasFootnote}}<p class="footnote">{{footnote}}</p>{{/hasFootnote}}
        """

    static let values = """
        <header class="head"><p class="kicker">Our values</p><h2>What our OKRs served</h2><p class="lede">{{lede}}</p></header>
        <div class="ranking-body"><div class="bars">{{#rows}}{{> bar}}{{/rows}}</div></div>
        {{#hasFootnote}}<p class="footnote">{{footnote}}</p>{{/hasFootnote}}
        """

    static let health = """
        <header class="head"><p class="kicker">Playbook health</p><h2>How well we wrote our OKRs</h2><p class="lede">{{lede}}</p></header>
        <div class="health-body"><div class="figures stacked">{{#tallies}}{{> figure}}{{/tallies}}</div>
        <div>{{#allClear}}<p class="all-clear">✓ Every playbook check passed.</p>{{/allClear}}{{^allClear}}<ul class="checks">{{#rows}}<li class="check sev-{{severity}}"><span class="sev">{{severity}}</span><div><p class="check-title">{{title}}</p>{{#hasExample}}<p class="check-example">e.g. {{example}}</p>{{/hasExample}}</div><span class="check-count">{{count}}</span></li>{{/rows}}</ul>{{/allClear}}
        {{#hasMore}}<p class="more">{{more}}</p>{{/hasMore}}</div></div>
        """

    static let carry = """
        <header class="head"><p class="kicker">Carried forward</p><h2>What we take into next cycle</h2></header>
        <div class="carry-body"><div class="carry-left"><div class="figures {{figuresClass}}">{{#figures}}{{> figure}}{{/figures}}</div>
        {{#hasItems}}<ul class="carry-list">{{#items}}<li><span class="chip band-{{band}}">{{score}}</span><span class="kr-title">{{title}}</span><span class="kr-meta"><span>{{team}}</span><span>{{type}}</span>{{> krflags}}</span></li>{{/items}}</ul>{{/hasItems}}
        {{#hasMore}}<p class="more">{{more}}</p>{{/hasMore}}</div>
        <div class="next"><h3>For next cycle</h3><ol>{{#next}}<li>{{.}}</li>{{/next}}</ol>{{^next}}<p>Keep doing what worked: nothing in the figures asks for a change.</p>{{/next}}</div></div>
        """

    static let scoring = """
        <header class="head"><p class="kicker">How the cycle was scored</p><h2>The rules and thresholds in force</h2></header>
        <div class="scoring-body"><div><p class="rules-head"><span>First rule that applies</span><span>Key results</span></p><ol class="rules">{{#rules}}<li><span class="rule-n">{{number}}</span><span>{{text}}</span><span class="rule-count">{{count}}</span></li>{{/rules}}</ol></div>
        <div><p class="rules-head"><span>Thresholds and limits</span></p><dl class="thresholds">{{#thresholds}}<div><dt>{{key}}</dt><dd>{{value}}</dd></div>{{/thresholds}}</dl></div></div>
        <p class="footnote">{{reconciliation}}</p>
        """

    static let appendix = """
        <header class="head"><p class="kicker">Appendix</p><h2>Data problems</h2><p class="lede">{{lede}}</p></header>
        {{#allClear}}<p class="all-clear">✓ Every input row was usable.</p>{{/allClear}}{{^allClear}}<table class="problems"><colgroup><col class="c-where"><col class="c-column"><col></colgroup><thead><tr><th scope="col">Where</th><th scope="col">Column</th><th scope="col">Problem</th></tr></thead><tbody>{{#rows}}<tr class="{{kind}}"><td>{{place}}</td><td>{{column}}</td><td>{{message}}</td></tr>{{/rows}}</tbody></table>{{/allClear}}
        {{#hasMore}}<p class="more">{{more}}</p>{{/hasMore}}
        """

    /// A change against the previous cycle; the arrow is spoken as a word.
    static let delta = """
        <span class="delta tone-{{tone}}"><span aria-hidden="true">{{arrow}}</span><span class="sr-only">{{word}}</span> {{amount}}{{#hasAgainst}} <span class="delta-vs">{{against}}</span>{{/hasAgainst}}</span>
        """

    /// Marks on a key result in a list: carried over from the previous cycle, gone quiet.
    static let krflags = """
        {{#carriedOver}}<span class="carried">carried over</span>{{/carriedOver}}{{^tracked}}{{#hasActivity}}<span class="activity">{{activity}}</span>{{/hasActivity}}{{/tracked}}
        """

    /// A key result's trajectory cell, present on every item of a deck with check-ins.
    static let trail = """
        {{#tracked}}<span class="trail">{{#spark}}{{> spark}}{{/spark}}{{^spark}}<span class="trail-none">no check-ins</span>{{/spark}}{{#hasActivity}}<span class="trail-note">{{activity}}</span>{{/hasActivity}}</span>{{/tracked}}
        """

    static let spark = """
        <svg class="spark" viewBox="{{viewBox}}" role="img" aria-labelledby="{{id}}-t {{id}}-d"><title id="{{id}}-t">{{title}}</title><desc id="{{id}}-d">{{desc}}</desc><line class="spark-goal" x1="0" x2="{{right}}" y1="{{goalY}}" y2="{{goalY}}"/>{{#hasPath}}<path class="spark-line" d="{{path}}"/>{{/hasPath}}{{#hasDot}}<circle class="band-{{band}}" cx="{{dotX}}" cy="{{dotY}}" r="4"/>{{/hasDot}}</svg>
        """

    static let linechart = """
        <svg class="line-chart" viewBox="{{viewBox}}" role="img" aria-labelledby="{{id}}-t {{id}}-d"><title id="{{id}}-t">{{title}}</title><desc id="{{id}}-d">{{desc}}</desc>{{#grid}}<line class="grid" x1="{{x1}}" x2="{{x2}}" y1="{{y}}" y2="{{y}}"/><text class="axis" x="{{labelX}}" y="{{labelY}}" text-anchor="end">{{label}}</text>{{/grid}}{{#marks}}<line class="mark" x1="{{x1}}" x2="{{x2}}" y1="{{y}}" y2="{{y}}"/><text class="mark-label" x="{{labelX}}" y="{{labelY}}">{{label}}</text>{{/marks}}<g transform="translate(0 {{tickY}})">{{#ticks}}<text class="axis" x="{{x}}" y="0" text-anchor="{{anchor}}">{{text}}</text>{{/ticks}}</g>{{#series}}<g class="series {{style}}">{{#hasPath}}<path d="{{path}}"/>{{/hasPath}}{{#dots}}<circle cx="{{x}}" cy="{{y}}" r="6"/>{{#hasValue}}<text class="value" x="{{x}}" y="{{valueY}}" text-anchor="middle">{{value}}</text>{{/hasValue}}{{/dots}}{{#hasLabel}}<text class="end-label" x="{{labelX}}" y="{{labelY}}">{{label}}</text>{{/hasLabel}}</g>{{/series}}</svg>
        """

    static let columnchart = """
        <svg class="column-chart" viewBox="{{viewBox}}" role="img" aria-labelledby="{{id}}-t {{id}}-d"><title id="{{id}}-t">{{title}}</title><desc id="{{id}}-d">{{desc}}</desc>{{#grid}}<line class="grid" x1="{{x1}}" x2="{{x2}}" y1="{{y}}" y2="{{y}}"/><text class="axis" x="{{labelX}}" y="{{labelY}}" text-anchor="end">{{label}}</text>{{/grid}}{{#legend}}<rect class="swatch-box {{style}}" x="{{x}}" y="{{y}}" width="22" height="22" rx="4"/><text class="legend-label" x="{{textX}}" y="{{textY}}">{{name}}</text>{{/legend}}{{#groups}}{{#bars}}<rect class="column {{style}}" x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}" rx="3"/>{{/bars}}<text class="axis" x="{{center}}" y="{{labelY}}" text-anchor="middle">{{label}}</text>{{/groups}}<line class="base" x1="{{left}}" x2="{{right}}" y1="{{baseline}}" y2="{{baseline}}"/>{{#marks}}<line class="mark" x1="{{x1}}" x2="{{x2}}" y1="{{y}}" y2="{{y}}"/><text class="mark-label" x="{{labelX}}" y="{{labelY}}">{{label}}</text>{{/marks}}{{#groups}}{{#bars}}<text class="value {{style}}" x="{{center}}" y="{{valueY}}" text-anchor="middle">{{value}}</text>{{/bars}}{{/groups}}</svg>
        """

    static let trendchart = """
        {{#line}}{{> linechart}}{{/line}}{{#columns}}{{> columnchart}}{{/columns}}
        """

    static let unfolded = """
        <header class="head"><p class="kicker">{{kicker}}</p><h2>{{title}}</h2><p class="lede">{{lede}}</p></header>
        <div class="chart-body"><div class="chart-box">{{#chart}}{{> linechart}}{{/chart}}</div><div class="figures stacked compact">{{#figures}}{{> figure}}{{/figures}}</div></div>
        <p class="footnote">{{footnote}}</p>
        """

    static let rhythm = """
        <header class="head"><p class="kicker">Review rhythm</p><h2>How often we looked at our OKRs</h2><p class="lede">{{lede}}</p></header>
        <div class="rhythm-body"><div class="bars {{density}}">{{#rows}}{{> bar}}{{/rows}}</div>
        <div class="rhythm-side"><div class="figures stacked compact">{{#figures}}{{> figure}}{{/figures}}</div>
        <div class="quiet"><h3>Went quiet</h3>{{#hasQuiet}}<ul>{{#quiet}}<li><strong>{{key}}</strong><span>{{value}}</span></li>{{/quiet}}</ul>{{/hasQuiet}}{{^hasQuiet}}<p class="quiet-none">Every team kept its key results up to date.</p>{{/hasQuiet}}{{#hasQuietMore}}<p class="quiet-more">{{quietMore}}</p>{{/hasQuietMore}}</div></div></div>
        {{#hasFootnote}}<p class="footnote">{{footnote}}</p>{{/hasFootnote}}
        """

    static let trendLines = """
        <header class="head"><p class="kicker">{{kicker}}</p><h2>{{heading}}</h2><p class="lede">{{lede}}</p></header>
        <div class="chart-body"><div class="chart-box">{{#chart}}{{> trendchart}}{{/chart}}</div><div class="figures stacked compact">{{#figures}}{{> figure}}{{/figures}}</div></div>
        <p class="footnote">{{footnote}}</p>
        """

    static let trendTable = """
        <header class="head"><p class="kicker">{{kicker}}</p><h2>{{heading}}</h2><p class="lede">{{lede}}</p></header>
        <table class="trend-table"><thead><tr>{{#header}}<th scope="col">{{.}}</th>{{/header}}</tr></thead><tbody>{{#rows}}<tr><th scope="row">{{label}}</th>{{#cells}}<td class="tone-{{tone}}">{{text}}</td>{{/cells}}</tr>{{/rows}}</tbody></table>
        {{#hasFootnote}}<p class="footnote">{{footnote}}</p>{{/hasFootnote}}
        """

    static let trendTeams = """
        <header class="head"><p class="kicker">{{kicker}}</p><h2>{{title}}</h2><p class="lede">{{lede}}</p></header>
        <div class="cards {{layout}}">{{#cards}}<div class="card"><p class="card-head"><span class="card-team">{{team}}</span><span class="card-detail">{{detail}}</span></p><div class="card-body">{{#spark}}{{> spark}}{{/spark}}{{#meter}}<svg class="meter" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect class="track" width="100" height="10"/><rect class="band-{{band}}" width="{{width}}" height="10"/><rect class="mark" x="{{mark}}" width="0.6" height="10"/></svg>{{/meter}}<div class="card-figure"><span class="card-score tone-{{band}}">{{score}}</span>{{#delta}}{{> delta}}{{/delta}}</div></div></div>{{/cards}}</div>
        {{#hasMore}}<p class="more">{{more}}</p>{{/hasMore}}
        """

    static let trendMovers = """
        <header class="head"><p class="kicker">{{kicker}}</p><h2>{{title}}</h2><p class="lede">{{lede}}</p></header>
        <div class="movers"><div><h3 class="movers-up">{{upHeading}}</h3>{{#hasUp}}<div class="bars with-delta">{{#up}}{{> bar}}{{/up}}</div>{{/hasUp}}{{^hasUp}}<p class="movers-none">{{noneUp}}</p>{{/hasUp}}</div><div><h3 class="movers-down">{{downHeading}}</h3>{{#hasDown}}<div class="bars with-delta">{{#down}}{{> bar}}{{/down}}</div>{{/hasDown}}{{^hasDown}}<p class="movers-none">{{noneDown}}</p>{{/hasDown}}</div></div>
        <p class="footnote">{{footnote}}</p>
        """

    static let trendStreaks = """
        <header class="head"><p class="kicker">{{kicker}}</p><h2>{{title}}</h2><p class="lede">{{lede}}</p></header>
        <div class="streaks-body"><div>{{#hasItems}}<ul class="streaks">{{#items}}<li class="streak{{#ongoing}} ongoing{{/ongoing}}"><p class="streak-head"><span class="streak-team">{{team}}</span><span class="streak-length">{{length}}</span></p><p class="streak-cycles">{{cycles}}</p>{{#hasDetail}}<p class="streak-detail">{{detail}}</p>{{/hasDetail}}</li>{{/items}}</ul>{{/hasItems}}{{^hasItems}}<p class="all-clear">✓ {{empty}}</p>{{/hasItems}}</div>
        <div class="next"><h3>{{talking}}</h3><ol>{{#advice}}<li>{{.}}</li>{{/advice}}</ol></div></div>
        {{#hasMore}}<p class="more">{{more}}</p>{{/hasMore}}
        """

    static let trendCadence = """
        <header class="head"><p class="kicker">{{kicker}}</p><h2>{{heading}}</h2><p class="lede">{{lede}}</p></header>
        <div class="cadence-body"><div class="chart-box">{{#shareChart}}<p class="chart-title">{{title}}</p>{{> trendchart}}{{/shareChart}}</div><div class="chart-box">{{#confidenceChart}}<p class="chart-title">{{title}}</p>{{> trendchart}}{{/confidenceChart}}</div></div>
        <div class="figures row3">{{#figures}}{{> figure}}{{/figures}}</div>
        <p class="footnote">{{footnote}}</p>
        """

    static let trendGuide = """
        <header class="head"><p class="kicker">{{kicker}}</p><h2>{{heading}}</h2></header>
        <dl class="guide">{{#items}}<div><dt>{{key}}</dt><dd>{{value}}</dd></div>{{/items}}</dl>
        <p class="footnote">{{footnote}}</p>
        """

    static let help = """
        <div id="help" class="help" role="dialog" aria-modal="true" aria-labelledby="help-title" hidden><div>
        <h2 id="help-title">Keyboard shortcuts</h2>
        <table><tbody>
        <tr><th><kbd>→</kbd> <kbd>Space</kbd> <kbd>PageDown</kbd> or click</th><td>Next slide</td></tr>
        <tr><th><kbd>←</kbd> <kbd>Shift</kbd>+<kbd>Space</kbd> <kbd>PageUp</kbd></th><td>Previous slide</td></tr>
        <tr><th><kbd>Home</kbd> <kbd>End</kbd></th><td>First, last slide</td></tr>
        <tr><th><kbd>O</kbd> <kbd>Esc</kbd></th><td>Overview of all slides</td></tr>
        <tr><th><kbd>S</kbd></th><td>Speaker notes</td></tr>
        <tr><th><kbd>F</kbd></th><td>Full screen</td></tr>
        <tr><th><kbd>B</kbd></th><td>Black screen</td></tr>
        <tr><th><kbd>?</kbd></th><td>This help</td></tr>
        </tbody></table>
        <p>Each slide has its own address (#3); print to PDF for one slide a page.</p>
        </div></div>
        """
}
