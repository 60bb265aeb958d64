// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "townhall",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "townhall", targets: ["townhall"]),
        .library(name: "TownhallCore", targets: ["TownhallCore"]),
        /// The scorecard writer, for the speed floor in `Benchmarks/`, which writes its cells with the
        /// scorecard's own column, sheet and style tables.
        .library(name: "TownhallXlsx", targets: ["TownhallXlsx"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        /// Parsing, model, scoring, playbook checks, summary figures. No file system, no terminal.
        .target(
            name: "TownhallCore",
            dependencies: [
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Presentation/Texts"],
            plugins: ["EmbedTexts"]
        ),
        /// The fixed texts' tables (`TownhallCore/Presentation/Texts/<code>/<area>.txt`), built into
        /// the core as strings: data a translator edits, no resource bundle to ship beside the binary.
        .plugin(name: "EmbedTexts", capability: .buildTool(), dependencies: ["TextEmbedder"]),
        .executableTarget(name: "TextEmbedder"),
        /// The JSON summary (`townhall.summary/1`).
        .target(name: "TownhallJSON", dependencies: ["TownhallCore"]),
        /// libxlsxwriter, as Debian ships it (pkg-config name `xlsxwriter`).
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        /// The Excel scorecard.
        .target(name: "TownhallXlsx", dependencies: ["TownhallCore", "CXlsxWriter"]),
        /// The self-contained HTML town-hall deck.
        .target(
            name: "TownhallDeck",
            dependencies: ["TownhallCore", .product(name: "Mustache", package: "swift-mustache")]
        ),
        /// The archive of closed cycles (SQLite through GRDB).
        .target(
            name: "TownhallArchive",
            dependencies: ["TownhallCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        /// The PDF handout: a deck printed by headless Chromium, with its document information.
        .target(name: "TownhallPDF"),
        /// The command: argument parsing, files, exit codes — a library, so tests run it in-process.
        .target(
            name: "TownhallCommand",
            dependencies: [
                "TownhallCore", "TownhallJSON", "TownhallXlsx", "TownhallDeck", "TownhallArchive", "TownhallPDF",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        /// The executable: the process's arguments, console and exit status around `CLI`.
        .executableTarget(name: "townhall", dependencies: ["TownhallCommand"]),
        .testTarget(
            name: "TownhallCoreTests",
            dependencies: [
                "TownhallCore", "TownhallJSON",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        /// Test cycles from CSV text through the real pipeline, for the renderers' tests.
        .target(name: "TownhallTestSupport", dependencies: ["TownhallCore"], path: "Tests/TownhallTestSupport"),
        .testTarget(name: "TownhallXlsxTests", dependencies: ["TownhallCore", "TownhallXlsx", "TownhallTestSupport"]),
        .testTarget(name: "TownhallDeckTests", dependencies: ["TownhallCore", "TownhallDeck", "TownhallTestSupport"]),
        .testTarget(
            name: "TownhallArchiveTests",
            dependencies: ["TownhallCore", "TownhallArchive", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "TownhallPDFTests", dependencies: ["TownhallPDF"]),
        .testTarget(name: "TownhallCommandTests", dependencies: ["TownhallCommand"]),
    ]
)
