import SocioEcoAnalysis
import SocioEcoModel

/// The interventions of a programme over time, per level: each intervention's span
/// clipped to the period drawn, packed into lanes so that bars never overlap, and the
/// gaps in which a level has no running intervention.
///
/// The period is the programme's `context` start and end; a side the context leaves out
/// is taken from the interventions' own dates. An intervention without `start` runs from
/// the period's start, one without `end` to its end, as `level-gap-in-time` reads them.
/// Nil when nothing is dated.
struct TimelineLayout {
    struct Bar {
        /// The intervention's index in the programme; nil for a span that stands for
        /// `count` interventions, on a level with too many to draw one by one.
        var intervention: Int?
        var start: CalendarDate
        var end: CalendarDate
        var lane: Int
        var count = 1
    }

    /// Above this many interventions at a level, the level shows the spans in which some
    /// run, each with their number, rather than one bar each: the band stays one lane high.
    static let barLimit = 40

    struct Row {
        var level: Level
        var bars: [Bar]
        var lanes: Int
        /// Periods inside the drawn one with no bar, in order; empty for a level no
        /// intervention works at (it has no time to have a gap in).
        var gaps: [(start: CalendarDate, end: CalendarDate)]
    }

    let start: CalendarDate
    let end: CalendarDate
    /// Outermost level first, as the report's tables read.
    let rows: [Row]

    init?(_ programme: Programme) {
        let items = programme.interventions
        guard items.contains(where: { $0.start != nil || $0.end != nil }) else { return nil }
        let dates = items.flatMap { [$0.start, $0.end].compactMap { $0 } }
        guard let from = programme.context?.start ?? dates.min(), let to = programme.context?.end ?? dates.max(),
              from <= to else { return nil }
        start = from
        end = to
        var rows: [Row] = []
        for level in programme.framework.levelsByRank.reversed() {
            var bars: [Bar] = []
            for (i, item) in items.enumerated() where item.levels.contains(level.id) {
                let s = max(item.start ?? from, from), e = min(item.end ?? to, to)
                if s <= e { bars.append(Bar(intervention: i, start: s, end: e, lane: 0)) }
            }
            bars.sort { ($0.start, $0.intervention ?? 0) < ($1.start, $1.intervention ?? 0) }
            if bars.count > Self.barLimit { bars = Self.merged(bars) }
            // Greedy lanes in start order: each bar takes the first lane free by its start.
            var laneEnds: [CalendarDate] = []
            for k in bars.indices {
                if let free = laneEnds.firstIndex(where: { $0 < bars[k].start }) {
                    bars[k].lane = free
                    laneEnds[free] = bars[k].end
                } else {
                    bars[k].lane = laneEnds.count
                    laneEnds.append(bars[k].end)
                }
            }
            rows.append(Row(level: level, bars: bars, lanes: max(laneEnds.count, 1), gaps: Self.gaps(bars, from: from, to: to)))
        }
        self.rows = rows
    }

    /// The union of `bars` (sorted by start) as spans counting the bars in each.
    static func merged(_ bars: [Bar]) -> [Bar] {
        var spans: [Bar] = []
        for bar in bars {
            if var last = spans.last, bar.start.dayNumber <= last.end.dayNumber + 1 {
                last.end = max(last.end, bar.end)
                last.count += 1
                spans[spans.count - 1] = last
            } else {
                spans.append(Bar(intervention: nil, start: bar.start, end: bar.end, lane: 0))
            }
        }
        return spans
    }

    /// The days from `from` to `to` no bar covers, bars sorted by start.
    static func gaps(_ bars: [Bar], from: CalendarDate, to: CalendarDate) -> [(start: CalendarDate, end: CalendarDate)] {
        guard !bars.isEmpty else { return [] }
        var gaps: [(start: CalendarDate, end: CalendarDate)] = []
        var next = from.dayNumber
        for bar in bars {
            if bar.start.dayNumber > next {
                // Both ends lie between two real dates, so they are real dates too.
                gaps.append((CalendarDate(dayNumber: next)!, CalendarDate(dayNumber: bar.start.dayNumber - 1)!))
            }
            next = max(next, bar.end.dayNumber + 1)
        }
        if next <= to.dayNumber { gaps.append((CalendarDate(dayNumber: next)!, to)) }
        return gaps
    }
}
