import SocioEcoAnalysis
import SocioEcoModel

/// Writes a programme as a GraphViz DOT diagram of the socio-ecological model: the
/// levels as nested clusters (the concentric rings as boxes within boxes, rank 1
/// innermost), the interventions inside them and the standards they implement beside
/// them. Holes stand out: a level without interventions is drawn dashed and red, a
/// strategy standard nothing implements is greyed.
///
/// The output is deterministic (framework order for levels and standards, file order
/// for interventions) and needs no GraphViz to produce.
public struct DOTEncoder: OutputEncoder {
    public struct Options: Hashable, Sendable {
        /// What the diagram shows.
        public enum View: String, Hashable, Sendable, CaseIterable {
            /// Interventions, strategy standards, and the risk (Pillar 2) and sector
            /// (Pillar 4) standards they are linked to.
            case full
            /// Interventions and the strategy standards they implement.
            case strategies
            /// One node per level and per strategy, edges labelled with counts: its size
            /// does not grow with the number of interventions.
            case summary
            /// One cluster per innermost place holding the interventions working there,
            /// by level; one node per place with its counts when there are many.
            case places
        }

        public var view: View

        public init(view: View = .strategies) {
            self.view = view
        }

        /// Above this many interventions a detailed layout takes GraphViz minutes, so
        /// `automatic(for:)` picks the summary.
        public static let summaryThreshold = 300

        /// Above this many innermost places the places view draws one node per place.
        public static let placeClusterLimit = 60
        /// Above this many intervention and place pairs (an intervention drawn once in
        /// each innermost place it works in) the places view draws one node per place.
        public static let placePairLimit = 400

        /// The summary for programmes of more than `summaryThreshold` interventions,
        /// the strategies view otherwise.
        public static func automatic(for programme: Programme) -> Options {
            Options(view: programme.interventions.count > summaryThreshold ? .summary : .strategies)
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The DOT document for a programme, its counts taken from its analysis.
    public func encode(_ input: AnalysedProgramme) -> String {
        var diagram = DOTDiagram(input, view: options.view)
        diagram.write()
        return diagram.writer.output
    }
}

/// Node ids by kind, so that an intervention, a level and a standard that share an id
/// never share a node.
enum DOTNodeID {
    static func intervention(_ id: Intervention.ID) -> String { "iv:" + id.rawValue }
    static func level(_ id: Level.ID) -> String { "lvl:" + id.rawValue }
    static func standard(_ id: Standard.ID) -> String { "std:" + id.rawValue }
    static func levelCluster(_ id: Level.ID) -> String { "cluster_lvl:" + id.rawValue }
    static func hole(_ id: Level.ID) -> String { "hole:" + id.rawValue }
}
