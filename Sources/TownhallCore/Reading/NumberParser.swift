/// Numbers as exports write them (SPEC §2): `1,234.5`, `45%`, `$ 1 200`, `−3`, and with a
/// decimal comma `1.234,5`. Hand-written because it runs on several fields of every row.
@_spi(Stages) public struct NumberParser: Sendable, Hashable {
    /// A parsed number and whether it carried a trailing `%`.
    public struct Parsed: Sendable, Hashable {
        public var value: Double
        public var isPercent: Bool
    }

    /// Read `1.234,5` as 1234.5 (set for `;`-delimited files, or forced).
    public var decimalComma: Bool

    public init(decimalComma: Bool = false) {
        self.decimalComma = decimalComma
    }

    /// The number in `text`, or `nil` when it is not one. Spaces and currency signs are
    /// ignored; a trailing `%` is noted (`45%` is 45 in the metric's own unit).
    public func parse(_ text: String) -> Parsed? {
        var ascii: [UInt8] = []
        ascii.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            if s.isASCII {
                let b = UInt8(s.value)
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x24 { continue }  // spaces, $
                ascii.append(b)
            } else if s == "\u{2212}" {
                ascii.append(UInt8(ascii: "-"))
            } else if s.properties.isWhitespace || s.properties.generalCategory == .currencySymbol {
                continue
            } else {
                return nil
            }
        }
        var percent = false
        if ascii.last == UInt8(ascii: "%") {
            percent = true
            ascii.removeLast()
        }
        guard !ascii.isEmpty else { return nil }
        var plain = ascii
        if decimalComma {
            if let comma = ascii.firstIndex(of: UInt8(ascii: ",")) {
                var whole = Array(ascii[..<comma])
                let frac = ascii[(comma + 1)...]
                if whole.contains(UInt8(ascii: ".")) {
                    guard Self.isGrouped(whole, separator: UInt8(ascii: "."), allowFraction: false) else { return nil }
                    whole.removeAll { $0 == UInt8(ascii: ".") }
                }
                plain = whole + [UInt8(ascii: ".")] + frac
            } else if Self.isGrouped(ascii, separator: UInt8(ascii: "."), allowFraction: false) {
                plain.removeAll { $0 == UInt8(ascii: ".") }
            }
        } else if ascii.contains(UInt8(ascii: ",")) {
            guard Self.isGrouped(ascii, separator: UInt8(ascii: ","), allowFraction: true) else { return nil }
            plain.removeAll { $0 == UInt8(ascii: ",") }
        }
        guard Self.isPlainNumber(plain), let v = Double(String(decoding: plain, as: UTF8.self)), v.isFinite else {
            return nil
        }
        return Parsed(value: v, isPercent: percent)
    }

    /// `[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?`
    public static func isPlainNumber(_ b: [UInt8]) -> Bool {
        var i = 0
        let n = b.count
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        if i < n && (b[i] == 0x2B || b[i] == 0x2D) { i += 1 }
        var intDigits = 0, fracDigits = 0
        while i < n && isDigit(b[i]) { i += 1; intDigits += 1 }
        if i < n && b[i] == 0x2E {
            i += 1
            while i < n && isDigit(b[i]) { i += 1; fracDigits += 1 }
        }
        guard intDigits + fracDigits > 0 else { return false }
        if i < n && (b[i] == 0x65 || b[i] == 0x45) {
            i += 1
            if i < n && (b[i] == 0x2B || b[i] == 0x2D) { i += 1 }
            var e = 0
            while i < n && isDigit(b[i]) { i += 1; e += 1 }
            guard e > 0 else { return false }
        }
        return i == n
    }

    /// `[+-]?\d{1,3}(SEP\d{3})+` optionally followed by `.\d*` (thousands-grouped).
    static func isGrouped(_ b: [UInt8], separator: UInt8, allowFraction: Bool) -> Bool {
        var i = 0
        let n = b.count
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        if i < n && (b[i] == 0x2B || b[i] == 0x2D) { i += 1 }
        var lead = 0
        while i < n && isDigit(b[i]) { i += 1; lead += 1 }
        guard (1...3).contains(lead) else { return false }
        var groups = 0
        while i < n && b[i] == separator {
            i += 1
            var d = 0
            while i < n && isDigit(b[i]) && d < 3 { i += 1; d += 1 }
            guard d == 3 else { return false }
            groups += 1
        }
        guard groups > 0 else { return false }
        if allowFraction && i < n && b[i] == 0x2E {
            i += 1
            while i < n && isDigit(b[i]) { i += 1 }
        }
        return i == n
    }
}
