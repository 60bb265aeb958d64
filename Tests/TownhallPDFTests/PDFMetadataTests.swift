import Foundation
import Testing
@testable import TownhallPDF

/// The handout's document information, added to the PDF Chromium printed as an incremental update.
@Suite struct PDFMetadataTests {
    /// A minimal PDF as Skia writes one: classic xref table, trailer with /Size, /Root and /Info.
    static let printed: [UInt8] = {
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for object in ["<< /Title (Slide 1 · deck) /Creator (Chromium) /Producer (Skia/PDF m156) >>",
                       "<< /Type /Catalog /Pages 3 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"] {
            offsets.append(pdf.utf8.count)
            pdf += "\(offsets.count) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 4\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        pdf += "trailer\n<</Size 4\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n\(xref)\n%%EOF"
        return Array(pdf.utf8)
    }()

    @Test func theInfoIsReplacedByAnUpdateThatPointsBackToThePrintedFile() throws {
        let info = PDFMetadata(title: "Engineering · 2026-Q3 retro", author: "Northwind (R&D)", subject: "Closing 2026-Q3")
        let out = try info.apply(to: Self.printed)
        #expect(Array(out.prefix(Self.printed.count)) == Self.printed)  // the printed bytes are kept
        let tail = String(decoding: out[Self.printed.count...], as: UTF8.self)
        #expect(tail.contains("4 0 obj\n<< /Title \(PDFMetadata.text("Engineering · 2026-Q3 retro"))"))
        #expect(tail.contains("/Author <FEFF004E006F00720074006800770069006E0064002000280052002600440029>"))
        #expect(tail.contains("/Producer (Skia/PDF m156)"))
        #expect(tail.contains("trailer\n<< /Size 5 /Root 2 0 R /Info 4 0 R /Prev \(PDFMetadata.lastNumber(after: "startxref", in: Self.printed)!) >>"))
        // the new xref entry points at the new object
        let offset = try #require(PDFMetadata.number(after: "xref\n4 1\n", in: tail))
        #expect(String(decoding: out[offset..<(offset + 7)], as: UTF8.self) == "4 0 obj")
        let xref = try #require(PDFMetadata.lastNumber(after: "startxref", in: out))
        #expect(String(decoding: out[xref..<(xref + 8)], as: UTF8.self) == "xref\n4 1")
    }

    @Test func anEmptyAuthorIsLeftOutAndAnyTextIsHexEncoded() throws {
        let out = try PDFMetadata(title: "a) /Author (x", author: "", subject: "s").apply(to: Self.printed)
        let tail = String(decoding: out[Self.printed.count...], as: UTF8.self)
        #expect(!tail.contains("/Author"))
        #expect(!tail.contains("(x"))
        #expect(PDFMetadata.text("é") == "<FEFF00E9>" && PDFMetadata.text("😀") == "<FEFFD83DDE00>")
    }

    @Test func aFileWithoutATrailerIsRefused() {
        #expect(throws: PDFError.self) { try PDFMetadata(title: "t", author: "a", subject: "s").apply(to: Array("%PDF-1.4\n".utf8)) }
    }

    @Test func theMessagesSayWhatToDo() {
        #expect(PDFError.noChromium("on PATH").description.contains("apt-get install chromium"))
        #expect(PDFError.noChromium("on PATH").description.contains("--formats"))
        #expect(PDFError.timedOut(seconds: 5).description.contains("5 seconds"))
    }

    @Test func chromiumIsLookedForOnThePathAndRunsWithoutNetworkOrSharedProfile() throws {
        #expect(throws: PDFError.self) { try ChromiumPrinter(path: nil, searchPath: "/nonexistent:") }
        #expect(throws: PDFError.self) { try ChromiumPrinter(path: "/nonexistent/chromium", searchPath: nil) }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-test-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fake = dir.appendingPathComponent("chromium").path
        FileManager.default.createFile(atPath: fake, contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755])
        let printer = try ChromiumPrinter(path: nil, searchPath: "/nonexistent:\(dir.path)")
        #expect(printer.executable == fake)
        let args = printer.arguments(html: "/tmp/a b.html", pdf: "/tmp/o.pdf", profile: "/tmp/p")
        #expect(args.contains("--user-data-dir=/tmp/p") && args.contains("--proxy-server=127.0.0.1:9"))
        #expect(args.contains("--host-resolver-rules=MAP * ~NOTFOUND") && args.contains("--print-to-pdf=/tmp/o.pdf"))
        #expect(args.last == "file:///tmp/a%20b.html")
        #expect(args.contains("--no-sandbox") == (geteuid() == 0))
    }
}
