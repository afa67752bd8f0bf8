/// An answer of the studio before it becomes an HTTP response: the document decides
/// status and body, the routes only carry them.
struct StudioReply: Sendable {
    var status: Int
    var body: String
    var contentType: String = "application/json"
    /// The ETag header, for answers that name the state.
    var etag: String?
    var headers: [(String, String)] = []

    static func json(_ status: Int, _ value: JSONOut, etag: String? = nil) -> StudioReply {
        StudioReply(status: status, body: value.text, etag: etag)
    }

    static func error(_ status: Int, _ message: String, _ more: [(String, JSONOut)] = []) -> StudioReply {
        .json(status, .object([("error", .string(message))] + more))
    }
}
