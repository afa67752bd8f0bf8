internal import CLibXML2

/// Checks that bytes this tool wrote (GraphML, reports, SVG) parse as XML again, for
/// the fuzz targets and the tests. Parses in memory with the reader's safe options;
/// the document is small and ours, so holding it as a tree is fine.
package enum XMLWellFormedness {
    /// What a parse found: libxml2's errors, and the root element's attributes and text
    /// so a caller can compare them with what it escaped.
    package struct Report: Sendable {
        package var errors: [String]
        /// Attributes of the root element that are in no namespace, by local name.
        package var rootAttributes: [String: String]
        /// All character data inside the root element, concatenated.
        package var rootText: String
    }

    /// Parses `bytes`; a document with a DOCTYPE or over the reader's file size limit is
    /// an error, as it would be for the reader. With `allowsHTMLDoctype`, the bare
    /// `<!DOCTYPE html>` of an HTML5 page is allowed (it declares nothing).
    package static func check(_ bytes: [UInt8], allowsHTMLDoctype: Bool = false) -> Report {
        var report = Report(errors: [], rootAttributes: [:], rootText: "")
        guard bytes.count <= ReaderLimits.maximumFileSize else {
            report.errors.append("document of \(bytes.count) bytes is over the size limit")
            return report
        }
        guard !bytes.isEmpty else {
            report.errors.append("empty document")
            return report
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue)
        LibXMLRuntime.prepare()
        guard let context = xmlNewParserCtxt() else {
            report.errors.append("no parser context")
            return report
        }
        defer { xmlFreeParserCtxt(context) }
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                LibXMLRuntime.withThreadHandlers {
                    xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
                }
            }
        }
        defer { if let document { xmlFreeDoc(document) } }
        if context.pointee.wellFormed == 0 || document == nil {
            let last = xmlCtxtGetLastError(context)
            let message = last?.pointee.message.map { String(cString: $0) } ?? "not well-formed"
            let line = last.map { Int($0.pointee.line) } ?? 0
            report.errors.append("line \(line): \(message.trimmingWhitespace())")
            return report
        }
        guard let document else { return report }
        if let dtd = document.pointee.intSubset {
            let bare = dtd.pointee.ExternalID == nil && dtd.pointee.SystemID == nil && dtd.pointee.children == nil
                && dtd.pointee.name.map { String(cString: $0) } == "html"
            if !(allowsHTMLDoctype && bare) { report.errors.append("the document has a DOCTYPE") }
        }
        guard let root = xmlDocGetRootElement(document) else {
            report.errors.append("no root element")
            return report
        }
        var attribute = root.pointee.properties
        while let a = attribute {
            if a.pointee.ns == nil, let name = a.pointee.name {
                report.rootAttributes[String(cString: name)] = text(of: a.pointee.children, descending: false)
            }
            attribute = a.pointee.next
        }
        report.rootText = text(of: root.pointee.children, descending: true)
        return report
    }

    /// The character data of `first` and its siblings (and their descendants), read in
    /// place so nothing needs freeing.
    private static func text(of first: xmlNodePtr?, descending: Bool) -> String {
        var bytes: [UInt8] = []
        func walk(_ start: xmlNodePtr?) {
            var node = start
            while let n = node {
                switch n.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let c = n.pointee.content {
                        var k = 0
                        while c[k] != 0 { bytes.append(c[k]); k += 1 }
                    }
                case XML_ELEMENT_NODE where descending:
                    walk(n.pointee.children)
                default:
                    break
                }
                node = n.pointee.next
            }
        }
        walk(first)
        return String(decoding: bytes, as: UTF8.self)
    }
}
