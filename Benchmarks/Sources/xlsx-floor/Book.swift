import CXlsxWriter
import Foundation
import TownhallXlsx

// The thinnest layer over libxlsxwriter that keeps the floor readable: no checks beyond the
// error code (a failure ends the program), no text preparation, no diagnostics.

typealias Format = UnsafeMutablePointer<lxw_format>

/// Stops the program with libxlsxwriter's message when `error` is not `LXW_NO_ERROR`.
@inline(__always)
func check(_ error: lxw_error, _ call: StaticString) {
    guard error.rawValue != LXW_NO_ERROR.rawValue else { return }
    fail("\(call): \(String(cString: lxw_strerror(error)))")
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("xlsx-floor: \(message)\n".utf8))
    exit(1)
}

@inline(__always)
func option<E: RawRepresentable>(_ value: E) -> UInt8 where E.RawValue: BinaryInteger {
    UInt8(truncatingIfNeeded: value.rawValue)
}

/// One worksheet, written in row order (constant-memory mode).
struct Sheet {
    let ws: UnsafeMutablePointer<lxw_worksheet>
    let name: String

    @inline(__always)
    func text(_ row: Int, _ col: Int, _ s: String, _ f: Format? = nil) {
        if s.isEmpty {
            if f != nil { blank(row, col, f) }
            return
        }
        let e = s.withCString { worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), $0, f) }
        check(e, "worksheet_write_string")
    }

    @inline(__always)
    func number(_ row: Int, _ col: Int, _ v: Double, _ f: Format? = nil) {
        check(worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), v, f), "worksheet_write_number")
    }

    /// A number, or a formatted blank for `nil`.
    @inline(__always)
    func number(_ row: Int, _ col: Int, _ v: Double?, _ f: Format? = nil) {
        if let v { number(row, col, v, f) } else if f != nil { blank(row, col, f) }
    }

    @inline(__always)
    func blank(_ row: Int, _ col: Int, _ f: Format?) {
        check(worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(col), f), "worksheet_write_blank")
    }

    /// A formula with a cached number (`nil`: cached as an empty text, as townhall does).
    @inline(__always)
    func formula(_ row: Int, _ col: Int, _ formula: UnsafePointer<CChar>, cached: Double?, _ f: Format? = nil) {
        if let cached {
            check(worksheet_write_formula_num(ws, lxw_row_t(row), lxw_col_t(col), formula, f, cached),
                  "worksheet_write_formula_num")
        } else {
            check(worksheet_write_formula_str(ws, lxw_row_t(row), lxw_col_t(col), formula, f, ""),
                  "worksheet_write_formula_str")
        }
    }

    @inline(__always)
    func formula(_ row: Int, _ col: Int, _ formula: UnsafePointer<CChar>, cachedText: UnsafePointer<CChar>,
                 _ f: Format? = nil) {
        check(worksheet_write_formula_str(ws, lxw_row_t(row), lxw_col_t(col), formula, f, cachedText),
              "worksheet_write_formula_str")
    }

    func formula(_ row: Int, _ col: Int, _ text: String, cached: Double?, _ f: Format? = nil) {
        text.withCString { formula(row, col, $0, cached: cached, f) }
    }

    func formula(_ row: Int, _ col: Int, _ text: String, cachedText: String, _ f: Format? = nil) {
        text.withCString { p in cachedText.withCString { formula(row, col, p, cachedText: $0, f) } }
    }

    /// A per-row formula from a template.
    @inline(__always)
    func formula(_ row: Int, _ col: Int, _ t: Template, _ buffer: inout [CChar], cached: Double?, _ f: Format? = nil) {
        t.render(row: row, into: &buffer)
        buffer.withUnsafeBufferPointer { formula(row, col, $0.baseAddress!, cached: cached, f) }
    }

    @inline(__always)
    func formula(_ row: Int, _ col: Int, _ t: Template, _ buffer: inout [CChar], cachedText: String,
                 _ f: Format? = nil) {
        t.render(row: row, into: &buffer)
        buffer.withUnsafeBufferPointer { b in
            cachedText.withCString { formula(row, col, b.baseAddress!, cachedText: $0, f) }
        }
    }

    func row(_ row: Int, height: Double) {
        check(worksheet_set_row(ws, lxw_row_t(row), height, nil), "worksheet_set_row")
    }

    func column(_ col: Int, width: Double) {
        check(worksheet_set_column(ws, lxw_col_t(col), lxw_col_t(col), width, nil), "worksheet_set_column")
    }

    /// A formula rule on a range, as townhall's band fills.
    func conditional(_ r1: Int, _ c1: Int, _ r2: Int, _ c2: Int, _ formula: String, _ f: Format) {
        var rule = lxw_conditional_format()
        rule.type = option(LXW_CONDITIONAL_TYPE_FORMULA)
        let copy = strdup(formula)
        defer { free(copy) }
        rule.value_string = copy
        rule.format = f
        check(worksheet_conditional_format_range(ws, lxw_row_t(r1), lxw_col_t(c1), lxw_row_t(r2), lxw_col_t(c2), &rule),
              "worksheet_conditional_format_range")
    }

    func printSetup(fitWidth: Int, fitHeight: Int = 0) {
        worksheet_set_landscape(ws)
        if fitWidth > 0 { worksheet_fit_to_pages(ws, UInt16(fitWidth), UInt16(fitHeight)) }
        worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6)
    }

    func footer(_ left: String, _ right: String) {
        let code = "&L\(left.replacingOccurrences(of: "&", with: "&&"))&R\(right)"
        check(code.withCString { worksheet_set_footer(ws, $0) }, "worksheet_set_footer")
    }
}

