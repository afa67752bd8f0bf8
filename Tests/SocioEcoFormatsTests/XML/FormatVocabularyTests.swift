import Foundation
@testable import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// `FormatVocabulary`, the one table the checker and the writer share, against the
/// published XSD and against what the writer writes.
@Suite("Format vocabulary")
struct FormatVocabularyTests {
    static let rules = ElementRule.Kind.allCases.map(FormatVocabulary.rule)

    static func schemaText() throws -> String {
        try String(contentsOfFile: Paths.packageRoot.appendingPathComponent("Schemas/programme.xsd").path, encoding: .utf8)
    }

    static func disagreements(_ xsd: String) throws -> [String] {
        try SchemaShape(xsd: xsd).disagreements(with: rules, root: FormatVocabulary.root)
    }

    @Test("the vocabulary says what Schemas/programme.xsd says")
    func agreesWithTheSchema() throws {
        let shape = try SchemaShape(xsd: Self.schemaText())
        #expect(shape.complexTypes.count == 17, "the XSD was read: \(shape.complexTypes.map(\.name))")
        #expect(shape.disagreements(with: Self.rules, root: FormatVocabulary.root) == [])
    }

    @Test("each name is spelt as its case, hyphenated where the case name has a capital")
    func namesAreSpelt() {
        for name in FormatName.allCases where name != .namespace {
            var derived = ""
            for c in String(describing: name) {
                if c.isUppercase { derived += "-" + c.lowercased() } else { derived.append(c) }
            }
            #expect(name.text == derived)
        }
        #expect(FormatName.namespace.text == ProgrammeXML.namespace)
    }

    /// An edit of the XSD text and the one disagreement it must cause.
    struct Alteration: CustomTestStringConvertible, Sendable {
        var what: String
        var original: String
        var replacement: String
        var expected: String
        var testDescription: String { what }
    }

