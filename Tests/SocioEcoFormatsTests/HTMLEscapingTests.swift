import SocioEcoFormats
import Testing

@Suite struct HTMLEscapingTests {
    @Test func escapesTheFiveMarkupCharacters() {
        #expect(HTMLEscaping.escape(#"<script>alert("x" & 'y')</script>"#)
            == "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;")
    }

    @Test func keepsReferencesLiteral() {
        #expect(HTMLEscaping.escape("&amp; &#65;") == "&amp;amp; &amp;#65;")
    }

    @Test func keepsNonLatinTextAndReplacesControls() {
        #expect(HTMLEscaping.escape("مرحبا শিশু 👧🏽\u{030B}") == "مرحبا শিশু 👧🏽\u{030B}")
        #expect(HTMLEscaping.escape("a\u{1B}[31m\u{85}b") == "a\u{FFFD}[31m\u{FFFD}b")
        #expect(HTMLEscaping.escape("a\r\nb\rc\td") == "a\nb\nc\td")
    }
}
