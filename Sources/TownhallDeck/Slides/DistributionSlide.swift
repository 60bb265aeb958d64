import TownhallCore

/// Where the key results landed: by band and by score.
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

extension DistributionSlide: SlideContent {
    static let partial = "distribution"

    static let template = """
        <header class="head"><p class="kicker">Score distribution</p><h2>Where our key results landed</h2></header>
        <div class="dist">
        {{#stack}}<svg class="stack" viewBox="0 0 1000 40" preserveAspectRatio="none" role="img" aria-labelledby="{{id}}-t {{id}}-d"><title id="{{id}}-t">{{title}}</title><desc id="{{id}}-d">{{desc}}</desc>{{#segments}}<rect class="band-{{band}}" x="{{x}}" y="0" width="{{width}}" height="40"/>{{/segments}}</svg>{{/stack}}
        <ul class="legend">{{#legend}}<li class="tone-{{band}}"><span class="swatch"></span><span>{{label}}</span> <strong>{{count}}</strong> <span class="legend-share">{{share}}</span></li>{{/legend}}</ul>
        {{#histogram}}{{> histogram}}{{/histogram}}
        </div>
        <p class="footnote">{{footnote}}</p>
        """
}

extension DeckBuilder {
    mutating func distributionSlide() {
        let bands = report.headline.bands
        let counts = Band.allCases.map { (band: $0.rawValue, count: bands[$0] ?? 0) }
        let total = counts.reduce(0) { $0 + $1.count }
        let labels = ["green": "Green", "yellow": "Amber", "red": "Red"]
        let edges = [
            "green": "≥ \(Format.score(th.green))", "yellow": "\(Format.score(th.yellow))–\(Format.score(th.green))",
            "red": "< \(Format.score(th.yellow))",
        ]
        let legend = counts.map {
            LegendItem(band: $0.band, label: "\(labels[$0.band] ?? $0.band) \(edges[$0.band] ?? "")",
                       count: Format.count($0.count), share: Format.share($0.count, of: total))
        }
        let words = counts.map { "\(Format.count($0.count)) \(labels[$0.band]?.lowercased() ?? $0.band) (\(Format.share($0.count, of: total)))" }
            .joined(separator: ", ")
        let buckets = digest.histogram.map { $0.reduce(0, +) }
        let bucketWords = zip(CycleDigest.bucketLabels, buckets).map { "\($0): \(Format.count($1))" }.joined(separator: ", ")
        let stack = StackChart(id: chartID(), title: "Key results by band", desc: "Scored key results by band: \(words).",
                               counts: counts)
        let hist = HistogramChart(
            id: chartID(), title: "Key results by score",
            desc: "Scored key results by score, in steps of 0.1 from 0 to 1, then exactly 1.0: \(bucketWords).",
            counts: digest.histogram, labels: CycleDigest.bucketLabels)
        let c = report.counts
        var notes = ["Of \(Format.count(total)) scored key results: \(words)."]
        if let peak = buckets.indices.max(by: { buckets[$0] < buckets[$1] }), buckets[peak] > 0 {
            let range = peak == 10 ? "exactly 1.0" : "\(CycleDigest.bucketLabels[peak])–\(CycleDigest.bucketLabels[peak + 1] == "1.0" ? "1.0" : CycleDigest.bucketLabels[peak + 1])"
            notes.append("The most common score is \(range), with \(Format.plural(buckets[peak], "key result")).")
        }
        notes.append("A healthy cycle shows commitments bunched at 1.0 and aspirations spread around \(Format.score(th.aspirationalTarget)).")
        var s = SlideView(name: "Score distribution", kind: "distribution", notes: notes)
        s.content = [DistributionSlide(
            stack: stack, legend: legend, histogram: hist,
            footnote: "\(Format.count(total)) scored key results · \(Format.count(c.unscored)) unscored and \(Format.count(c.dropped)) dropped not shown")]
        add(s)
    }
}
