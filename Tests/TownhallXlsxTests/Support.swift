import Foundation
@testable import TownhallXlsx

/// Reads parts of a written .xlsx (a zip) through `python3 -c zipfile`, so tests need no zip library.
struct Workbook {
    let path: String

    /// The names of the zip's entries.
    func entries() throws -> [String] {
        try python("import zipfile,sys\nprint('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))", path)
            .split(separator: "\n").map(String.init)
    }

    /// The text of one entry (e.g. `xl/worksheets/sheet3.xml`).
    func part(_ name: String) throws -> String {
        try python("import zipfile,sys\nsys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())", path, name)
    }

    /// Sheet names in workbook order, from `xl/workbook.xml`.
    func sheetNames() throws -> [String] {
        let xml = try part("xl/workbook.xml")
        return xml.components(separatedBy: "<sheet ").dropFirst().compactMap { s in
            guard let a = s.range(of: "name=\""), let b = s[a.upperBound...].firstIndex(of: "\"") else { return nil }
            return String(s[a.upperBound..<b]).replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// The XML of the sheet named `name` (sheets are numbered in workbook order).
    func sheet(_ name: String) throws -> String {
        guard let i = try sheetNames().firstIndex(of: name) else { throw TestFailure("no sheet \(name)") }
        return try part("xl/worksheets/sheet\(i + 1).xml")
    }

    /// The `<c …>…</c>` element of cell `ref` (e.g. `B7`) in a sheet's XML, or `nil`.
    static func cell(_ ref: String, in xml: String) -> String? {
        guard let start = xml.range(of: "<c r=\"\(ref)\"") else { return nil }
        let rest = xml[start.lowerBound...]
        guard let gt = rest.firstIndex(of: ">") else { return nil }
        if rest[rest.index(before: gt)] == "/" { return String(rest[...gt]) }
        guard let close = rest.range(of: "</c>") else { return nil }
        return String(rest[..<close.upperBound])
    }

    private func python(_ script: String, _ args: String...) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + args
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw TestFailure("python3 failed reading \(path)") }
        return String(decoding: data, as: UTF8.self)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// A fresh temporary directory for one test.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("townhall-xlsx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
