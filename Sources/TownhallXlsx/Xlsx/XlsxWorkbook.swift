import CXlsxWriter
import Foundation

// A small, safe layer over libxlsxwriter's C API.
//
// - Every `lxw_error` is checked and thrown as `ScorecardError.library` with `lxw_strerror`'s text.
// - `workbook_close` runs exactly once: `XlsxWorkbook.close()` or, on any path that skipped it, `deinit`.
// - Nothing here is global but `LibraryMessages`: handles live in values owned by one write.
// - libxlsxwriter's own stderr lines never reach the user: they are captured while a workbook is
//   open and become part of townhall's error (`LibraryMessages`).
// - Row and column numbers are `Int`s here and clamp into `lxw_row_t` (UInt32) / `lxw_col_t` (UInt16),
//   so an out-of-range index reaches libxlsxwriter and comes back as its own error, never as a trap.

/// Throws `ScorecardError.library` when `error` is not `LXW_NO_ERROR`.
@inline(__always)
func lxwCheck(_ error: lxw_error, _ call: StaticString, place: @autoclosure () -> String? = nil) throws {
    guard error.rawValue != LXW_NO_ERROR.rawValue else { return }
    throw ScorecardError.library(
        call: "\(call)", code: error.rawValue, message: String(cString: lxw_strerror(error)), place: place())
}

/// libxlsxwriter's `uint8_t` option value of an imported C enum constant.
@inline(__always)
func lxwOption<E: RawRepresentable>(_ value: E) -> UInt8 where E.RawValue: BinaryInteger {
    UInt8(truncatingIfNeeded: value.rawValue)
}

/// The text libxlsxwriter prints on C's `stderr` (`[ERROR] workbook_close(): Error creating …`):
/// while any workbook is open, C's `stderr` points at a temporary file, so the lines never land
/// on the user's terminal beside townhall's own message, which quotes them instead. townhall's
/// messages go to file descriptor 2 directly and are not affected.
final class LibraryMessages: @unchecked Sendable {
    static let shared = LibraryMessages()
    private let lock = NSLock()
    private var users = 0
    private var capture: UnsafeMutablePointer<FILE>?
    private var previous: UnsafeMutablePointer<FILE>?

    func begin() {
        lock.withLock {
            if users == 0, let f = tmpfile() {
                capture = f
                previous = townhall_swap_stderr(f)
            }
            users += 1
        }
    }

    /// What was printed since the last call, as one line (`[ERROR] ` prefixes dropped).
    func take() -> String {
        lock.withLock {
            guard let f = capture else { return "" }
            fflush(f)
            rewind(f)
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, 4096, f) }
                if n == 0 { break }
                bytes += chunk[..<n]
            }
            rewind(f)
            ftruncate(fileno(f), 0)
            return String(decoding: bytes, as: UTF8.self)
                .split(whereSeparator: \.isNewline)
                .map { line -> String in
                    var l = String(line)
                    for prefix in ["[ERROR] ", "[WARNING] "] where l.hasPrefix(prefix) { l.removeFirst(prefix.count) }
                    return l.trimmingCharacters(in: .whitespaces)
                }
                .filter { !$0.isEmpty }
                .joined(separator: "; ")
        }
    }

    func end() {
        lock.withLock {
            users -= 1
            if users == 0, let f = capture {
                _ = townhall_swap_stderr(previous)
                fclose(f)
                capture = nil
            }
        }
    }
}

/// One workbook being written. Not shareable across threads; used by one write from start to end.
final class XlsxWorkbook {
    /// `nil` once closed: nothing may touch the workbook after `workbook_close`.
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    let path: String
    /// C copies handed to libxlsxwriter that must outlive the workbook (freed in `deinit`).
    private var retained: [UnsafeMutablePointer<CChar>] = []
    let diagnostics: Diagnostics

    /// Starts a workbook at `path` (the file itself is written by `close()`).
    init(path: String, constantMemory: Bool, zip64: Bool, temporaryDirectory: String?, diagnostics: Diagnostics) throws {
        self.path = path
        self.diagnostics = diagnostics
        var options = lxw_workbook_options()
        options.constant_memory = constantMemory ? 1 : 0
        options.use_zip64 = zip64 ? 1 : 0
        if let dir = temporaryDirectory, let copy = strdup(dir) {
            retained.append(copy)
            options.tmpdir = copy
        }
        LibraryMessages.shared.begin()
        guard let h = path.withCString({ workbook_new_opt($0, &options) }) else {
            _ = LibraryMessages.shared.take()
            LibraryMessages.shared.end()
            throw ScorecardError.cannotStart(path: path)
        }
        handle = h
    }

