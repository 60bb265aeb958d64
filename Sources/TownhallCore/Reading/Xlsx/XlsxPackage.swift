import Foundation
import ZIPFoundation

/// The ZIP container of a workbook, read from memory with every part's inflated size capped
/// while it inflates (a ZIP bomb is stopped at the cap, whatever its headers claim).
struct XlsxPackage {
    /// Limits on what one part may inflate to: `ratio` × its compressed size plus `slack`, and
    /// never more than `absolute`. Real sheets compress 5–30×; a sparse one rarely past 100×.
    struct Limits: Sendable {
        var ratio: UInt64 = 200
        var slack: UInt64 = 16 << 20
        var absolute: UInt64 = 2 << 30

        func cap(compressed: UInt64) -> UInt64 {
            min(absolute, compressed.multipliedReportingOverflow(by: ratio).partialValue &+ slack)
        }
    }

    let archive: Archive
    let limits: Limits
    /// Entry paths, as stored.
    let paths: [String]

    /// Opens `data` (the caller keeps it alive as long as the package is used).
    init(data: Data, limits: Limits) throws {
        guard Self.hasEndRecord(data) else {
            throw XlsxError("it starts like a ZIP archive (an .xlsx file) but the archive is damaged or incomplete (no end of its directory: cut short?)")
        }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw XlsxError("it starts like a ZIP archive (an .xlsx file) but the archive is damaged or incomplete")
        }
        self.limits = limits
        var paths: [String] = []
        for entry in archive {
            paths.append(entry.path)
            if paths.count > 100_000 { throw XlsxError("the archive holds more than 100,000 parts: not a spreadsheet") }
        }
        self.paths = paths
    }

    /// Whether the archive's end-of-directory record is where the ZIP format puts it (in the last
    /// 22 + 65,535 bytes, its comment inside the file). Checked before ZIPFoundation sees the
    /// bytes: without one, its search reads backwards through the whole file a byte at a time
    /// (minutes for a large file cut short) and leaks the memory file it opened.
    static func hasEndRecord(_ data: Data) -> Bool {
        data.withUnsafeBytes { (p: UnsafeRawBufferPointer) -> Bool in
            let n = p.count
            guard n >= 22 else { return false }
            var i = n - 22
            let lowest = max(0, n - 22 - 65_535)
            while i >= lowest {
                if p[i] == 0x50 && p[i + 1] == 0x4B && p[i + 2] == 0x05 && p[i + 3] == 0x06 {
                    let comment = Int(p[i + 20]) | Int(p[i + 21]) << 8
                    return i + 22 + comment <= n
                }
                i -= 1
            }
            return false
        }
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// Streams part `path` in chunks; throws when it inflates past its cap.
    func stream(_ path: String, _ body: (Data) throws -> Void) throws {
        guard let entry = archive[path] else { throw XlsxError("the part \(path) is missing") }
        guard entry.type == .file else { throw XlsxError("the part \(path) is not a file") }
        let cap = limits.cap(compressed: UInt64(entry.compressedSize))
        if UInt64(entry.uncompressedSize) > cap { throw Self.bomb(path, cap) }
        var total: UInt64 = 0
        do {
            let crc = try archive.extract(entry, bufferSize: 256 << 10, skipCRC32: false) { chunk in
                total += UInt64(chunk.count)
                if total > cap { throw Self.bomb(path, cap) }
                try body(chunk)
            }
            if crc != entry.checksum { throw XlsxError("the part \(path) is damaged (its checksum does not match)") }
        } catch let e as XlsxError {
            throw e
        } catch let e as XMLScanner.Failure {
            throw e
        } catch {
            throw XlsxError("the part \(path) cannot be inflated (a damaged archive): \(error)")
        }
    }

    /// A whole (small) part, or `nil` when absent.
    func bytes(_ path: String) throws -> [UInt8]? {
        guard contains(path) else { return nil }
        var out: [UInt8] = []
        try stream(path) { out.append(contentsOf: $0) }
        return out
    }

    private static func bomb(_ path: String, _ cap: UInt64) -> XlsxError {
        XlsxError("the part \(path) inflates past \(cap >> 20) MB, far more than its compressed size allows: refused as a ZIP bomb")
    }
}

/// Why a workbook cannot be read; the reader adds the file (and sheet and row when known).
struct XlsxError: Error, Equatable {
    var message: String
    var row: Int?

    init(_ message: String, row: Int? = nil) {
        self.message = message
        self.row = row
    }
}
