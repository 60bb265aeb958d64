import TownhallCore

/// Inline SVG charts, as geometry the template draws. Every text here is plain and goes through
/// the template's escaping, in `<title>`, `<desc>`, `<text>` and attributes alike.
///
/// Charts carry a text alternative: `role="img"` with a `<title>` and a `<desc>` that says in
/// words what the chart shows.

/// What a chart says in words: `role="img"` labelled by `<title id="{id}-t">` and `<desc id="{id}-d">`
/// (the `alt` partial), unique per page.
struct ChartAlt {
    var id: String
    var title: String
    var desc: String
}

/// A 0–1 scale with a filled bar, reference markers and shaded zones (committed vs aspirational).
struct GaugeChart {
    var alt: ChartAlt
    /// Filled length in view-box units (0–1000).
    var fill: String
    var band: String
    var ticks: [ChartLabel]
    var markers: [ChartLabel]
    var zones: [GaugeZone]

    /// The view box is 1000 wide; the track runs from 0 to 1000 and the scale from 0 to 1.
    static let width = 1000.0

    /// A gauge for `value` (0–1) with its markers and zones, both given as positions on the scale.
    init(id: String, title: String, desc: String, value: Double?, band: String,
         ticks: [(Double, String)], markers: [(Double, String)], zones: [(from: Double, to: Double, label: String)]) {
        alt = ChartAlt(id: id, title: title, desc: desc); self.band = band
        fill = Format.geometry(Self.x(value ?? 0))
        self.ticks = ticks.map { ChartLabel(at: Self.x($0.0), text: $0.1) }
        self.markers = markers.map { ChartLabel(at: Self.x($0.0), text: $0.1) }
        self.zones = zones.map { z in
            GaugeZone(x: Format.geometry(Self.x(z.from)), width: Format.geometry(Self.x(z.to) - Self.x(z.from)),
                      label: z.label, labelX: Format.geometry(Self.x(z.to)))
        }
    }

    static func x(_ v: Double) -> Double { min(1, max(0, v.isFinite ? v : 0)) * width }
}

/// A label placed along a horizontal axis; the anchor keeps the end labels inside the view box.
struct ChartLabel {
    var x: String
    var text: String
    var anchor: String

    init(at x: Double, text: String) {
        self.x = Format.geometry(x)
        self.text = text
        anchor = x < 40 ? "start" : (x > GaugeChart.width - 40 ? "end" : "middle")
    }
}

/// A shaded stretch of a gauge, e.g. "too safe" from 0.95 to 1.
struct GaugeZone {
    var x, width: String
    var label: String
    var labelX: String
}

/// One horizontal bar split into band segments.
struct StackChart {
    var alt: ChartAlt
    var segments: [StackSegment]

    init(id: String, title: String, desc: String, counts: [(band: String, count: Int)]) {
        alt = ChartAlt(id: id, title: title, desc: desc)
        let total = counts.reduce(0) { $0 + $1.count }
        var x = 0.0
        var segs: [StackSegment] = []
        for c in counts where c.count > 0 && total > 0 {
            let w = Double(c.count) / Double(total) * 1000
            segs.append(StackSegment(x: Format.geometry(x), width: Format.geometry(w), band: c.band))
            x += w
        }
        segments = segs
    }
}

struct StackSegment {
    var x, width: String
    var band: String
}

/// Key results by score bucket (0–0.1, …, 0.9–1.0, and exactly 1.0), each column stacked by band.
struct HistogramChart {
    var alt: ChartAlt
    var columns: [HistogramColumn]
    /// The baseline's y.
    var baseline: String

    static let top = 48.0, bottom = 318.0, left = 16.0, right = 984.0

