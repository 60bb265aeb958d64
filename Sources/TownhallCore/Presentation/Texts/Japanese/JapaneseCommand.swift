extension Texts.Japanese {
    /// Japanese texts of `Texts.English.command`.
    static let command = """
    """
}
