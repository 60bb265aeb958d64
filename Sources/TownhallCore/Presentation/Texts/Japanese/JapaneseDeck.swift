extension Texts.Japanese {
    /// Japanese texts of `Texts.English.deck`.
    static let deck = """
    """
}
