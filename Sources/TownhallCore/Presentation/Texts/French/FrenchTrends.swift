extension Texts.French {
    static let trends = """
    """
}
