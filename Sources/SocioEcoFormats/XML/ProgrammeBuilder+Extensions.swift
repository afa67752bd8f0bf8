import SocioEcoModel

/// Markup of other namespaces: extension elements captured whole, under the limits
/// that keep a hostile file from growing memory without bound.
extension ProgrammeBuilder {
    mutating func startExtension() -> Frame {
        guard countExtensionNode() else { return .ignored }
        var element = ExtensionElement(name: QualifiedName(namespaceURI: stream.namespaceURI, prefix: stream.prefix, localName: stream.localName))
        var count = 0
        stream.forEachAttribute { attribute in
            count += 1
            element.attributes.append(ForeignAttribute(
                name: QualifiedName(namespaceURI: attribute.namespaceURI, prefix: attribute.prefix, localName: attribute.localName),
                value: attribute.value))
        }
        extensionNodes += count
        if extensionNodes > ReaderLimits.maximumExtensionNodes { _ = countExtensionNode() }
        captures.append(element)
        return .extensionElement
    }

    /// Adds character data to the innermost open extension element.
    ///
    /// Text, CDATA sections and text split by a comment are one run of character data;
    /// keeping them as one node makes a written and re-read model equal to the one
    /// read. The run is taken out and put back so it grows in place: a million pieces
    /// cost linear time, not quadratic.
    mutating func captureText(_ piece: String) {
        let last = captures.count - 1
        if case .text(var before)? = captures[last].children.last {
            captures[last].children.removeLast()
            if before.utf8.count + piece.utf8.count > ReaderLimits.maximumRunLength {
                limit("a text is longer than \(ReaderLimits.maximumRunLength) bytes, past this tool's limit; a programme file's texts are far shorter")
            }
            before += piece
            captures[last].children.append(.text(before))
        } else {
            captures[last].children.append(.text(piece))
        }
    }

    /// Closes the innermost extension element: into its parent, or onto the element of
    /// the format that carries it. At the end of the programme, a merge record this
    /// tool wrote becomes a `MergeSource`.
    mutating func finishExtension() {
        let element = captures.removeLast()
        if !captures.isEmpty {
            captures[captures.count - 1].children.append(.element(element))
            return
        }
        switch stack.last {
        case .agency?: agencies[agencies.count - 1].extensions.append(ExtensionMarkup(element))
        case .place?: places[places.count - 1].extensions.append(ExtensionMarkup(element))
        case .intervention?: current.extensions.append(ExtensionMarkup(element))
        case .programme?:
            if let source = MergeOriginXML.source(from: element) {
                mergeSources.append(source)
            } else {
                extensions.append(ExtensionMarkup(element))
            }
        default: break
        }
    }

    /// Records that the file passed a limit; `run` stops at the next node.
    mutating func limit(_ message: String) {
        guard !limitReached else { return }
        limitReached = true
        problems.append(ReadDiagnostics.ReaderProblem(ordinal: max(elementOrdinal, 1), code: "limit", message: message))
    }

    /// Counts one more node of other namespaces; false, with the limit recorded, past
    /// `ReaderLimits.maximumExtensionNodes`.
    mutating func countExtensionNode() -> Bool {
        extensionNodes += 1
        guard extensionNodes > ReaderLimits.maximumExtensionNodes else { return true }
        limit("more than \(ReaderLimits.maximumExtensionNodes) elements, texts and attributes of other namespaces, past this tool's limit")
        return false
    }
}