    /// `counts[bucket][band]` with bands in `Band.allCases` order; `labels[bucket]` names each bucket.
    init(id: String, title: String, desc: String, counts: [[Int]], labels: [String]) {
        alt = ChartAlt(id: id, title: title, desc: desc)
        baseline = Format.geometry(Self.bottom)
        let totals = counts.map { $0.reduce(0, +) }
        let peak = max(1, totals.max() ?? 1)
        let slot = (Self.right - Self.left) / Double(max(1, counts.count))
        let barWidth = slot * 0.74
        var cols: [HistogramColumn] = []
        for (i, bucket) in counts.enumerated() {
            let x = Self.left + slot * Double(i) + (slot - barWidth) / 2
            var y = Self.bottom
            var segs: [HistogramSegment] = []
            for (b, n) in bucket.enumerated() where n > 0 {
                let h = Double(n) / Double(peak) * (Self.bottom - Self.top)
                y -= h
                segs.append(HistogramSegment(y: Format.geometry(y), height: Format.geometry(h), band: Band.allCases[b].rawValue))
            }
            cols.append(HistogramColumn(
                x: Format.geometry(x), width: Format.geometry(barWidth), center: Format.geometry(x + barWidth / 2),
                segments: segs, count: totals[i] > 0 ? Format.count(totals[i]) : "",
                countY: Format.geometry(y - 10), label: labels[i]))
        }
        columns = cols
    }
}

struct HistogramColumn {
    var x, width, center: String
    var segments: [HistogramSegment]
    var count: String
    var countY: String
    var label: String
}

struct HistogramSegment {
    var y, height: String
    var band: String
}

/// Lines over a category axis (the weeks of a cycle, the cycles of the archive), with grid
/// lines, dashed reference marks (1.0, 0.7) and each line named at its end. A category with no
/// value leaves a gap. With one category the lines are single points.
struct LineChart {
    var alt: ChartAlt
    var viewBox: String
    var grid: [ChartRule]
    var marks: [ChartRule]
    var ticks: [ChartLabel]
    var series: [ChartSeries]
    var tickY: String

    /// One line as a builder gives it.
    struct Input {
        var name: String
        /// CSS class: `s1` (the main line), `s2`, `s3`.
        var style: String
        var values: [Double?]
        var format: (Double) -> String = { Format.score($0) }
    }

    static let width = 1000.0

