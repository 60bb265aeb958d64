/// The deck's stylesheet: constant text, placed in the template (its only variable is the
/// validated accent colour, set on `:root` by the template).
///
/// Slides are 16:9 and every size inside a slide is in `em` of a font size set in container
/// units, so one slide scales to any width: the window (presenting), a page (print), a
/// thumbnail (overview) or the document flow (scripts off).
enum DeckStyle {
    static let css = #"""
:root {
  --bg: #ffffff; --page: #e9edf3; --fg: #141a24; --muted: #5a6474; --line: #dfe3ea; --panel: #f4f6f9;
  --track: #e6e9ef; --green: #1c8a4a; --yellow: #b77900; --red: #cf3434; --none: #9aa3b1;
  --accent-ink: var(--accent); --on-band: #ffffff; --series2: #2b3a55; --series3: #8e44c9;
  --font: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "Noto Sans", system-ui, sans-serif;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #10151d; --page: #06090d; --fg: #eef1f6; --muted: #9aa5b6; --line: #283142; --panel: #171e29;
    --track: #242d3b; --green: #3dbb6f; --yellow: #e6ab2e; --red: #f2635f; --none: #5d6779;
    --accent-ink: color-mix(in srgb, var(--accent) 55%, white); --on-band: #0b0f15; --series2: #c4cedd; --series3: #c59af0;
  }
}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { background: var(--page); color: var(--fg); font-family: var(--font); -webkit-font-smoothing: antialiased; }
/* Japanese: CJK fonts first; break lines between phrases (auto-phrase), never before closing
   punctuation (strict), and a long unbroken run may still wrap rather than overflow. */
