extension Texts.Spanish {
    static let deck = """
    """
}
