import SocioEcoModel

/// Writes the findings of one analysis, each rule in subject order, then orders them all.
struct FindingsBuilder {
    let framework: Framework
    private var findings: [Finding] = []

    init(framework: Framework) { self.framework = framework }

    private mutating func add(_ code: Finding.Code, _ subject: Finding.Subject, _ message: String) {
        findings.append(Finding(code: code, subject: subject, message: message))
    }

    /// "the family level (Family and caregivers)", or "the family level" with no label.
    private func name(_ level: Level) -> String {
        if let label = level.label, label != level.id.rawValue { return "the \(level.id) level (\(label))" }
        return "the \(level.id) level"
    }

    private func name(_ id: Level.ID) -> String {
        framework.level(id).map(name) ?? "the \(id) level"
    }

    private func name(_ s: Standard) -> String {
        s.title.isEmpty ? "standard \(s.id)" : "standard \(s.id) (\(s.title))"
    }

    private func name(_ id: Standard.ID) -> String {
        framework.standard(id).map(name) ?? "standard \(id)"
    }

    private func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    mutating func uncoveredLevels(_ levels: [LevelCoverage]) {
        for l in levels where !l.isCovered {
            add(.uncoveredLevel, .level(l.level.id),
                "No intervention works at \(name(l.level)), so children are not protected there. Add at least one intervention at this level.")
        }
    }

    mutating func unusedStrategies(_ strategies: [Standard], use: [Int]) {
        for (s, n) in zip(strategies, use) where n == 0 {
            add(.strategyUnused, .standard(s.id),
                "No intervention puts \(name(s)) into practice. Link an intervention to it, or record why the strategy is not needed here.")
        }
    }

    mutating func interventionsWithoutStrategy(_ ids: [Intervention.ID]) {
        for id in ids {
            add(.interventionWithoutStrategy, .intervention(id),
                "Intervention \(id) is linked to no strategy standard. Say which strategy it implements.")
        }
    }

    mutating func strategiesOffLevel(_ strategies: [Standard], use: [Int], onLevel: [Bool]) {
        for (i, s) in strategies.enumerated() where use[i] > 0 && !onLevel[i] && !s.mainLevels.isEmpty {
            add(.strategyOffLevel, .standard(s.id),
                "Every intervention linked to \(name(s)) works outside its main levels (\(list(s.mainLevels.map(name)))). Check that the strategy fits these interventions.")
        }
    }

    mutating func risksAtOneLevel(_ risks: [RiskCoverage]) {
        for r in risks where r.levels.count == 1 {
            add(.riskSingleLevel, .standard(r.risk),
                "The risk \(name(r.risk)) is addressed at \(name(r.levels[0])) only. Risks are best tackled at several levels at once.")
        }
    }

    mutating func groupsNotReached(_ levels: [LevelCoverage], reach: [LevelReach]) {
        for (l, r) in zip(levels, reach) where l.isCovered {
            for group in CoverageAnalysis.watchedGroups where !r.reaches(group) {
                add(.groupNotReached, .group(group, l.level.id),
                    "No intervention at \(name(l.level)) says it reaches \(group). Check that they are not left out at this level.")
            }
        }
    }

    mutating func levelsWithoutLocalLead(_ localisation: [LevelLocalisation]) {
        for l in localisation where l.interventions > 0 && l.locallyLed == 0 {
            add(.noLocalLead, .level(l.level),
                "No intervention at \(name(l.level)) is led by a local or national actor. Consider handing the lead of some work there to one.")
        }
    }

    mutating func interventionsWithoutIndicator(_ ids: [Intervention.ID]) {
        for id in ids {
            add(.missingIndicator, .intervention(id),
                "Intervention \(id) has no indicator, so its progress cannot be measured. Add at least one.")
        }
    }

    /// By severity, then code; each rule above already adds in subject order, and the
    /// original position breaks ties so the order never depends on the sort algorithm.
    /// The sort compares one number per finding, worked out once: a programme with
    /// tens of thousands of interventions can have tens of thousands of findings.
    func ordered() -> [Finding] {
        let severities = Finding.Severity.allCases.sorted()
        let codes = Finding.Code.allCases.sorted()
        let keys = findings.map { f in
            severities.firstIndex(of: f.severity)! * codes.count + codes.firstIndex(of: f.code)!
        }
        return findings.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { findings[$0] }
    }
}
