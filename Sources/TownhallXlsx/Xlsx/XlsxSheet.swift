import CXlsxWriter
import Foundation

/// One worksheet of an `XlsxWorkbook`. In constant-memory mode its rows must be written in order.
final class XlsxSheet {
    let handle: UnsafeMutablePointer<lxw_worksheet>
    let name: String
    /// The name as a formula prefix: `'Key Results'!`.
    let reference: String
    private let diagnostics: Diagnostics
    /// The input line of the row being written, named in warnings about its cells.
    var sourceLine: Int?
    /// The input file the rows come from, when it is not the report's own (the check-ins file).
    var sourceFile: String?
    /// Input column names by sheet column, named in warnings about their cells.
    var sourceColumns: [String] = []
    /// Reused for formulas built from templates.
    private var scratch: [CChar] = []

    init(handle: UnsafeMutablePointer<lxw_worksheet>, name: String, diagnostics: Diagnostics) {
        self.handle = handle
        self.name = name
        self.reference = A1.sheet(name)
        self.diagnostics = diagnostics
        scratch.reserveCapacity(512)
    }

    private func place(_ row: Int, _ col: Int) -> String { "\(reference)\(A1.cell(row, col))" }

    // MARK: Cells

    /// Writes input or label text as a string cell: never a formula, a number or a link, whatever it looks like.
    func text(_ row: Int, _ col: Int, _ s: String, _ format: XlsxFormat? = nil) throws {
        if s.isEmpty {
            if format != nil { try blank(row, col, format) }
            return
        }
        let r = lxw_row_t(clamping: row), c = lxw_col_t(clamping: col)
        let n = s.utf8.count
        let written: lxw_error? = s.withCString { p in
            // Fast path: short enough for any count, no NUL inside, nothing Excel would read as an escape.
            guard n <= CellText.excelLimit, strlen(p) == n, !CellText.hasEscapeLookalike(p, count: n) else { return nil }
            return worksheet_write_string(handle, r, c, p, format?.pointer)
        }
        if let written {
            try lxwCheck(written, "worksheet_write_string", place: self.place(row, col))
            return
        }
        let prepared = CellText.prepare(s)
        try prepared.text.withCString { p in
            try lxwCheck(worksheet_write_string(handle, r, c, p, format?.pointer), "worksheet_write_string",
                         place: self.place(row, col))
        }
        let column = col < sourceColumns.count ? sourceColumns[col] : nil
        if let from = prepared.truncatedFrom {
            diagnostics.truncated(place: "'\(name)'!\(A1.cell(row, col))", line: sourceLine, column: column, from: from,
                                  file: sourceFile)
        }
        if prepared.hadNUL {
            diagnostics.nul(place: "'\(name)'!\(A1.cell(row, col))", line: sourceLine, column: column, file: sourceFile)
        }
    }

    /// Writes a number; a non-finite value (which would corrupt the file) is shown as text.
    func number(_ row: Int, _ col: Int, _ value: Double, _ format: XlsxFormat? = nil) throws {
        guard value.isFinite else {
            try text(row, col, value.isNaN ? "NaN" : value > 0 ? "∞" : "-∞", format)
            return
        }
        try lxwCheck(worksheet_write_number(handle, lxw_row_t(clamping: row), lxw_col_t(clamping: col), value,
                                            format?.pointer), "worksheet_write_number", place: self.place(row, col))
    }

    /// Writes a number, or a (formatted) blank for `nil`.
    func number(_ row: Int, _ col: Int, _ value: Double?, _ format: XlsxFormat? = nil) throws {
        if let value { try number(row, col, value, format) } else if format != nil { try blank(row, col, format) }
    }

    func blank(_ row: Int, _ col: Int, _ format: XlsxFormat?) throws {
        try lxwCheck(worksheet_write_blank(handle, lxw_row_t(clamping: row), lxw_col_t(clamping: col), format?.pointer),
                     "worksheet_write_blank", place: self.place(row, col))
    }

    /// Writes a formula with its cached result, so viewers that do not recalculate show `cached`.
    /// A `nil` (or non-finite) result is cached as an empty text.
    func formula(_ row: Int, _ col: Int, _ formula: String, cached: Double?, _ format: XlsxFormat? = nil) throws {
        try formula.withCString { try self.formula(row, col, pointer: $0, cached: cached, format) }
    }

