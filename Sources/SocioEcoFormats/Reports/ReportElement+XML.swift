import Dispatch
import SocioEcoModel

extension ReportElement {
    /// Writes the element and everything in it; `xmlns` goes first on the root.
    func write(to w: inout XMLWriter, namespace: String? = nil) {
        var attrs: [(String, String)] = []
        // The subject's attributes are appended from their own list, not from a joined
        // copy of both: a report of thousands of findings made a copy per finding.
        attrs.reserveCapacity(attributes.count + (subject?.attributes.count ?? 0) + 1)
        if let namespace { attrs.append(("xmlns", namespace)) }
        func add(_ list: [(name: String, value: Value?)]) {
            for (name, value) in list {
                switch value {
                case nil: continue
                case .string(let s): attrs.append((name, s))
                case .int(let n): attrs.append((name, String(n)))
                case .bool(let b): attrs.append((name, b ? "true" : "false"))
                case .list(let items): if !items.isEmpty { attrs.append((name, items.joined(separator: " "))) }
                }
            }
        }
        add(attributes)
        if let subject { add(subject.attributes) }
        if let text {
            w.text(name, attrs, text.value)
            return
        }
        if hasNoChildren && !writesEmptyAsPair {
            w.empty(name, attrs)
            return
        }
        w.open(name, attrs)
        for part in content {
            switch part {
            case .element(let child): child.write(to: &w)
            case .optional(_, let child): child?.write(to: &w)
            case .items(_, let items): Self.write(items, to: &w)
            }
        }
        w.close(name)
    }

    /// A long list (the interventions or the findings of a large programme): its second
    /// half written on the other core while this one writes the first, then added after
    /// it, so the bytes are the same as written in one run.
    static func write(_ items: ReportItems, to w: inout XMLWriter) {
        guard items.count >= RuleRunner.parallelFrom else {
            for item in items { item.write(to: &w) }
            return
        }
        let half = items.count / 2
        // A writer made to the report's size (see `CoverageReportXMLEncoder`) has room for
        // the second half in it; that half gets a buffer of its own share of that room.
        var second = XMLWriter.fragment(capacity: w.spareCapacity / 2, depth: w.openElements)
        withUnsafeMutablePointer(to: &w) { first in
            withUnsafeMutablePointer(to: &second) { rest in
                // Each half is written by one thread into its own writer only.
                nonisolated(unsafe) let writers = (first, rest)
                DispatchQueue.concurrentPerform(iterations: 2) { k in
                    let (writer, range) = k == 0 ? (writers.0, 0..<half) : (writers.1, half..<items.count)
                    for i in range { items[i].write(to: &writer.pointee) }
                }
            }
        }
        w.append(second)
    }
}
