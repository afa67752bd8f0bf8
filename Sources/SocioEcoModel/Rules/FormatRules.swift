/// The rules of the programme format, each once.
///
/// Adding a rule is adding its type here and a test of its own under
/// `Tests/SocioEcoModelTests/Rules/`; the completeness tests fail on a code without either.
enum FormatRules {
    static let all: [any FormatRule] = [
        // Shape rules the schema also enforces.
        MalformedIDRule(),
        BlankTitleRule(),
        NumberOutOfRangeRule(),
        FrameworkSizeRule(),
        MissingLevelRule(),
        // Semantic rules.
        ContextDatesRule(),
        DuplicateIDRule(),
        DuplicateRankRule(),
        RepeatedApproachRule(),
        RepeatedMainLevelRule(),
        UnknownMainLevelRule(),
        GuidanceOutsideStrategyRule(),
        GuidanceLevelRule(),
        GuidancePhaseRule(),
        RepeatedReferenceRule(),
        UnresolvedLevelRule(),
        UnresolvedStandardRule(),
        UnresolvedAgencyRule(),
        LeadIsPartnerRule(),
        UnresolvedInterventionRule(),
        SelfDependencyRule(),
        DependencyCycleRule(),
        UnresolvedPlaceRule(),
        PlaceCycleRule(),
        DuplicatePcodeRule(),
        AdminLevelOrderRule(),
        InterventionDatesRule(),
        OutsideContextRule(),
    ]
}