    /// A text-valued formula (e.g. a band word) with its cached text.
    func formula(_ row: Int, _ col: Int, _ formula: String, cachedText: String, _ format: XlsxFormat? = nil) throws {
        try formula.withCString { try self.formula(row, col, pointer: $0, cachedText: cachedText, format) }
    }

    /// A per-row formula from a template (`#` = this row's number).
    func formula(_ row: Int, _ col: Int, _ template: FormulaTemplate, cached: Double?, _ format: XlsxFormat? = nil) throws {
        template.render(row: row, into: &scratch)
        try scratch.withUnsafeBufferPointer { try self.formula(row, col, pointer: $0.baseAddress!, cached: cached, format) }
    }

    func formula(_ row: Int, _ col: Int, _ template: FormulaTemplate, cachedText: String, _ format: XlsxFormat? = nil) throws {
        template.render(row: row, into: &scratch)
        try scratch.withUnsafeBufferPointer {
            try self.formula(row, col, pointer: $0.baseAddress!, cachedText: cachedText, format)
        }
    }

    private func formula(_ row: Int, _ col: Int, pointer: UnsafePointer<CChar>, cached: Double?, _ format: XlsxFormat?) throws {
        let r = lxw_row_t(clamping: row), c = lxw_col_t(clamping: col)
        if let cached, cached.isFinite {
            try lxwCheck(worksheet_write_formula_num(handle, r, c, pointer, format?.pointer, cached),
                         "worksheet_write_formula_num", place: self.place(row, col))
        } else {
            try lxwCheck(worksheet_write_formula_str(handle, r, c, pointer, format?.pointer, ""),
                         "worksheet_write_formula_str", place: self.place(row, col))
        }
    }

    private func formula(_ row: Int, _ col: Int, pointer: UnsafePointer<CChar>, cachedText: String, _ format: XlsxFormat?) throws {
        try cachedText.withCString { v in
            try lxwCheck(worksheet_write_formula_str(handle, lxw_row_t(clamping: row), lxw_col_t(clamping: col),
                                                     pointer, format?.pointer, v),
                         "worksheet_write_formula_str", place: self.place(row, col))
        }
    }

    /// Text across the merged cells `c1…c2` of `row` (townhall's own words: notes under a table).
    func merged(_ row: Int, _ c1: Int, _ c2: Int, _ s: String, _ format: XlsxFormat) throws {
        let text = CellText.prepare(s).text
        try text.withCString { p in
            try lxwCheck(worksheet_merge_range(handle, lxw_row_t(clamping: row), lxw_col_t(clamping: c1),
                                               lxw_row_t(clamping: row), lxw_col_t(clamping: max(c1, c2)), p, format.pointer),
                         "worksheet_merge_range", place: self.place(row, c1))
        }
    }

    // MARK: Layout

    /// Column width; `level` > 0 puts the columns in an outline group, `collapsed` marks the column
    /// that closes a collapsed group (where Excel draws its "+").
    func column(_ first: Int, _ last: Int, width: Double, _ format: XlsxFormat? = nil, hidden: Bool = false,
                level: Int = 0, collapsed: Bool = false) throws {
        var options = lxw_row_col_options()
        options.hidden = hidden ? 1 : 0
        options.level = UInt8(clamping: level)
        options.collapsed = collapsed ? 1 : 0
        try lxwCheck(worksheet_set_column_opt(handle, lxw_col_t(clamping: first), lxw_col_t(clamping: last), width,
                                              format?.pointer, &options), "worksheet_set_column_opt", place: reference)
    }

    /// Row height in points; in constant-memory mode call it before writing the row's cells.
    func row(_ row: Int, height: Double, _ format: XlsxFormat? = nil) throws {
        try lxwCheck(worksheet_set_row(handle, lxw_row_t(clamping: row), height, format?.pointer), "worksheet_set_row",
                     place: "\(reference) row \(row + 1)")
    }

    func freeze(rows: Int, columns: Int) {
        worksheet_freeze_panes(handle, lxw_row_t(clamping: rows), lxw_col_t(clamping: columns))
    }

