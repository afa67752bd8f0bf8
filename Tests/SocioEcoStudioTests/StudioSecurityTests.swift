import Foundation
import Testing

@Suite("Studio: token, Host, Origin, body limit and headers")
struct StudioSecurityTests {
    static let csp = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

    func expectSecurityHeaders(_ r: LoopbackClient.Reply, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.header("Content-Security-Policy") == Self.csp, sourceLocation: sourceLocation)
        #expect(r.header("X-Content-Type-Options") == "nosniff", sourceLocation: sourceLocation)
        #expect(r.header("Referrer-Policy") == "no-referrer", sourceLocation: sourceLocation)
        #expect(r.header("Cache-Control") == "no-store", sourceLocation: sourceLocation)
    }

    @Test func everyRequestNeedsTheToken() async throws {
        let studio = try await RunningStudio.start()
        var anonymous = studio.client
        anonymous.token = nil
        for path in ["/", "/studio.js", "/api/programme", "/api/openapi.yaml", "/nowhere"] {
            let r = try await anonymous.send("GET", path)
            #expect(r.status == 401, "\(path)")
            #expect(r.text.contains("socioeco serve"))
            expectSecurityHeaders(r)
        }
        var wrong = studio.client
        wrong.token = String(repeating: "0", count: 64)
        #expect(try await wrong.send("GET", "/api/programme").status == 401)
        #expect(try await anonymous.send("GET", "/api/programme", headers: [("Cookie", "socioeco_token=nope")]).status == 401)
        #expect(try await anonymous.send("GET", "/?token=nope").status == 401)
        await studio.stop()
    }

    @Test func theTokenInTheAddressSetsAStrictCookie() async throws {
        let studio = try await RunningStudio.start()
        var browser = studio.client
        let token = browser.token!
        browser.token = nil
        let first = try await browser.send("GET", "/?token=\(token)")
        #expect(first.status == 303)
        #expect(first.header("Location") == "/")
        #expect(first.header("Set-Cookie") == "socioeco_token=\(token); HttpOnly; SameSite=Strict; Path=/")
        expectSecurityHeaders(first)
        let page = try await browser.send("GET", "/", headers: [("Cookie", "other=1; socioeco_token=\(token)")])
        #expect(page.status == 200)
        #expect(page.header("Content-Type")?.hasPrefix("text/html") == true)
        expectSecurityHeaders(page)
        #expect(try await studio.client.send("GET", "/api/programme").status == 200)
        await studio.stop()
    }

    @Test func aForeignHostIsRefused() async throws {
        let studio = try await RunningStudio.start()
        let port = studio.client.port
        for host in ["evil.example:\(port)", "127.0.0.1:\(port + 1)", "127.0.0.1", "attacker.localhost:\(port)"] {
            let r = try await studio.client.send("GET", "/api/programme", host: host)
            #expect(r.status == 421, "\(host)")
            expectSecurityHeaders(r)
        }
        #expect(try await studio.client.send("GET", "/api/programme", host: "localhost:\(port)").status == 200)
        await studio.stop()
    }

    @Test func aChangeFromAForeignOriginIsRefused() async throws {
        let studio = try await RunningStudio.start()
        let etag = try await studio.etag()
        let port = studio.client.port
        let body: [String: Any] = ["title": "Forged", "levels": ["society"]]
        for origin in ["http://evil.example", "http://127.0.0.1:\(port + 1)", "https://127.0.0.1:\(port)", "null"] {
            let r = try await studio.client.json("POST", "/api/interventions", body, etag: etag, headers: [("Origin", origin)])
            #expect(r.status == 403, "\(origin)")
            expectSecurityHeaders(r)
        }
        #expect(try await studio.etag() == etag)
        let same = try await studio.client.json("POST", "/api/interventions", body, etag: etag, headers: [("Origin", "http://127.0.0.1:\(port)")])
        #expect(same.status == 201)
        await studio.stop()
    }

    @Test func aBodyOverOneMebibyteIsRefused() async throws {
        let studio = try await RunningStudio.start()
        let etag = try await studio.etag()
        let big = Array(("{\"title\":\"" + String(repeating: "x", count: 1 << 20) + "\",\"levels\":[\"child\"]}").utf8)
        let r = try await studio.client.send("POST", "/api/interventions", headers: [("If-Match", "\"\(etag)\""), ("Content-Type", "application/json")], body: big)
        #expect(r.status == 413)
        expectSecurityHeaders(r)
        #expect(try await studio.etag() == etag)
        await studio.stop()
    }

    @Test func everyAnswerCarriesTheSecurityHeaders() async throws {
        let studio = try await RunningStudio.start()
        let etag = try await studio.etag()
        var answers = [
            try await studio.client.send("GET", "/"),
            try await studio.client.send("GET", "/studio.css"),
            try await studio.client.send("GET", "/studio.js"),
            try await studio.client.send("GET", "/api/programme"),
            try await studio.client.send("GET", "/api/analysis"),
            try await studio.client.send("GET", "/api/suggestions"),
            try await studio.client.send("GET", "/api/programme.xml"),
            try await studio.client.send("GET", "/api/openapi.yaml"),
            try await studio.client.send("GET", "/api/journal"),
            try await studio.client.send("GET", "/api/nothing-here"),
            try await studio.client.post("/api/undo", etag: nil),
            try await studio.client.post("/api/undo", etag: "stale"),
            try await studio.client.post("/api/undo", etag: etag),
        ]
        answers.append(try await studio.client.send("POST", "/api/interventions", headers: [("If-Match", "\"\(etag)\"")], body: Array("{".utf8)))
        #expect(answers.map(\.status) == [200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 428, 412, 409, 400])
        for r in answers { expectSecurityHeaders(r) }
        #expect(answers[1].header("Content-Type")?.hasPrefix("text/css") == true)
        #expect(answers[2].header("Content-Type")?.hasPrefix("text/javascript") == true)
        await studio.stop()
    }
}
