import SocioEcoFormats
import Testing

/// The report writers' escaping, one output language at a time.
@Suite struct ReportEncoderTests {
    @Test func xmlTextEscapesMarkup() {
        #expect(XMLEscaping.text("a<b>&c") == "a&lt;b&gt;&amp;c")
    }
}
