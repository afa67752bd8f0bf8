/// The XSD of the programme exchange format, as shipped in `Schemas/programme.xsd`.
public enum ProgrammeSchema {
    /// The schema text, byte for byte the file other agencies use with `xmllint --schema`.
    public static var text: String { EmbeddedSchemas.programme }

    private static let compiledResult: Result<CompiledSchema, SchemaCompileError> = {
        do throws(SchemaCompileError) { return .success(try CompiledSchema(text: text)) } catch { return .failure(error) }
    }()

    /// The schema compiled once per process.
    static func compiled() throws(SchemaCompileError) -> CompiledSchema {
        try compiledResult.get()
    }
}
