extension Texts.German {
    /// German texts of the town-hall deck.
    static let deck = """
    """
}
