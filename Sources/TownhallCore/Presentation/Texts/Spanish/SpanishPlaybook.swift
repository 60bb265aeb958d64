extension Texts.Spanish {
    static let playbook = """
    """
}
