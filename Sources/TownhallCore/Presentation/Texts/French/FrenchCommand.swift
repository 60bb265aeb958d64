extension Texts.French {
    static let command = """
    """
}
