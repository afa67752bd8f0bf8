/// Facts of the format shared by its reader and writer.
public enum ProgrammeXML {
    public static let namespace = "urn:socioeco:programme:1"
    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
}
