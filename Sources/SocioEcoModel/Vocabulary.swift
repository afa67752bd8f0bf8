/// The closed vocabularies of the format. Raw values are the words written in files.

public enum Phase: String, Hashable, Sendable, CaseIterable, Codable {
    case preparedness, prevention, response
}

public enum InterventionStatus: String, Hashable, Sendable, CaseIterable, Codable {
    case planned, ongoing, completed, suspended
}

public enum AgencyType: String, Hashable, Sendable, CaseIterable, Codable {
    case un
    case internationalNGO = "international-ngo"
    case nationalNGO = "national-ngo"
    case communityBased = "community-based"
    case government
    case redCrossRedCrescent = "red-cross-red-crescent"
    case donor
    case other
}

public enum CrisisType: String, Hashable, Sendable, CaseIterable, Codable {
    case armedConflict = "armed-conflict"
    case naturalDisaster = "natural-disaster"
    case epidemic
    case displacement
    case mixedMigration = "mixed-migration"
    case complex
    case other
}

public enum IndicatorUnit: String, Hashable, Sendable, CaseIterable, Codable {
    case percent, count, ratio
}
