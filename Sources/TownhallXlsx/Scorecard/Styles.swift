import CXlsxWriter
import TownhallCore

/// Colours of the scorecard, as `0xRRGGBB`.
enum Palette {
    /// Band fills (Excel's "Good / Neutral / Bad") and their dark text.
    static let greenFill: UInt32 = 0xC6EFCE, greenText: UInt32 = 0x006100
    static let yellowFill: UInt32 = 0xFFEB9C, yellowText: UInt32 = 0x9C5700
    static let redFill: UInt32 = 0xFFC7CE, redText: UInt32 = 0x9C0006
    /// Stronger colours for chart bars and slices.
    static let greenChart: UInt32 = 0x4E9F5D, yellowChart: UInt32 = 0xE3A92B, redChart: UInt32 = 0xD0484B
    static let greyChart: UInt32 = 0xA6A6A6, lightGreyChart: UInt32 = 0xD9D9D9
    static let ink: UInt32 = 0x1F2937, muted: UInt32 = 0x6B7280, rule: UInt32 = 0xD1D5DB
    static let card: UInt32 = 0xF3F4F6, inputHeader: UInt32 = 0x44546A
    static let defaultAccent: UInt32 = 0x3056D3

    /// `#rrggbb` (or `rrggbb`, `#rgb`) → `0xRRGGBB`; anything else gives the default accent.
    static func color(_ hex: String) -> UInt32 {
        var s = Substring(hex.trimmingCharacters(in: .whitespaces))
        if s.hasPrefix("#") { s = s.dropFirst() }
        if s.count == 3 { s = Substring(s.map { "\($0)\($0)" }.joined()) }
        guard s.count == 6, let v = UInt32(s, radix: 16) else { return defaultAccent }
        return v
    }

    static func chartColor(_ band: Band?) -> UInt32 {
        switch band {
        case .green: greenChart
        case .yellow: yellowChart
        case .red: redChart
        case nil: greyChart
        }
    }
}

/// Every cell format of the scorecard, created once per workbook.
struct Styles {
    let accent: UInt32
    // Summary
    let title, subtitle, figureLabel, figureNote, section, tableHeader, footnote: XlsxFormat
    let bigScore, figureScore, figurePercent, figureCount: XlsxFormat
    // Tables
    let inputHeader, computedHeader, header: XlsxFormat
    let score, percent, count, integer, general, muted, wrap, bold, top: XlsxFormat
    let centered, scoreCentered, percentCentered, countCentered: XlsxFormat
    let committed, severityError, severityWarning, severityInfo: XlsxFormat
    // Band fills for conditional formats
    let greenBand, yellowBand, redBand: XlsxFormat
    // Check-ins and comparison
    let date, upText, downText: XlsxFormat
    let figureNet, figureDays: XlsxFormat
    let versusGood, versusBad, versusSame: XlsxFormat
    let daysCentered, netCentered, upCentered, downCentered, sameCentered, staleCentered, dateCentered: XlsxFormat
    /// Team names indented by depth (index = depth, capped), plain and bold (for teams with children).
    let teamNames: [XlsxFormat]
    let parentTeamNames: [XlsxFormat]

    init(_ book: XlsxWorkbook, accent: UInt32) throws {
        try self.init(handle: book.rawHandle(), accent: accent)
    }