    static let alterations: [Alteration] = [
        Alteration(what: "an attribute removed",
                   original: "<xs:attribute name=\"unit\" type=\"p:Unit\"/>", replacement: "",
                   expected: "complexType Indicator: attribute 'unit' is in the vocabulary, not in the XSD"),
        Alteration(what: "an attribute added",
                   original: "<xs:attribute name=\"group\" type=\"p:Id\" use=\"required\"/>",
                   replacement: "<xs:attribute name=\"group\" type=\"p:Id\" use=\"required\"/><xs:attribute name=\"size\" type=\"p:PositiveInteger\"/>",
                   expected: "complexType Reaches: attribute 'size' is in the XSD, not in the vocabulary"),
        Alteration(what: "two attributes swapped",
                   original: "<xs:attribute name=\"phase\" type=\"p:Phase\"/>\n    <xs:attribute name=\"status\" type=\"p:Status\"/>",
                   replacement: "<xs:attribute name=\"status\" type=\"p:Status\"/>\n    <xs:attribute name=\"phase\" type=\"p:Phase\"/>",
                   expected: "complexType Intervention: attributes in another order: the vocabulary has id, lead, phase, status, start, end, the XSD id, lead, status, phase, start, end"),
        Alteration(what: "two child elements swapped",
                   original: "<xs:element name=\"level\" type=\"p:FrameworkLevel\" minOccurs=\"2\" maxOccurs=\"unbounded\"/>\n      <xs:element name=\"standard\" type=\"p:FrameworkStandard\" maxOccurs=\"unbounded\"/>",
                   replacement: "<xs:element name=\"standard\" type=\"p:FrameworkStandard\" maxOccurs=\"unbounded\"/>\n      <xs:element name=\"level\" type=\"p:FrameworkLevel\" minOccurs=\"2\" maxOccurs=\"unbounded\"/>",
                   expected: "complexType Framework: child elements in another order: the vocabulary has level, standard, the XSD standard, level"),
        Alteration(what: "a maxOccurs changed",
                   original: "<xs:element name=\"agency\" type=\"p:Agency\" maxOccurs=\"unbounded\"/>",
                   replacement: "<xs:element name=\"agency\" type=\"p:Agency\" maxOccurs=\"5\"/>",
                   expected: "complexType Agencies: <agency> maxOccurs is unbounded in the vocabulary, 5 in the XSD"),
        Alteration(what: "a minOccurs changed",
                   original: "<xs:element name=\"level\" type=\"p:FrameworkLevel\" minOccurs=\"2\"",
                   replacement: "<xs:element name=\"level\" type=\"p:FrameworkLevel\" minOccurs=\"1\"",
                   expected: "complexType Framework: <level> minOccurs is 2 in the vocabulary, 1 in the XSD"),
        Alteration(what: "an optional attribute made required",
                   original: "<xs:attribute name=\"label\" type=\"xs:string\"/>",
                   replacement: "<xs:attribute name=\"label\" type=\"xs:string\" use=\"required\"/>",
                   expected: "complexType FrameworkLevel: attribute 'label' is optional in the vocabulary, required in the XSD"),
        Alteration(what: "an attribute's type changed",
                   original: "<xs:attribute name=\"target\" type=\"p:NonNegativeDecimal\"/>",
                   replacement: "<xs:attribute name=\"target\" type=\"xs:string\"/>",
                   expected: "complexType Indicator: attribute 'target' is of type NonNegativeDecimal in the vocabulary, string in the XSD"),
        Alteration(what: "an enumerated value added",
                   original: "<xs:enumeration value=\"ratio\"/>",
                   replacement: "<xs:enumeration value=\"ratio\"/><xs:enumeration value=\"rate\"/>",
                   expected: "simpleType Unit: the vocabulary accepts [percent count ratio], the XSD [percent count ratio rate]"),
        Alteration(what: "a standard's mixed content made element-only",
                   original: "<xs:complexType name=\"FrameworkStandard\" mixed=\"true\">",
                   replacement: "<xs:complexType name=\"FrameworkStandard\">",
                   expected: "complexType FrameworkStandard: the vocabulary's content is titleTextOrElements(titleAttribute: SocioEcoFormats.FormatName.title), the XSD's elements"),
        Alteration(what: "a standard's title attribute made required",
                   original: "<xs:attribute name=\"title\" type=\"xs:string\">",
                   replacement: "<xs:attribute name=\"title\" type=\"xs:string\" use=\"required\">",
                   expected: "complexType FrameworkStandard: attribute 'title' is optional in the vocabulary, required in the XSD"),
        Alteration(what: "a guidance entry's phases made optional",
                   original: "<xs:attribute name=\"phases\" type=\"p:PhaseList\" use=\"required\">",
                   replacement: "<xs:attribute name=\"phases\" type=\"p:PhaseList\">",
                   expected: "complexType Guidance: attribute 'phases' is required in the vocabulary, optional in the XSD"),
        Alteration(what: "an extension point removed",
                   // Agency's, told from Place's identical one by the comment before it.
                   original: "reject text. -->\n    <xs:sequence>\n      <xs:sequence>\n        <xs:any namespace=\"##other\" processContents=\"skip\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\n      </xs:sequence>",
                   replacement: "reject text. -->\n    <xs:sequence>\n      <xs:sequence/>",
                   expected: "complexType Agency: the vocabulary takes elements of other namespaces after its own; the XSD has []"),
    ]

    @Test("an altered copy of the XSD gives the disagreement it should", arguments: alterations)
    func alteredSchema(_ alteration: Alteration) throws {
        let xsd = try Self.schemaText()
        #expect(xsd.components(separatedBy: alteration.original).count == 2, "the text to alter stands once in the XSD")
        let altered = xsd.replacingOccurrences(of: alteration.original, with: alteration.replacement)
        #expect(try Self.disagreements(altered) == [alteration.expected])
    }

    @Test("a schema libxml2 cannot read is an error, not agreement")
    func unreadableSchema() {
        #expect(throws: SchemaShape.ReadError.self) { try SchemaShape(xsd: "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">") }
    }
}
