import HTTPTypes
import Hummingbird

/// The routes of the studio: the page's three files and the API. Each handler only
/// carries a request to the document and its answer back.
enum StudioRoutes {
    static func add(to router: Router<some RequestContext>, document: StudioDocument) {
        for file in EmbeddedPage.files {
            router.get(RouterPath(file.path)) { _, _ in
                reply(StudioReply(status: 200, body: file.body, contentType: file.contentType))
            }
        }
        router.get("/api/openapi.yaml") { _, _ in
            reply(StudioReply(status: 200, body: EmbeddedOpenAPI.text, contentType: "application/yaml; charset=utf-8"))
        }
        router.get("/api/programme") { _, _ in reply(await document.programmeReply()) }
        router.get("/api/programme.xml") { _, _ in reply(await document.xmlReply()) }
        router.get("/api/analysis") { request, _ in
            let query = request.uri.queryParameters
            return reply(await document.analysisReply(place: query["place"].map(String.init), on: query["on"].map(String.init)))
        }
        router.get("/api/suggestions") { _, _ in reply(await document.suggestionsReply()) }
        router.get("/api/journal") { _, _ in reply(await document.journalReply()) }

        for collection in ElementCollection.allCases {
            let base = "/api/\(collection.rawValue)"
            router.post(RouterPath(base)) { request, _ in
                await edit(document, collection, .create, id: nil, request)
            }
            router.put(RouterPath(base + "/:id")) { request, context in
                await edit(document, collection, .replace, id: context.parameters.get("id"), request)
            }
            router.delete(RouterPath(base + "/:id")) { request, context in
                await edit(document, collection, .delete, id: context.parameters.get("id"), request)
            }
        }
        router.post("/api/undo") { request, _ in reply(await document.undo(ifMatch: ifMatch(request))) }
        router.post("/api/redo") { request, _ in reply(await document.redo(ifMatch: ifMatch(request))) }
        router.post("/api/save") { request, _ in reply(await document.save(ifMatch: ifMatch(request))) }
        router.post("/api/reload") { request, _ in reply(await document.reload(ifMatch: ifMatch(request))) }
        router.post("/api/journal/restore") { request, _ in reply(await document.restoreJournal(ifMatch: ifMatch(request))) }
        router.post("/api/journal/discard") { request, _ in reply(await document.discardJournal(ifMatch: ifMatch(request))) }
    }

    /// The methods a path answers, for a 405 that names them; nil for a path that is not served.
    static func methods(at path: String) -> [String]? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        switch path {
        case "/", "/studio.css", "/studio.js", "/api/openapi.yaml", "/api/programme", "/api/programme.xml",
             "/api/analysis", "/api/suggestions", "/api/journal":
            return ["GET"]
        case "/api/undo", "/api/redo", "/api/save", "/api/reload", "/api/journal/restore", "/api/journal/discard":
            return ["POST"]
        default:
            guard parts.first == "api", parts.count >= 2, ElementCollection(rawValue: String(parts[parts.startIndex + 1])) != nil else { return nil }
            if parts.count == 2 { return ["POST"] }
            if parts.count == 3, !parts[parts.startIndex + 2].isEmpty { return ["PUT", "DELETE"] }
            return nil
        }
    }

    private static func ifMatch(_ request: Request) -> String? {
        let values = request.headers[values: .ifMatch]
        return values.isEmpty ? nil : values.joined(separator: ",")
    }

    private static func edit(_ document: StudioDocument, _ collection: ElementCollection, _ method: StudioDocument.EditMethod,
                             id: String?, _ request: Request) async -> Response {
        var body: JSONIn?
        if method != .delete {
            // The guard collected the body already, within the size limit.
            let bytes = (try? await request.body.collect(upTo: .max)).map { Array($0.readableBytesView) } ?? []
            guard let parsed = JSONIn.parse(bytes) else {
                return reply(.json(400, .object([
                    ("error", .string("the body is not JSON")),
                    ("problems", .array([FieldProblem(field: "", message: "send the \(collection.singular) as a JSON object").json])),
                ])))
            }
            body = parsed
        }
        return reply(await document.edit(collection, method: method, id: id, body: body, ifMatch: ifMatch(request)))
    }

    static func reply(_ r: StudioReply) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = r.contentType
        if let etag = r.etag { headers[.eTag] = "\"\(etag)\"" }
        for (name, value) in r.headers {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        return Response(status: .init(code: r.status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: r.body)))
    }
}
