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

// libxml2 prints some messages straight to stderr through its generic error
// function ("Unimplemented block at xmlschemas.c" on a cut-off file); the reader
// reports what it needs through its structured handlers. Swift cannot write a
// variadic C callback, hence this one. The handler is per thread in libxml2.
static inline void socioeco_ignore_generic_error(void *ctx, const char *msg, ...) {
    (void)ctx;
    (void)msg;
}

static inline void socioeco_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, socioeco_ignore_generic_error);
}

#endif
