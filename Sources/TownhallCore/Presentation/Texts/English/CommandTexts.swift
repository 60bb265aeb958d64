extension Texts.English {
    /// English texts of texts the command writes into outputs (not its error messages).
    static let command = """
    """
}
