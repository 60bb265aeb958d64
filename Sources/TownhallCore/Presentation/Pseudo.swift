extension Language {
    /// The pseudo-locale `qps`: every English message between `⟦` and `⟧`, its letters accented and
    /// its length grown by about 40 % (German and French run 30–40 % longer than English). A
    /// visible text without the markers is a text some renderer still writes in code; a slide that
    /// overflows with them will overflow in German. For tests; not offered to users.
    static let pseudo = Language(
        code: "qps", name: "Pseudo", locale: "en_GB", plural: .oneOther, isDocumented: false,
        derive: { message in
            var m = message.mapLiterals(Self.accented)
            let extra = (message.literalLength * 2 + 4) / 5
            m.parts.insert(.literal("⟦"), at: 0)
            m.parts.append(.literal(Self.padding(extra) + "⟧"))
            return m
        })

    /// `extra` characters of padding in words of up to five, so lines can still break.
    static func padding(_ extra: Int) -> String {
        guard extra > 0 else { return "" }
        var out = ""
        var left = extra
        while left > 0 {
            let n = min(5, left)
            out += (out.isEmpty ? "" : " ") + String(repeating: "~", count: n)
            left -= n + 1
        }
        return " " + out
    }

    static func accented(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { accents[$0] ?? $0 }))
    }

    private static let accents: [Unicode.Scalar: Unicode.Scalar] = {
        let plain = "aceinouyAEIOUCNY", marked = "åçéîñöûýÅÉÎÖÜÇÑÝ"
        return Dictionary(uniqueKeysWithValues: zip(plain.unicodeScalars, marked.unicodeScalars))
    }()
}
