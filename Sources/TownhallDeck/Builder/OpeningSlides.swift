import TownhallCore

/// The opening of the story: title, the cycle at a glance, committed vs aspirational, distribution.
extension DeckBuilder {
    mutating func titleSlide() {
        let org = name(report.organization.name)
        let c = report.counts
        let facts = [
            Format.plural(c.keyResults, "key result"), Format.plural(c.objectives, "objective"),
            Format.plural(c.teams, "team"),
        ].joined(separator: " · ")
        var s = SlideView(name: "Title", kind: "title", notes: [
            "Welcome to the \(Format.clip(report.displayName, 80)) town hall\(org.isEmpty ? "" : " of \(org)"). We close the cycle by celebrating what we won and reflecting on what we missed.",
            "This cycle: \(facts)." + (report.comparison.map { " We compare it with \(Format.clip($0.previous.name, 40)) throughout." } ?? ""),
            "Agenda: the cycle at a glance, commitments and aspirations,\(report.checkIns == nil ? "" : " how the cycle unfolded week by week,") wins, misses, team by team,\(report.checkIns == nil ? "" : " our review rhythm,") playbook health, and what carries forward.",
        ])
        if let welcome = retroWelcome(org) { s.notes[0] = welcome }
        s.titleSlide = [TitleSlide(
            cycle: retroTeam == nil ? Format.clip(report.displayName, 60) : meetingName(Format.clip(report.displayName, 30)),
            subtitle: org.isEmpty ? "Closing the cycle" : org,
            date: Format.date(report.generatedAt, timeZone: options.timeZone), facts: facts)]
        if retroTeam != nil { s.titleSlide[0].kicker = retroWords("retro.kicker") }
        add(s)
    }

    mutating func glanceSlide() {
        let h = report.headline, c = report.counts
        let com = h.committed, asp = h.aspirational
        let cmp = report.comparison
        let vs = previousName
        let lead = [
            figure(Format.score(h.overallScore), "Overall score",
                   "mean of \(Format.plural(digest.scoredObjectives, "scored objective"))", tone: band(h.overallScore),
                   delta: cmp.map { Delta.view($0.overallScore, .score, against: vs) } ?? []),
            figure(Format.percent(com.attainment), "Committed attainment",
                   "\(Format.count(com.met)) of \(Format.count(com.scored)) commitments met", tone: attainmentTone(com.attainment),
                   delta: cmp.map { Delta.view($0.committedAttainment, .points, against: vs) } ?? []),
            figure(Format.score(asp.meanScore), "Aspirational mean",
                   "\(Format.plural(asp.scored, "scored KR")) · sweet spot \(Format.score(th.aspirationalTarget))",
                   tone: aspirationTone(asp.meanScore), delta: aspirationalDelta(against: vs)),
        ]
        let rest = [
            figure(Format.count(h.wins), "Wins", "\(Format.share(h.wins, of: c.scored)) of scored key results", tone: "green",
                   delta: cmp.map { Delta.view(Double($0.wins), .count, against: vs) } ?? []),
            figure(Format.count(h.misses), "Misses",
                   "\(Format.count(digest.committedMisses)) committed · \(Format.count(digest.aspirationalMisses)) aspirational",
                   tone: "red", delta: cmp.map { Delta.view(Double($0.misses), .count, against: vs, better: .down) } ?? []),
            figure(Format.count(c.keyResults), "Key results",
                   ["\(Format.count(c.scored)) scored", c.unscored > 0 ? "\(Format.count(c.unscored)) unscored" : "",
                    c.dropped > 0 ? "\(Format.count(c.dropped)) dropped" : ""].filter { !$0.isEmpty }.joined(separator: " · "),
                   delta: cmp.map { Delta.view(Double($0.keyResults), .count, against: vs, better: .neither) } ?? []),
            figure(Format.count(c.teams), "Teams", Format.plural(c.objectives, "objective"),
                   delta: cmp.map { Delta.view(Double(c.teams - $0.previous.teams), .count, against: vs, better: .neither) } ?? []),
        ]
        var notes = [
            "Overall score \(Format.score(h.overallScore)): the mean of \(Format.plural(digest.scoredObjectives, "scored objective")).",
            "Committed attainment \(Format.percent(com.attainment)): \(Format.count(com.met)) of \(Format.count(com.scored)) commitments landed at \(Format.score(th.committedWin)).",
            "Aspirational key results averaged \(Format.score(asp.meanScore)), against a sweet spot of \(Format.score(th.aspirationalTarget)).",
            "\(Format.plural(h.wins, "win")) and \(Format.plural(h.misses, "miss", "misses")) among \(Format.count(c.scored)) scored key results.",
        ]
        if c.unscored > 0 {
            notes.append("\(Format.plural(c.unscored, "key result")) could not be scored: see the appendix.")
        }
        if let cmp {
            notes.append("Against \(vs): overall score \(Delta.words(cmp.overallScore, .score)), committed attainment \(Delta.words(cmp.committedAttainment, .points)), aspirational mean \(Delta.words(cmp.aspirationalMean, .score)); \(Delta.words(Double(cmp.wins), .count)) wins and \(Delta.words(Double(cmp.misses), .count)) misses.")
        }
        var s = SlideView(name: "The cycle at a glance", kind: "glance", notes: notes)
        s.glanceSlide = [GlanceSlide(kicker: missingTeamComparison ?? (cmp == nil ? Format.clip(report.displayName, 60) : "\(Format.clip(report.displayName, 40)) · compared with \(vs)"),
                                     lead: lead, rest: rest)]
        add(s)
    }

