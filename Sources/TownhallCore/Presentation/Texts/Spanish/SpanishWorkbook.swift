extension Texts.Spanish {
    static let workbook = """
    """
}
