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

#endif
