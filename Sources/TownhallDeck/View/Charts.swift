import TownhallCore

/// Inline SVG charts, as geometry the template draws. Every text here is plain and goes through
/// the template's escaping, in `<title>`, `<desc>`, `<text>` and attributes alike.
///
/// Charts carry a text alternative: `role="img"` with a `<title>` and a `<desc>` that says in
/// words what the chart shows.

/// A 0–1 scale with a filled bar, reference markers and shaded zones (committed vs aspirational).
struct GaugeChart {
    var id: String
    var title: String
    var desc: String
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
        self.id = id; self.title = title; self.desc = desc; self.band = band
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
    var x: String
    var width: String
    var label: String
    var labelX: String
}

/// One horizontal bar split into band segments.
struct StackChart {
    var id: String
    var title: String
    var desc: String
    var segments: [StackSegment]

    init(id: String, title: String, desc: String, counts: [(band: String, count: Int)]) {
        self.id = id; self.title = title; self.desc = desc
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
    var x: String
    var width: String
    var band: String
}

/// Key results by score bucket (0–0.1, …, 0.9–1.0, and exactly 1.0), each column stacked by band.
struct HistogramChart {
    var id: String
    var title: String
    var desc: String
    var columns: [HistogramColumn]
    /// The baseline's y.
    var baseline: String

    static let top = 48.0, bottom = 318.0, left = 16.0, right = 984.0

    /// `counts[bucket][band]` with bands in `Band.allCases` order; `labels[bucket]` names each bucket.
    init(id: String, title: String, desc: String, counts: [[Int]], labels: [String]) {
        self.id = id; self.title = title; self.desc = desc
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
    var x: String
    var width: String
    var center: String
    var segments: [HistogramSegment]
    var count: String
    var countY: String
    var label: String
}

struct HistogramSegment {
    var y: String
    var height: String
    var band: String
}
