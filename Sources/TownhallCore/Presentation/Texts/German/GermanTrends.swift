extension Texts.German {
    /// German texts of the trends deck and workbook.
    static let trends = """
    """
}
