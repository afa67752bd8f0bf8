/// The XSD of the programme exchange format, as shipped in `Schemas/programme.xsd`.
public enum ProgrammeSchema {
    /// The schema text, byte for byte the file other agencies use with `xmllint --schema`.
    public static var text: String { ShippedSchema.programme.text }

    private static let compiledResult: Result<CompiledSchema, SchemaCompileError> = {
        do throws(SchemaCompileError) {
            return .success(try CompiledSchema(text: withoutIdentityConstraints(text)))
        } catch {
            return .failure(error)
        }
    }()

    /// The schema the reader validates with, compiled once per process.
    ///
    /// It leaves out the identity constraints (`xs:key`, `xs:keyref`, `xs:unique`): the
    /// semantic rules check every id and ref and say so more plainly, and libxml2's
    /// streaming validator keeps a table entry for every key until the root closes,
    /// which on a 43 MB file cost 120 MB and half the validation time.
    static func compiled() throws(SchemaCompileError) -> CompiledSchema {
        try compiledResult.get()
    }

    /// `text` with every `<xs:key>`, `<xs:keyref>` and `<xs:unique>` element removed.
    static func withoutIdentityConstraints(_ text: String) -> String {
        var out = ""
        var rest = text[...]
        while let open = ["<xs:keyref ", "<xs:key ", "<xs:unique "].compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            let name = rest[rest.index(open.lowerBound, offsetBy: 1)..<rest.index(before: open.upperBound)]
            guard let close = rest[open.upperBound...].range(of: "</\(name)>") else { break }
            out += rest[..<open.lowerBound]
            rest = rest[close.upperBound...]
        }
        out += rest
        return out
    }
}
