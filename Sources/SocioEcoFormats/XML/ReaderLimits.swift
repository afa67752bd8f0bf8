/// Sizes the reader stands by; past any of them a file is refused with a message that
/// names the limit, before memory or time run away. Each is far above what a real
/// programme needs (the largest example has a few dozen interventions).
public enum ReaderLimits {
    /// 512 MiB: about 1.7 million interventions in the canonical form. Checked on the
    /// file's size before parsing.
    public static let maximumFileSize = 512 * 1024 * 1024
    /// Element nesting; libxml2's own limit, kept by never passing `XML_PARSE_HUGE`.
    public static let maximumDepth = 256
    /// Bytes in one text (a title, a description, an indicator, one text of an
    /// extension) and in one attribute value. libxml2 stops a single text node or value
    /// at this size; the reader also stops a text that pieces (CDATA sections,
    /// references) add up past it.
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
