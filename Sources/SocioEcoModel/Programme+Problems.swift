extension Programme {
    /// Every breach of the format's rules in this model, each once, in document order.
    ///
    /// Covers the semantic rules (refs resolve, ids unique, no dependency cycle, no
    /// repeats, custom framework consistency, context dates) and the shape rules a model
    /// built in code could break (id syntax, blank titles, sizes).
    /// - Parameter includingShapeRules: false leaves out the codes that
    ///   `ModelProblem.Code.isCheckedBySchema` names, for a reader that checked them already.
    public func problems(includingShapeRules: Bool = true) -> [ModelProblem] {
        var checker = ProblemChecker(programme: self, includesShapeRules: includingShapeRules)
        checker.run()
        return checker.problems.sorted { ($0.path, $0.code.rawValue) < ($1.path, $1.code.rawValue) }
    }

    /// Whether `problems()` is empty.
    public var isValid: Bool { problems().isEmpty }
}

private struct ProblemChecker {
    let programme: Programme
    let includesShapeRules: Bool
    var problems: [ModelProblem] = []

    init(programme: Programme, includesShapeRules: Bool) {
        self.programme = programme
        self.includesShapeRules = includesShapeRules
    }

    mutating func add(_ code: ModelProblem.Code, _ message: String, at path: ElementPath, related: ElementPath? = nil) {
        if !includesShapeRules && code.isCheckedBySchema { return }
        problems.append(ModelProblem(code: code, message: message, path: path, related: related))
    }

    mutating func run() {
        checkProgramme()
        checkFramework()
        let agencyFirst = checkAgencies()
        checkInterventions(agencyFirst: agencyFirst)
    }

    mutating func checkID(_ raw: String, what: String, at path: ElementPath) {
        if includesShapeRules && !Identifier<Never>.isWellFormed(raw) {
            add(.malformedID, "\(what) '\(raw)' is not a valid id; use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit", at: path)
        }
    }

