extension Texts.German {
    /// German texts of the command line.
    static let command = """
    """
}
