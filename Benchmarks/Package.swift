// swift-tools-version:6.0
// The speed floor townhall is measured against: `xlsx-floor INPUT.csv OUTPUT.xlsx` writes the
// scorecard's cells with libxlsxwriter and nothing else. A package of its own (like Fuzz/), so the
// product does not ship it; it takes the scorecard's real sheet names, column titles and widths and
// cell formats from the root package's TownhallXlsx library, so it cannot drift from the workbook.
// `scripts/bench` builds it and runs `scripts/floor_check.py` before timing:
//
//   swift build -c release --package-path Benchmarks --scratch-path .build-floor/bench
import PackageDescription

let package = Package(
    name: "townhall-benchmarks",
    dependencies: [
        .package(name: "townhall", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "xlsx-floor",
            dependencies: [
                .product(name: "TownhallCore", package: "townhall"),
                .product(name: "TownhallXlsx", package: "townhall"),
            ]
        ),
    ]
)
