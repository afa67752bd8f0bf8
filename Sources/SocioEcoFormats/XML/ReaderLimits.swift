/// Sizes the reader stands by; past any of them a file is refused with a message that
/// names the limit, before memory or time run away. Each is far above what a real
/// programme needs (the largest example has a few dozen interventions).
public enum ReaderLimits {
    /// 512 MiB: about 1.7 million interventions in the canonical form. Checked on the
    /// file's size before parsing.
    public static let maximumFileSize = 512 * 1024 * 1024
    /// Element nesting; libxml2's own limit, kept by never passing `XML_PARSE_HUGE`.
    public static let maximumDepth = 256
    /// Bytes in one text and in one tag with its attributes (so in any attribute
    /// value): libxml2's schema validator slows down with the square of a text's
    /// length. Checked on the file before parsing; a text that CDATA sections add up
    /// past it is stopped while reading.
    public static let maximumRunLength = 1 << 20
    /// Pieces (CDATA sections, or runs of text between comments) in one text: the
    /// validator's cost grows with pieces times length.
    public static let maximumTextPieces = 100_000
    /// libxml2's own limit on a text node, kept by never passing `XML_PARSE_HUGE`; a
    /// backstop behind `maximumRunLength`.
    public static let maximumTextLength = 10_000_000
    /// Interventions in one programme.
    public static let maximumInterventions = 2_000_000
    /// Markup of other namespaces kept for writing back: extension elements, their
    /// texts and attributes, and foreign attributes on the format's own elements.
    public static let maximumExtensionNodes = 2_000_000
    /// Problems reported for one file; a file with more is hopeless past the first ones,
    /// and listing them all would cost more than reading it.
    public static let maximumDiagnostics = 1_000
}