    deinit {
        // Only reached without `close()` when a caller forgot it: still close exactly once.
        if let h = handle {
            _ = workbook_close(h)
            _ = LibraryMessages.shared.take()
            LibraryMessages.shared.end()
        }
        for p in retained { free(p) }
    }

    /// The open libxlsxwriter workbook (for code that creates its parts directly).
    func rawHandle() -> UnsafeMutablePointer<lxw_workbook> { live() }

    private func live() -> UnsafeMutablePointer<lxw_workbook> {
        guard let h = handle else { preconditionFailure("libxlsxwriter workbook used after workbook_close") }
        return h
    }

    /// Writes the file and frees every format, sheet and chart. Runs `workbook_close` once; later calls do nothing.
    func close() throws {
        guard let h = handle else { return }
        handle = nil
        let error = workbook_close(h)
        let printed = LibraryMessages.shared.take()
        LibraryMessages.shared.end()
        guard error.rawValue != LXW_NO_ERROR.rawValue else { return }
        let message = String(cString: lxw_strerror(error)) + (printed.isEmpty ? "" : " (\(printed))")
        throw ScorecardError.library(call: "workbook_close", code: error.rawValue, message: message, place: path)
    }

    /// Fills the workbook with `render` and closes it, exactly once either way: a workbook that
    /// fails to render or to close leaves no partial file behind.
    func write(_ render: () throws -> Void) throws {
        do {
            try render()
        } catch {
            try? close()
            unlink(path)
            throw error
        }
        do {
            try close()
        } catch {
            unlink(path)
            throw error
        }
    }

    /// Adds a worksheet named `name` (≤ 31 characters, no `[]:*?/\`).
    func addSheet(_ name: String) throws -> XlsxSheet {
        guard let ws = name.withCString({ workbook_add_worksheet(live(), $0) }) else {
            throw ScorecardError.cannotAddSheet(name: name)
        }
        return XlsxSheet(handle: ws, name: name, diagnostics: diagnostics)
    }

    /// Adds a cell format; `configure` sets its properties. Formats belong to the workbook.
    func format(_ configure: (XlsxFormat) -> Void = { _ in }) throws -> XlsxFormat {
        try XlsxWorkbook.format(in: live(), configure)
    }

    /// Adds a cell format to the libxlsxwriter workbook `handle` (the scorecard's or the benchmark floor's).
    static func format(in handle: UnsafeMutablePointer<lxw_workbook>, _ configure: (XlsxFormat) -> Void) throws -> XlsxFormat {
        guard let f = workbook_add_format(handle) else {
            throw ScorecardError.library(call: "workbook_add_format", code: LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue,
                                         message: String(cString: lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED)),
                                         place: nil)
        }
        let format = XlsxFormat(pointer: f)
        configure(format)
        return format
    }

    /// Adds a chart of `type` (`LXW_CHART_BAR`, …); insert it into a sheet with `XlsxSheet.insert(_:…)`.
    func chart(_ type: lxw_chart_type, title: String) throws -> XlsxChart {
        guard let c = workbook_add_chart(live(), lxwOption(type)) else {
            throw ScorecardError.cannotAddChart(title: title)
        }
        let chart = XlsxChart(pointer: c)
        if !title.isEmpty { chart.title(title) }
        return chart
    }

    /// Document properties (File ▸ Properties). Texts are cut to 255 characters.
    func setProperties(title: String, subject: String, author: String, company: String, keywords: String,
                       comments: String, category: String, created: Date) throws {
        var props = lxw_doc_properties()
        var copies: [UnsafeMutablePointer<CChar>] = []
        defer { for p in copies { free(p) } }
        func c(_ s: String) -> UnsafeMutablePointer<CChar>? {
            // XML cannot hold most control characters (libxlsxwriter does not escape them here).
            let clean = String(String.UnicodeScalarView(s.unicodeScalars.filter {
                $0.value >= 0x20 && $0.value != 0xFFFE && $0.value != 0xFFFF
            }).prefix(255))
            guard !clean.isEmpty, let p = strdup(clean) else { return nil }
            copies.append(p)
            return p
        }
        props.title = c(title)
        props.subject = c(subject)
        props.author = c(author)
        props.company = c(company)
        props.keywords = c(keywords)
        props.comments = c(comments)
        props.category = c(category)
        props.created = time_t(created.timeIntervalSince1970.rounded(.down))
        try lxwCheck(workbook_set_properties(live(), &props), "workbook_set_properties")
    }
}

/// A cell format owned by its workbook. Setters return the format so they read as a list.
struct XlsxFormat {
    let pointer: UnsafeMutablePointer<lxw_format>

