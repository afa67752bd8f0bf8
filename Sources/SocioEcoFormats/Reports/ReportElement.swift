/// One element of a report tree: the shape both the XML and the JSON form of a report
/// are written from, so that a name given here is the name in both.
///
/// The XML form writes the tree as it is. The JSON form follows from it mechanically
/// (see `ReportElement+JSON.swift`): an attribute is a member of the same name in
/// camelCase, a list of child elements an array under the children's name.
struct ReportElement: Sendable {
    /// A value of an attribute, typed for JSON; XML writes each as text.
    enum Value: Sendable {
        case string(String)
        case int(Int)
        case bool(Bool)
        /// Space-separated in XML, where an empty list leaves the attribute out; an
        /// array in JSON, empty or not.
        case list([String])
    }

    /// What an element holds besides its attributes and text.
    enum Content: Sendable {
        case element(ReportElement)
        /// A child that may be absent: left out of the XML, `null` in JSON.
        case optional(name: String, ReportElement?)
        /// Repeated children of one name, in order.
        case items(item: String, ReportItems)

        /// Repeated children of one name, made beforehand.
        static func list(item: String, _ items: [ReportElement]) -> Content {
            .items(item: item, ReportItems(items))
        }
    }

    /// What a finding is about: a kind and the attributes that name it. XML writes the
    /// attributes after the element's own (`level="society"`); JSON nests them in a
    /// `subject` object that also says its `kind` (`{"kind": "level", "level": "society"}`),
    /// so a tool can switch on the kind without guessing it from which members are present.
    struct Subject: Sendable {
        var kind: String
        var attributes: [(name: String, value: Value?)]
    }

    var name: String
    /// In order; a `nil` value is an attribute the element may carry but does not:
    /// left out of the XML, `null` in JSON.
    var attributes: [(name: String, value: Value?)]
    /// Character content, and the name of the JSON member that carries it.
    var text: (name: String, value: String)?
    var subject: Subject?
    var content: [Content]
    /// Written as `<name>` and `</name>` on two lines when it holds nothing, rather than
    /// as `<name/>`: the XML report has always written its sections so.
    var writesEmptyAsPair: Bool

    init(_ name: String, _ attributes: [(name: String, value: Value?)] = [], subject: Subject? = nil,
         text: (name: String, value: String)? = nil, content: [Content] = [], writesEmptyAsPair: Bool = false) {
        self.name = name
        self.attributes = attributes
        self.subject = subject
        self.text = text
        self.content = content
        self.writesEmptyAsPair = writesEmptyAsPair
    }

    /// A section that is only a list of children: `<name><item/>...</name>`, an array
    /// under `name` in JSON.
    static func section(_ name: String, item: String, _ items: [ReportElement], writesEmptyAsPair: Bool = true) -> ReportElement {
        ReportElement(name, content: [.list(item: item, items)], writesEmptyAsPair: writesEmptyAsPair)
    }

    /// An element holding text alone, a string member in JSON.
    static func text(_ name: String, _ value: String) -> ReportElement {
        ReportElement(name, text: (name, value))
    }

    /// Whether no child element is present.
    var hasNoChildren: Bool {
        content.allSatisfy { part in
            switch part {
            case .element: return false
            case .optional(_, let child): return child == nil
            case .items(_, let items): return items.isEmpty
            }
        }
    }
}

/// The children of a list: made beforehand, or each made when it is written. A report's
/// findings are made one by one as they are written: made all at once, the elements of
/// 50,000 findings took more memory than the report's text.
struct ReportItems: RandomAccessCollection, Sendable {
    let startIndex = 0
    let endIndex: Int
    private let make: @Sendable (Int) -> ReportElement

    init(_ elements: [ReportElement]) {
        endIndex = elements.count
        make = { elements[$0] }
    }

    /// The element for each of `source`, made when it is asked for; `transform` may be
    /// called more than once for one element and from any thread.
    init<Source: RandomAccessCollection & Sendable>(_ source: Source, _ transform: @escaping @Sendable (Source.Element) -> ReportElement)
    where Source.Index == Int {
        endIndex = source.count
        let start = source.startIndex
        make = { transform(source[start + $0]) }
    }

    subscript(position: Int) -> ReportElement { make(position) }
}
