import SocioEcoModel

/// Checks a programme file's structure as it streams past, as the XSD would: element
/// order and counts, attributes and their typed values, empty and text-only content,
/// and where elements of other namespaces may stand.
///
/// With it the reader can skip libxml2's XSD validation where speed matters. Each
/// breach is reported once, at the start tag of the element at fault; past a
/// misplaced element, the rest of its parent's content is not checked again.
struct StructureChecker {
    /// The namespace of an element or attribute name.
    enum Space: Equatable {
        case ours, none
        /// Another namespace: extensions live there.
        case other
    }

    /// An element's name as written, asked for only when a message needs it.
    struct WrittenName {
        var prefix: String?
        var localName: String
        var namespaceURI: String?

        var text: String { (prefix.map { $0 + ":" } ?? "") + localName }
    }

    struct Problem {
        var ordinal: Int
        var code: String
        var message: String
    }

    struct Frame {
        /// nil: content not checked (an extension, or an element already reported).
        var kind: ElementRule.Kind?
        var name: FormatName
        var ordinal: Int
        /// Position in the content model: the particle reached and how many of it seen.
        var particle = 0
        var count = 0
        /// Set once the content was reported, so that one breach gives one message.
        var reported = false
        var sawNonBlank = false
        /// The last extension element, to blame when an element of ours follows it.
        var extensionOrdinal = 0
        /// Attributes of `ElementRule.attributes` seen, by index.
        var seenAttributes: UInt16 = 0
    }

    /// Frames hold no references, so that pushing and popping them costs no reference
    /// counting; the names of extension elements, needed only for messages, stand here
    /// by the ordinal of their parent while it is open. Not private: the character data
    /// and attribute checks (`StructureChecker+*.swift`) work on the same stack.
    var stack: [Frame] = []
    private var extensionNames: [Int: WrittenName] = [:]
    private(set) var problems: [Problem] = []
    /// Whether problems past `ReaderLimits.maximumDiagnostics` were left out: a file of
    /// millions of broken elements must not cost millions of messages.
    private(set) var truncated = false
    private var sawRoot = false

    mutating func report(_ ordinal: Int, _ message: String, code: String = "schema") {
        guard problems.count < ReaderLimits.maximumDiagnostics else {
            truncated = true
            return
        }
        problems.append(Problem(ordinal: ordinal, code: code, message: message))
    }

    // MARK: Elements

    /// A start tag. `written` gives the name as written, for messages.
    mutating func startElement(_ name: FormatName?, space: Space, ordinal: Int, written: () -> WrittenName) {
        guard let parentIndex = stack.indices.last else {
            startRoot(name, space: space, ordinal: ordinal, written: written)
            return
        }
        let parent = stack[parentIndex]
        guard let parentKind = parent.kind else {
            stack.append(Frame(kind: nil, name: .namespace, ordinal: ordinal))
            return
        }
        let rule = FormatVocabulary.rule(parentKind)
        switch content(at: parentIndex) {
        case .titleTextOrElements where space == .ours && name == .guidance:
            unexpectedContent(at: parentIndex, "gives its title as text, so it holds no element; to give it <guidance> entries, move the title into a title=\"...\" attribute and put the entries inside instead of the text", code: Self.standardTitleCode)
            stack.append(Frame(kind: nil, name: .namespace, ordinal: ordinal))
            return
        case .empty:
            unexpectedContent(at: parentIndex, "must be empty; remove the element <\(written().text)> inside it")
            stack.append(Frame(kind: nil, name: .namespace, ordinal: ordinal))
            return
        case .text, .titleTextOrElements:
            unexpectedContent(at: parentIndex, "holds text only; remove the element <\(written().text)> inside it (write <, > and & in text as &lt;, &gt; and &amp;)")
            stack.append(Frame(kind: nil, name: .namespace, ordinal: ordinal))
            return
        case .elements:
            break
        }
        if parent.reported {
            stack.append(Frame(kind: nil, name: .namespace, ordinal: ordinal))
            return
        }
        let kind = advance(parentIndex, rule: rule, to: space == .ours ? name : nil, space: space, ordinal: ordinal, written: written)
        stack.append(Frame(kind: kind, name: kind == nil ? .namespace : name ?? .namespace, ordinal: ordinal))
    }

    private mutating func startRoot(_ name: FormatName?, space: Space, ordinal: Int, written: () -> WrittenName) {
        let root = FormatVocabulary.root
        if !sawRoot, space == .ours, name == root.name {
            sawRoot = true
            stack.append(Frame(kind: root.kind, name: root.name, ordinal: ordinal))
            return
        }
        let w = written()
        let ns = w.namespaceURI.map { " in namespace '\($0)'" } ?? " in no namespace"
        report(ordinal, "the root element is <\(w.text)>\(ns); a programme file's root element is <programme xmlns=\"\(ProgrammeXML.namespace)\">", code: "root")
        stack.append(Frame(kind: nil, name: .namespace, ordinal: ordinal))
    }

