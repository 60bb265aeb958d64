extension Texts.English {
    /// English texts of the town-hall deck.
    static let deck = """
    """
}
