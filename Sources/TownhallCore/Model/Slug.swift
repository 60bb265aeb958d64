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
}
