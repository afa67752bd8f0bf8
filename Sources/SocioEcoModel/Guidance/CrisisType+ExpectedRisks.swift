extension CrisisType {
    /// The Pillar 2 risks a response to this kind of crisis is expected to address, most
    /// characteristic first; empty for `other`, whose risks the type alone cannot tell.
    ///
    /// socioeco's reading of the CPMS 2019 (see `expectedRiskTable`), not CPMS text.
    public var expectedRisks: [ExpectedRisk] {
        Self.expectedRiskTable.first { $0.crisis == self }?.risks ?? []
    }

    /// One row per crisis type, in `allCases` order, each risk with its reason: the table
    /// the README quotes.
    public static let expectedRiskTable: [(crisis: CrisisType, risks: [ExpectedRisk])] = [
        (.armedConflict, [
            risk("11", "Parties to a conflict recruit and use children, as fighters and in support roles."),
            risk("7", "Fighting, explosive remnants of war and attacks on homes and schools kill and maim children."),
            risk("9", "Sexual violence is used in conflict, and the breakdown of order leaves girls and boys exposed to it."),
        ]),
        (.naturalDisaster, [
            risk("13", "Children lose their families in the rush of an evacuation or in the chaos that follows the event."),
            risk("7", "Collapsed buildings, floodwater and debris injure children during and after the event."),
        ]),
        (.epidemic, [
            risk("13", "Children are separated when caregivers fall ill, are isolated or die."),
            risk("10", "Fear, isolation, bereavement and closed schools weigh heavily on children's mental health."),
        ]),
        (.displacement, [
            risk("13", "Children become separated from their families in flight and in crowded sites."),
            risk("9", "Crowded shelters, unsafe routes to water and latrines and lost community ties expose girls and boys to sexual violence."),
            risk("12", "Families that lost their income send children to work to survive."),
        ]),
        (.mixedMigration, [
            risk("13", "Children travel alone or lose their companions along the route."),
            risk("9", "Smugglers, traffickers and others on the route abuse and exploit children sexually."),
            risk("12", "Children work to pay for the journey or to repay debts to smugglers."),
            risk("7", "Crossings by sea, desert and border expose children to injury and death."),
        ]),
        (.complex, [
            risk("11", "Armed groups active in the crisis recruit and use children."),
            risk("13", "Repeated displacement and loss of caregivers separate children from their families."),
            risk("9", "Conflict, displacement and collapsed services together leave children exposed to sexual violence."),
            risk("7", "Fighting and explosive remnants of war injure and kill children."),
            risk("12", "Economic collapse pushes children into work, including its worst forms."),
        ]),
        (.other, []),
    ]

    private static func risk(_ standard: String, _ reason: String) -> ExpectedRisk {
        ExpectedRisk(standard: Standard.ID(standard), reason: reason)
    }
}
