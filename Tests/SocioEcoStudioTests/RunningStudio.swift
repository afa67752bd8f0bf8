import Foundation
import SocioEcoStudio
import SocioEcoTestSupport

/// A studio served in this process on a port the system picks, over a copy of a model
/// in a folder of its own.
struct RunningStudio {
    let folder: URL
    let file: String
    let client: LoopbackClient
    let server: StudioServer
    private let task: Task<Void, Error>

    static func start(model: String = "earthquake-response.xml", file: String? = nil) async throws -> RunningStudio {
        let folder = Paths.temporaryDirectory()
        let path = file ?? folder.appendingPathComponent(model).path
        if file == nil { try FileManager.default.copyItem(atPath: Paths.model(model), toPath: path) }
        return try await serve(path, folder: folder)
    }

    /// Serves `path` (already there) as a new run would.
    static func serve(_ path: String, folder: URL) async throws -> RunningStudio {
        let document = try StudioDocument(path: path)
        let server = StudioServer(document: document, port: 0)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let task = Task { try await server.run { _, port in continuation.yield(port) } }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw LoopbackClient.Failure(description: "the server did not start") }
        return RunningStudio(folder: folder, file: path, client: LoopbackClient(port: port, token: server.token), server: server, task: task)
    }

    /// Stops the server and waits until it has.
    func stop() async {
        task.cancel()
        _ = await task.result
    }

    func etag() async throws -> String {
        try await client.send("GET", "/api/programme").etag ?? ""
    }

    func programme() async throws -> [String: Any] {
        try await client.send("GET", "/api/programme").json["programme"] as? [String: Any] ?? [:]
    }

    func interventionIDs() async throws -> [String] {
        (try await programme()["interventions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    func folderEntries() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }
}