    mutating func checkTitle(_ text: String, at path: ElementPath) {
        if includesShapeRules && text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            add(.blankTitle, "the title is empty; write at least one character that is not whitespace", at: path)
        }
    }

    mutating func checkProgramme() {
        checkID(programme.id.rawValue, what: "programme id", at: .programme)
        if let r = programme.revision, !(0...999_999_999).contains(r) {
            add(.numberOutOfRange, "revision \(r) is out of range; use a whole number from 0 to 999999999", at: .programme)
        }
        checkTitle(programme.title, at: .title)
        if let c = programme.context, let s = c.start, let e = c.end, s > e {
            add(.contextDates, "the context starts on \(s) but ends on \(e); the start must not be after the end", at: .context)
        }
    }

    mutating func checkFramework() {
        let fw = programme.framework
        guard fw.kind == .custom else { return }
        if fw.levels.count < 2 {
            add(.frameworkSize, "a custom framework needs at least two levels; it has \(fw.levels.count)", at: .framework)
        }
        if fw.standards.isEmpty {
            add(.frameworkSize, "a custom framework needs at least one standard", at: .framework)
        }
        var levelFirst: [Level.ID: Int] = [:]
        var rankFirst: [Int: Int] = [:]
        for (i, level) in fw.levels.enumerated() {
            checkID(level.id.rawValue, what: "level id", at: .frameworkLevel(i))
            if let first = levelFirst[level.id] {
                add(.duplicateID, "level id '\(level.id)' is declared twice; give each level its own id", at: .frameworkLevel(i), related: .frameworkLevel(first))
            } else {
                levelFirst[level.id] = i
            }
            if level.rank < 1 || level.rank > 999_999_999 {
                add(.numberOutOfRange, "level '\(level.id)' has rank \(level.rank); ranks are whole numbers from 1 (the innermost level)", at: .frameworkLevel(i))
            } else if let first = rankFirst[level.rank] {
                add(.duplicateRank, "level '\(level.id)' has rank \(level.rank), already taken by level '\(fw.levels[first].id)'; ranks order the levels and must be unique", at: .frameworkLevel(i), related: .frameworkLevel(first))
            } else {
                rankFirst[level.rank] = i
            }
        }
        var standardFirst: [Standard.ID: Int] = [:]
        for (i, standard) in fw.standards.enumerated() {
            checkID(standard.id.rawValue, what: "standard id", at: .frameworkStandard(i))
            if let first = standardFirst[standard.id] {
                add(.duplicateID, "standard id '\(standard.id)' is declared twice; give each standard its own id", at: .frameworkStandard(i), related: .frameworkStandard(first))
            } else {
                standardFirst[standard.id] = i
            }
            if standard.pillar < 1 || standard.pillar > 999_999_999 {
                add(.numberOutOfRange, "standard '\(standard.id)' has pillar \(standard.pillar); pillars are whole numbers from 1", at: .frameworkStandard(i))
            }
            var seen: Set<Level.ID> = []
            for level in standard.mainLevels {
                if !seen.insert(level).inserted {
                    add(.repeatedMainLevel, "standard '\(standard.id)' lists level '\(level)' twice in its levels; name each level once", at: .frameworkStandard(i))
                } else if levelFirst[level] == nil {
                    add(.unknownMainLevel, "standard '\(standard.id)' names level '\(level)', which is not a level of this framework; expected one of \(levelList)", at: .frameworkStandard(i))
                }
            }
        }
    }

    var levelList: String {
        ProblemChecker.list(programme.framework.levelsByRank.map(\.id.rawValue))
    }

    var standardList: String {
        let ids = programme.framework.standards.map(\.id.rawValue)
        if programme.framework.kind == .cpms2019 { return "an id from 1 to 28" }
        return "one of " + ProblemChecker.list(ids)
    }

    static func list(_ items: [String], limit: Int = 12) -> String {
        if items.isEmpty { return "(none declared)" }
        if items.count <= limit { return items.joined(separator: ", ") }
        return items.prefix(limit).joined(separator: ", ") + " and \(items.count - limit) more"
    }

    mutating func checkAgencies() -> [Agency.ID: Int] {
        var first: [Agency.ID: Int] = [:]
        for (i, agency) in programme.agencies.enumerated() {
            checkID(agency.id.rawValue, what: "agency id", at: .agency(i))
            if let f = first[agency.id] {
                add(.duplicateID, "agency id '\(agency.id)' is declared twice; give each agency its own id or remove the copy", at: .agency(i), related: .agency(f))
            } else {
                first[agency.id] = i
            }
        }
        return first
    }

    mutating func checkInterventions(agencyFirst: [Agency.ID: Int]) {
        let fw = programme.framework
        // A custom framework without levels was already reported; checking every ref
        // against it would bury that one message under hundreds of echoes.
        let checkLevels = fw.kind == .cpms2019 || !fw.levels.isEmpty
        let checkStandards = fw.kind == .cpms2019 || !fw.standards.isEmpty
        var interventionFirst: [Intervention.ID: Int] = [:]
        var indicatorFirst: [Indicator.ID: ElementPath] = [:]
        let all = programme.interventions
        interventionFirst.reserveCapacity(all.count)
        for i in all.indices {
            let id = all[i].id
            checkID(id.rawValue, what: "intervention id", at: .intervention(i))
            if let f = interventionFirst[id] {
                add(.duplicateID, "intervention id '\(id)' is declared twice; give each intervention its own id", at: .intervention(i), related: .intervention(f))
            } else {
                interventionFirst[id] = i
            }
        }
        let refs = RefContext(agencyFirst: agencyFirst, interventionFirst: interventionFirst,
                              checkLevels: checkLevels, checkStandards: checkStandards)
        for i in all.indices {
            checkIntervention(i, all[i], refs: refs, indicatorFirst: &indicatorFirst)
        }
        checkCycles(interventionFirst: interventionFirst)
    }

    /// What checking one intervention's refs needs to know of the whole file.
    struct RefContext {
        var agencyFirst: [Agency.ID: Int]
        var interventionFirst: [Intervention.ID: Int]
        var checkLevels: Bool
        var checkStandards: Bool
    }

    /// Borrows the intervention: copying it would retain and release each of its lists.
    mutating func checkIntervention(_ i: Int, _ item: borrowing Intervention, refs: RefContext,
                                    indicatorFirst: inout [Indicator.ID: ElementPath]) {
        let fw = programme.framework
        let agencyFirst = refs.agencyFirst
        let checkLevels = refs.checkLevels
        let checkStandards = refs.checkStandards
        let interventionFirst = refs.interventionFirst
        do {
            checkTitle(item.title, at: .interventionTitle(i))
            if item.levels.isEmpty {
                add(.missingLevel, "intervention '\(item.id)' works at no level; add at least one <level ref=\"...\"/>", at: .intervention(i))
            }
            if let lead = item.lead {
                checkID(lead.rawValue, what: "lead agency", at: .intervention(i))
                if agencyFirst[lead] == nil {
                    add(.unresolvedAgency, "lead agency '\(lead)' of intervention '\(item.id)' is not declared; \(agencyHint(agencyFirst))", at: .intervention(i))
                }
            }
            var seenLevels = RepeatDetector(item.levels)
            for (k, level) in item.levels.enumerated() {
                checkID(level.rawValue, what: "level ref", at: .interventionLevel(i, k))
                if seenLevels.isRepeat(at: k) {
                    add(.repeatedReference, "intervention '\(item.id)' names level '\(level)' twice; name each level once", at: .interventionLevel(i, k))
                } else if checkLevels && !fw.contains(level) {
                    add(.unresolvedLevel, "level '\(level)' is not a level of framework \(fw.displayID); expected one of \(levelList)", at: .interventionLevel(i, k))
                }
            }
            var seenStandards = RepeatDetector(item.standards)
            for (k, standard) in item.standards.enumerated() {
                checkID(standard.rawValue, what: "standard ref", at: .interventionStandard(i, k))
                if seenStandards.isRepeat(at: k) {
                    add(.repeatedReference, "intervention '\(item.id)' names standard '\(standard)' twice; name each standard once", at: .interventionStandard(i, k))
                } else if checkStandards && !fw.contains(standard) {
                    add(.unresolvedStandard, "standard '\(standard)' is not a standard of framework \(fw.displayID); expected \(standardList)", at: .interventionStandard(i, k))
                }
            }
            var seenGroups = RepeatDetector(item.reaches)
            for (k, group) in item.reaches.enumerated() {
                checkID(group.rawValue, what: "group", at: .interventionReaches(i, k))
                if seenGroups.isRepeat(at: k) {
                    add(.repeatedReference, "intervention '\(item.id)' names group '\(group)' twice; name each group once", at: .interventionReaches(i, k))
                }
            }
            var seenPartners = RepeatDetector(item.partners)
            for (k, partner) in item.partners.enumerated() {
                checkID(partner.rawValue, what: "partner agency", at: .interventionPartner(i, k))
                if seenPartners.isRepeat(at: k) {
                    add(.repeatedReference, "intervention '\(item.id)' names partner '\(partner)' twice; name each partner once", at: .interventionPartner(i, k))
                } else if partner == item.lead {
                    add(.leadIsPartner, "agency '\(partner)' leads intervention '\(item.id)' and is also listed as its partner; remove the <partner>", at: .interventionPartner(i, k))
                } else if agencyFirst[partner] == nil {
                    add(.unresolvedAgency, "partner agency '\(partner)' of intervention '\(item.id)' is not declared; \(agencyHint(agencyFirst))", at: .interventionPartner(i, k))
                }
            }
            for (k, indicator) in item.indicators.enumerated() {
                let path = ElementPath.interventionIndicator(i, k)
                checkID(indicator.id.rawValue, what: "indicator id", at: path)
                if let f = indicatorFirst[indicator.id] {
                    add(.duplicateID, "indicator id '\(indicator.id)' is already used; indicator ids must be unique across the whole file", at: path, related: f)
                } else {
                    indicatorFirst[indicator.id] = path
                }
            }
            var seenDeps = RepeatDetector(item.dependsOn)
            for (k, dep) in item.dependsOn.enumerated() {
                checkID(dep.rawValue, what: "depends-on ref", at: .interventionDependsOn(i, k))
                if seenDeps.isRepeat(at: k) {
                    add(.repeatedReference, "intervention '\(item.id)' depends on '\(dep)' twice; name each dependency once", at: .interventionDependsOn(i, k))
                } else if dep == item.id {
                    add(.selfDependency, "intervention '\(item.id)' depends on itself; remove this <depends-on>", at: .interventionDependsOn(i, k))
                } else if interventionFirst[dep] == nil {
                    add(.unresolvedIntervention, "intervention '\(item.id)' depends on '\(dep)', which is not an intervention of this file", at: .interventionDependsOn(i, k))
                }
            }
        }
    }

    /// What to do about an undeclared agency: declare it, or pick one that is.
    func agencyHint(_ first: [Agency.ID: Int]) -> String {
        let list = agencyList(first)
        return list.isEmpty ? "the file declares no agencies: add an <agencies> element with this agency"
            : "add it under <agencies> or use one of " + list
    }

    func agencyList(_ first: [Agency.ID: Int]) -> String {
        let ids = programme.agencies.enumerated().filter { first[$0.element.id] == $0.offset }.map(\.element.id.rawValue)
        return ids.isEmpty ? "" : ProblemChecker.list(ids)
    }

    /// Reports each dependency cycle once, at the `depends-on` that closes it in
    /// document order. Iterative Tarjan: a 100,000-long chain must not exhaust the stack.
    mutating func checkCycles(interventionFirst: [Intervention.ID: Int]) {
        let all = programme.interventions
        let n = all.count
        // Edges: (target node, depends-on index), self-edges and repeats left out (reported above).
        var edges = [[(Int, Int)]](repeating: [], count: n)
        for (i, item) in all.enumerated() where !item.dependsOn.isEmpty && interventionFirst[item.id] == i {
            var repeats = RepeatDetector(item.dependsOn)
            for (k, dep) in item.dependsOn.enumerated() {
                guard !repeats.isRepeat(at: k), let j = interventionFirst[dep], j != i else { continue }
                edges[i].append((j, k))
            }
        }
        var index = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var component = [Int](repeating: -1, count: n)
        var stack: [Int] = []
        var counter = 0
        var components = 0
        for root in 0..<n where index[root] < 0 {
            var work: [(node: Int, next: Int)] = [(root, 0)]
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while var frame = work.popLast() {
                let v = frame.node
                if frame.next < edges[v].count {
                    let w = edges[v][frame.next].0
                    frame.next += 1
                    work.append(frame)
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        work.append((w, 0))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                if low[v] == index[v] {
                    while let w = stack.popLast() {
                        onStack[w] = false
                        component[w] = components
                        if w == v { break }
                    }
                    components += 1
                }
                if let parent = work.last {
                    low[parent.node] = min(low[parent.node], low[v])
                }
            }
        }
        // The first edge inside a component of two or more, in document order, is where
        // that cycle is reported.
        var size = [Int](repeating: 0, count: components)
        for v in 0..<n where component[v] >= 0 { size[component[v]] += 1 }
        var reported = [Bool](repeating: false, count: components)
        for v in 0..<n where component[v] >= 0 && size[component[v]] > 1 && !reported[component[v]] {
            let c = component[v]
            guard let edge = edges[v].first(where: { component[$0.0] == c }) else { continue }
            reported[c] = true
            let path = cyclePath(from: edge.0, to: v, component: c, componentOf: component, edges: edges)
            let names = ([v] + path).map { all[$0].id.rawValue }
            add(.dependencyCycle, "dependencies form a cycle: \(names.joined(separator: " -> ")); remove one of these <depends-on>", at: .interventionDependsOn(v, edge.1))
        }
    }

    /// A shortest path inside one strongly connected component, by breadth-first search,
    /// ending back at `target`.
    func cyclePath(from start: Int, to target: Int, component c: Int, componentOf: [Int], edges: [[(Int, Int)]]) -> [Int] {
        var previous: [Int: Int] = [start: start]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            if v == target { break }
            for (w, _) in edges[v] where componentOf[w] == c && previous[w] == nil {
                previous[w] = v
                queue.append(w)
            }
        }
        var path = [target]
        var v = target
        while v != start, let p = previous[v] { path.append(p); v = p }
        return path.reversed()
    }
}