:lang(ja) { line-break: strict; word-break: auto-phrase; overflow-wrap: anywhere; }
:lang(ja) body, :lang(ja) svg text { font-family: "Noto Sans CJK JP", "Noto Sans JP", var(--font); }
:lang(ja) .kicker, :lang(ja) .tag, :lang(ja) .sev { letter-spacing: 0.02em; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
[hidden] { display: none !important; }

/* Scripts off: the slides read top to bottom, each 16:9 at the page's width, notes beneath. */
.deck { padding: 2vw 0; }
.slide { container-type: inline-size; width: min(94vw, 1400px); margin: 0 auto 3vw; }
.frame {
  position: relative; aspect-ratio: 16 / 9; overflow: hidden; background: var(--bg); color: var(--fg);
  font-size: 1.8cqw; line-height: 1.3; padding: 2.3em 2.9em 2.6em; display: flex; flex-direction: column;
  box-shadow: 0 0.2em 1.2em rgb(0 0 0 / 0.12); font-variant-numeric: tabular-nums;
}
.notes { font-size: max(15px, 1.1cqw); color: var(--muted); padding: 0.8em 1.2em; }
.notes h3 { margin: 0 0 0.3em; font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.08em; }
.notes ul { margin: 0; padding-left: 1.2em; }

/* Slide furniture. */
.head { margin-bottom: 1em; flex: none; }
.head-split { display: flex; justify-content: space-between; align-items: flex-start; gap: 1.5em; }
.kicker { margin: 0 0 0.35em; color: var(--accent-ink); font-size: 0.72em; font-weight: 700; letter-spacing: 0.12em; text-transform: uppercase; }
h1, h2, h3, p { margin: 0; }
h2 { font-size: 1.9em; line-height: 1.1; font-weight: 750; letter-spacing: -0.015em; }
.lede { margin-top: 0.4em; color: var(--muted); font-size: 0.9em; }
.foot { position: absolute; left: 2.9em; right: 2.9em; bottom: 0.95em; display: flex; align-items: center; gap: 1em; color: var(--muted); font-size: 0.55em; }
.foot span:first-child { flex: 1; }
.foot-logo { height: 1.6em; width: auto; }
.num { font-weight: 600; }
.line { position: absolute; left: 0; bottom: 0; height: 0.22em; background: var(--accent); opacity: 0.85; }
.footnote, .more { margin-top: auto; padding-top: 0.6em; color: var(--muted); font-size: 0.62em; }
.more { font-style: italic; }
.empty, .all-clear { font-size: 1.3em; color: var(--muted); margin-top: 1em; }
.all-clear { color: var(--green); font-weight: 650; }
.chip { display: inline-block; min-width: 3.2em; padding: 0.18em 0.5em; border-radius: 0.45em; text-align: center; font-weight: 700; font-size: 0.8em; color: var(--on-band); background: var(--none); }
.chip.band-green { background: var(--green); } .chip.band-yellow { background: var(--yellow); } .chip.band-red { background: var(--red); }
.tone-green { --tone: var(--green); } .tone-yellow { --tone: var(--yellow); } .tone-red { --tone: var(--red); }
.tone-accent { --tone: var(--accent-ink); } .tone-none { --tone: var(--none); }
svg .band-green, svg.band-green { fill: var(--green); } svg .band-yellow { fill: var(--yellow); }
svg .band-red { fill: var(--red); } svg .band-none { fill: var(--none); } svg .track { fill: var(--track); }
svg text { fill: var(--fg); font-family: var(--font); }

/* Title. */
.slide-title .frame {
  color: #fff; justify-content: center; padding-left: 4.2em;
  background: radial-gradient(circle at 88% 18%, rgb(255 255 255 / 0.16) 0 18%, transparent 18.2%),
              radial-gradient(circle at 98% 92%, rgb(255 255 255 / 0.10) 0 30%, transparent 30.2%),
              linear-gradient(135deg, var(--accent), color-mix(in srgb, var(--accent) 55%, #000));
}
.slide-title .foot { color: rgb(255 255 255 / 0.75); left: 4.2em; }
.slide-title .foot-logo { display: none; }
.slide-title .line { background: #fff; opacity: 0.6; }
.title-wrap { max-width: 70%; }
.logo { height: 3.2em; width: auto; max-width: 12em; object-fit: contain; margin-bottom: 1.4em; background: #fff; padding: 0.4em 0.6em; border-radius: 0.5em; }
.slide-title .kicker { color: rgb(255 255 255 / 0.85); font-size: 0.9em; }
.slide-title h1 { font-size: 4.6em; line-height: 1; font-weight: 800; letter-spacing: -0.03em; margin: 0.15em 0 0.25em; overflow-wrap: anywhere; }
.subtitle { font-size: 1.6em; font-weight: 600; }
.slide-title .meta { margin-top: 1.6em; font-size: 0.85em; color: rgb(255 255 255 / 0.85); }

/* Figures. */
.figures { display: grid; gap: 0.8em; }
.figure { background: var(--panel); border-radius: 0.6em; padding: 0.8em 1em 0.85em; border-left: 0.32em solid var(--tone, var(--accent)); min-width: 0; }
.fig-value { font-size: 2.3em; font-weight: 800; line-height: 1.05; color: var(--tone, var(--fg)); letter-spacing: -0.02em; }
.fig-label { font-weight: 700; margin-top: 0.25em; font-size: 0.85em; }
.fig-detail { color: var(--muted); font-size: 0.66em; margin-top: 0.2em; }
.glance-body { flex: 1; display: flex; flex-direction: column; gap: 0.9em; min-height: 0; }
.figures.lead { grid-template-columns: repeat(3, 1fr); flex: 1.35; }
.figures.lead .figure { display: flex; flex-direction: column; justify-content: center; padding: 1em 1.2em; }
.figures.lead .fig-value { font-size: 3.6em; }
.figures.lead .fig-label { font-size: 1em; }
.figures.lead .fig-detail { font-size: 0.72em; }
.figures.rest { grid-template-columns: repeat(4, 1fr); flex: 1; }
.figures.rest .figure { display: flex; flex-direction: column; justify-content: center; }
.figures.rest .fig-value { font-size: 2.4em; }
.figures.rest .tone-accent .fig-value { color: var(--fg); }
.figures.stacked { grid-auto-rows: min-content; align-content: start; }
.figures.stacked .fig-value { font-size: 1.9em; }
.figures.pair { grid-template-columns: 1fr 1fr; }
.figures.trio { grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.6em; }
.figures.trio .figure { padding: 0.6em 0.8em 0.65em; }
.figures.trio .fig-value { font-size: 2.1em; }
.figures.trio .fig-label { font-size: 0.74em; }
.figures.trio .fig-detail { font-size: 0.6em; }
.figures.pair .fig-value { font-size: 2.6em; }
.stats { display: flex; gap: 2.2em; margin: -0.3em 0 0.9em; flex: none; }
.stats .figure { background: none; border: 0; padding: 0; display: flex; align-items: baseline; gap: 0.45em; }
.stats .fig-value { font-size: 1.2em; }
.stats .fig-label { font-size: 0.72em; margin: 0; }
.stats .fig-detail { display: none; }

/* Score badge on team slides. */
.score-badge { flex: none; text-align: center; background: var(--tone); color: var(--on-band); border-radius: 0.7em; padding: 0.35em 0.9em 0.45em; }
.badge-value { display: block; font-size: 2.2em; font-weight: 800; line-height: 1.05; }
.badge-label { font-size: 0.6em; font-weight: 600; text-transform: uppercase; letter-spacing: 0.08em; }
.score-badge.tone-none { color: var(--fg); }

/* Committed vs aspirational. */
.balance { flex: 1; display: grid; grid-template-columns: 1fr 1fr; gap: 1.4em; min-height: 0; }
.side { background: var(--panel); border-radius: 0.7em; padding: 1.1em 1.4em 1.2em; border-top: 0.35em solid var(--tone); display: flex; flex-direction: column; }
.side-label { font-weight: 700; text-transform: uppercase; letter-spacing: 0.1em; font-size: 0.72em; color: var(--muted); }
.side-value { font-size: 3.6em; font-weight: 800; line-height: 1.05; color: var(--tone); letter-spacing: -0.02em; }
.side-verdict { font-size: 1.15em; font-weight: 700; margin-bottom: 0.5em; }
.side-sentence { font-size: 0.8em; color: var(--muted); }
.gauge { width: 100%; height: auto; margin-top: auto; }
.gauge .fill.band-green { fill: var(--green); }
.gauge .marker { stroke: var(--fg); stroke-width: 5; }
.gauge .marker-label, .gauge .zone-label { font-size: 34px; font-weight: 700; }
.gauge .tick { font-size: 30px; fill: var(--muted); }
.gauge .zone { fill: var(--yellow); opacity: 0.3; }
.gauge .zone-label { fill: var(--yellow); }

/* Distribution. */
.dist { flex: 1; display: flex; flex-direction: column; min-height: 0; }
.stack { width: 100%; height: 1.5em; border-radius: 0.4em; display: block; }
.legend { list-style: none; margin: 0.55em 0 0.2em; padding: 0; display: flex; gap: 2em; font-size: 0.85em; }
.legend li { display: flex; align-items: center; gap: 0.4em; }
.swatch { width: 0.85em; height: 0.85em; border-radius: 0.2em; background: var(--tone); }
.legend strong { font-size: 1.1em; }
.legend-share { color: var(--muted); }
.histogram { width: 100%; flex: 1; min-height: 0; }
.histogram .axis { stroke: var(--line); stroke-width: 2; }
.histogram .count { font-size: 22px; font-weight: 700; }
.histogram .tick { font-size: 22px; fill: var(--muted); }

/* Wins. */
.wins { flex: 1; display: grid; grid-template-columns: 1fr 1fr; column-gap: 2.2em; min-height: 0; overflow: hidden; align-items: start; }
.group { margin-bottom: 0.5em; }
.group h3 { font-size: 0.62em; text-transform: uppercase; letter-spacing: 0.1em; color: var(--accent-ink); margin-bottom: 0.2em; }
.cont { text-transform: none; letter-spacing: 0; color: var(--muted); font-weight: 500; }
.group ul { list-style: none; margin: 0; padding: 0; }
.win { display: grid; grid-template-columns: 1.1em 1fr auto; gap: 0.5em; align-items: start; padding: 0.16em 0 0.26em; border-bottom: 1px solid var(--line); }
.group li:last-child { border-bottom: 0; }
.tick-icon { color: var(--green); font-weight: 800; font-size: 0.95em; line-height: 1.35; }
.kr-title { font-size: 0.78em; font-weight: 600; line-height: 1.25; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.kr-meta { font-size: 0.6em; color: var(--muted); margin-top: 0.15em; display: flex; gap: 0.8em; flex-wrap: wrap; }
.stretch { color: var(--green); font-weight: 700; }

/* Misses. */
.misses { flex: 1; display: grid; grid-template-columns: 1fr 1fr; grid-template-rows: repeat(3, 1fr); gap: 0.7em 1.4em; min-height: 0; }
.miss { background: var(--panel); border-radius: 0.55em; padding: 0.6em 0.85em; border-left: 0.28em solid var(--red); min-height: 0; overflow: hidden; }
.miss-head { display: flex; justify-content: space-between; gap: 0.8em; align-items: start; }
.tag { font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.92em; }
.tag-committed { color: var(--red); }
.reflection { margin: 0.35em 0 0; padding-left: 0.6em; border-left: 2px solid var(--line); font-size: 0.66em; line-height: 1.35; white-space: pre-line; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.no-reflection { margin-top: 0.4em; font-size: 0.64em; font-weight: 700; color: var(--red); }
.no-reflection::before { content: "⚠ "; }
.no-notes { margin-top: 0.4em; font-size: 0.62em; color: var(--muted); font-style: italic; }

/* Bar lists (teams, values, objectives and KRs). */
.bars { display: flex; flex-direction: column; gap: 0.42em; min-width: 0; }
.bar-row { display: grid; grid-template-columns: 1fr 3.4em; grid-template-rows: auto auto; column-gap: 0.7em; align-items: center; }
.bar-text { display: flex; gap: 0.7em; align-items: baseline; min-width: 0; font-size: 0.72em; }
.bar-label { font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; min-width: 0; }
.bar-sub { color: var(--muted); font-size: 0.85em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; margin-left: auto; flex: none; max-width: 50%; }
.bar { grid-row: 2; width: 100%; height: 0.42em; display: block; border-radius: 0.21em; margin-top: 0.15em; }
.bar .mark { fill: var(--fg); opacity: 0.55; }
.bar-value { grid-row: 1 / span 2; grid-column: 2; text-align: right; font-weight: 750; font-size: 0.9em; color: var(--tone); }
.bar-value.tone-none { font-size: 0.6em; font-weight: 600; }
.bar-row.heading { margin-top: 0.25em; }
.bar-row.heading .bar-text { font-size: 0.8em; }
.bar-row.heading .bar-label { font-weight: 800; }
.bar-row.heading .bar { height: 0.55em; }
.team-bars .bar-row:not(.heading) .bar-text { padding-left: 0.9em; }
.team-bars .bar-row:not(.heading) .bar { margin-left: 0.65em; width: calc(100% - 0.65em); }
.bar-row.gap { display: block; text-align: center; color: var(--muted); font-size: 0.65em; font-style: italic; padding: 0.1em 0; }
.slide-ranking .bars, .slide-values .bars { gap: 0.5em; }
.slide-ranking .bar, .slide-values .bar { height: 0.5em; }
.ranking-body { flex: 1; min-height: 0; overflow: hidden; max-width: 88%; }
.team-bars { flex: 1; display: grid; grid-auto-flow: column; grid-auto-columns: 1fr; gap: 2.4em; min-height: 0; overflow: hidden; align-items: start; }
.group-body { flex: 1; display: grid; grid-template-columns: 1fr 30%; gap: 2.2em; min-height: 0; }
/* A top-level team's three figures, stacked beside its sub-teams: tighter than elsewhere, so
   they fit the body's height above the footnote. */
.group-body .figures.stacked { gap: 0.6em; }
.group-body .figures.stacked .figure { padding: 0.6em 1em 0.65em; }
.group-body h3, .next h3 { font-size: 0.66em; text-transform: uppercase; letter-spacing: 0.1em; color: var(--muted); margin-bottom: 0.6em; }

/* Playbook health. */
.health-body { flex: 1; display: grid; grid-template-columns: 24% 1fr; gap: 2em; min-height: 0; }
.checks { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.45em; }
.check { display: grid; grid-template-columns: 5.2em 1fr auto; gap: 0.8em; align-items: center; background: var(--panel); border-radius: 0.45em; padding: 0.4em 0.8em; }
.sev { font-size: 0.55em; font-weight: 800; text-transform: uppercase; letter-spacing: 0.08em; text-align: center; border-radius: 0.4em; padding: 0.25em 0; color: var(--on-band); background: var(--none); }
.sev-error .sev { background: var(--red); } .sev-warning .sev { background: var(--yellow); }
.check-title { font-weight: 650; font-size: 0.76em; }
.check-example { color: var(--muted); font-size: 0.66em; line-height: 1.3; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
.check-count { font-weight: 800; font-size: 1em; }

/* Carried forward. */
.carry-body { flex: 1; display: grid; grid-template-columns: 1.15fr 1fr; gap: 2.4em; min-height: 0; }
.carry-left { display: flex; flex-direction: column; min-height: 0; }
.carry-list { list-style: none; margin: 0.8em 0 0; padding: 0; display: flex; flex-direction: column; gap: 0.35em; }
.carry-list li { display: grid; grid-template-columns: auto 1fr; column-gap: 0.6em; align-items: center; }
.carry-list .kr-title { -webkit-line-clamp: 1; font-size: 0.7em; }
.carry-list .kr-meta { grid-column: 2; margin-top: 0; }
.carry-list .chip { grid-row: 1 / span 2; font-size: 0.65em; }
.next { background: var(--panel); border-radius: 0.7em; padding: 1em 1.3em; border-top: 0.35em solid var(--accent); }
.next ol { margin: 0; padding-left: 1.2em; display: flex; flex-direction: column; gap: 0.55em; font-size: 0.8em; }
.next li::marker { color: var(--accent-ink); font-weight: 800; }

/* How the cycle was scored. */
.scoring-body { flex: 1; display: grid; grid-template-columns: 1.35fr 1fr; gap: 2.4em; min-height: 0; }
.rules { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.42em; }
.rules li { display: grid; grid-template-columns: 1.6em 1fr auto; gap: 0.7em; align-items: baseline; font-size: 0.8em; padding-bottom: 0.42em; border-bottom: 1px solid var(--line); }
.rule-n { font-weight: 800; color: var(--accent-ink); }
.rule-count { font-weight: 700; color: var(--muted); }
.thresholds { margin: 0; display: flex; flex-direction: column; gap: 0.42em; font-size: 0.8em; }
.thresholds div { display: flex; justify-content: space-between; gap: 1em; padding-bottom: 0.35em; border-bottom: 1px solid var(--line); }
.thresholds dt { color: var(--muted); }
.thresholds dd { margin: 0; font-weight: 700; }
.rules-head { display: flex; justify-content: space-between; font-size: 0.58em; color: var(--muted); text-transform: uppercase; letter-spacing: 0.08em; margin-bottom: 0.3em; }

/* Appendix. */
.problems { width: 100%; border-collapse: collapse; font-size: 0.66em; table-layout: fixed; }
.c-where { width: 16%; } .c-column { width: 18%; }
.problems th { text-align: left; color: var(--muted); font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.85em; padding: 0 0.8em 0.4em 0; border-bottom: 2px solid var(--line); }
.problems td { padding: 0.3em 0.8em 0.3em 0; border-bottom: 1px solid var(--line); vertical-align: top; }
.problems td:first-child { white-space: nowrap; font-weight: 700; }
.problems td:nth-child(-n+2) { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 0; }
.problems .clamp { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
.problems tr.rejected td:nth-child(2) { color: var(--red); font-weight: 700; }

/* Changes against the previous cycle, and key results that came back. */
.delta { font-weight: 700; color: var(--tone, var(--muted)); white-space: nowrap; }
.delta.tone-none { --tone: var(--muted); }
.delta-vs { font-weight: 500; color: var(--muted); }
.fig-delta { margin-top: 0.35em; font-size: 0.7em; }
.figures.lead .fig-delta { font-size: 0.8em; }
.side-delta { font-size: 0.85em; margin-bottom: 0.25em; }
.badge-wrap { flex: none; display: flex; flex-direction: column; align-items: center; gap: 0.3em; }
.badge-delta { font-size: 0.68em; }
.bars.with-delta .bar-row { grid-template-columns: 1fr 3.2em 4em; }
.bar-delta { grid-row: 1 / span 2; grid-column: 3; text-align: left; font-size: 0.64em; }
.carried { display: inline-block; flex: none; font-size: 0.92em; font-weight: 700; color: var(--accent-ink); border: 1px solid currentColor; border-radius: 0.7em; padding: 0 0.5em; line-height: 1.4; white-space: nowrap; }
.bar-text .carried, .bar-text .missed { font-size: 0.72em; }
.missed { display: inline-block; flex: none; font-weight: 700; color: var(--red); border: 1px solid currentColor; border-radius: 0.7em; padding: 0 0.5em; line-height: 1.4; white-space: nowrap; }
.team-bars .bar-label { white-space: normal; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-height: 1.2; }
.team-foot { margin-top: auto; display: flex; justify-content: space-between; align-items: baseline; gap: 2em; }
.team-foot .more, .team-foot .footnote { margin-top: 0; }
.team-foot .footnote { margin-left: auto; text-align: right; }
.activity { color: var(--yellow); font-weight: 650; }

/* Trajectories: a sparkline per key result. */
.win { grid-template-columns: 1.1em 1fr auto auto; }
/* The chip takes the last column with or without a trajectory beside it, so chips line up. */
.win > .chip { grid-column: 4; }
.trail { display: flex; flex-direction: column; align-items: center; justify-content: center; width: 4.6em; align-self: center; }
.trail-note { font-size: 0.46em; font-weight: 700; color: var(--yellow); white-space: nowrap; margin-top: 0.15em; }
.spark { width: 4.6em; height: 1.3em; display: block; overflow: visible; }
.spark .spark-line { fill: none; stroke: var(--muted); stroke-width: 2.4; stroke-linejoin: round; stroke-linecap: round; }
.spark .spark-goal { stroke: var(--muted); stroke-width: 1.2; stroke-dasharray: 3 3; opacity: 0.6; }
.trail-none { font-size: 0.5em; color: var(--muted); font-style: italic; white-space: nowrap; }
.miss-head .trail { margin-left: auto; }
.slide-key { align-self: flex-end; max-width: 18em; text-align: right; color: var(--muted); font-size: 0.56em; line-height: 1.35; }
.slide-key span { display: block; }
.slide-key span + span { margin-top: 0.35em; }

/* Line charts (week by week, cycle over cycle). */
.s1 { --s: var(--accent-ink); } .s2 { --s: var(--series2); } .s3 { --s: var(--series3); }
.chart-body { flex: 1; display: grid; grid-template-columns: 1fr 26%; grid-template-rows: minmax(0, 1fr); gap: 2em; min-height: 0; }
.chart-box { min-height: 0; min-width: 0; display: flex; flex-direction: column; }
.line-chart { width: 100%; height: 100%; flex: 1; min-height: 0; display: block; }
.line-chart .grid { stroke: var(--line); stroke-width: 1.5; }
.line-chart .axis { font-size: 21px; fill: var(--muted); }
.line-chart .mark { stroke: var(--fg); stroke-width: 2; stroke-dasharray: 9 7; opacity: 0.5; }
.line-chart .mark-label { font-size: 20px; fill: var(--muted); font-weight: 650; }
.line-chart .series path { fill: none; stroke: var(--s); stroke-width: 4; stroke-linejoin: round; stroke-linecap: round; }
.line-chart .series.s1 path { stroke-width: 6; }
.line-chart .series.s3 path { stroke-dasharray: 14 9; }
.line-chart .series circle { fill: var(--s); stroke: var(--bg); stroke-width: 2.5; }
.line-chart .end-label { font-size: 23px; font-weight: 750; fill: var(--s); }
.line-chart .value { font-size: 20px; font-weight: 750; fill: var(--s); paint-order: stroke; stroke: var(--bg); stroke-width: 5px; }
.column-chart { width: 100%; height: 100%; flex: 1; min-height: 0; display: block; }
.column-chart .grid { stroke: var(--line); stroke-width: 1.5; }
.column-chart .base { stroke: var(--muted); stroke-width: 2; }
.column-chart .axis { font-size: 21px; fill: var(--muted); }
.column-chart .column, .column-chart .swatch-box { fill: var(--s); }
.column-chart .value { font-size: 19px; font-weight: 750; fill: var(--s); paint-order: stroke; stroke: var(--bg); stroke-width: 6px; stroke-linejoin: round; }
.column-chart .legend-label { font-size: 21px; font-weight: 650; fill: var(--fg); }
.column-chart .mark { stroke: var(--fg); stroke-width: 2.5; stroke-dasharray: 9 7; opacity: 0.6; }
.column-chart .mark-label { font-size: 19px; fill: var(--muted); font-weight: 650; }
.figures.compact { gap: 0.55em; }
.figures.compact .figure { padding: 0.5em 0.9em 0.55em; }
.figures.compact .fig-value { font-size: 1.6em; }
.figures.compact .fig-label { font-size: 0.8em; margin-top: 0.15em; }
.figures.compact .fig-detail { font-size: 0.62em; }
.figures.compact .fig-delta { font-size: 0.66em; margin-top: 0.25em; }
.chart-title { font-size: 0.72em; font-weight: 700; margin-bottom: 0.3em; }

/* Review rhythm. */
.rhythm-body { flex: 1; display: grid; grid-template-columns: 1fr 31%; grid-template-rows: minmax(0, 1fr); gap: 2.2em; min-height: 0; }
.rhythm-body > .bars { min-height: 0; overflow: hidden; }
.rhythm-side { display: flex; flex-direction: column; gap: 0.6em; min-height: 0; }
.rhythm-side .figures.compact { gap: 0.5em; }
.rhythm-side .figure { padding: 0.4em 0.85em 0.45em; display: grid; grid-template-columns: auto 1fr; column-gap: 0.45em; align-items: baseline; }
.rhythm-side .figures.compact .fig-value { font-size: 1.3em; }
.rhythm-side .figures.compact .fig-label { font-size: 0.74em; margin-top: 0; }
.rhythm-side .figures.compact .fig-detail { font-size: 0.58em; grid-column: 1 / span 2; }
.quiet { background: var(--panel); border-radius: 0.6em; padding: 0.6em 0.95em 0.7em; border-left: 0.32em solid var(--yellow); }
.quiet h3 { font-size: 0.6em; text-transform: uppercase; letter-spacing: 0.1em; color: var(--muted); margin-bottom: 0.35em; }
.quiet ul { margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 0.25em; font-size: 0.64em; }
.quiet li { display: flex; flex-direction: column; min-width: 0; }
.quiet li strong { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.quiet li span { color: var(--muted); font-size: 0.9em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.quiet-none { font-size: 0.7em; color: var(--green); font-weight: 650; }
.quiet-more { font-size: 0.6em; color: var(--muted); font-style: italic; margin-top: 0.35em; }

/* Many rows on one bar list. */
.bars.dense, .slide-ranking .bars.dense { gap: 0.2em; }
.bars.dense .bar-text { font-size: 0.6em; }
.bars.dense .bar, .slide-ranking .bars.dense .bar { height: 0.3em; margin-top: 0.06em; }
.bars.dense .bar-value { font-size: 0.74em; }
.bars.dense .bar-value.tone-none { font-size: 0.55em; }
.bars.dense .bar-delta { font-size: 0.56em; }
.bars.dense .bar-row.gap { font-size: 0.58em; padding: 0; }

/* The trends deck. */
.trend-table { width: 100%; border-collapse: collapse; font-size: 0.74em; }
.trend-table th, .trend-table td { text-align: right; padding: 0.38em 0.7em; border-bottom: 1px solid var(--line); white-space: nowrap; }
.trend-table th:first-child { text-align: left; }
.trend-table thead th { color: var(--muted); font-size: 0.78em; text-transform: uppercase; letter-spacing: 0.06em; border-bottom: 2px solid var(--line); vertical-align: bottom; white-space: normal; }
.trend-table td { font-weight: 650; color: var(--tone, var(--fg)); }
.trend-table td.tone-none, .trend-table td.tone-accent { color: var(--fg); }
.trend-table tbody tr:last-child { background: var(--panel); }
.cards { flex: 1; display: grid; gap: 0.45em 0.7em; min-height: 0; align-content: start; }
.cards.cols-6 { grid-template-columns: repeat(6, minmax(0, 1fr)); }
.cards.cols-4 { grid-template-columns: repeat(4, minmax(0, 1fr)); }
.cards.cols-3 { grid-template-columns: repeat(3, minmax(0, 1fr)); }
.card { background: var(--panel); border-radius: 0.5em; padding: 0.32em 0.75em 0.34em; min-width: 0; }
.card-head { display: flex; align-items: baseline; gap: 0.6em; font-size: 0.64em; }
.card-team { font-weight: 700; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; min-width: 0; }
.card-detail { margin-left: auto; flex: none; color: var(--muted); font-size: 0.85em; white-space: nowrap; }
.card-body { display: flex; align-items: center; gap: 0.5em; margin-top: 0.05em; }
.card .spark { flex: none; width: 5.4em; height: 1.35em; }
.card .spark .spark-line { stroke: var(--series2); stroke-width: 3; }
.card-figure { margin-left: auto; display: flex; align-items: baseline; gap: 0.45em; flex: none; }
.card-score { font-size: 1em; font-weight: 800; color: var(--tone, var(--fg)); line-height: 1.1; }
.card .delta { font-size: 0.56em; }
.movers { flex: 1; display: grid; grid-template-columns: 1fr 1fr; gap: 3em; min-height: 0; }
.movers h3 { font-size: 0.66em; text-transform: uppercase; letter-spacing: 0.1em; margin-bottom: 0.6em; }
.movers-up { color: var(--green); } .movers-down { color: var(--red); }
.movers-none { color: var(--muted); font-size: 0.8em; }
.streaks-body { flex: 1; display: grid; grid-template-columns: 1fr 29%; gap: 2.2em; min-height: 0; }
.streaks { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 0.45em 0.9em; align-content: start; }
.streak { min-width: 0; background: var(--panel); border-radius: 0.45em; padding: 0.38em 0.75em 0.42em; border-left: 0.28em solid var(--none); }
.streak.ongoing { border-left-color: var(--yellow); }
.streak-head { display: flex; align-items: baseline; gap: 0.6em; }
.streak-team { font-weight: 700; font-size: 0.72em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; min-width: 0; }
.streak-length { margin-left: auto; flex: none; font-weight: 800; font-size: 0.62em; white-space: nowrap; color: var(--muted); }
.streak.ongoing .streak-length { color: var(--yellow); }
.streak-cycles { font-size: 0.56em; color: var(--muted); margin-top: 0.1em; }
.streak-detail { font-size: 0.56em; margin-top: 0.05em; }
.streaks-body .next ol { font-size: 0.72em; }
.streaks-body .next { align-self: start; }
.card .meter { flex: 1; height: 0.5em; min-width: 0; border-radius: 0.25em; }
.card .meter .mark { fill: var(--fg); opacity: 0.55; }
.cadence-body { flex: 1; display: grid; grid-template-columns: 1fr 1fr; grid-template-rows: minmax(0, 1fr); gap: 2.4em; min-height: 0; }
.figures.row3 { grid-template-columns: repeat(3, 1fr); margin-top: 0.5em; flex: none; }
.figures.row3 .figure { padding: 0.45em 0.9em 0.5em; }
.figures.row3 .fig-value { font-size: 1.5em; }
.guide { margin: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 0.75em 2.4em; font-size: 0.72em; align-content: start; }
.guide dt { font-weight: 750; color: var(--accent-ink); }
.guide dd { margin: 0.15em 0 0; }

/* Presenting (scripts on): one slide at a time, scaled to the window. */
.js body { overflow: hidden; background: var(--page); }
.js .deck { position: fixed; inset: 0 0 var(--notes-h, 0px) 0; overflow: clip; padding: 0; }
.js .slide {
  position: absolute; left: 50%; top: 50%; margin: 0;
  width: min(100vw, calc((100vh - var(--notes-h, 0px)) * 16 / 9));
  transform: translate(-50%, -50%); visibility: hidden; opacity: 0;
}
.js .slide.current { visibility: visible; opacity: 1; }
.js.ready .slide { transition: opacity 0.3s ease, visibility 0s linear 0.3s; }
.js.ready .slide.current { transition: opacity 0.3s ease; }
.js .frame { box-shadow: none; }
.js .notes { display: none; }
.js .frame { cursor: pointer; }
.js.notes-on { --notes-h: 34vh; }
.notes-pane {
  position: fixed; left: 0; right: 0; bottom: 0; height: 34vh; overflow: auto; padding: 1.2vh 2vw;
  background: #12161d; color: #e9edf3; font: 2.2vh/1.45 var(--font); border-top: 3px solid var(--accent);
}
.notes-pane header { display: flex; gap: 2em; color: #9aa5b6; font-weight: 700; margin-bottom: 0.5em; }
.notes-pane header span:first-child { flex: 1; }
.notes-pane ul { margin: 0; padding-left: 1.3em; }
.notes-pane li { margin-bottom: 0.25em; }
.notes-next { color: #9aa5b6; margin: 0.6em 0 0; }
.blackout { position: fixed; inset: 0; background: #000; z-index: 20; cursor: none; }
.help {
  position: fixed; inset: 0; z-index: 30; display: grid; place-items: center; background: rgb(0 0 0 / 0.6);
  font: 2.2vh/1.5 var(--font);
}
.help > div { background: var(--bg); color: var(--fg); border-radius: 12px; padding: 3vh 3vw; min-width: 40vw; box-shadow: 0 1vh 4vh rgb(0 0 0 / 0.4); }
.help h2 { font-size: 3.4vh; margin-bottom: 1.5vh; }
.help table { border-collapse: collapse; width: 100%; }
.help th { text-align: left; padding: 0.45vh 2vw 0.45vh 0; white-space: nowrap; }
.help td { padding: 0.45vh 0; color: var(--muted); }
kbd { font: inherit; font-size: 0.85em; font-weight: 700; border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 5px; padding: 0.05em 0.4em; background: var(--panel); color: var(--fg); }
.help p { margin-top: 1.5vh; color: var(--muted); font-size: 0.85em; }

/* Overview grid. */
.js.overview .deck { overflow: auto; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(22vw, 420px), 1fr)); gap: 1.6vw; padding: 2vw; align-content: start; }
.js.overview .slide, .js.ready.overview .slide { position: relative; left: auto; top: auto; width: auto; transform: none; visibility: visible; opacity: 1; transition: none; }
.js.overview .frame { box-shadow: 0 0.3em 1em rgb(0 0 0 / 0.2); }
.js.overview .slide.current .frame { outline: max(3px, 0.35cqw) solid var(--accent); outline-offset: 3px; }

@media (prefers-reduced-motion: reduce) {
  .js.ready .slide, .js.ready .slide.current { transition: none !important; }
}

/* Print: one slide a page, 16:9, light, no chrome. */
@page { size: 16in 9in; margin: 0; }
@media print {
  :root {
    --bg: #ffffff; --page: #ffffff; --fg: #141a24; --muted: #5a6474; --line: #dfe3ea; --panel: #f4f6f9;
    --track: #e6e9ef; --green: #1c8a4a; --yellow: #b77900; --red: #cf3434; --none: #9aa3b1;
    --accent-ink: var(--accent); --on-band: #ffffff; --series2: #2b3a55; --series3: #8e44c9;
  }
  html, body { background: #fff; overflow: visible !important; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .notes-pane, .help, .blackout, .notes, #live { display: none !important; }
  .deck, .js .deck, .js.overview .deck { position: static; display: block; padding: 0; overflow: visible; inset: auto; }
  .slide, .js .slide, .js.overview .slide {
    position: static; transform: none; visibility: visible; opacity: 1; transition: none;
    width: 16in; height: 9in; margin: 0; overflow: hidden; break-after: page; page-break-after: always; break-inside: avoid;
  }
  .slide:last-child, .js .slide:last-child { break-after: auto; page-break-after: auto; }
  .frame, .js .frame { width: 16in; height: 9in; aspect-ratio: auto; box-shadow: none; outline: none !important; }
}
"""#

    /// The logo, drawn from one `--logo` variable (the image is embedded once, however many
    /// slides show it); emitted only for a deck with a logo, after `css`, whose rules it overrides.
    static let logoCSS = #"""

.foot-logo { display: block; width: 5em; background: var(--logo) right center / contain no-repeat; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.logo { display: block; box-sizing: content-box; width: 9em; max-width: none; background: #fff var(--logo) center / contain no-repeat; background-origin: content-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
"""#
}
