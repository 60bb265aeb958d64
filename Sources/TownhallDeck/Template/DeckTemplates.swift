/// The deck's shell and the Mustache partials its slides share (frame, figures, bars, charts).
///
/// Every value is written with `{{name}}`, which HTML-escapes `& < > " '`, in element text,
/// attributes, SVG `<title>`/`<desc>`/`<text>` alike. No template uses `{{{…}}}` or `{{&…}}`
/// (`DeckRenderer` refuses one), so no text from the input can become markup.
enum DeckTemplates {
    /// Name of the template that renders a whole `DeckView`.
    static let document = "deck"

    /// The shell and the partials several slides share, by name. Each kind of slide brings its
    /// own partial (`SlideContent.template`), registered when a deck holds one.
    static let shared: [String: String] = [
        "deck": deck,
        "slide": slide,
        "figure": figure,
        "bar": bar,
        "gauge": gauge,
        "histogram": histogram,
        "help": help,
        "delta": delta,
        "heading": heading,
        "keyedHeading": keyedHeading,
        "teamHeading": teamHeading,
        "alt": alt,
        "krflags": krflags,
        "trail": trail,
        "spark": spark,
        "linechart": linechart,
        "columnchart": columnchart,
        "trendchart": trendchart,
    ]

    /// The content security policy: nothing may be fetched; inline style and script, data: images.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    /// The `<meta>` lines of every page townhall writes (the deck, the playbook, the team index).
    static let meta = """
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <meta name="generator" content="townhall">
        """

    static let deck = """
        <!DOCTYPE html>
        <html lang="{{lang}}" class="no-js">
        <head>
        \(meta)
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
        <div class="deck" id="deck" role="region" aria-roledescription="{{words.frame.carousel}}" aria-label="{{documentTitle}}" data-say-where="{{script.where}}" data-say-next="{{script.next}}" data-say-last="{{script.last}}" data-say-live="{{script.live}}">
        {{#slides}}
        {{> slide}}
        {{/slides}}
        </div>
        </main>
        <div id="live" class="sr-only" aria-live="polite" aria-atomic="true"></div>
        <aside id="notes-pane" class="notes-pane" aria-label="{{words.frame.notes}}" hidden><header><span id="notes-where"></span><span id="notes-timer">0:00</span></header><div id="notes-body"></div><p id="notes-next" class="notes-next"></p></aside>
        {{> help}}
        <div id="blackout" class="blackout" hidden></div>
        <script>
        \(DeckScript.js)
        </script>
        </body>
        </html>

        """

    static let slide = """
        <section class="slide slide-{{kind}}" id="{{number}}" role="group" aria-roledescription="{{words.frame.slide}}" aria-label="{{label}}" data-name="{{name}}">
        <div class="frame">
        {{#content}}{{>*partial}}{{/content}}
        <footer class="foot"><span>{{footer}}</span>{{#hasLogo}}<span class="foot-logo" aria-hidden="true"></span>{{/hasLogo}}<span class="num">{{number}} / {{total}}</span></footer>
        <div class="line" style="width: {{progress}}%"></div>
        </div>
        <aside class="notes" aria-label="{{notesLabel}}"><h3>{{words.frame.notes}}</h3><ul>{{#notes}}<li>{{.}}</li>{{/notes}}</ul></aside>
        </section>
        """

    static let figure = """
        <div class="figure tone-{{tone}}"><p class="fig-value">{{value}}</p><p class="fig-label">{{label}}</p><p class="fig-detail">{{detail}}</p>{{#delta}}<p class="fig-delta">{{> delta}}</p>{{/delta}}</div>
        """

    static let gauge = """
        <svg class="gauge" viewBox="-14 0 1028 170" role="img" aria-labelledby="{{alt.id}}-t {{alt.id}}-d">{{#alt}}{{> alt}}{{/alt}}<rect class="track" x="0" y="56" width="1000" height="48" rx="24"/><rect class="fill band-{{band}}" x="0" y="56" width="{{fill}}" height="48" rx="24"/>{{#zones}}<rect class="zone" x="{{x}}" y="48" width="{{width}}" height="64" rx="8"/><text class="zone-label" x="{{labelX}}" y="36" text-anchor="end">{{label}}</text>{{/zones}}{{#markers}}<line class="marker" x1="{{x}}" x2="{{x}}" y1="46" y2="114"/><text class="marker-label" x="{{x}}" y="36" text-anchor="{{anchor}}">{{text}}</text>{{/markers}}{{#ticks}}<text class="tick" x="{{x}}" y="156" text-anchor="{{anchor}}">{{text}}</text>{{/ticks}}</svg>
        """

