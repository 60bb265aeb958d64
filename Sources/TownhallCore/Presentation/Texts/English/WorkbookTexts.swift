extension Texts.English {
    /// English texts of the scorecard and the trends workbook.
    static let workbook = """
    """
}
