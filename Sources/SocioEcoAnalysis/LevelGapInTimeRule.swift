import SocioEcoModel

/// A period between the programme's `context` start and end when a level that is covered
/// at some time in it has no running intervention: the hole an intervention ending early
/// leaves. Looked for only when the context gives both dates.
///
/// An intervention without `start` runs from the programme's start, one without `end` to
/// its end. The message names the intervention that ended the day before the gap (the
/// earliest starting when several did), or, for a gap at the start, the one that begins
/// the day after it.
struct LevelGapInTimeRule: FindingRule {
    var code: Finding.Code { .levelGapInTime }

    func check(_ context: FindingContext, into findings: inout [Finding]) {
        guard let from = context.programme.context?.start, let to = context.programme.context?.end, from <= to else { return }
        let levels = context.framework.levelsByRank
        var row: [Level.ID: Int] = [:]
        for (r, l) in levels.enumerated() where row[l.id] == nil { row[l.id] = r }
        // Per level, each running span clipped to the programme's dates, with its intervention.
        var spans = [[(start: CalendarDate, end: CalendarDate, id: Intervention.ID, title: String)]](repeating: [], count: levels.count)
        // A level one intervention covers from start to end has no gap: its spans are not
        // kept, so a hundred thousand undated interventions cost no memory here.
        var whole = [Bool](repeating: false, count: levels.count)
        // Each intervention read where it lies (a copy would retain all its lists), and one
        // list of the levels seen, emptied for each.
        var seen: [Int] = []
        context.timeline.withUnsafeBufferPointer { timeline in
            for i in timeline.indices {
                let s = max(timeline[i].start ?? from, from), e = min(timeline[i].end ?? to, to)
                guard s <= e else { continue }
                seen.removeAll(keepingCapacity: true)
                for l in timeline[i].levels {
                    guard let r = row[l], !seen.contains(r) else { continue }
                    seen.append(r)
                    if s == from && e == to { whole[r] = true; spans[r] = [] } else if !whole[r] { spans[r].append((s, e, timeline[i].id, timeline[i].title)) }
                }
            }
        }
        for (r, level) in levels.enumerated() where !spans[r].isEmpty && !whole[r] {
            let sorted = spans[r].enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
            // Sweep in start order: `day` is the first day not yet covered, `reach` the span
            // that covered up to the day before it.
            var day: CalendarDate? = from
            var reach: (id: Intervention.ID, title: String, end: CalendarDate)?
            for span in sorted {
                guard let d = day else { break }
                if d < span.start, let last = span.start.previousDay {
                    let why = reach.map { "after \(FindingContext.name($0.id, title: $0.title)) ended on \($0.end)" } ?? "until \(FindingContext.name(span.id, title: span.title)) starts on \(span.start)"
                    findings.append(gap(level.id, d, last, why))
                }
                if span.end >= d {
                    day = span.end.nextDay
                    reach = (span.id, span.title, span.end)
                }
            }
            if let d = day, d <= to, let reach {
                findings.append(gap(level.id, d, to, "after \(FindingContext.name(reach.id, title: reach.title)) ended on \(reach.end)"))
            }
        }
    }

    private func gap(_ level: Level.ID, _ from: CalendarDate, _ to: CalendarDate, _ why: String) -> Finding {
        Finding(code: code, subject: .level(level),
                message: "From \(from) to \(to) no intervention works at the \(level) level (\(why)). Extend an intervention, or plan one, to cover that period.")
    }
}