    /// - Parameters:
    ///   - domain: the values at the bottom and top of the plot; values outside are clamped.
    ///   - gridLines: values with a label on the left axis.
    ///   - marks: reference values drawn dashed, labelled inside the plot.
    ///   - categories: one label per point; at most `maxLabels` are written.
    ///   - showValues: write each point's value above it (for a few points).
    init(id: String, title: String, desc: String, width: Double = LineChart.width, height: Double = 440, domain: (Double, Double),
         gridLines: [(Double, String)], marks: [(Double, String)], categories: [String], maxLabels: Int = 8,
         series inputs: [Input], showValues: Bool = false) {
        alt = ChartAlt(id: id, title: title, desc: desc)
        viewBox = "0 0 \(Format.geometry(width)) \(Format.geometry(height))"
        let plotLeft = 70.0, plotRight = width - 190, top = 30.0, bottom = height - 52
        tickY = Format.geometry(bottom + 38)
        let (lo, hi) = domain
        let n = categories.count
        let inset = n > 1 ? 26.0 : 0
        func x(_ i: Int) -> Double {
            n <= 1 ? (plotLeft + plotRight) / 2 : plotLeft + inset + (plotRight - plotLeft - 2 * inset) * Double(i) / Double(n - 1)
        }
        func y(_ v: Double) -> Double {
            let c = min(hi, max(lo, v.isFinite ? v : lo))
            return bottom - (c - lo) / max(1e-9, hi - lo) * (bottom - top)
        }
        let l = Format.geometry(plotLeft), r = Format.geometry(plotRight)
        grid = gridLines.map {
            ChartRule(y: Format.geometry(y($0.0)), label: $0.1, labelY: Format.geometry(y($0.0) + 8), x1: l, x2: r,
                      labelX: Format.geometry(plotLeft - 12))
        }
        // Reference marks are named in the right-hand column, with the lines' end labels.
        let labelColumn = plotRight - inset + 16
        self.marks = marks.map {
            ChartRule(y: Format.geometry(y($0.0)), label: $0.1, labelY: "0", x1: l, x2: Format.geometry(labelColumn - 8),
                      labelX: Format.geometry(labelColumn))
        }

        // Category labels: every `step`-th, and the last one (dropping its neighbour if too close).
        var shown: [Int] = []
        if n > 0 {
            let step = max(1, Int((Double(n) / Double(max(1, maxLabels))).rounded(.up)))
            shown = Array(stride(from: 0, to: n, by: step))
            if shown.last != n - 1 {
                if let last = shown.last, n - 1 - last < max(1, step / 2 + 1), shown.count > 1 { shown.removeLast() }
                shown.append(n - 1)
            }
        }
        ticks = shown.map { ChartLabel(at: x($0), text: categories[$0]) }

        // Lines, dots, value labels and end labels.
        var out: [ChartSeries] = []
        var endYs: [Double] = []
        let dots = n <= 24
        for input in inputs {
            var path = ""
            var previous = false
            var points: [ChartDot] = []
            var last: (Int, Double)?
            for i in 0..<min(n, input.values.count) {
                guard let v = input.values[i], v.isFinite else { previous = false; continue }
                let px = x(i), py = y(v)
                path += "\(previous ? "L" : "M")\(Format.geometry(px)) \(Format.geometry(py))"
                previous = true
                last = (i, v)
                if dots || i == n - 1 {
                    points.append(ChartDot(x: Format.geometry(px), y: Format.geometry(py), value: input.format(v),
                                           hasValue: showValues, valueY: Format.geometry(py - 16)))
                }
            }
            // A lone point between gaps is still drawn as a dot.
            if !dots, let (i, v) = last, points.last?.x != Format.geometry(x(i)) {
                points.append(ChartDot(x: Format.geometry(x(i)), y: Format.geometry(y(v)), value: input.format(v),
                                       hasValue: showValues, valueY: Format.geometry(y(v) - 16)))
            }
            // One line: the chart's title names it, the label is its last value.
            let label = last.map { showValues ? input.name : (inputs.count == 1 ? input.format($0.1) : "\(input.name) \(input.format($0.1))") } ?? ""
            endYs.append(last.map { y($0.1) + 8 } ?? bottom)
            out.append(ChartSeries(
                name: input.name, style: input.style, path: path, hasPath: path.contains("L"), dots: points,
                label: label, labelX: Format.geometry(last.map { x($0.0) + 16 } ?? plotRight), labelY: "0",
                hasLabel: last != nil))
        }
        // End labels and mark labels never overlap: spread them apart, keeping their order.
        let spread = Self.spread(endYs + marks.map { y($0.0) + 7 }, gap: 27, lo: top + 8, hi: bottom + 8)
        for i in out.indices { out[i].labelY = Format.geometry(spread[i]) }
        for j in self.marks.indices { self.marks[j].labelY = Format.geometry(spread[out.count + j]) }
        // Value labels at the same category never overlap either.
        if showValues {
            var byX: [String: [(Int, Int)]] = [:]
            for (s, line) in out.enumerated() { for (d, dot) in line.dots.enumerated() { byX[dot.x, default: []].append((s, d)) } }
            for (_, members) in byX where members.count > 1 {
                let ys = members.map { Double(out[$0.0].dots[$0.1].valueY) ?? 0 }
                let fixed = Self.spread(ys, gap: 24, lo: 18, hi: bottom - 4)
                for (k, m) in members.enumerated() { out[m.0].dots[m.1].valueY = Format.geometry(fixed[k]) }
            }
        }
        series = out
    }

    /// `ys` moved apart by at least `gap`, order kept, within `lo...hi` where the room allows.
    static func spread(_ ys: [Double], gap: Double, lo: Double, hi: Double) -> [Double] {
        let order = ys.indices.sorted { (ys[$0], $0) < (ys[$1], $1) }
        var placed = order.map { min(hi, max(lo, ys[$0])) }
        for k in placed.indices.dropFirst() where placed[k] < placed[k - 1] + gap { placed[k] = placed[k - 1] + gap }
        // Pushed past the bottom: shift the tail up.
        if let last = placed.last, last > hi {
            placed[placed.count - 1] = hi
            for k in placed.indices.dropLast().reversed() where placed[k] > placed[k + 1] - gap { placed[k] = placed[k + 1] - gap }
        }
        var out = ys
        for (k, i) in order.enumerated() { out[i] = placed[k] }
        return out
    }
}

