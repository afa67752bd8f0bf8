import SocioEcoModel

/// One thing the coverage analysis noticed about a programme, for a person to act on.
///
/// Findings carry a stable `code` that tools can filter on, a `severity`, the
/// `subject` they concern and a sentence a programme manager understands. The
/// message holds free text from the file (titles, labels) unescaped; every output
/// format escapes it.
public struct Finding: Hashable, Sendable {
    /// How much a finding matters. Cases are in order of importance.
    public enum Severity: String, Hashable, Sendable, CaseIterable, Comparable {
        /// A hole in the protection the programme gives children; `analyze --strict` fails on it.
        case error
        /// Something in the design that is likely a mistake.
        case warning
        /// Worth a look; often a deliberate choice.
        case info

        private var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .info: return 2
            }
        }

        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// The stable codes. Raw values are what reports write; they never change meaning.
    public enum Code: String, Hashable, Sendable, CaseIterable, Comparable {
        /// A level of the framework where no intervention works.
        case uncoveredLevel = "uncovered-level"
        /// A strategy standard that no intervention links to.
        case strategyUnused = "strategy-unused"
        /// An intervention linked to no strategy standard.
        case interventionWithoutStrategy = "intervention-without-strategy"
        /// Every intervention linked to a strategy sits outside the strategy's main levels.
        case strategyOffLevel = "strategy-off-level"
        /// A risk (Pillar 2 standard) that interventions address at one level only.
        case riskSingleLevel = "risk-single-level"
        /// A covered level where no intervention reaches girls, or children with disabilities.
        case groupNotReached = "group-not-reached"
        /// A covered level where no intervention is led by a local or national actor.
        case noLocalLead = "no-local-lead"
        /// An intervention with no indicator to measure it by.
        case missingIndicator = "missing-indicator"
        /// An innermost place where no intervention works at a level the programme covers elsewhere.
        case placeLevelUncovered = "place-level-uncovered"
        /// A period inside the programme's dates when a level covered at other times has no running intervention.
        case levelGapInTime = "level-gap-in-time"
        /// A Pillar 2 risk a response to this kind of crisis is expected to address, that no intervention addresses.
        case expectedRiskUnaddressed = "expected-risk-unaddressed"
        /// An intervention that starts before one it depends on, or depends on one that is suspended.
        case dependencyOutOfOrder = "dependency-out-of-order"

        /// The severity every finding with this code has.
        public var severity: Severity {
            switch self {
            case .uncoveredLevel: return .error
            case .strategyUnused, .interventionWithoutStrategy, .placeLevelUncovered, .levelGapInTime, .expectedRiskUnaddressed,
                 .dependencyOutOfOrder: return .warning
            case .strategyOffLevel, .riskSingleLevel, .groupNotReached, .noLocalLead, .missingIndicator: return .info
            }
        }

        /// Byte order of the raw value: the order findings of one severity are listed in.
        public static func < (a: Code, b: Code) -> Bool {
            a.rawValue.utf8.lexicographicallyPrecedes(b.rawValue.utf8)
        }
    }

    /// What a finding is about.
    public enum Subject: Hashable, Sendable {
        case programme
        case level(Level.ID)
        case standard(Standard.ID)
        case intervention(Intervention.ID)
        /// A population group at one level.
        case group(PopulationGroup, Level.ID)
        /// One level in one place.
        case placeLevel(Place.ID, Level.ID)

        /// A short plain name of what the finding concerns, for text reports.
        public var label: String {
            switch self {
            case .programme: return "programme"
            case .level(let l): return "level \(l)"
            case .standard(let st): return "standard \(st)"
            case .intervention(let i): return "intervention \(i)"
            case .group(let g, let l): return "\(g) at \(l)"
            case .placeLevel(let p, let l): return "\(l) in \(p)"
            }
        }
    }

    public var code: Code
    public var severity: Severity
    public var subject: Subject
    /// One or two plain sentences saying what is wrong and what to do about it.
    public var message: String

    public init(code: Code, subject: Subject, message: String) {
        self.code = code
        self.severity = code.severity
        self.subject = subject
        self.message = message
    }
}