    /// Moves the parent's content model past one child; returns the child's type, or nil
    /// when the child stands where it may not (reported) or is an extension.
    private mutating func advance(_ parentIndex: Int, rule: ElementRule, to name: FormatName?, space: Space,
                                  ordinal: Int, written: () -> WrittenName) -> ElementRule.Kind? {
        var frame = stack[parentIndex]
        defer { stack[parentIndex] = frame }
        let particles = rule.particles
        var i = frame.particle
        var count = frame.count
        while i < particles.count {
            let p = particles[i]
            if p.name == name && count < p.max {
                frame.particle = i
                frame.count = count + 1
                return p.kind
            }
            if count < p.min { break }
            i += 1
            count = 0
        }
        if i == particles.count && rule.allowsExtensions && space == .other {
            frame.particle = i
            extensionNames[frame.ordinal] = written()
            frame.extensionOrdinal = ordinal
            return nil
        }
        frame.reported = true
        let parentName = frame.name.text
        if let name, space == .ours, frame.particle == particles.count, let foreign = extensionNames[frame.ordinal],
           particles.contains(where: { $0.name == name }) {
            report(frame.extensionOrdinal, "element <\(foreign.text)> of namespace '\(foreign.namespaceURI ?? "")' stands before <\(name.text)>; elements of other namespaces go last in <\(parentName)>, after the format's own elements")
            return nil
        }
        let w = written()
        let expected = rule.expected(particle: frame.particle, count: frame.count)
        switch space {
        case .ours where name != nil:
            report(ordinal, "element <\(w.text)> cannot stand here in <\(parentName)>; expected \(expected)")
        case .ours:
            report(ordinal, "<\(w.text)> is not an element of the format; expected \(expected) here in <\(parentName)>")
        case .none:
            report(ordinal, "element <\(w.text)> has no namespace and cannot stand in <\(parentName)>; the format's elements need xmlns=\"\(ProgrammeXML.namespace)\" and extensions a namespace of their own; expected \(expected)")
        case .other:
            report(ordinal, "element <\(w.text)> of namespace '\(w.namespaceURI ?? "")' cannot stand here in <\(parentName)>; elements of other namespaces go only last in <programme>, <agency> and <intervention>; expected \(expected)")
        }
        return nil
    }

    /// The code of a standard's title given twice or nowhere: a rule of the format the XSD
    /// cannot say, so not a `schema` problem.
    static let standardTitleCode = "standard-title"

    /// The content model of the element at `index` of the stack, with a choice by
    /// attribute made: `.titleTextOrElements` only when the attribute is absent and the
    /// content is the title's text.
    func content(at index: Int) -> ElementRule.Content {
        let frame = stack[index]
        guard let kind = frame.kind else { return .empty }
        let rule = FormatVocabulary.rule(kind)
        guard case .titleTextOrElements(let attribute) = rule.content else { return rule.content }
        guard let k = rule.attributes.firstIndex(where: { $0.name == attribute }) else { return rule.content }
        return frame.seenAttributes & (1 << k) != 0 ? .elements : rule.content
    }

    /// An end tag.
    mutating func endElement() {
        guard let index = stack.indices.last else { return }
        let content = content(at: index)
        let frame = stack.removeLast()
        if frame.extensionOrdinal != 0 { extensionNames[frame.ordinal] = nil }
        guard let kind = frame.kind, !frame.reported else { return }
        let rule = FormatVocabulary.rule(kind)
        switch content {
        case .text(nonBlank: true) where !frame.sawNonBlank:
            report(frame.ordinal, "the <\(frame.name.text)> is blank; write at least one character that is not whitespace")
        case .elements:
            var i = frame.particle
            var count = frame.count
            while i < rule.particles.count {
                let p = rule.particles[i]
                if count < p.min {
                    let needed = p.min > 1 ? "at least \(p.min) <\(p.name.text)> elements" : "a <\(p.name.text)>"
                    let missing = count > 0 ? "only \(count) <\(p.name.text)>" : "no <\(p.name.text)>"
                    report(frame.ordinal, "Missing child element: <\(frame.name.text)> has \(missing) and needs \(needed)\(rule.placement(ofParticle: i))")
                    return
                }
                i += 1
                count = 0
            }
        default:
            break
        }
    }
}
