import SocioEcoModel

/// A cell of a column the model has no place for, kept on its intervention as extension
/// markup in the namespace `urn:socioeco:sheet:1`:
/// `<sheet:column header="Budget (USD)" hashtag="#value+budget">12000</sheet:column>`.
/// `row` (the intervention's 1st, 2nd... row) is written only when its rows hold
/// different values in that column; a value shared by all its rows is kept once.
public struct SheetCarriedCell: Hashable, Sendable {
    public static let namespace = "urn:socioeco:sheet:1"
    static let name = QualifiedName(namespaceURI: namespace, prefix: "sheet", localName: "column")

    public var header: String
    public var hashtag: String?
    public var row: Int?
    public var value: String

    public init(header: String, hashtag: String?, row: Int? = nil, value: String) {
        self.header = header
        self.hashtag = hashtag
        self.row = row
        self.value = value
    }

    /// The activity code, which the model has no field for: kept under the 5W's own header
    /// and hashtag, and written back in the activity code column.
    public static func activityCode(_ code: String) -> SheetCarriedCell {
        let column = FiveWColumn.all.first { $0.role == .activityCode }!
        return SheetCarriedCell(header: column.header, hashtag: column.hashtag, value: code)
    }

    public var isActivityCode: Bool { columnKey == Self.activityCode("").columnKey }

    /// The column it belongs to: its header and hashtag.
    public var columnKey: ColumnKey { ColumnKey(header: header, hashtag: hashtag) }

    public struct ColumnKey: Hashable, Sendable {
        public var header: String
        public var hashtag: String?
    }

    public var markup: ExtensionMarkup {
        var attributes: [ForeignAttribute] = []
        func attribute(_ local: String, _ value: String) {
            attributes.append(ForeignAttribute(name: QualifiedName(namespaceURI: nil, localName: local), value: value))
        }
        if !header.isEmpty { attribute("header", header) }
        if let hashtag { attribute("hashtag", hashtag) }
        if let row { attribute("row", String(row)) }
        return ExtensionMarkup(element: ExtensionElement(name: Self.name, attributes: attributes, children: [.text(value)]))
    }

    /// The cell an intervention's extension markup holds, if it is one.
    public init?(_ markup: ExtensionMarkup) {
        guard let e = markup.element, e.name == Self.name else { return nil }
        func attribute(_ local: String) -> String? {
            e.attributes.first { $0.name.namespaceURI == nil && $0.name.localName == local }?.value
        }
        header = attribute("header") ?? ""
        hashtag = attribute("hashtag")
        row = attribute("row").flatMap { Int($0) }
        value = e.children.map { if case .text(let t) = $0 { t } else { "" } }.joined()
    }
}