    /// The aspirational mean against the previous cycle: better when it moved towards the sweet spot.
    func aspirationalDelta(against vs: String) -> [DeltaView] {
        guard let cmp = report.comparison, let d = cmp.aspirationalMean, let now = report.headline.aspirational.meanScore
        else { return [] }
        let target = th.aspirationalTarget
        let closer = abs(now - target) < abs(now - d - target) - th.tolerance
        let further = abs(now - target) > abs(now - d - target) + th.tolerance
        return Delta.view(d, .score, against: vs, tone: closer ? "green" : (further ? "red" : "none"))
    }

    mutating func balanceSlide() {
        let h = report.headline
        let cv = Verdict.committed(h.committed, th), av = Verdict.aspirational(h.aspirational, th)
        let target = th.aspirationalTarget, safe = th.sandbagging
        let committedChart = GaugeChart(
            id: chartID(), title: "Committed attainment",
            desc: "Committed attainment is \(Format.percent(h.committed.attainment)); the playbook expects 100%.",
            value: h.committed.attainment, band: attainmentTone(h.committed.attainment),
            ticks: [(0, "0%"), (0.5, "50%"), (1, "100%")], markers: [(1, "target")], zones: [])
        let aspirationalChart = GaugeChart(
            id: chartID(), title: "Aspirational mean score",
            desc: "Aspirational key results averaged \(Format.score(h.aspirational.meanScore)); the playbook expects about \(Format.score(target)), and \(Format.score(safe)) or more means too safe.",
            value: h.aspirational.meanScore, band: aspirationTone(h.aspirational.meanScore),
            ticks: [(0, "0"), (0.5, "0.5"), (1, "1.0")], markers: [(target, "sweet spot \(Format.score(target))")],
            zones: safe < 1 ? [(from: safe, to: 1, label: "too safe")] : [])
        let sides = [
            BalanceSide(label: "Committed", value: Format.percent(h.committed.attainment),
                        delta: report.comparison.map { Delta.view($0.committedAttainment, .points, against: previousName) } ?? [],
                        verdict: cv.headline,
                        tone: attainmentTone(h.committed.attainment), sentence: cv.sentence, chart: committedChart),
            BalanceSide(label: "Aspirational", value: Format.score(h.aspirational.meanScore),
                        delta: aspirationalDelta(against: previousName), verdict: av.headline,
                        tone: aspirationTone(h.aspirational.meanScore), sentence: av.sentence, chart: aspirationalChart),
        ]
        var s = SlideView(name: "Committed vs aspirational", kind: "balance", notes: [
            cv.sentence, av.sentence,
            "The playbook: a commitment is a promise and should land at \(Format.score(th.committedWin)); an aspiration is a stretch, and about \(Format.score(target)) is success.",
        ])
        s.balanceSlide = [BalanceSlide(
            sides: sides,
            playbook: "Playbook: committed lands at \(Format.score(th.committedWin)) · aspirational near \(Format.score(target)) · \(Format.score(safe)) or more means goals too safe")]
        add(s)
    }

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
        s.distributionSlide = [DistributionSlide(
            stack: stack, legend: legend, histogram: hist,
            footnote: "\(Format.count(total)) scored key results · \(Format.count(c.unscored)) unscored and \(Format.count(c.dropped)) dropped not shown")]
        add(s)
    }
}
