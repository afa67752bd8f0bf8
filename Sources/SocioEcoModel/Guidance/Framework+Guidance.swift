extension Framework {
    /// The note every report prints beside guidance or expected risks drawn from the CPMS.
    public static let cpms2019Reading = "socioeco's reading of the CPMS 2019, not CPMS text"

    /// What could fill the holes of a programme written against this framework: for CPMS
    /// 2019 the built-in catalogue; for a custom framework the entries its own standards
    /// carry, in framework order (none when it gives none: its standards mean whatever
    /// its authors chose, so socioeco writes nothing for them).
    public var guidance: GuidanceCatalogue {
        switch kind {
        case .cpms2019:
            return .cpms2019
        case .custom:
            let entries = standards.flatMap(\.guidance)
            return entries.isEmpty ? .empty : GuidanceCatalogue(entries: entries, provenance: Self.ownGuidanceProvenance)
        }
    }

    /// The same levels and standards with no guidance of the framework's own: what the
    /// refs of a programme point into, for telling a change of guidance from a change of
    /// the framework itself.
    public var withoutGuidance: Framework {
        Framework(kind: kind, name: name, levels: levels, standards: standards.map { standard in
            var bare = standard
            bare.guidance = []
            return bare
        })
    }

    /// The note beside a custom framework's own guidance: its authors' reading, not socioeco's.
    public static let ownGuidanceProvenance = "the framework's own guidance"
}
