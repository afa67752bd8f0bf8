import Foundation

/// Where the package, its fixtures and the built `socioeco` binary are.
public enum Paths {
    /// The package root, found from this source file's place in `Tests/`.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func fixture(_ relative: String) -> String {
        packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(relative).path
    }

    public static func model(_ name: String) -> String {
        packageRoot.appendingPathComponent("Models").appendingPathComponent(name).path
    }

    /// Every file in `Models/` whose name ends in `.xml`, sorted.
    public static var allModels: [String] {
        let dir = packageRoot.appendingPathComponent("Models")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { dir.appendingPathComponent($0).path }
    }

    /// The `socioeco` binary built beside the test bundle. `swift test` and
    /// `swift build --build-tests` build every target, the executable with them. No test
    /// target depends on it: a dependency would link its objects, and its linker settings
    /// (the static Swift runtime of release builds) with them, into the test bundle.
    public static var binary: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        // Inside an .xctest bundle on Darwin the binary sits some levels up.
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("socioeco").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("socioeco").path
    }

    /// A new empty folder under the system temporary folder.
    public static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("socioeco-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The full path of a program on PATH, or nil.
    public static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