/// A horizontal rule of a chart with its label.
struct ChartRule {
    var y: String
    var label: String
    var labelY, x1, x2, labelX: String
}

/// One line of a `LineChart`.
struct ChartSeries {
    var name: String
    var style: String
    /// SVG path data (`M x y L x y …`), empty when no value.
    var path: String
    /// More than one point joined: draw the path.
    var hasPath: Bool
    var dots: [ChartDot]
    var label: String
    var labelX, labelY: String
    var hasLabel: Bool
}

struct ChartDot {
    var x, y: String
    var value: String
    var hasValue: Bool
    var valueY: String
}

/// A tiny line of a key result's (or a team's) score over time: 0 at the bottom, 1 at the top,
/// a faint rule at the goal, the latest point as a dot in its band's colour. It has its own
/// text alternative, since it says something the figures beside it do not.
struct Sparkline {
    var alt: ChartAlt
    var viewBox: String
    var path: String
    var hasPath: Bool
    var dotX, dotY: String
    var hasDot: Bool
    var band: String
    var goalY: String
    var right: String

    /// `points` as (position 0–1 along the time axis, value 0–1).
    init(id: String, title: String, desc: String, points: [(x: Double, y: Double)], band: String, goal: Double,
         width: Double = 120, height: Double = 34) {
        alt = ChartAlt(id: id, title: title, desc: desc); self.band = band
        viewBox = "0 0 \(Format.geometry(width)) \(Format.geometry(height))"
        let pad = 4.0
        func px(_ v: Double) -> Double { pad + min(1, max(0, v.isFinite ? v : 0)) * (width - 2 * pad) }
        func py(_ v: Double) -> Double { height - pad - min(1, max(0, v.isFinite ? v : 0)) * (height - 2 * pad) }
        path = Self.downsampled(points, to: Self.maxPoints).enumerated()
            .map { i, p in "\(i == 0 ? "M" : "L")\(Format.geometry(px(p.x))) \(Format.geometry(py(p.y)))" }
            .joined()
        hasPath = points.count > 1
        dotX = Format.geometry(points.last.map { px($0.x) } ?? 0)
        dotY = Format.geometry(points.last.map { py($0.y) } ?? 0)
        hasDot = !points.isEmpty
        goalY = Format.geometry(py(goal))
        right = Format.geometry(width - pad)
    }

    /// Points a sparkline draws at most: two per pixel of its default width, more than the eye can
    /// tell apart (two million check-ins on one KR made a 22 MB path).
    static let maxPoints = 240

    /// At most `limit` of `points` (ordered by x): the first and the last, and the lowest and highest
    /// of each of the buckets between, in their order — the line keeps its ends and its extremes.
    static func downsampled(_ points: [(x: Double, y: Double)], to limit: Int) -> [(x: Double, y: Double)] {
        guard points.count > limit, limit >= 4 else { return points }
        let inner = 1..<(points.count - 1), buckets = (limit - 2) / 2
        var out = [points[0]]
        out.reserveCapacity(limit)
        for b in 0..<buckets {
            let lo = inner.lowerBound + inner.count * b / buckets, hi = inner.lowerBound + inner.count * (b + 1) / buckets
            guard lo < hi else { continue }
            var low = lo, high = lo
            for i in lo..<hi {
                if points[i].y < points[low].y { low = i }
                if points[i].y > points[high].y { high = i }
            }
            out.append(points[min(low, high)])
            if low != high { out.append(points[max(low, high)]) }
        }
        out.append(points[points.count - 1])
        return out
    }
}

