import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel
import Testing

/// The report writers on small programmes built in code.
@Suite struct ReportEncoderTests {
    func analysis(title: String) -> AnalysedProgramme {
        AnalysedProgramme(Programme(id: "p", revision: 3, title: title, interventions: [
            Intervention(id: "a", title: "A", levels: ["child"], standards: ["15"]),
        ]))
    }

    @Test func jsonEscapesPerRFC8259() {
        let json = CoverageReportJSONEncoder().encode(analysis(title: "q\" b\\ n\n t\t c\u{1} l\u{2028} \u{030B}"))
        #expect(json.contains(#""title": "q\" b\\ n\n t\t c\u0001 l\u2028 \#u{030B}""#))
        #expect(json.contains(#""revision": 3"#))
    }

    @Test func xmlReportNamesItsNamespaceAndEscapes() {
        let xml = CoverageReportXMLEncoder().encode(analysis(title: "a <b> & \"c\""))
        #expect(xml.contains("<coverage-report xmlns=\"urn:socioeco:coverage-report:1\" programme=\"p\" revision=\"3\" framework=\"cpms-2019\" interventions=\"1\">"))
        #expect(xml.contains("<title>a &lt;b&gt; &amp; \"c\"</title>"))
        #expect(xml.contains("<finding code=\"uncovered-level\" severity=\"error\" level=\"family\">"))
    }

    @Test func textColourOnlyWhenAsked() {
        let a = analysis(title: "T")
        #expect(!CoverageReportTextEncoder().encode(a).contains("\u{1B}"))
        #expect(CoverageReportTextEncoder(options: .init(colour: true)).encode(a).contains("\u{1B}[31m"))
    }

    @Test func layoutHelpersCountColumns() {
        #expect(TerminalText.displayWidth("a\u{030B}👧🏽") == 3)
        #expect(TerminalText.fit("abcdef", width: 4) == "abc…")
        #expect(TerminalText.wrap("aaa bbb ccc", width: 7) == ["aaa bbb", "ccc"])
        #expect(TerminalText.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }
}
