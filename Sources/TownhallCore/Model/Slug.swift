import Foundation

/// Slugs for file names and derived ids: `[a-z0-9-]`, accents folded, runs of anything else → `-`.
public enum Slug {
    /// `2026 Q3` → `2026-q3`; a text with nothing left gives `empty`.
    public static func make(_ text: String, empty: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            guard scalar.isASCII else { continue }  // combining marks and other non-ASCII vanish
            var v = scalar.value
            if v >= 65 && v <= 90 { v += 32 }
            if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(Unicode.Scalar(v)!)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? empty : out
    }

    /// Longest slug `fileName` returns: with townhall's longest suffix (`-carry-forward.csv`) and
    /// its temporary-file decoration (`.NAME.PID.RANDOM.tmp`) a file name stays far below the 255
    /// bytes file systems allow, so no cycle name can make an output uncreatable.
    public static let maxFileNameLength = 64

    /// The slug of a name used in file names: `make`, cut to `maxFileNameLength` when longer,
    /// at a dash where one is near, and ended with 8 hex digits of a hash of the whole text,
    /// so two long names that share their start still get different files.
    public static func fileName(_ text: String, empty: String) -> String {
        let full = make(text, empty: empty)
        guard full.utf8.count > maxFileNameLength else { return full }
        let keep = maxFileNameLength - 9
        var head = String(full.prefix(keep))
        if let dash = head.lastIndex(of: "-"), head.distance(from: head.startIndex, to: dash) >= keep - 12 {
            head = String(head[..<dash])
        }
        while head.hasSuffix("-") { head.removeLast() }
        return "\(head)-\(hash(text))"
    }

    /// A team's name in file names: `fileName` (cut to its length, with a hash), or `team-` and the name's hash when nothing is left
    /// (`研究` → `team-1b2c3d4e`), so a team's outputs never take the company's or another team's name.
    public static func team(_ name: String) -> String {
        let s = fileName(name, empty: "")
        return s.isEmpty ? "team-\(hash(name))" : s
    }

    /// FNV-1a (32 bits) of the UTF-8 bytes, as 8 lower-case hex digits: stable across runs and machines.
    public static func hash(_ text: String) -> String {
        var h: UInt32 = 0x811C_9DC5
        for b in text.utf8 { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
