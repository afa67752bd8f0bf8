import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 client over a plain socket, so tests can send what a browser would
/// not (a foreign Host, a forged Origin, a body over the limit) to a server on loopback.
struct LoopbackClient {
    struct Reply {
        var status: Int
        var headers: [(String, String)]
        var body: [UInt8]

        func header(_ name: String) -> String? {
            headers.first { $0.0.lowercased() == name.lowercased() }?.1
        }
        func headers(_ name: String) -> [String] {
            headers.filter { $0.0.lowercased() == name.lowercased() }.map(\.1)
        }
        var text: String { String(decoding: body, as: UTF8.self) }
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:] }
        /// The ETag header without its quotes.
        var etag: String? { header("ETag").map { String($0.dropFirst().dropLast()) } }
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    let port: Int
    var token: String?

    /// Sends one request and reads the whole answer (the connection is closed after it).
    func send(_ method: String, _ path: String, headers: [(String, String)] = [], body: [UInt8]? = nil,
              host: String? = nil, bearer: Bool = true) async throws -> Reply {
        var lines = ["\(method) \(path) HTTP/1.1", "Host: \(host ?? "127.0.0.1:\(port)")", "Connection: close"]
        if bearer, let token { lines.append("Authorization: Bearer \(token)") }
        for (n, v) in headers { lines.append("\(n): \(v)") }
        if let body { lines.append("Content-Length: \(body.count)") }
        var request = Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
        if let body { request += body }
        let whole = request
        // Off the cooperative threads: the server in this process needs them to answer.
        let bytes = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<[UInt8], Error>) in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try exchange(whole) })
            }
        }
        return try Self.parse(bytes)
    }

    func json(_ method: String, _ path: String, _ object: Any, etag: String?, headers: [(String, String)] = []) async throws -> Reply {
        let data = try JSONSerialization.data(withJSONObject: object)
        var h = headers
        h.append(("Content-Type", "application/json"))
        if let etag { h.append(("If-Match", "\"\(etag)\"")) }
        return try await send(method, path, headers: h, body: Array(data))
    }

    func post(_ path: String, etag: String?) async throws -> Reply {
        try await send("POST", path, headers: etag.map { [("If-Match", "\"\($0)\"")] } ?? [], body: [])
    }

    private func exchange(_ request: [UInt8]) throws -> [UInt8] {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect: \(errno)") }
        var sent = 0
        while sent < request.count {
            let n = request[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            // A server may answer (413) and close before reading a large body.
            if n <= 0 { break }
            sent += n
        }
        shutdown(fd, Int32(SHUT_WR))
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            out += buffer[0..<n]
        }
        return out
    }

    private static func parse(_ bytes: [UInt8]) throws -> Reply {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = (0..<max(0, bytes.count - 3)).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else {
            throw Failure(description: "no answer head in \(bytes.count) bytes")
        }
        let head = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ")[1]) ?? 0
        var headers: [(String, String)] = []
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var body = Array(bytes[(end + 4)...])
        if headers.contains(where: { $0.0.lowercased() == "transfer-encoding" && $0.1.lowercased().contains("chunked") }) {
            body = dechunk(body)
        }
        return Reply(status: status, headers: headers, body: body)
    }

    private static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            var j = i
            while j + 1 < bytes.count, !(bytes[j] == 13 && bytes[j + 1] == 10) { j += 1 }
            let size = Int(String(decoding: bytes[i..<j], as: UTF8.self).split(separator: ";")[0], radix: 16) ?? 0
            if size == 0 { break }
            out += bytes[(j + 2)..<min(bytes.count, j + 2 + size)]
            i = j + 2 + size + 2
        }
        return out
    }
}
