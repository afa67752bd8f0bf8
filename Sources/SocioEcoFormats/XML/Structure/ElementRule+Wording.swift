/// A content model in words, for the structure checker's messages.
extension ElementRule {
    /// What may come next, once `count` elements of the particle at `particle` were seen.
    func expected(particle: Int, count: Int) -> String {
        var names: [String] = []
        var i = particle
        var c = count
        var open = true
        while i < particles.count {
            let p = particles[i]
            if c < p.max {
                let more = c > 0 && c < p.min ? "another " : ""
                names.append("\(more)<\(p.name.text)>")
            }
            if c < p.min {
                if p.min > 1 { names[names.count - 1] += " (at least \(p.min) of them)" }
                open = false
                break
            }
            i += 1
            c = 0
        }
        if open && allowsExtensions { names.append("an element of another namespace") }
        if names.isEmpty { return "no further element (the element must end here)" }
        return names.count == 1 ? names[0] : "one of " + names.joined(separator: ", ")
    }

    /// Where the particle at `particle` goes, for a message saying it is missing.
    func placement(ofParticle particle: Int) -> String {
        guard particle > 0 else { return ", first" }
        let before = particles[..<particle].map { "<\($0.name.text)>" }
        return ", after " + (before.count == 1 ? before[0] : "any of " + before.joined(separator: ", "))
    }
}
