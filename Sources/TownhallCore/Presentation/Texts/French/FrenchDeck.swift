extension Texts.French {
    static let deck = """
    """
}
