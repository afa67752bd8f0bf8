import SocioEcoAnalysis
import SocioEcoModel

/// Writes a programme diff for a terminal or a review: what was added (`+`), removed
/// (`-`) and changed (`~`, field by field), then the coverage per level before and
/// after, and per place where it moved, then the findings that appeared or went away.
/// The place sections appear when either version declares places.
///
/// Free text from the files is escaped (`TerminalText`); a long value is cut to the
/// line so that one change stays one line.
public struct DiffTextEncoder: OutputEncoder {
    public struct Options: Hashable, Sendable {
        /// Columns per line; at least 60.
        public var width: Int

        public init(width: Int = 80) { self.width = max(60, width) }
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    private func fit(_ s: String, _ w: Int) -> String { TerminalText.fit(s, width: w) }

    /// The whole diff, ending with a newline.
    public func encode(_ input: NamedDiff) -> String {
        let (d, oldName, newName) = (input.diff, input.oldName, input.newName)
        let width = options.width
        var out: [String] = []
        func version(_ id: Programme.ID, _ r: Int?) -> String { "programme \(id)" + (r.map { " revision \($0)" } ?? "") }
        out.append(fit("--- \(oldName)", width))
        out.append(fit("    \(version(d.oldID, d.oldRevision))", width))
        out.append(fit("+++ \(newName)", width))
        out.append(fit("    \(version(d.newID, d.newRevision))", width))
        if d.isEmpty {
            out.append("")
            out.append("The programmes are the same.")
            return out.joined(separator: "\n") + "\n"
        }
        if !d.programme.isEmpty {
            out.append("")
            out.append("Programme")
            out += changes(d.programme, indent: 2)
        }
        out.append("")
        out.append("Agencies: \(d.addedAgencies.count) added, \(d.removedAgencies.count) removed, \(d.changedAgencies.count) changed")
        for a in d.addedAgencies { out.append(fit("  + \(a.id)  \(a.name)", width)) }
        for a in d.removedAgencies { out.append(fit("  - \(a.id)  \(a.name)", width)) }
        for c in d.changedAgencies {
            out.append(fit("  ~ \(c.id)", width))
            out += changes(c.changes, indent: 6)
        }
        if d.declaresPlaces {
            out.append("")
            out.append("Places: \(d.addedPlaces.count) added, \(d.removedPlaces.count) removed, \(d.changedPlaces.count) changed")
            for p in d.addedPlaces { out.append(fit("  + \(p.id)  \(p.name)", width)) }
            for p in d.removedPlaces { out.append(fit("  - \(p.id)  \(p.name)", width)) }
            for c in d.changedPlaces {
                out.append(fit("  ~ \(c.id)", width))
                out += changes(c.changes, indent: 6)
            }
        }
        out.append("")
        out.append("Interventions: \(d.addedInterventions.count) added, \(d.removedInterventions.count) removed, \(d.changedInterventions.count) changed")
        for i in d.addedInterventions { out.append(fit("  + \(i.id)  \(i.title)", width)) }
        for i in d.removedInterventions { out.append(fit("  - \(i.id)  \(i.title)", width)) }
        for c in d.changedInterventions {
            out.append(fit("  ~ \(c.id)", width))
            out += changes(c.changes, indent: 6)
        }
        out.append("")
        out.append("Coverage per level (interventions before -> after)")
        let levelWidth = min(24, max(5, d.levels.map { TerminalText.displayWidth(TerminalText.escapeForLayout($0.level.rawValue)) }.max() ?? 5))
        for l in d.levels {
            let before = l.before.map(String.init) ?? "(none)"
            let after = l.after.map(String.init) ?? "(none)"
            var note = ""
            if l.before == nil { note = ", new level" } else if l.after == nil { note = ", level removed" }
            else if l.isNowUncovered { note = ", now uncovered" } else if l.isNowCovered { note = ", now covered" }
            else if !l.isChanged { note = ", unchanged" }
            out.append(fit("  " + TerminalText.pad(l.level.rawValue + ":", width: levelWidth + 1) + " \(before) -> \(after) intervention\(l.after == 1 ? "" : "s")\(note)", width))
        }
        if d.declaresPlaces { out += placeLevels(d.placeLevels) }
        out += findings("Findings that appeared", d.appearedFindings, sign: "+")
        out += findings("Findings that went away", d.resolvedFindings, sign: "-")
        return out.joined(separator: "\n") + "\n"
    }

    private func changes(_ list: [FieldChange], indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var out: [String] = []
        let room = options.width - indent
        for c in list {
            let old = c.old.map { "\"" + $0 + "\"" } ?? "(none)"
            let new = c.new.map { "\"" + $0 + "\"" } ?? "(none)"
            let line = "\(c.field): \(old) -> \(new)"
            if TerminalText.displayWidth(TerminalText.escapeForLayout(line)) <= room {
                out.append(pad + TerminalText.escapeForLayout(line))
                continue
            }
            // Too long for one line: old and new wrapped below the field, nothing cut.
            out.append(pad + fit(c.field + ":", room))
            out += TerminalText.wrap(old, width: room - 4).enumerated().map { pad + ($0.offset == 0 ? "  - " : "    ") + $0.element }
            out += TerminalText.wrap(new, width: room - 4).enumerated().map { pad + ($0.offset == 0 ? "  + " : "    ") + $0.element }
        }
        return out
    }

    /// "Teknaf upazila, society: 1 -> 0, now uncovered", one line per place and level.
    private func placeLevels(_ list: [PlaceLevelShift]) -> [String] {
        var out = ["", "Coverage per place (interventions before -> after)"]
        if list.isEmpty { out.append("  no place's coverage moved") }
        for s in list {
            let before = s.before.map(String.init) ?? "(none)"
            let after = s.after.map(String.init) ?? "(none)"
            var note = ""
            if s.isNowUncovered { note = ", now uncovered" } else if s.isNowCovered { note = ", now covered" }
            else if s.after == nil { note = ", no longer there" }
            out.append(fit("  \(s.name), \(s.level): \(before) -> \(after)\(note)", options.width))
        }
        return out
    }

    private func findings(_ heading: String, _ list: [Finding], sign: String) -> [String] {
        var out = ["", "\(heading): \(list.count)"]
        for f in list {
            out.append(fit("  \(sign) \(f.severity.rawValue) \(f.code.rawValue)  \(f.subject.label)", options.width))
            out += TerminalText.wrap(f.message, width: options.width - 6).map { "      " + $0 }
        }
        return out
    }
}