    func autofilter(_ r1: Int, _ c1: Int, _ r2: Int, _ c2: Int) throws {
        try lxwCheck(worksheet_autofilter(handle, lxw_row_t(clamping: r1), lxw_col_t(clamping: c1),
                                          lxw_row_t(clamping: r2), lxw_col_t(clamping: c2)),
                     "worksheet_autofilter", place: reference)
    }

    /// A formula rule: cells of the range take `format` where `formula` (relative to the top-left cell) is true.
    func conditionalFormat(_ r1: Int, _ c1: Int, _ r2: Int, _ c2: Int, formula: String, format: XlsxFormat,
                           stopIfTrue: Bool = false) throws {
        var rule = lxw_conditional_format()
        rule.type = lxwOption(LXW_CONDITIONAL_TYPE_FORMULA)
        guard let copy = strdup(formula) else { return }
        defer { free(copy) }
        rule.value_string = copy
        rule.format = format.pointer
        rule.stop_if_true = stopIfTrue ? 1 : 0
        try lxwCheck(worksheet_conditional_format_range(handle, lxw_row_t(clamping: r1), lxw_col_t(clamping: c1),
                                                        lxw_row_t(clamping: r2), lxw_col_t(clamping: c2), &rule),
                     "worksheet_conditional_format_range", place: reference)
    }

    /// Places `chart` with its top-left corner in cell (`row`, `col`) plus an offset, scaled from 480 × 288 px.
    func insert(_ chart: XlsxChart, row: Int, col: Int, xOffset: Int = 0, yOffset: Int = 0,
                width: Double = 480, height: Double = 288, description: String? = nil) throws {
        var options = lxw_chart_options()
        options.x_offset = Int32(clamping: xOffset)
        options.y_offset = Int32(clamping: yOffset)
        options.x_scale = width / 480
        options.y_scale = height / 288
        options.object_position = lxwOption(LXW_OBJECT_MOVE_DONT_SIZE)
        let copy = description.flatMap { strdup($0) }
        defer { free(copy) }
        options.description = copy
        try lxwCheck(worksheet_insert_chart_opt(handle, lxw_row_t(clamping: row), lxw_col_t(clamping: col),
                                                chart.pointer, &options), "worksheet_insert_chart_opt", place: reference)
    }

    // MARK: Sheet and print settings

    func hideGridlines() { worksheet_gridlines(handle, lxwOption(LXW_HIDE_ALL_GRIDLINES)) }
    func hide() { worksheet_hide(handle) }
    func activate() { worksheet_activate(handle) }
    func tabColor(_ rgb: UInt32) { worksheet_set_tab_color(handle, rgb) }
    func zoom(_ percent: Int) { worksheet_set_zoom(handle, UInt16(clamping: percent)) }

    /// Landscape, `fitWidth` pages wide (0 = no fitting), `fitHeight` tall (0 = as many as needed).
    func printSetup(landscape: Bool, fitWidth: Int, fitHeight: Int = 0, margins: Double = 0.4) {
        if landscape { worksheet_set_landscape(handle) } else { worksheet_set_portrait(handle) }
        if fitWidth > 0 { worksheet_fit_to_pages(handle, UInt16(clamping: fitWidth), UInt16(clamping: fitHeight)) }
        worksheet_set_margins(handle, margins, margins, margins + 0.2, margins + 0.2)
    }

    /// Repeats rows `first…last` at the top of every printed page.
    func repeatRows(_ first: Int, _ last: Int) throws {
        try lxwCheck(worksheet_repeat_rows(handle, lxw_row_t(clamping: first), lxw_row_t(clamping: last)),
                     "worksheet_repeat_rows", place: reference)
    }

    /// A printed footer; `&` in `left` (which may hold input text) is escaped, the rest is Excel's footer code.
    func footer(left: String, right: String) throws {
        let printable = String(String.UnicodeScalarView(left.unicodeScalars.filter {
            $0.value >= 0x20 && $0.value != 0xFFFE && $0.value != 0xFFFF  // not escaped by libxlsxwriter here
        }).prefix(100))
        let safeLeft = printable.replacingOccurrences(of: "&", with: "&&")
        let code = "&L\(safeLeft)&R\(right)"  // no font-size code: it would swallow leading digits
        try code.withCString { try lxwCheck(worksheet_set_footer(handle, $0), "worksheet_set_footer", place: reference) }
    }
}
