extension Texts.Japanese {
    /// Japanese texts of `Texts.English.trends`.
    static let trends = """
    """
}
