/// The trends deck's own style, added to the shared deck style for every language but English.
///
/// German, French and Spanish run 30–40 % longer than English (the pseudo-locale too): in the
/// trends deck the headline figures beside the chart and the streak cards then outgrow their
/// slide, so their column is wider and denser and a streak's detail keeps to one line. English
/// keeps the shared layout, byte for byte. Japanese breaks lines by its own rules (no break
/// before small kana or closing brackets), keeps words whole where it can, and may break a long
/// Latin run (an id, a URL) anywhere rather than overflow.
enum TrendsStyle {
    static let css = """

        .slide-trend-lines .chart-body { grid-template-columns: 1fr 30%; gap: 1.4em; }
        .slide-trend-lines .figures.compact { gap: 0.4em; }
        .slide-trend-lines .figures.compact .figure { padding: 0.4em 0.8em 0.45em; }
        .slide-trend-lines .figures.compact .fig-value { font-size: 1.4em; }
        .slide-trend-lines .figures.compact .fig-label { font-size: 0.74em; }
        .slide-trend-lines .figures.compact .fig-detail { font-size: 0.58em; }
        .slide-trend-streaks .streak-detail { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        :lang(ja) .slide { line-break: strict; word-break: normal; overflow-wrap: anywhere; }

        """
}
