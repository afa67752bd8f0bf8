import SocioEcoModel

/// Coverage movement per place: every place and level whose count of interventions
/// differs between two analyses, a place or level missing on one side counting as no
/// intervention there.
///
/// In the newer file's tree order, then the removed places in the older file's tree
/// order; within a place, levels as `ProgrammeDiff.levels` orders them. The cost is the
/// rows of both analyses times the levels.
enum PlaceShifts {
    static func between(_ before: PlaceCoverage, _ after: PlaceCoverage, levels: [Level.ID]) -> [PlaceLevelShift] {
        if before.isEmpty && after.isEmpty { return [] }
        let oldColumn = column(before.levels), newColumn = column(after.levels)
        var oldRow: [Place.ID: Int] = [:]
        for (i, row) in before.rows.enumerated() where oldRow[row.place] == nil { oldRow[row.place] = i }
        var seen: Set<Place.ID> = []
        var out: [PlaceLevelShift] = []
        func add(_ id: Place.ID, _ name: String, old: PlaceCoverage.Row?, new: PlaceCoverage.Row?) {
            for level in levels {
                let b = old.flatMap { row in oldColumn[level].map { row.counts[$0] } }
                let a = new.flatMap { row in newColumn[level].map { row.counts[$0] } }
                if (b ?? 0) != (a ?? 0) {
                    out.append(PlaceLevelShift(place: id, name: name, level: level, before: b, after: a))
                }
            }
        }
        for row in after.rows where seen.insert(row.place).inserted {
            add(row.place, row.name, old: oldRow[row.place].map { before.rows[$0] }, new: row)
        }
        for row in before.rows where seen.insert(row.place).inserted {
            add(row.place, row.name, old: row, new: nil)
        }
        return out
    }

    private static func column(_ levels: [Level.ID]) -> [Level.ID: Int] {
        var index: [Level.ID: Int] = [:]
        for (i, l) in levels.enumerated() where index[l] == nil { index[l] = i }
        return index
    }
}
