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
        guard let end = Self.endRecord(data) else {
            throw XlsxError("it starts like a ZIP archive (an .xlsx file) but the archive is damaged or incomplete (no end of its directory: cut short?)")
        }
        try Self.checkDirectory(data, endRecord: end)
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

    /// Where the archive's end-of-directory record is, when it is where the ZIP format puts it (in
    /// the last 22 + 65,535 bytes, its comment inside the file). Checked before ZIPFoundation sees
    /// the bytes: without one, its search reads backwards through the whole file a byte at a time
    /// (minutes for a large file cut short) and leaks the memory file it opened.
    static func endRecord(_ data: Data) -> Int? {
        data.withUnsafeBytes { (p: UnsafeRawBufferPointer) -> Int? in
            let n = p.count
            guard n >= 22 else { return nil }
            var i = n - 22
            let lowest = max(0, n - 22 - 65_535)
            while i >= lowest {
                if p[i] == 0x50 && p[i + 1] == 0x4B && p[i + 2] == 0x05 && p[i + 3] == 0x06 {
                    return i + 22 + Int(u16(p, i + 20)) <= n ? i : nil
                }
                i -= 1
            }
            return nil
        }
    }

    /// Walks the central directory and every local header it points at, refusing any record,
    /// name or data that lies outside the file. ZIPFoundation reading from memory trusts these
    /// offsets and traps on one past the end (found by fuzzing), so it only ever sees archives
    /// whose every offset is inside the bytes. ZIP64 archives (over 4 GB) are not workbooks.
    static func checkDirectory(_ data: Data, endRecord e: Int) throws {
        let damaged = XlsxError("it starts like a ZIP archive (an .xlsx file) but its directory is damaged: an entry points outside the file")
        try data.withUnsafeBytes { (p: UnsafeRawBufferPointer) in
            let n = p.count
            let entries = Int(u16(p, e + 10)), size = Int(u32(p, e + 12)), start = Int(u32(p, e + 16))
            if entries == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF {
                throw XlsxError("a ZIP64 archive (over 4 GB, or over 65,535 parts): not a workbook townhall reads")
            }
            guard start + size <= e else { throw damaged }
            var i = start
            for _ in 0..<entries {
                guard i + 46 <= start + size, u32(p, i) == 0x0201_4B50 else { throw damaged }
                let flags = u16(p, i + 8), method = u16(p, i + 10)
                let compressed = Int(u32(p, i + 20)), uncompressed = Int(u32(p, i + 24))
                let next = i + 46 + Int(u16(p, i + 28)) + Int(u16(p, i + 30)) + Int(u16(p, i + 32))
                let local = Int(u32(p, i + 42))
                guard next <= start + size, compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF else { throw damaged }
                guard local + 30 <= n, u32(p, local) == 0x0403_4B50 else { throw damaged }
                let dataStart = local + 30 + Int(u16(p, local + 26)) + Int(u16(p, local + 28))
                let dataEnd = dataStart + (method == 0 ? max(compressed, uncompressed) : compressed)
                guard dataStart <= n, dataEnd <= n, flags & 8 == 0 || dataEnd + 16 <= n else { throw damaged }
                i = next
            }
        }
    }

    private static func u16(_ p: UnsafeRawBufferPointer, _ i: Int) -> UInt16 { UInt16(p[i]) | UInt16(p[i + 1]) << 8 }
    private static func u32(_ p: UnsafeRawBufferPointer, _ i: Int) -> UInt32 {
        UInt32(p[i]) | UInt32(p[i + 1]) << 8 | UInt32(p[i + 2]) << 16 | UInt32(p[i + 3]) << 24
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