/// A formula written once per row, `#` standing for the 1-based row number (as townhall's `FormulaTemplate`).
struct Template {
    private let parts: [[CChar]]

    init(_ template: String) {
        parts = template.split(separator: "#", omittingEmptySubsequences: false).map { part in
            part.utf8.map { CChar(bitPattern: $0) }
        }
    }

    @inline(__always)
    func render(row: Int, into buffer: inout [CChar]) {
        buffer.removeAll(keepingCapacity: true)
        let n = row + 1
        var width = 1
        var power = 10
        while power <= n { width += 1; power *= 10 }
        for i in parts.indices {
            buffer.append(contentsOf: parts[i])
            guard i < parts.count - 1 else { continue }
            let start = buffer.count
            for _ in 0..<width { buffer.append(48) }
            var m = n
            var j = start + width - 1
            while j >= start {
                buffer[j] = CChar(48 + m % 10)
                m /= 10
                j -= 1
            }
        }
        buffer.append(0)
    }
}

/// A1 addresses (libxlsxwriter's macros do not import).
enum A1 {
    static func column(_ col: Int) -> String {
        var n = col + 1
        var out: [Character] = []
        while n > 0 {
            out.append(Character(Unicode.Scalar(UInt8(65 + (n - 1) % 26))))
            n = (n - 1) / 26
        }
        return String(out.reversed())
    }

    static func cell(_ row: Int, _ col: Int, absolute: Bool = false) -> String {
        absolute ? "$\(column(col))$\(row + 1)" : "\(column(col))\(row + 1)"
    }

    static func range(_ r1: Int, _ c1: Int, _ r2: Int, _ c2: Int) -> String {
        r1 == r2 && c1 == c2 ? cell(r1, c1, absolute: true) : "\(cell(r1, c1, absolute: true)):\(cell(r2, c2, absolute: true))"
    }

    static func sheet(_ name: String) -> String { "'" + name.replacingOccurrences(of: "'", with: "''") + "'!" }

    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return String(format: "%.15G", x)
    }
}

/// The scorecard's own formats (`ScorecardBlueprint.makeFormats`), created the way townhall creates
/// them so styles.xml matches.
struct Formats {
    let accent: UInt32
    let title, subtitle, figureLabel, figureNote, section, tableHeader, footnote: Format
    let bigScore, figureScore, figurePercent, figureCount: Format
    let inputHeader, computedHeader, header: Format
    let score, percent, count, integer, general, muted, wrap, bold, top: Format
    let centered, scoreCentered, percentCentered, countCentered: Format
    let committed, severityError, severityWarning, severityInfo: Format
    let greenBand, yellowBand, redBand: Format
    let teamNames: [Format], parentTeamNames: [Format]

    init(_ wb: UnsafeMutablePointer<lxw_workbook>, _ blueprint: ScorecardBlueprint) {
        let s: ScorecardBlueprint.Formats
        do { s = try blueprint.makeFormats(in: wb) } catch { fail("workbook_add_format failed: \(error)") }
        accent = s.accent
        title = s.title; subtitle = s.subtitle; figureLabel = s.figureLabel; figureNote = s.figureNote
        section = s.section; tableHeader = s.tableHeader; footnote = s.footnote
        bigScore = s.bigScore; figureScore = s.figureScore; figurePercent = s.figurePercent; figureCount = s.figureCount
        inputHeader = s.inputHeader; computedHeader = s.computedHeader; header = s.header
        score = s.score; percent = s.percent; count = s.count; integer = s.integer; general = s.general
        muted = s.muted; wrap = s.wrap; bold = s.bold; top = s.top
        centered = s.centered; scoreCentered = s.scoreCentered; percentCentered = s.percentCentered
        countCentered = s.countCentered; committed = s.committed; severityError = s.severityError
        severityWarning = s.severityWarning; severityInfo = s.severityInfo
        greenBand = s.greenBand; yellowBand = s.yellowBand; redBand = s.redBand
        teamNames = s.teamNames; parentTeamNames = s.parentTeamNames
        // Cell-format numbers (`s="…"` on every cell) go by first use. townhall writes Key Results, then
        // Objectives, then the Summary, then the lists; the floor streams the lists with Key Results, so
        // it numbers the formats in townhall's order up front, and every cell carries the same `s` digits.
        for f in [inputHeader, computedHeader, score, percent, general, integer, title, subtitle, figureLabel, bigScore,
                  figurePercent, figureScore, figureCount, figureNote, section, tableHeader, parentTeamNames[0], scoreCentered,
                  centered, percentCentered, countCentered] {
            _ = lxw_format_get_xf_index(f)
        }
    }

    func teamName(depth: Int, parent: Bool) -> Format {
        let d = min(max(depth, 0), 7)
        return parent ? parentTeamNames[d] : teamNames[d]
    }
}
