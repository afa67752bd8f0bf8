import Testing

/// The tests that set libxml2's process-wide entity loader, one at a time: two of them
/// side by side would see each other's.
@Suite("libxml2's process-wide settings", .serialized)
struct LibXMLGlobalStateTests {}
