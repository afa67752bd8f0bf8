extension Framework {
    /// The note every report prints beside guidance or expected risks drawn from the CPMS.
    public static let cpms2019Reading = "socioeco's reading of the CPMS 2019, not CPMS text"

    /// What could fill the holes of a programme written against this framework. A custom
    /// framework gets none: its standards mean whatever its authors chose.
    public var guidance: GuidanceCatalogue {
        switch kind {
        case .cpms2019: return .cpms2019
        case .custom: return .empty
        }
    }
}
