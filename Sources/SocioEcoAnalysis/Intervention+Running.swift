import SocioEcoModel

extension Intervention {
    /// Whether it runs on `date`: from `start` to `end`, both days included; a missing
    /// date leaves that side open, so an intervention without dates always runs.
    public func isRunning(on date: CalendarDate) -> Bool {
        if let s = start, date < s { return false }
        if let e = end, e < date { return false }
        return true
    }
}

extension Programme {
    /// The programme with only the interventions that run on `date`.
    public func running(on date: CalendarDate) -> Programme {
        var copy = self
        copy.interventions = interventions.filter { $0.isRunning(on: date) }
        return copy
    }
}
