extension Texts.Japanese {
    /// Japanese texts of `Texts.English.workbook`.
    static let workbook = """
    """
}
