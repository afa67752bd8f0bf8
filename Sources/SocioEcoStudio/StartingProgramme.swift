import SocioEcoFormats
import SocioEcoModel

/// The programme `socioeco serve --new` starts from: the framework's four levels, no
/// interventions yet; a valid file the studio then fills.
public enum StartingProgramme {
    public static func make(named fileName: String) -> Programme {
        var stem = fileName.split(separator: "/").last.map(String.init) ?? "programme"
        if stem.hasSuffix(".xml") { stem.removeLast(4) }
        let id = String(stem.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" || scalar == ".")
                ? Character(scalar) : "-"
        }.prefix(64)).trimmingPrefix(while: { !$0.isLetter && !$0.isNumber })
        return Programme(id: Programme.ID(id.isEmpty ? "programme" : String(id)), revision: 1, title: "New child protection programme")
    }

    /// The file's text, canonical.
    public static func text(named fileName: String) -> String {
        ProgrammeWriter().encode(make(named: fileName))
    }
}
