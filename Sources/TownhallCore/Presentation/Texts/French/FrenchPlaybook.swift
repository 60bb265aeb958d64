extension Texts.French {
    static let playbook = """
    """
}