    @discardableResult func bold() -> Self { format_set_bold(pointer); return self }
    @discardableResult func italic() -> Self { format_set_italic(pointer); return self }
    @discardableResult func size(_ points: Double) -> Self { format_set_font_size(pointer, points); return self }
    @discardableResult func font(_ name: String) -> Self { name.withCString { format_set_font_name(pointer, $0) }; return self }
    @discardableResult func color(_ rgb: UInt32) -> Self { format_set_font_color(pointer, rgb); return self }
    /// A solid background fill.
    @discardableResult func fill(_ rgb: UInt32) -> Self {
        format_set_pattern(pointer, lxwOption(LXW_PATTERN_SOLID))
        format_set_bg_color(pointer, rgb)
        return self
    }
    @discardableResult func numberFormat(_ code: String) -> Self {
        code.withCString { format_set_num_format(pointer, $0) }
        return self
    }
    @discardableResult func align(_ a: lxw_format_alignments) -> Self { format_set_align(pointer, lxwOption(a)); return self }
    @discardableResult func wrap() -> Self { format_set_text_wrap(pointer); return self }
    @discardableResult func indent(_ level: Int) -> Self {
        format_set_indent(pointer, UInt8(clamping: level))
        return self
    }
    @discardableResult func bottomBorder(_ rgb: UInt32, thick: Bool = false) -> Self {
        format_set_bottom(pointer, lxwOption(thick ? LXW_BORDER_MEDIUM : LXW_BORDER_THIN))
        format_set_bottom_color(pointer, rgb)
        return self
    }
    @discardableResult func topBorder(_ rgb: UInt32) -> Self {
        format_set_top(pointer, lxwOption(LXW_BORDER_THIN))
        format_set_top_color(pointer, rgb)
        return self
    }
}

/// A chart owned by its workbook.
struct XlsxChart {
    let pointer: UnsafeMutablePointer<lxw_chart>

    func title(_ text: String, size: Double = 12) {
        text.withCString { chart_title_set_name(pointer, $0) }
        var font = lxw_chart_font()
        font.size = size
        font.bold = 1
        font.color = 0x404040
        chart_title_set_name_font(pointer, &font)
    }

    /// Adds a series whose categories and values are cell ranges of `sheet` (0-based, inclusive).
    func series(sheet: String, categories: (firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int)?,
                values: (firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int), name: String? = nil) -> XlsxSeries? {
        guard let s = chart_add_series(pointer, nil, nil) else { return nil }
        sheet.withCString { sh in
            if let c = categories {
                chart_series_set_categories(s, sh, lxw_row_t(clamping: c.firstRow), lxw_col_t(clamping: c.firstCol),
                                            lxw_row_t(clamping: c.lastRow), lxw_col_t(clamping: c.lastCol))
            }
            chart_series_set_values(s, sh, lxw_row_t(clamping: values.firstRow), lxw_col_t(clamping: values.firstCol),
                                    lxw_row_t(clamping: values.lastRow), lxw_col_t(clamping: values.lastCol))
        }
        if let name { name.withCString { chart_series_set_name(s, $0) } }
        return XlsxSeries(pointer: s)
    }

    var xAxis: XlsxAxis { XlsxAxis(pointer: pointer.pointee.x_axis) }
    var yAxis: XlsxAxis { XlsxAxis(pointer: pointer.pointee.y_axis) }

    func legend(_ position: lxw_chart_legend_position) { chart_legend_set_position(pointer, lxwOption(position)) }
    func legendFont(size: Double) {
        var font = lxw_chart_font()
        font.size = size
        chart_legend_set_font(pointer, &font)
    }
    func gap(_ percent: Int) { chart_set_series_gap(pointer, UInt16(clamping: percent)) }
    func overlap(_ percent: Int) { chart_set_series_overlap(pointer, Int8(clamping: percent)) }
    func holeSize(_ percent: Int) { chart_set_hole_size(pointer, UInt8(clamping: percent)) }
    func noBorder() {
        var line = lxw_chart_line()
        line.none = 1
        chart_chartarea_set_line(pointer, &line)
    }
    /// Empty cells leave a gap in the line rather than dropping it to zero.
    func blanksAsGaps() { chart_show_blanks_as(pointer, lxwOption(LXW_CHART_BLANKS_AS_GAP)) }
}

