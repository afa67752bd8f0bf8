import SocioEcoModel

/// The children of an intervention, most of them empty elements holding one ref.
extension ProgrammeBuilder {
    mutating func startInterventionChild(_ name: FormatName, ordinal: Int) -> Frame {
        let i = interventions.count
        switch name {
        case .title:
            ordinals.mark(.title, ordinal)
            attributes(path: .interventionTitle(i)) { _, _ in false }
            return beginText(.interventionTitle)
        case .description:
            ordinals.mark(.description, ordinal)
            attributes(path: .interventionDescription(i)) { _, _ in false }
            return beginText(.interventionDescription)
        case .level:
            ordinals.mark(.level, ordinal)
            if let ref = refAttribute(.ref, path: .interventionLevel(i, current.levels.count)) { current.levels.append(Level.ID(ref)) }
        case .standard:
            ordinals.mark(.standard, ordinal)
            if let ref = refAttribute(.ref, path: .interventionStandard(i, current.standards.count)) { current.standards.append(Standard.ID(ref)) }
        case .reaches:
            ordinals.mark(.reaches, ordinal)
            if let group = refAttribute(.group, path: .interventionReaches(i, current.reaches.count)) { current.reaches.append(PopulationGroup(group)) }
        case .partner:
            ordinals.mark(.partner, ordinal)
            if let ref = refAttribute(.ref, path: .interventionPartner(i, current.partners.count)) { current.partners.append(Agency.ID(ref)) }
        case .place:
            ordinals.mark(.place, ordinal)
            if let ref = refAttribute(.ref, path: .interventionPlace(i, current.places.count)) { current.places.append(Place.ID(ref)) }
        case .dependsOn:
            ordinals.mark(.dependsOn, ordinal)
            if let ref = refAttribute(.ref, path: .interventionDependsOn(i, current.dependsOn.count)) { current.dependsOn.append(Intervention.ID(ref)) }
        case .indicator:
            ordinals.mark(.indicator, ordinal)
            var indicator = Indicator(id: "", text: "")
            attributes(path: .interventionIndicator(i, current.indicators.count)) { name, value in
                switch name {
                case .id: indicator.id = Indicator.ID(value)
                case .target: indicator.target = DecimalNumber(value)
                case .unit: indicator.unit = IndicatorUnit(rawValue: value)
                default: return false
                }
                return true
            }
            currentIndicator = indicator
            return beginText(.indicator)
        default:
            return .ignored
        }
        return .interventionChild
    }

    /// Reads the attribute `name` of an empty ref-like element, keeping foreign ones.
    mutating func refAttribute(_ wanted: FormatName, path: ElementPath) -> String? {
        var result: String?
        attributes(path: path) { name, value in
            guard name == wanted else { return false }
            result = value
            return true
        }
        return result
    }

}
