/// The generic CSV of SPEC §2: one row per key result, columns matched through the alias table
/// (`Field.aliases`) and the config's `[columns]`. It takes any header, so it comes last.
public struct GenericProfile: ExportProfile {
    public let name = "generic"
    public let title = "a generic OKR export"

    public init() {}

    public func recognize(_ header: [String], context: ProfileContext) -> String? {
        "the header names townhall's columns or their aliases (SPEC §2)"
    }

    public func reading(_ header: [String], context: ProfileContext) throws -> ProfileReading {
        var r = ProfileReading(header: header)
        r.structure = ["one row per key result"]
        return r
    }
}
