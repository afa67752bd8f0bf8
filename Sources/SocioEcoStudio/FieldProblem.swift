/// What is wrong with one field of an edit, in words for the person filling the form.
struct FieldProblem: Hashable, Sendable {
    /// The JSON field at fault: `title`, `levels[1]`, `indicators[2].text`; empty for the
    /// body as a whole.
    var field: String
    var message: String

    var json: JSONOut { .object([("field", .string(field)), ("message", .string(message))]) }
}
