extension Texts.French {
    static let workbook = """
    """
}