    /// The formats created in the libxlsxwriter workbook `handle`, always in this order (the
    /// benchmark floor relies on it to number them as the scorecard does).
    init(handle: UnsafeMutablePointer<lxw_workbook>, accent: UInt32) throws {
        struct Book {
            let handle: UnsafeMutablePointer<lxw_workbook>
            func format(_ configure: (XlsxFormat) -> Void) throws -> XlsxFormat {
                try XlsxWorkbook.format(in: handle, configure)
            }
        }
        let book = Book(handle: handle)
        self.accent = accent
        let font = "Calibri"
        title = try book.format { $0.font(font).size(22).bold().color(accent) }
        subtitle = try book.format { $0.font(font).size(11).color(Palette.muted) }
        figureLabel = try book.format {
            $0.font(font).size(9).bold().color(Palette.muted).fill(Palette.card).wrap()
                .align(LXW_ALIGN_CENTER).align(LXW_ALIGN_VERTICAL_BOTTOM).topBorder(accent)
        }
        figureNote = try book.format {
            $0.font(font).size(8).italic().color(Palette.muted).fill(Palette.card).wrap()
                .align(LXW_ALIGN_CENTER).align(LXW_ALIGN_VERTICAL_TOP)
        }
        func figure(_ size: Double, _ code: String) throws -> XlsxFormat {
            try book.format {
                $0.font(font).size(size).bold().color(Palette.ink).fill(Palette.card).numberFormat(code)
                    .align(LXW_ALIGN_CENTER).align(LXW_ALIGN_VERTICAL_CENTER)
            }
        }
        bigScore = try figure(26, "0.00")
        figureScore = try figure(20, "0.00")
        figurePercent = try figure(20, "0%")
        figureCount = try figure(20, "#,##0")
        section = try book.format { $0.font(font).size(13).bold().color(Palette.ink).bottomBorder(accent, thick: true) }
        tableHeader = try book.format {
            $0.font(font).size(10).bold().color(0xFFFFFF).fill(accent).wrap()
                .align(LXW_ALIGN_CENTER).align(LXW_ALIGN_VERTICAL_CENTER)
        }
        footnote = try book.format { $0.font(font).size(9).italic().color(Palette.muted).wrap().align(LXW_ALIGN_VERTICAL_TOP) }

        inputHeader = try book.format {
            $0.bold().color(0xFFFFFF).fill(Palette.inputHeader).align(LXW_ALIGN_VERTICAL_CENTER)
        }
        computedHeader = try book.format { $0.bold().color(0xFFFFFF).fill(accent).align(LXW_ALIGN_VERTICAL_CENTER) }
        header = computedHeader
        // Top-aligned, so rows made taller by wrapped notes still read across.
        score = try book.format { $0.numberFormat("0.00").align(LXW_ALIGN_VERTICAL_TOP) }
        percent = try book.format { $0.numberFormat("0%").align(LXW_ALIGN_VERTICAL_TOP) }
        count = try book.format { $0.numberFormat("#,##0").align(LXW_ALIGN_VERTICAL_TOP) }
        integer = try book.format { $0.numberFormat("0").align(LXW_ALIGN_VERTICAL_TOP) }
        general = try book.format { $0.numberFormat("General").align(LXW_ALIGN_VERTICAL_TOP) }
        muted = try book.format { $0.color(Palette.muted).italic().align(LXW_ALIGN_VERTICAL_TOP) }
        wrap = try book.format { $0.wrap().align(LXW_ALIGN_VERTICAL_TOP) }
        bold = try book.format { $0.bold().align(LXW_ALIGN_VERTICAL_TOP) }
        top = try book.format { $0.align(LXW_ALIGN_VERTICAL_TOP) }
        centered = try book.format { $0.align(LXW_ALIGN_CENTER).bottomBorder(Palette.rule) }
        scoreCentered = try book.format { $0.numberFormat("0.00").align(LXW_ALIGN_CENTER).bottomBorder(Palette.rule) }
        percentCentered = try book.format { $0.numberFormat("0%").align(LXW_ALIGN_CENTER).bottomBorder(Palette.rule) }
        countCentered = try book.format { $0.numberFormat("#,##0").align(LXW_ALIGN_CENTER).bottomBorder(Palette.rule) }
        committed = try book.format { $0.bold().align(LXW_ALIGN_VERTICAL_TOP) }
        severityError = try book.format {
            $0.bold().fill(Palette.redFill).color(Palette.redText).align(LXW_ALIGN_VERTICAL_TOP)
        }
        severityWarning = try book.format {
            $0.fill(Palette.yellowFill).color(Palette.yellowText).align(LXW_ALIGN_VERTICAL_TOP)
        }
        severityInfo = try book.format { $0.color(Palette.muted).align(LXW_ALIGN_VERTICAL_TOP) }

        greenBand = try book.format { $0.fill(Palette.greenFill).color(Palette.greenText) }
        yellowBand = try book.format { $0.fill(Palette.yellowFill).color(Palette.yellowText) }
        redBand = try book.format { $0.fill(Palette.redFill).color(Palette.redText) }

        date = try book.format { $0.numberFormat("yyyy-mm-dd").align(LXW_ALIGN_LEFT).align(LXW_ALIGN_VERTICAL_TOP) }
        upText = try book.format { $0.color(Palette.greenText) }
        downText = try book.format { $0.color(Palette.redText) }
        figureNet = try figure(20, Styles.netFormat)
        figureDays = try figure(20, "0.0")
        func versus(_ color: UInt32, bold: Bool) throws -> XlsxFormat {
            try book.format {
                let f = $0.font(font).size(9).color(color).fill(Palette.card).wrap()
                    .align(LXW_ALIGN_CENTER).align(LXW_ALIGN_VERTICAL_TOP)
                if bold { f.bold() }
            }
        }
        versusGood = try versus(Palette.greenText, bold: true)
        versusBad = try versus(Palette.redText, bold: true)
        versusSame = try versus(Palette.muted, bold: false)
        daysCentered = try book.format { $0.numberFormat("0.0").align(LXW_ALIGN_CENTER).bottomBorder(Palette.rule) }
        netCentered = try book.format { $0.numberFormat(Styles.netFormat).align(LXW_ALIGN_CENTER).bottomBorder(Palette.rule) }
        upCentered = try book.format { $0.color(Palette.greenText).align(LXW_ALIGN_CENTER).bottomBorder(Palette.rule) }
        downCentered = try book.format { $0.color(Palette.redText).align(LXW_ALIGN_CENTER).bottomBorder(Palette.rule) }
        dateCentered = try book.format { $0.numberFormat("yyyy-mm-dd").align(LXW_ALIGN_CENTER).bottomBorder(Palette.rule) }
        staleCentered = try book.format {
            $0.numberFormat("0%").align(LXW_ALIGN_CENTER).bottomBorder(Palette.rule).fill(Palette.redFill).color(Palette.redText)
        }
        sameCentered = try book.format { $0.color(Palette.muted).align(LXW_ALIGN_CENTER).bottomBorder(Palette.rule) }

        var names: [XlsxFormat] = []
        var parents: [XlsxFormat] = []
        for depth in 0...Styles.maxIndent {
            names.append(try book.format { $0.indent(depth * 2).bottomBorder(Palette.rule).align(LXW_ALIGN_VERTICAL_CENTER) })
            parents.append(try book.format {
                $0.indent(depth * 2).bold().bottomBorder(Palette.rule).align(LXW_ALIGN_VERTICAL_CENTER)
            })
        }
        teamNames = names
        parentTeamNames = parents
    }

    static let maxIndent = 7
    /// Net confidence, a share that can be negative: `+63%`, `-12%`, `0%`.
    static let netFormat = "+0%;-0%;0%"

    func teamName(depth: Int, parent: Bool) -> XlsxFormat {
        let d = Swift.min(Swift.max(depth, 0), Styles.maxIndent)
        return parent ? parentTeamNames[d] : teamNames[d]
    }
}

extension Day {
    /// The day as an Excel date serial (days since 1899-12-30; no time zone involved).
    var excelSerial: Double { Double(number + 25_569) }
    /// Excel shows serials from 61 (1 March 1900) as the right day; earlier ones fall before its
    /// 1900 leap-year bug or before its calendar.
    var fitsExcel: Bool { excelSerial >= 61 }
}

extension XlsxSheet {
    /// A day as a date cell (sortable, filterable), or as `yyyy-mm-dd` text when Excel's calendar cannot
    /// show it; a formatted blank for `nil`.
    func day(_ row: Int, _ col: Int, _ d: Day?, _ format: XlsxFormat) throws {
        guard let d else { return try blank(row, col, format) }
        if d.fitsExcel { try number(row, col, d.excelSerial, format) } else { try text(row, col, d.description, format) }
    }
}
