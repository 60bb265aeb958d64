extension Texts.French {
    static let common = """
    """
}