    static let histogram = """
        <svg class="histogram" viewBox="0 0 1000 366" role="img" aria-labelledby="{{alt.id}}-t {{alt.id}}-d">{{#alt}}{{> alt}}{{/alt}}<line class="axis" x1="0" x2="1000" y1="{{baseline}}" y2="{{baseline}}"/>{{#columns}}<g>{{#segments}}<rect class="band-{{band}}" x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}"/>{{/segments}}<text class="count" x="{{center}}" y="{{countY}}" text-anchor="middle">{{count}}</text><text class="tick" x="{{center}}" y="350" text-anchor="middle">{{label}}</text></g>{{/columns}}</svg>
        """

    static let bar = """
        {{#isGap}}<div class="bar-row gap">{{label}}</div>{{/isGap}}{{^isGap}}<div class="bar-row{{#isHeading}} heading{{/isHeading}}"><div class="bar-text"><span class="bar-label">{{label}}</span>{{#carriedOver}}<span class="carried">{{words.kr.carriedOver}}</span>{{/carriedOver}}{{#missed}}<span class="missed">{{words.kr.missedCommitment}}</span>{{/missed}}{{#sublabel}}<span class="bar-sub">{{.}}</span>{{/sublabel}}</div><svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect class="track" width="100" height="10"/><rect class="band-{{band}}" width="{{width}}" height="10"/><rect class="mark" x="{{mark}}" width="0.3" height="10"/></svg><span class="bar-value tone-{{band}}">{{value}}</span>{{#delta}}<span class="bar-delta">{{> delta}}</span>{{/delta}}</div>{{/isGap}}
        """

    /// A chart's `ChartAlt`, inside its `<svg>`.
    static let alt = """
        <title id="{{id}}-t">{{title}}</title><desc id="{{id}}-d">{{desc}}</desc>
        """

    /// A slide's `Heading`.
    static let heading = """
        <header class="head"><p class="kicker">{{kicker}}</p><h2>{{title}}</h2>{{#lede}}<p class="lede">{{.}}</p>{{/lede}}</header>
        """

    /// A `KeyedHeading` (wins, misses).
    static let keyedHeading = """
        <header class="head head-split"><div><p class="kicker">{{kicker}}</p><h2>{{title}}</h2></div>{{#key}}<p class="slide-key"><span>{{.}}</span>{{#legend}}<span class="trail-legend">{{.}}</span>{{/legend}}</p>{{/key}}</header>
        """

    /// A `TeamHeading` (a team, a top-level team).
    static let teamHeading = """
        <header class="head head-split"><div><p class="kicker">{{kicker}}</p><h2>{{team}}</h2><p class="lede">{{lede}}</p></div><div class="badge-wrap"><div class="score-badge tone-{{band}}"><span class="badge-value">{{score}}</span><span class="badge-label">{{badge}}</span></div>{{#delta}}<p class="badge-delta">{{> delta}}</p>{{/delta}}</div></header>
        """

    /// A change against the previous cycle; the arrow is spoken as a word.
    static let delta = """
        <span class="delta tone-{{tone}}"><span aria-hidden="true">{{arrow}}</span><span class="sr-only">{{word}}</span> {{amount}}{{#against}} <span class="delta-vs">{{.}}</span>{{/against}}</span>
        """

    /// Marks on a key result in a list: carried over from the previous cycle, gone quiet.
    static let krflags = """
        {{#carriedOver}}<span class="carried">{{words.kr.carriedOver}}</span>{{/carriedOver}}{{^tracked}}{{#activity}}<span class="activity">{{.}}</span>{{/activity}}{{/tracked}}
        """

    /// A key result's trajectory cell, present on every item of a deck with check-ins.
    static let trail = """
        {{#tracked}}<span class="trail">{{#spark}}{{> spark}}{{/spark}}{{^spark}}<span class="trail-none">{{words.kr.noCheckIns}}</span>{{/spark}}{{#activity}}<span class="trail-note">{{.}}</span>{{/activity}}</span>{{/tracked}}
        """

    static let spark = """
        <svg class="spark" viewBox="{{viewBox}}" role="img" aria-labelledby="{{alt.id}}-t {{alt.id}}-d">{{#alt}}{{> alt}}{{/alt}}<line class="spark-goal" x1="0" x2="{{right}}" y1="{{goalY}}" y2="{{goalY}}"/>{{#hasPath}}<path class="spark-line" d="{{path}}"/>{{/hasPath}}{{#hasDot}}<circle class="band-{{band}}" cx="{{dotX}}" cy="{{dotY}}" r="4"/>{{/hasDot}}</svg>
        """

