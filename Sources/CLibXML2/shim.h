#ifndef SOCIOECO_CLIBXML2_SHIM_H
#define SOCIOECO_CLIBXML2_SHIM_H

// Debian's encoding.h pulls in the system ICU headers when this is set, which
// clash with Foundation's own ICU module in any target that imports both.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlIO.h>

// The thread's error handlers, as libxml2 keeps them per thread (the main thread's
// are the process globals). Reading swaps its own in for the length of a libxml2
// call and puts the caller's back, so a host application's handlers are kept.
typedef struct {
    xmlGenericErrorFunc generic;
    void *genericContext;
    xmlStructuredErrorFunc structured;
    void *structuredContext;
} socioeco_error_handlers;

// libxml2 prints some messages straight to stderr through its generic error
// function ("Unimplemented block at xmlschemas.c" on a cut-off file); the reader
// reports what it needs through its structured handlers. Swift cannot write a
// variadic C callback, hence this one.
static inline void socioeco_ignore_generic_error(void *ctx, const char *msg, ...) {
    (void)ctx;
    (void)msg;
}

// Installs a silent generic handler and `structured` (NULL for none) on this thread,
// and returns what was there for `socioeco_restore_error_handlers`.
static inline socioeco_error_handlers socioeco_install_error_handlers(xmlStructuredErrorFunc structured, void *context) {
    socioeco_error_handlers previous = {
        xmlGenericError, xmlGenericErrorContext, xmlStructuredError, xmlStructuredErrorContext
    };
    // Assigned, not set through xmlSetGenericErrorFunc, which turns NULL into its default.
    xmlGenericError = socioeco_ignore_generic_error;
    xmlGenericErrorContext = NULL;
    xmlStructuredError = structured;
    xmlStructuredErrorContext = context;
    return previous;
}

static inline void socioeco_restore_error_handlers(socioeco_error_handlers previous) {
    xmlGenericError = previous.generic;
    xmlGenericErrorContext = previous.genericContext;
    xmlStructuredError = previous.structured;
    xmlStructuredErrorContext = previous.structuredContext;
}

#endif
