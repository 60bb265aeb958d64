import Foundation
import TownhallCore

/// Cycles for renderer tests, read, scored and checked by the real pipeline (`Townhall.report`)
/// from CSV text: a renderer test then sees what a run would hand it, never a model put together
/// by hand that the core could not produce.
public enum TestCycle {
    /// The generation time every test cycle carries (the golden outputs' `SOURCE_DATE_EPOCH`).
    public static let generatedAt = Date(timeIntervalSince1970: 1_790_000_000)

    /// `csv` (an export, header first) with optional check-ins CSV and config TOML, through `Townhall.report`.
    /// Stops the test process on an input error: a fixture that cannot be read is the test's own mistake.
    public static func report(_ csv: String, checkIns: String? = nil, config toml: String? = nil,
                              sourceName: String = "okrs.csv", generatedAt: Date = generatedAt) -> CycleReport {
        do {
            let configuration = try toml.map { try Configuration(toml: $0, file: "townhall.toml") } ?? Configuration()
            let options = ReportOptions(sourceName: sourceName, configuration: configuration, generatedAt: generatedAt)
            return try Townhall.report(from: Array(csv.utf8), checkIns: checkIns.map { (Array($0.utf8), "checkins.csv") },
                                       options: options)
        } catch {
            fatalError("test cycle \(sourceName) cannot be read: \(error)")
        }
    }

    /// A CSV field: quoted when it holds a delimiter, a quote or a line break.
    public static func field(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// One CSV line of `fields`, each quoted as needed.
    public static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\n" }
}
