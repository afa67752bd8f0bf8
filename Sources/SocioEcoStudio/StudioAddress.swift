import Synchronization

/// Where the studio is served, known once the socket is bound (the port may be chosen by
/// the system): what the Host and Origin checks compare with.
final class StudioAddress: Sendable {
    /// The host as the server was asked to bind it (`127.0.0.1`, `::1`, `0.0.0.0`).
    let host: String
    private let boundPort = Mutex<Int?>(nil)

    init(host: String) {
        self.host = host
    }

    var port: Int? { boundPort.withLock { $0 } }

    func bind(port: Int) { boundPort.withLock { $0 = port } }

    /// The host as a URL writes it: an IPv6 address in brackets.
    var urlHost: String { host.contains(":") ? "[\(host)]" : host }

    var isLoopback: Bool { host == "127.0.0.1" || host == "::1" || host == "localhost" }

    /// The Host header values a request to this server may carry: the address served,
    /// and `localhost` with the port when bound to loopback.
    func acceptsHost(_ value: String) -> Bool {
        guard let port else { return false }
        let v = value.lowercased()
        if v == "\(urlHost):\(port)" { return true }
        return isLoopback && v == "localhost:\(port)"
    }

    /// Whether an Origin header names this server.
    func acceptsOrigin(_ value: String) -> Bool {
        let v = value.lowercased()
        guard v.hasPrefix("http://") else { return false }
        return acceptsHost(String(v.dropFirst("http://".count)))
    }

    /// The address to open, with the token.
    func url(token: String) -> String { "http://\(urlHost):\(port ?? 0)/?token=\(token)" }
}
