extension Texts.English {
    /// English texts of the trends deck.
    static let trends = """
    """
}
