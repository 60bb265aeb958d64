// swift-tools-version:6.0
// Fuzz targets for townhall's reader and whole ingest (issue 5). A package of its own so the
// root package and its normal builds are untouched; run it with `scripts/fuzz [SECONDS]`.
//
//   swift build -c debug --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address \
//       --scratch-path ../.build-fuzz
//
// (The -Xswiftc flag matters: SwiftPM passes its two -sanitize= flags in a random order and swiftc
// keeps only the last, so without it a build has either no coverage or no ASan in Swift code.)
//
// Each target has its entry point `LLVMFuzzerTestOneInput` in a non-main.swift file; libFuzzer
// supplies `main`.
import PackageDescription

let package = Package(
    name: "townhall-fuzz",
    dependencies: [
        .package(name: "townhall", path: ".."),
        // The XLSX target packs fuzzed XML into archives with the reader's own ZIP library.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        /// Bytes → `TextDecoding` → `CSVReader`, with a round-trip oracle on every record.
        .executableTarget(
            name: "FuzzReader",
            dependencies: [.product(name: "TownhallCore", package: "townhall")]
        ),
        /// Bytes → `Townhall.report`: header matching, cycles, rows, scoring, roll-ups, checks.
        .executableTarget(
            name: "FuzzIngest",
            dependencies: [.product(name: "TownhallCore", package: "townhall")]
        ),
        /// Bytes (a file, or workbook parts' XML packed into an archive) → `SpreadsheetInput.read`.
        .executableTarget(
            name: "FuzzXlsx",
            dependencies: [
                .product(name: "TownhallCore", package: "townhall"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ]
)
