import SocioEcoAnalysis
import SocioEcoModel

/// Marks the interventions `suggest --draft` adds, with attributes in a namespace of
/// socioeco's own (`draft:hole` and `draft:entry`), so that a designer, `diff` or another
/// tool can tell a placeholder from agreed work; every rewrite carries them through.
public enum DraftMarkXML {
    public static let namespace = "urn:socioeco:draft:1"
    public static let prefix = "draft"

    /// `draft` with its additions marked.
    public static func mark(_ draft: Programme, additions: [Suggestions.DraftAddition]) -> Programme {
        var marked = draft
        for a in additions {
            let attributes = ForeignAttributes([
                ForeignAttribute(name: QualifiedName(namespaceURI: namespace, prefix: prefix, localName: "hole"), value: a.hole),
                ForeignAttribute(name: QualifiedName(namespaceURI: namespace, prefix: prefix, localName: "entry"), value: a.entry.rawValue),
            ])
            marked.annotations[.intervention(a.index)] = ExtensionMarkup(attributes)
        }
        return marked
    }
}
