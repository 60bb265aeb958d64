import TownhallCore

/// Where the key results landed: by band and by score.
struct DistributionSlide: SlideContent {
    static let template = """
        {{#heading}}{{> heading}}{{/heading}}
        <div class="dist">
        {{#stack}}<svg class="stack" viewBox="0 0 1000 40" preserveAspectRatio="none" role="img" aria-labelledby="{{alt.id}}-t {{alt.id}}-d">{{#alt}}{{> alt}}{{/alt}}{{#segments}}<rect class="band-{{band}}" x="{{x}}" y="0" width="{{width}}" height="40"/>{{/segments}}</svg>{{/stack}}
        <ul class="legend">{{#legend}}<li class="tone-{{band}}"><span class="swatch"></span><span>{{label}}</span> <strong>{{count}}</strong> <span class="legend-share">{{share}}</span></li>{{/legend}}</ul>
        {{#histogram}}{{> histogram}}{{/histogram}}
        </div>
        <p class="footnote">{{footnote}}</p>
        """

    var heading: Heading
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

extension DeckBuilder {
    mutating func distributionSlide() {
        let bands = report.headline.bands
        let counts = Band.allCases.map { (band: $0.rawValue, count: bands[$0] ?? 0) }
        let total = counts.reduce(0) { $0 + $1.count }
        let labels = ["green": say("distribution.green"), "yellow": say("distribution.amber"), "red": say("distribution.red")]
        let edges = [
            "green": "≥ \(words.score(th.green))", "yellow": "\(words.score(th.yellow))–\(words.score(th.green))",
            "red": "< \(words.score(th.yellow))",
        ]
        let legend = counts.map {
            LegendItem(band: $0.band, label: say("distribution.legendLabel", ["band": .text(labels[$0.band] ?? $0.band), "range": .text(edges[$0.band] ?? "")]),
                       count: words.count($0.count), share: Format.share($0.count, of: total, words))
        }
        let said = counts.map { say("distribution.text", ["value": .count($0.count), "band": .text(labels[$0.band]?.lowercased() ?? $0.band), "total": .text(Format.share($0.count, of: total, words))]) }
        let buckets = digest.histogram.map { $0.reduce(0, +) }
        let bucketWords = listed(zip(CycleDigest.bucketLabels, buckets).map { say("distribution.bucket", ["bucket": .text($0), "n": .count($1)]) })
        let stack = StackChart(id: chartID(), title: say("distribution.keyResultsBy"), desc: say("distribution.scoredKeyResults", ["words": .text(listed(said))]),
                               counts: counts)
        let hist = HistogramChart(
            id: chartID(), title: say("distribution.keyResultsBy2"),
            desc: say("distribution.scoredKeyResults2", ["bucketWords": .text(bucketWords)]),
            counts: digest.histogram, labels: CycleDigest.bucketLabels)
        let c = report.counts
        var notes = [say("distribution.ofScoredKey", ["total": .count(total), "words": .text(listed(said))])]
        if let peak = buckets.indices.max(by: { buckets[$0] < buckets[$1] }), buckets[peak] > 0 {
            let range = peak == 10 ? say("distribution.exactly") : "\(CycleDigest.bucketLabels[peak])–\(CycleDigest.bucketLabels[peak + 1] == "1.0" ? "1.0" : CycleDigest.bucketLabels[peak + 1])"
            notes.append(say("distribution.theMostCommon", ["range": .text(range), "keyResults": .text(many(buckets[peak], .keyResults))]))
        }
        notes.append(say("distribution.aHealthyCycle", ["aspirationalTarget": .text(words.score(th.aspirationalTarget))]))
        var s = SlideView(name: say("distribution.scoreDistribution"), kind: "distribution", notes: notes)
        s.content = [DistributionSlide(heading: Heading(kicker: say("distribution.t.scoreDistribution"), title: say("distribution.t.whereOurKey")),
            stack: stack, legend: legend, histogram: hist,
            footnote: say("distribution.scoredKeyResults3", ["total": .count(total), "unscored": .count(c.unscored), "dropped": .count(c.dropped)]))]
        add(s)
    }
}
