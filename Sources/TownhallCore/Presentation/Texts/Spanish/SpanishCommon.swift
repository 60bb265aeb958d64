extension Texts.Spanish {
    static let common = """
    """
}