/// A chart axis.
struct XlsxAxis {
    let pointer: UnsafeMutablePointer<lxw_chart_axis>
    func range(min: Double, max: Double) {
        chart_axis_set_min(pointer, min)
        chart_axis_set_max(pointer, max)
    }
    func majorUnit(_ u: Double) { chart_axis_set_major_unit(pointer, u) }
    func numberFormat(_ code: String) { code.withCString { chart_axis_set_num_format(pointer, $0) } }
    func reverse() { chart_axis_set_reverse(pointer) }
    func hideGridlines() { chart_axis_major_gridlines_set_visible(pointer, 0) }
    func gridlines(_ rgb: UInt32) {
        chart_axis_major_gridlines_set_visible(pointer, 1)
        var line = lxw_chart_line()
        line.color = rgb
        line.width = 0.75
        chart_axis_major_gridlines_set_line(pointer, &line)
    }
    func font(size: Double, color: UInt32 = 0x404040) {
        var font = lxw_chart_font()
        font.size = size
        font.color = color
        chart_axis_set_num_font(pointer, &font)
    }
    func off() { chart_axis_off(pointer) }
    func noTickMarks() { chart_axis_set_major_tick_mark(pointer, lxwOption(LXW_CHART_AXIS_TICK_MARK_NONE)) }
    func noLine() {
        var line = lxw_chart_line()
        line.none = 1
        chart_axis_set_line(pointer, &line)
    }
    func title(_ text: String, size: Double = 9) {
        text.withCString { chart_axis_set_name(pointer, $0) }
        var font = lxw_chart_font()
        font.size = size
        font.bold = 0
        font.color = Palette.muted
        chart_axis_set_name_font(pointer, &font)
    }
    func labelsLow() { chart_axis_set_label_position(pointer, lxwOption(LXW_CHART_AXIS_LABEL_POSITION_LOW)) }
}

/// A chart series.
struct XlsxSeries {
    let pointer: UnsafeMutablePointer<lxw_chart_series>

    func fill(_ rgb: UInt32) {
        var f = lxw_chart_fill()
        f.color = rgb
        chart_series_set_fill(pointer, &f)
        var line = lxw_chart_line()
        line.none = 1
        chart_series_set_line(pointer, &line)
    }

    /// The series' line (line charts): colour, width in points, and an optional dash.
    func line(_ rgb: UInt32, width: Double = 2.25, dash: lxw_chart_line_dash_type? = nil) {
        var line = lxw_chart_line()
        line.color = rgb
        line.width = Float(width)
        if let dash { line.dash_type = lxwOption(dash) }
        chart_series_set_line(pointer, &line)
    }

    /// Markers on each point (so a single point of a line chart still shows), filled with `rgb`.
    func marker(_ type: lxw_chart_marker_type, size: Int = 6, _ rgb: UInt32) {
        chart_series_set_marker_type(pointer, lxwOption(type))
        chart_series_set_marker_size(pointer, UInt8(clamping: size))
        var fill = lxw_chart_fill()
        fill.color = rgb
        chart_series_set_marker_fill(pointer, &fill)
        var line = lxw_chart_line()
        line.color = rgb
        chart_series_set_marker_line(pointer, &line)
    }

    /// Colours each point (bar, slice) in order.
    func pointColors(_ colors: [UInt32]) throws {
        guard !colors.isEmpty else { return }
        var fills = colors.map { c -> lxw_chart_fill in
            var f = lxw_chart_fill()
            f.color = c
            return f
        }
        var white = lxw_chart_line()
        white.color = 0xFFFFFF
        white.width = 1
        try fills.withUnsafeMutableBufferPointer { fb in
            var points = (0..<fb.count).map { i -> lxw_chart_point in
                var p = lxw_chart_point()
                p.fill = fb.baseAddress! + i
                return p
            }
            try withUnsafeMutablePointer(to: &white) { wp in
                for i in points.indices { points[i].line = wp }
                try points.withUnsafeMutableBufferPointer { pb in
                    var list: [UnsafeMutablePointer<lxw_chart_point>?] = (0..<pb.count).map { pb.baseAddress! + $0 }
                    list.append(nil)
                    try list.withUnsafeMutableBufferPointer { lb in
                        try lxwCheck(chart_series_set_points(pointer, lb.baseAddress), "chart_series_set_points")
                    }
                }
            }
        }
    }

    /// Shows each point's value, with `numberFormat` and an optional position.
    func labels(numberFormat: String, position: lxw_chart_label_position? = nil, size: Double = 9,
                color: UInt32 = 0x404040, bold: Bool = false) {
        chart_series_set_labels(pointer)
        numberFormat.withCString { chart_series_set_labels_num_format(pointer, $0) }
        if let position { chart_series_set_labels_position(pointer, lxwOption(position)) }
        var font = lxw_chart_font()
        font.size = size
        font.color = color
        font.bold = bold ? 1 : 0
        chart_series_set_labels_font(pointer, &font)
    }
}