/// Columns grouped by category (a few cycles), one colour per series, each column labelled with
/// its value, dashed reference marks labelled in the right margin and a legend on top. Columns
/// start at the domain's zero (or its bottom), so negative values hang below zero.
struct ColumnChart {
    var alt: ChartAlt
    var viewBox: String
    var grid: [ChartRule]
    var marks: [ChartRule]
    var groups: [ColumnGroup]
    var legend: [ColumnLegend]
    var hasLegend: Bool
    var baseline: String
    var left: String
    var right: String

    init(id: String, title: String, desc: String, width: Double = LineChart.width, height: Double = 440,
         domain: (Double, Double), gridLines: [(Double, String)], marks: [(Double, String)], categories: [String],
         series inputs: [LineChart.Input]) {
        alt = ChartAlt(id: id, title: title, desc: desc)
        viewBox = "0 0 \(Format.geometry(width)) \(Format.geometry(height))"
        let legendRow = inputs.count > 1
        let plotLeft = 70.0, plotRight = width - 170, top = legendRow ? 70.0 : 34.0, bottom = height - 52
        let (lo, hi) = domain
        func y(_ v: Double) -> Double {
            let c = min(hi, max(lo, v.isFinite ? v : lo))
            return bottom - (c - lo) / max(1e-9, hi - lo) * (bottom - top)
        }
        let l = Format.geometry(plotLeft), r = Format.geometry(plotRight)
        left = l; right = r
        grid = gridLines.map {
            ChartRule(y: Format.geometry(y($0.0)), label: $0.1, labelY: Format.geometry(y($0.0) + 8), x1: l, x2: r,
                      labelX: Format.geometry(plotLeft - 12))
        }
        self.marks = marks.map {
            ChartRule(y: Format.geometry(y($0.0)), label: $0.1, labelY: Format.geometry(y($0.0) + 7), x1: l, x2: r,
                      labelX: Format.geometry(plotRight + 12))
        }
        let zero = y(min(hi, max(lo, 0)))
        baseline = Format.geometry(zero)
        let n = max(1, categories.count), k = max(1, inputs.count)
        let slot = (plotRight - plotLeft) / Double(n)
        let groupWidth = min(slot * 0.74, Double(k) * 90)
        let bar = groupWidth / Double(k)
        groups = categories.indices.map { i in
            let start = plotLeft + slot * Double(i) + (slot - groupWidth) / 2
            let bars = inputs.indices.compactMap { s -> ColumnBar? in
                guard i < inputs[s].values.count, let v = inputs[s].values[i], v.isFinite else { return nil }
                let top = min(y(v), zero), h = abs(y(v) - zero)
                let x = start + bar * Double(s)
                return ColumnBar(x: Format.geometry(x + 2), y: Format.geometry(top), width: Format.geometry(max(1, bar - 4)),
                                 height: Format.geometry(max(1.5, h)), style: inputs[s].style,
                                 value: inputs[s].format(v), center: Format.geometry(x + bar / 2),
                                 valueY: Format.geometry(v >= 0 || lo >= 0 ? top - 9 : top + h + 22))
            }
            return ColumnGroup(label: categories[i], center: Format.geometry(plotLeft + slot * (Double(i) + 0.5)),
                               labelY: Format.geometry(bottom + 38), bars: bars)
        }
        var x = plotLeft
        legend = legendRow ? inputs.map { input in
            defer { x += 40 + Double(input.name.count) * 12 + 30 }
            return ColumnLegend(name: input.name, style: input.style, x: Format.geometry(x), textX: Format.geometry(x + 30),
                                y: "22", textY: "38")
        } : []
        hasLegend = legendRow
    }
}

struct ColumnGroup {
    var label: String
    var center, labelY: String
    var bars: [ColumnBar]
}

struct ColumnBar {
    var x, y, width, height: String
    var style: String
    var value: String
    var center, valueY: String
}

struct ColumnLegend {
    var name: String
    var style: String
    var x, textX, y, textY: String
}

/// One chart of a `ChartSlide`: lines for many categories (weeks, cycles), columns for a few.
struct TrendChart {
    var title: String
    var line: [LineChart]
    var columns: [ColumnChart]
}
