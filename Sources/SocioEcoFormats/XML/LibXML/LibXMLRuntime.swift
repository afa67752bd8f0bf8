internal import CLibXML2

/// libxml2's process-wide and per-thread state, touched only in ways that leave a host
/// application's own settings as they were.
///
/// libxml2 2.9 keeps its error handlers per thread. The reader never sets them for
/// longer than one libxml2 call (or one `withThreadHandlers` scope), and always puts
/// back what it found, so two reads on two threads, or a host's handler on the same
/// thread, do not see each other. It installs no external entity loader, the one
/// setting libxml2 keeps for the whole process: nothing the reader parses can reach
/// one (see `LibXMLStream`).
enum LibXMLRuntime {
    /// Runs libxml2's one-time set-up, which is not safe to race, before any parse.
    static func prepare() { _ = initialized }

    private static let initialized: Void = { xmlInitParser() }()

    /// Runs `body` with libxml2's generic error messages silenced and `handler` (none
    /// when nil) as this thread's structured error handler, then restores both.
    /// `body` must not leave the thread: keep it synchronous.
    static func withThreadHandlers<R>(
        recording handler: xmlStructuredErrorFunc? = nil, context: UnsafeMutableRawPointer? = nil, _ body: () -> R
    ) -> R {
        prepare()
        let previous = socioeco_install_error_handlers(handler, context)
        defer { socioeco_restore_error_handlers(previous) }
        return body()
    }

    /// Frees a push parser's context and any document it began, with the thread's
    /// handlers left as they were.
    static func free(pushParser context: xmlParserCtxtPtr) {
        withThreadHandlers {
            if let doc = context.pointee.myDoc { xmlFreeDoc(doc) }
            xmlFreeParserCtxt(context)
        }
    }
}
