// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "socioeco",
    products: [
        .library(name: "SocioEco", targets: ["SocioEcoModel", "SocioEcoAnalysis", "SocioEcoFormats"]),
        .executable(name: "socioeco", targets: ["socioeco"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Reading and writing the ZIP container of .xlsx workbooks (SocioEcoFormats only).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // The studio's local HTTP server (SocioEcoStudio only, so the library never pulls in SwiftNIO).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // The only door to libxml2: imported by the files under Formats/XML/LibXML.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib's CRC-32, for checking a workbook's parts as they inflate: ZIPFoundation
        // links zlib but on Linux checks with a byte-at-a-time loop of its own, which cost
        // as much as inflating. zlib is already on every machine ZIPFoundation builds on.
        .systemLibrary(
            name: "CZlibChecksum",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // The programme model and the built-in CPMS 2019 catalogue; knows no file format.
        .target(name: "SocioEcoModel"),
        // Coverage analysis over the model; returns results and findings, never prints.
        .target(name: "SocioEcoAnalysis", dependencies: ["SocioEcoModel"]),
        // Formats at the edge: programme XML in and out, reports, diagrams.
        .target(
            name: "SocioEcoFormats",
            dependencies: [
                "SocioEcoModel", "SocioEcoAnalysis", "CLibXML2", "CZlibChecksum",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The studio: a local web application over one programme file, on the same library.
        .target(
            name: "SocioEcoStudio",
            dependencies: [
                "SocioEcoModel", "SocioEcoAnalysis", "SocioEcoFormats",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            // The page's originals; the target compiles their copy in EmbeddedPage.swift.
            exclude: ["Page"]
        ),
        .executableTarget(
            name: "socioeco",
            dependencies: [
                "SocioEcoModel", "SocioEcoAnalysis", "SocioEcoFormats", "SocioEcoStudio",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The release binary carries the Swift runtime and Foundation inside it: loading
            // and binding them as some twenty shared libraries took more time than reading a
            // small programme (`analyze` of an example, 18 ms to 16 ms; `--version`, 16 to
            // 9). It also runs on a machine without a Swift toolchain. Debug and test builds
            // keep linking them. The Foundation libraries named here are the ones SwiftPM's
            // `--static-swift-stdlib` would bring in through modules compiled for it; ours
            // and our dependencies' are compiled as usual, so they are named for the linker.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-lCoreFoundation", "-l_FoundationCollections", "-l_FoundationICU", "-l_FoundationCShims"], .when(platforms: [.linux], configuration: .release))]
        ),
        // Shared by the test targets: paths, running the binary, generated models.
        .target(
            name: "SocioEcoTestSupport",
            dependencies: ["SocioEcoModel", "SocioEcoFormats"],
            path: "Tests/SocioEcoTestSupport"
        ),
        // Fuzzing: the checks shared by the libFuzzer targets and the regression tests,
        // and one executable per target (see scripts/fuzz.sh).
        .target(
            name: "FuzzChecks",
            dependencies: ["SocioEcoModel", "SocioEcoAnalysis", "SocioEcoFormats"],
            path: "Fuzz/Checks"
        ),
        .executableTarget(name: "fuzz-reader", dependencies: ["FuzzChecks"], path: "Fuzz/Targets/fuzz-reader"),
        .executableTarget(name: "fuzz-roundtrip", dependencies: ["FuzzChecks"], path: "Fuzz/Targets/fuzz-roundtrip"),
        .executableTarget(name: "fuzz-escaping", dependencies: ["FuzzChecks"], path: "Fuzz/Targets/fuzz-escaping"),
        .executableTarget(name: "fuzz-csv", dependencies: ["FuzzChecks"], path: "Fuzz/Targets/fuzz-csv"),
        .executableTarget(name: "fuzz-xlsx", dependencies: ["FuzzChecks"], path: "Fuzz/Targets/fuzz-xlsx"),
        .testTarget(name: "SocioEcoModelTests", dependencies: ["SocioEcoModel", "SocioEcoTestSupport"]),
        .testTarget(
            name: "SocioEcoAnalysisTests",
            dependencies: ["SocioEcoAnalysis", "SocioEcoModel", "SocioEcoFormats", "SocioEcoTestSupport"]
        ),
        .testTarget(
            name: "SocioEcoFormatsTests",
            dependencies: ["SocioEcoModel", "SocioEcoAnalysis", "SocioEcoFormats", "SocioEcoTestSupport", "CLibXML2"]
        ),
        // Fuzz findings and seeds replayed through the fuzz targets' checks.
        .testTarget(
            name: "FuzzTests",
            dependencies: ["FuzzChecks", "SocioEcoModel", "SocioEcoFormats", "SocioEcoTestSupport"]
        ),
        .testTarget(
            name: "SocioEcoStudioTests",
            dependencies: ["SocioEcoStudio", "SocioEcoModel", "SocioEcoFormats", "SocioEcoTestSupport"]
        ),
        .testTarget(
            name: "SocioEcoCLITests",
            dependencies: ["SocioEcoModel", "SocioEcoFormats", "SocioEcoTestSupport"]
        ),
    ]
)
