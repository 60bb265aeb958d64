/// A renderer of one workbook, the scorecard's or the trends': it names its sheets in reading
/// order and writes each in row order. The sheets are all opened first, in that order, since
/// libxlsxwriter keeps sheets in the order they are added and a chart or a link may point to a
/// sheet written later.
protocol WorkbookRenderer: AnyObject {
    var book: XlsxWorkbook { get }
    /// Every sheet, in the order the reader meets them.
    var sheetNames: [String] { get }
    /// The open sheets by name, filled by `render`.
    var sheets: [String: XlsxSheet] { get set }
    /// Writes the document's properties and every sheet, all of them open.
    func writeSheets() throws
}

extension WorkbookRenderer {
    func sheet(_ name: String) -> XlsxSheet { sheets[name]! }

    func render() throws {
        for name in sheetNames { sheets[name] = try book.addSheet(name) }
        try writeSheets()
    }
}
