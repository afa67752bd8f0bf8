@testable import SocioEcoFormats

extension SchemaShape {
    /// Where the vocabulary and this schema disagree, one sentence each; empty when they
    /// say the same: the root element, and for every element type its content, child
    /// elements (name, order, minOccurs, maxOccurs, type), extension point, attributes
    /// (name, order, required, type) and foreign attributes, and the values of every
    /// enumerated type.
    func disagreements(with rules: [ElementRule], root: ElementRule.Particle) -> [String] {
        var found: [String] = []
        let rootType = rules.first { $0.kind == root.kind }.map { "\($0.schemaType)" } ?? "?"
        if rootElements != [Particle(name: root.name.text, type: rootType, min: 1, max: 1)] {
            let declared = rootElements.map { "<\($0.name)> of type \($0.type)" }.joined(separator: ", ")
            found.append("the XSD's top-level elements are [\(declared)]; the vocabulary's root is <\(root.name.text)> of type \(rootType)")
        }
        let typeNames = rules.map { "\($0.schemaType)" }
        for rule in rules {
            found += disagreements(with: rule, in: rules)
        }
        for type in complexTypes where !typeNames.contains(type.name) {
            found.append("the XSD's complexType \(type.name) is not in the vocabulary")
        }
        found += enumerationDisagreements(types: Set(rules.flatMap { $0.attributes.map(\.type) }))
        return found
    }

    private func disagreements(with rule: ElementRule, in rules: [ElementRule]) -> [String] {
        let owner = "complexType \(rule.schemaType)"
        guard let type = complexType("\(rule.schemaType)") else {
            return ["\(owner) of the vocabulary is not in the XSD"]
        }
        var found: [String] = []
        // A mixed type is the one content XSD 1.0 cannot choose by attribute: the
        // vocabulary names the attribute, which the XSD must declare (optional, as the
        // attribute checks below make sure).
        let titleAttribute: FormatName? = if case .titleTextOrElements(let a) = rule.content,
            type.attributes.contains(where: { $0.name == a.text }) { a } else { nil }
        let content: String = switch (type.hasSequence, type.textBase) {
        case (true, nil) where type.mixed:
            titleAttribute.map { "\(ElementRule.Content.titleTextOrElements(titleAttribute: $0))" } ?? "mixed without the attribute that chooses"
        case (true, nil): "\(ElementRule.Content.elements)"
        case (false, "NonBlankText"?): "\(ElementRule.Content.text(nonBlank: true))"
        case (false, "string"?): "\(ElementRule.Content.text(nonBlank: false))"
        case (false, nil): "\(ElementRule.Content.empty)"
        case (_, let base?): "text of type \(base)"
        }
        if content != "\(rule.content)" {
            found.append("\(owner): the vocabulary's content is \(rule.content), the XSD's \(content)")
        }

        let particles = rule.particles.map(\.name.text)
        found += Self.compare("child element", of: owner, vocabulary: particles, schema: type.particles.map(\.name))
        for p in rule.particles {
            guard let q = type.particles.first(where: { $0.name == p.name.text }) else { continue }
            if p.min != q.min { found.append("\(owner): <\(q.name)> minOccurs is \(p.min) in the vocabulary, \(q.min) in the XSD") }
            if p.max != q.max {
                found.append("\(owner): <\(q.name)> maxOccurs is \(Self.occurs(p.max)) in the vocabulary, \(Self.occurs(q.max)) in the XSD")
            }
            let vocabularyType = rules.first { $0.kind == p.kind }.map { "\($0.schemaType)" } ?? "?"
            if vocabularyType != q.type {
                found.append("\(owner): <\(q.name)> is of type \(vocabularyType) in the vocabulary, \(q.type) in the XSD")
            }
        }

        let extensionPoint = [Wildcard(namespace: "##other", min: 0, max: ElementRule.Particle.unbounded, afterParticles: true)]
        if rule.allowsExtensions != (type.wildcards == extensionPoint) {
            let wildcards = type.wildcards.map { "xs:any namespace=\($0.namespace) \($0.min)..\(Self.occurs($0.max))\($0.afterParticles ? " last" : "")" }
            found.append("\(owner): the vocabulary \(rule.allowsExtensions ? "takes" : "takes no") elements of other namespaces after its own; the XSD has [\(wildcards.joined(separator: ", "))]")
        }

        found += Self.compare("attribute", of: owner, vocabulary: rule.attributes.map(\.name.text), schema: type.attributes.map(\.name))
        for a in rule.attributes {
            guard let b = type.attributes.first(where: { $0.name == a.name.text }) else { continue }
            if a.required != b.required {
                found.append("\(owner): attribute '\(b.name)' is \(a.required ? "required" : "optional") in the vocabulary, \(b.required ? "required" : "optional") in the XSD")
            }
            if a.type.schemaName != b.type {
                found.append("\(owner): attribute '\(b.name)' is of type \(a.type.schemaName) in the vocabulary, \(b.type) in the XSD")
            }
        }
        // The structure checker lets foreign attributes stand on every element.
        if !type.foreignAttributes { found.append("\(owner): the XSD lets no attribute of another namespace in") }
        return found
    }

    private func enumerationDisagreements(types: Set<ValueType>) -> [String] {
        var found: [String] = []
        for type in ValueType.allCases where types.contains(type) {
            if type != .string && !simpleTypes.contains(type.schemaName) {
                found.append("simpleType \(type.schemaName) of the vocabulary is not in the XSD")
                continue
            }
            let declared = enumerations[type.schemaName]
            if type.enumeration != declared {
                let said = { (values: [String]?) in values.map { $0.joined(separator: " ") } ?? "no enumeration" }
                found.append("simpleType \(type.schemaName): the vocabulary accepts [\(said(type.enumeration))], the XSD [\(said(declared))]")
            }
        }
        return found
    }

    /// Names missing on either side, then the order of the names both have.
    private static func compare(_ what: String, of owner: String, vocabulary: [String], schema: [String]) -> [String] {
        var found: [String] = []
        for name in vocabulary where !schema.contains(name) { found.append("\(owner): \(what) '\(name)' is in the vocabulary, not in the XSD") }
        for name in schema where !vocabulary.contains(name) { found.append("\(owner): \(what) '\(name)' is in the XSD, not in the vocabulary") }
        let ours = vocabulary.filter(schema.contains)
        let theirs = schema.filter(vocabulary.contains)
        if ours != theirs {
            found.append("\(owner): \(what)s in another order: the vocabulary has \(ours.joined(separator: ", ")), the XSD \(theirs.joined(separator: ", "))")
        }
        return found
    }

    private static func occurs(_ n: Int) -> String {
        n == ElementRule.Particle.unbounded ? "unbounded" : String(n)
    }
}
