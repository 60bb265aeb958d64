// swift-tools-version:6.0
// Fuzz targets for townhall's reader and whole ingest (issue 5). A package of its own so the
// root package and its normal builds are untouched; run it with `scripts/fuzz [SECONDS]`.
//
//   swift build -c debug --sanitize=fuzzer --sanitize=address --scratch-path ../.build-fuzz
//
// Each target has its entry point `LLVMFuzzerTestOneInput` in a non-main.swift file; libFuzzer
// supplies `main`.
import PackageDescription

let package = Package(
    name: "townhall-fuzz",
    dependencies: [.package(name: "townhall", path: "..")],
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
    ]
)
