import SocioEcoAnalysis
import SocioEcoModel

/// The suggestions as one tree, in the coverage report's namespace: a `suggestions`
/// section inside the coverage report, and the root of `suggest --format xml|json`.
enum SuggestionsTree {
    typealias E = ReportElement

    /// Per hole, its finding's code and subject, then each option with its entry's id,
    /// standard, levels, phases and possible leads, title and summary.
    static func suggestions(_ s: Suggestions, programme: Programme? = nil, framework: Framework? = nil) -> ReportElement {
        E("suggestions", [
            ("programme", programme.map { .string($0.id.rawValue) }), ("framework", framework.map { .string($0.displayID) }),
            ("provenance", .string(s.provenance)), ("holes", .int(s.holeCount)),
        ], content: [
            .list(item: "hole", s.items.map { item in
                E("hole", [("code", .string(item.code.rawValue))], subject: CoverageReportTree.subject(item.subject), content: [
                    .list(item: "option", item.options.map { o in
                        E("option", [
                            ("entry", .string(o.entry.id.rawValue)), ("standard", .string(o.entry.standard.rawValue)),
                            ("levels", .list(o.entry.levels.map(\.rawValue))), ("phases", .list(o.entry.phases.map(\.rawValue))),
                            ("matches-hole", .bool(o.matchesHole)), ("reuses-agencies", .bool(o.reusesAgencies)),
                            ("possible-leads", .list(o.possibleLeads.map(\.rawValue))),
                        ], content: [.element(.text("title", o.entry.title)), .element(.text("summary", o.entry.summary))])
                    }),
                ])
            }),
        ], writesEmptyAsPair: true)
    }
}