    static let linechart = """
        <svg class="line-chart" viewBox="{{viewBox}}" role="img" aria-labelledby="{{alt.id}}-t {{alt.id}}-d">{{#alt}}{{> alt}}{{/alt}}{{#grid}}<line class="grid" x1="{{x1}}" x2="{{x2}}" y1="{{y}}" y2="{{y}}"/><text class="axis" x="{{labelX}}" y="{{labelY}}" text-anchor="end">{{label}}</text>{{/grid}}{{#marks}}<line class="mark" x1="{{x1}}" x2="{{x2}}" y1="{{y}}" y2="{{y}}"/><text class="mark-label" x="{{labelX}}" y="{{labelY}}">{{label}}</text>{{/marks}}<g transform="translate(0 {{tickY}})">{{#ticks}}<text class="axis" x="{{x}}" y="0" text-anchor="{{anchor}}">{{text}}</text>{{/ticks}}</g>{{#series}}<g class="series {{style}}">{{#hasPath}}<path d="{{path}}"/>{{/hasPath}}{{#dots}}<circle cx="{{x}}" cy="{{y}}" r="6"/>{{#hasValue}}<text class="value" x="{{x}}" y="{{valueY}}" text-anchor="middle">{{value}}</text>{{/hasValue}}{{/dots}}{{#hasLabel}}<text class="end-label" x="{{labelX}}" y="{{labelY}}">{{label}}</text>{{/hasLabel}}</g>{{/series}}</svg>
        """

    static let columnchart = """
        <svg class="column-chart" viewBox="{{viewBox}}" role="img" aria-labelledby="{{alt.id}}-t {{alt.id}}-d">{{#alt}}{{> alt}}{{/alt}}{{#grid}}<line class="grid" x1="{{x1}}" x2="{{x2}}" y1="{{y}}" y2="{{y}}"/><text class="axis" x="{{labelX}}" y="{{labelY}}" text-anchor="end">{{label}}</text>{{/grid}}{{#legend}}<rect class="swatch-box {{style}}" x="{{x}}" y="{{y}}" width="22" height="22" rx="4"/><text class="legend-label" x="{{textX}}" y="{{textY}}">{{name}}</text>{{/legend}}{{#groups}}{{#bars}}<rect class="column {{style}}" x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}" rx="3"/>{{/bars}}<text class="axis" x="{{center}}" y="{{labelY}}" text-anchor="middle">{{label}}</text>{{/groups}}<line class="base" x1="{{left}}" x2="{{right}}" y1="{{baseline}}" y2="{{baseline}}"/>{{#marks}}<line class="mark" x1="{{x1}}" x2="{{x2}}" y1="{{y}}" y2="{{y}}"/><text class="mark-label" x="{{labelX}}" y="{{labelY}}">{{label}}</text>{{/marks}}{{#groups}}{{#bars}}<text class="value {{style}}" x="{{center}}" y="{{valueY}}" text-anchor="middle">{{value}}</text>{{/bars}}{{/groups}}</svg>
        """

    static let trendchart = """
        {{#line}}{{> linechart}}{{/line}}{{#columns}}{{> columnchart}}{{/columns}}
        """

    static let help = """
        <div id="help" class="help" role="dialog" aria-modal="true" aria-labelledby="help-title" hidden><div>
        <h2 id="help-title">{{words.help.title}}</h2>
        <table><tbody>
        <tr><th><kbd>→</kbd> <kbd>{{words.help.keySpace}}</kbd> <kbd>{{words.help.keyPageDown}}</kbd> {{words.help.orClick}}</th><td>{{words.help.next}}</td></tr>
        <tr><th><kbd>←</kbd> <kbd>{{words.help.keyShift}}</kbd>+<kbd>{{words.help.keySpace}}</kbd> <kbd>{{words.help.keyPageUp}}</kbd></th><td>{{words.help.previous}}</td></tr>
        <tr><th><kbd>{{words.help.keyHome}}</kbd> <kbd>{{words.help.keyEnd}}</kbd></th><td>{{words.help.firstLast}}</td></tr>
        <tr><th><kbd>O</kbd> <kbd>{{words.help.keyEsc}}</kbd></th><td>{{words.help.overview}}</td></tr>
        <tr><th><kbd>S</kbd></th><td>{{words.help.notes}}</td></tr>
        <tr><th><kbd>F</kbd></th><td>{{words.help.fullScreen}}</td></tr>
        <tr><th><kbd>B</kbd></th><td>{{words.help.black}}</td></tr>
        <tr><th><kbd>?</kbd></th><td>{{words.help.help}}</td></tr>
        </tbody></table>
        <p>{{words.help.print}}</p>
        </div></div>
        """
}
