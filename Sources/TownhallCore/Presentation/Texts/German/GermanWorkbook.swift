extension Texts.German {
    /// German texts of the Excel scorecard.
    static let workbook = """
    """
}
