extension Texts.Spanish {
    static let command = """
    """
}
