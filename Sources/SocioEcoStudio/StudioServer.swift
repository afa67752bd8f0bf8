import Hummingbird
import Logging
import NIOCore

/// A local web application over one programme file: the page and the API, behind the
/// token, Host and Origin checks.
public struct StudioServer: Sendable {
    public let document: StudioDocument
    /// 32 random bytes in hex: the key printed with the address.
    public let token: String
    let address: StudioAddress
    let port: Int

    public init(document: StudioDocument, host: String = "127.0.0.1", port: Int = 0, token: String? = nil) {
        self.document = document
        self.token = token ?? StudioDocument.randomHex(bytes: 32)
        self.address = StudioAddress(host: host)
        self.port = port
    }

    /// Serves until the task is cancelled or the process gets SIGINT or SIGTERM.
    /// - Parameter onReady: called once the socket is bound, with the address to open
    ///   (token included) and the port.
    public func run(onReady: @escaping @Sendable (_ url: String, _ port: Int) async -> Void) async throws {
        let router = Router()
        router.add(middleware: StudioGuard(address: address, token: token))
        StudioRoutes.add(to: router, document: document)
        var logger = Logger(label: "socioeco.studio", factory: { StreamLogHandler.standardError(label: $0) })
        // Failures that matter come back from run(); the rest (a connection cut by a stop) is noise here.
        logger.logLevel = .critical
        let address = self.address
        let token = self.token
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(address.host, port: port)),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? 0
                address.bind(port: bound)
                await onReady(address.url(token: token), bound)
            },
            logger: logger
        )
        try await app.runService()
    }
}
