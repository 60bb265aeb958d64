import TownhallCore

/// The branding a deck may take from the configuration, validated before it reaches CSS or HTML.
struct Theme: Sendable, Hashable {
    /// The accent colour used when the configured one is missing or malformed.
    static let defaultAccent = "#3056d3"

    /// A validated `#rgb` or `#rrggbb` colour, lower-cased.
    let accent: String
    /// A validated `data:image/…` URI, or empty.
    let logo: String

    init(_ organization: Organization) {
        accent = Theme.color(organization.accent) ?? Theme.defaultAccent
        logo = organization.logoDataURI.flatMap(Theme.imageDataURI) ?? ""
    }

    /// `text` when it is `#rgb` or `#rrggbb` (hex digits only), lower-cased; else `nil`.
    static func color(_ text: String) -> String? {
        let t = text.trimmed
        guard t.utf8.first == UInt8(ascii: "#"), t.utf8.count == 4 || t.utf8.count == 7 else { return nil }
        let hex = t.utf8.dropFirst()
        guard hex.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 70) || ($0 >= 97 && $0 <= 102) })
        else { return nil }
        return t.lowercased()
    }

    /// `uri` when it is a `data:image/(png|jpeg|gif|webp|svg+xml)` URI made only of the characters a
    /// data URI needs (base64 or percent-encoded); else `nil`. Anything else never reaches the page.
    static func imageDataURI(_ uri: String) -> String? {
        let allowed = ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp", "data:image/svg+xml"]
        let lower = uri.lowercased()
        guard let prefix = allowed.first(where: { lower.hasPrefix($0) }) else { return nil }
        let next = lower.utf8.dropFirst(prefix.utf8.count).first
        guard next == UInt8(ascii: ";") || next == UInt8(ascii: ",") else { return nil }
        let ok = uri.utf8.allSatisfy { b in
            (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
                || b == UInt8(ascii: "+") || b == UInt8(ascii: "/") || b == UInt8(ascii: "=")
                || b == UInt8(ascii: ";") || b == UInt8(ascii: ",") || b == UInt8(ascii: ":")
                || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "%")
                || b == UInt8(ascii: "_")
        }
        return ok ? uri : nil
    }
}
