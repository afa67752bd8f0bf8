import HTTPTypes
import Hummingbird

/// The checks every request passes before any route sees it, and the headers every
/// response carries: the Host (DNS rebinding), the token, the Origin of a change
/// (CSRF) and the body's size.
struct StudioGuard<Context: RequestContext>: RouterMiddleware {
    let address: StudioAddress
    let token: String

    static var maximumBodySize: Int { 1 << 20 }
    static var cookieName: String { "socioeco_token" }

    static var securityHeaders: [(HTTPField.Name, String)] {
        [
            (.contentSecurityPolicy, "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
            (.xContentTypeOptions, "nosniff"),
            (HTTPField.Name("Referrer-Policy")!, "no-referrer"),
            (.cacheControl, "no-store"),
        ]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = await check(request, context: context, next: next)
        for (name, value) in Self.securityHeaders { response.headers[name] = value }
        return response
    }

    private func check(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async -> Response {
        guard let host = request.head.authority, address.acceptsHost(host) else {
            return Self.plain(.misdirectedRequest, "This server answers only at the address socioeco serve printed.\n")
        }
        if request.method == .get, request.uri.path == "/", let given = request.uri.queryParameters["token"] {
            guard Self.same(String(given), token) else { return Self.unauthorised() }
            var headers = HTTPFields()
            headers[.setCookie] = "\(Self.cookieName)=\(token); HttpOnly; SameSite=Strict; Path=/"
            headers[.location] = "/"
            return Response(status: .seeOther, headers: headers)
        }
        guard authorised(request) else { return Self.unauthorised() }
        let changes = request.method != .get && request.method != .head && request.method != .options
        if changes, let origin = request.headers[.origin], !address.acceptsOrigin(origin) {
            return Self.json(.forbidden, "a change from another site's page is refused")
        }
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > Self.maximumBodySize {
            return Self.json(.contentTooLarge, "the request body is over the limit of 1 MiB")
        }
        var request = request
        do {
            _ = try await request.collectBody(upTo: Self.maximumBodySize)
        } catch {
            return Self.json(.contentTooLarge, "the request body is over the limit of 1 MiB")
        }
        do {
            return try await next(request, context)
        } catch let error as HTTPResponseError {
            if error.status == .notFound {
                if let allowed = StudioRoutes.methods(at: request.uri.path) {
                    var response = Self.json(.methodNotAllowed, "\(request.uri.path) answers only \(allowed.joined(separator: ", "))")
                    response.headers[.allow] = allowed.joined(separator: ", ")
                    return response
                }
                return Self.json(.notFound, "there is nothing at \(request.method.rawValue) \(request.uri.path)")
            }
            return Self.json(error.status, error.status.reasonPhrase)
        } catch {
            return Self.json(.internalServerError, "the server failed: \(error)")
        }
    }

    private func authorised(_ request: Request) -> Bool {
        if let bearer = request.headers[.authorization], bearer.hasPrefix("Bearer ") {
            return Self.same(String(bearer.dropFirst("Bearer ".count)), token)
        }
        for field in request.headers[values: .cookie] {
            for pair in field.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingPrefix(" ") == Self.cookieName, Self.same(String(parts[1]), token) {
                    return true
                }
            }
        }
        return false
    }

    /// Compares in time that does not depend on where the first difference lies.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }

    static func unauthorised() -> Response {
        plain(.unauthorized, "This is a socioeco studio. Open the address that socioeco serve printed, with its token.\n")
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ status: HTTPResponse.Status, _ message: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: JSONOut.object([("error", .string(message))]).text)))
    }
}
