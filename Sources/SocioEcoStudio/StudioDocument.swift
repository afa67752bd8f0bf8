import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel

/// The programme being designed, with its history: every change goes through this one
/// actor, so changes are applied one at a time in a fixed order, each checked by the
/// format's rules, journalled, and named by a new ETag.
public actor StudioDocument {
    /// The programme file served; the only file read or written, with its journal.
    public nonisolated let path: String
    /// Set apart per run so that an ETag from an earlier run never matches.
    private let session: String
    private var generation = 0
    private var state: State
    private var undoStack: [State] = []
    private var redoStack: [State] = []
    private var savedStateNumber: Int
    private var nextStateNumber = 1
    /// The bytes of FILE as last read or written, to see whether another program changed it.
    private var diskBytes: [UInt8]
    private var lastSavedRevision: Int?
    private var journal: StudioJournal
    /// Records of this run, in the order applied.
    private var journalled: [StudioJournal.Record] = []
    /// Records a journal left by an earlier run, until restored or discarded.
    private var pending: [StudioJournal.Record]
    /// Answers computed from the current state, cleared at every change.
    private var cache: [String: String] = [:]

    struct State {
        var programme: Programme
        var analysed: AnalysedProgramme
        /// Tells states apart for the unsaved-changes mark, across undo and redo.
        var number: Int
    }

    /// Reads `path` as `socioeco validate` does.
    /// - Throws: `ReadFailure` with every problem, when the file cannot be served.
    public init(path: String) throws(ReadFailure) {
        let (programme, bytes) = try Self.read(path)
        self.path = path
        session = Self.randomHex(bytes: 4)
        state = State(programme: programme, analysed: AnalysedProgramme(programme), number: 0)
        savedStateNumber = 0
        diskBytes = bytes
        lastSavedRevision = programme.revision
        journal = StudioJournal(path: StudioJournal.path(for: path))
        pending = StudioJournal.leftover(at: StudioJournal.path(for: path))
    }

    static func read(_ path: String) throws(ReadFailure) -> (Programme, [UInt8]) {
        let reader = ProgrammeReader(options: .init(mode: .schemaAndRules))
        let fd: Int32
        do { fd = try SystemCalls.openForReading(path) } catch {
            throw ReadFailure(file: path, kind: .unreadable, diagnostics: [
                Diagnostic(file: path, line: 0, column: 0, code: "io", message: "cannot open the file: \(error)")])
        }
        defer { try? SystemCalls.close(fd) }
        let bytes = try reader.bytes(fromFileDescriptor: fd, name: path)
        return (try reader.read(bytes, name: path), bytes)
    }

    static func randomHex(bytes count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in
            let b = UInt8.random(in: 0...255, using: &generator)
            return (b < 16 ? "0" : "") + String(b, radix: 16)
        }.joined()
    }

    var etag: String { "\(session)-\(generation)" }
    var programme: Programme { state.programme }
    var isDirty: Bool { state.number != savedStateNumber }

    // MARK: Reading

    func programmeReply() -> StudioReply {
        cached("programme") {
            JSONOut.object([
                ("etag", .string(etag)),
                ("dirty", .bool(isDirty)),
                ("programme", ProgrammeJSON.programme(state.programme)),
                ("vocabulary", ProgrammeJSON.vocabulary(state.programme)),
            ]).text
        }
    }

    func analysisReply(place: String?, on day: String?) -> StudioReply {
        var date: CalendarDate?
        if let day {
            guard let d = CalendarDate(day) else {
                return .error(400, "'on' must be a real day written YYYY-MM-DD, such as 2024-07-01", [("etag", .string(etag))])
            }
            date = d
        }
        var whole = state.programme
        var shownPlace: Place?
        if let place {
            let id = Place.ID(place)
            guard let view = whole.restricted(to: id), let p = whole.places.first(where: { $0.id == id }) else {
                return .error(404, "the programme has no place '\(place)'", [("etag", .string(etag))])
            }
            whole = view
            shownPlace = p
        }
        return cached("analysis|\(place ?? "")|\(day ?? "")") {
            let analysed: AnalysedProgramme
            if place == nil, date == nil {
                analysed = state.analysed
            } else if let date {
                analysed = AnalysedProgramme(programme: whole.running(on: date), analysis: CoverageAnalysis(programme: whole, on: date))
            } else {
                analysed = AnalysedProgramme(whole)
            }
            return JSONOut.object([
                ("etag", .string(etag)),
                ("report", .raw(CoverageReportJSONEncoder().encode(analysed))),
                ("svg", .string(RingDiagramEncoder(options: .init(place: shownPlace)).encode(analysed))),
            ]).text
        }
    }

    func suggestionsReply() -> StudioReply {
        cached("suggestions") {
            JSONOut.object([
                ("etag", .string(etag)),
                ("suggestions", .raw(SuggestionsJSONEncoder().encode(SuggestedProgramme(state.analysed)))),
            ]).text
        }
    }

    /// The current state as the programme file would hold it.
    func xmlReply() -> StudioReply {
        let name = path.split(separator: "/").last.map(String.init) ?? "programme.xml"
        let safe = String(name.unicodeScalars.filter { $0.value >= 0x20 && $0.value < 0x7F && $0 != "\"" && $0 != "\\" }.map(Character.init))
        return StudioReply(
            status: 200, body: ProgrammeWriter().encode(state.programme), contentType: "application/xml; charset=utf-8",
            etag: etag, headers: [("Content-Disposition", "attachment; filename=\"\(safe.isEmpty ? "programme.xml" : safe)\"")])
    }

    func journalReply() -> StudioReply {
        .json(200, .object([("pending", .bool(!pending.isEmpty)), ("edits", .int(pending.count))]), etag: etag)
    }

    private func cached(_ key: String, _ make: () -> String) -> StudioReply {
        if let body = cache[key] { return StudioReply(status: 200, body: body, etag: etag) }
        let body = make()
        cache[key] = body
        return StudioReply(status: 200, body: body, etag: etag)
    }

    // MARK: Preconditions

    /// The refusal a state-changing request earns when its If-Match does not name the
    /// current state; nil when it does.
    func precondition(_ ifMatch: String?) -> StudioReply? {
        guard let ifMatch, ifMatch.contains(where: { $0 != " " && $0 != "," }) else {
            return .error(428, "name the state this change was made against: send If-Match with the ETag of the last answer", [("etag", .string(etag))])
        }
        let tags = ifMatch.split(separator: ",").map { tag -> Substring in
            var t = tag.trimmingPrefix(" ").drop(while: { $0 == " " })
            if t.hasPrefix("W/") { t = t.dropFirst(2) }
            while t.last == " " { t = t.dropLast() }
            if t.count >= 2, t.first == "\"", t.last == "\"" { t = t.dropFirst().dropLast() }
            return t
        }
        if tags.contains(where: { $0 == etag || $0 == "*" }) { return nil }
        return .error(412, "the programme changed since this page last read it; read it again and redo the change", [("etag", .string(etag))])
    }

    // MARK: Changes

    private func changed(to programme: Programme, analysed: AnalysedProgramme? = nil) {
        undoStack.append(state)
        redoStack.removeAll()
        state = State(programme: programme, analysed: analysed ?? AnalysedProgramme(programme), number: nextStateNumber)
        nextStateNumber += 1
        bump()
    }

    private func bump() {
        generation += 1
        cache.removeAll(keepingCapacity: true)
    }

    private func record(_ r: StudioJournal.Record) throws(SystemError) {
        try journal.append(r)
        journalled.append(r)
    }

    /// Adds, replaces or deletes one element. `id` is nil for an addition whose body may
    /// name the id; the server makes one when it does not.
    func edit(_ collection: ElementCollection, method: EditMethod, id: String?, body: JSONIn?, ifMatch: String?) -> StudioReply {
        if let body {
            do throws(EditDecoder.Failure) { try EditDecoder.check(body, collection, id: id) } catch {
                return refusal(collection, error)
            }
        }
        if let stale = precondition(ifMatch) { return stale }
        let result = apply(collection, method: method, id: id, body: body)
        switch result {
        case .refused(let reply):
            return reply
        case .applied(let programme, let analysed, let elementID, let recordItem):
            do {
                try journal.append(recordItem)
            } catch {
                return .error(500, "the change could not be kept in the journal \(journal.path): \(error); it was not made")
            }
            journalled.append(recordItem)
            changed(to: programme, analysed: analysed)
            let uncovered = analysed.analysis.levels.filter { !$0.isCovered }.map { JSONOut.string($0.level.id.rawValue) }
            return .json(method == .create ? 201 : 200, .object([
                ("etag", .string(etag)),
                ("id", .string(elementID)),
                ("analysis", .object([("findings", .int(analysed.analysis.findings.count)), ("uncoveredLevels", .array(uncovered))])),
            ]), etag: etag)
        }
    }

    enum EditMethod: Sendable { case create, replace, delete }

    private enum Outcome {
        case applied(Programme, AnalysedProgramme, id: String, record: StudioJournal.Record)
        case refused(StudioReply)
    }

    /// The programme with the change made and checked, or the refusal; the state is not touched.
    private func apply(_ collection: ElementCollection, method: EditMethod, id: String?, body: JSONIn?) -> Outcome {
        var p = state.programme
        let edited: ProblemFields.Edited
        let elementID: String
        do throws(EditDecoder.Failure) {
            if method != .delete, body == nil {
                throw .malformed([FieldProblem(field: "", message: "the body must be a JSON object")])
            }
            switch method {
            case .create:
                elementID = try EditDecoder.givenID(body!) ?? freshID(collection, body: body!)
            case .replace, .delete:
                elementID = id ?? ""
            }
            func index<T: Identifiable>(_ list: [T]) -> Int? where T.ID == Identifier<T> {
                list.firstIndex { $0.id.rawValue == elementID }
            }
            func missing() -> Outcome {
                .refused(.error(404, "the programme has no \(collection.singular) '\(elementID)'", [("etag", .string(etag))]))
            }
            switch (collection, method) {
            case (.interventions, .create):
                p.interventions.append(try EditDecoder.intervention(body!, id: .init(elementID), base: nil))
                edited = .intervention(p.interventions.count - 1)
            case (.interventions, .replace):
                guard let i = index(p.interventions) else { return missing() }
                p.interventions[i] = try EditDecoder.intervention(body!, id: .init(elementID), base: p.interventions[i])
                edited = .intervention(i)
            case (.interventions, .delete):
                guard let i = index(p.interventions) else { return missing() }
                p.interventions.remove(at: i)
                edited = .none
            case (.agencies, .create):
                p.agencies.append(try EditDecoder.agency(body!, id: .init(elementID), base: nil))
                edited = .agency(p.agencies.count - 1)
            case (.agencies, .replace):
                guard let i = index(p.agencies) else { return missing() }
                p.agencies[i] = try EditDecoder.agency(body!, id: .init(elementID), base: p.agencies[i])
                edited = .agency(i)
            case (.agencies, .delete):
                guard let i = index(p.agencies) else { return missing() }
                p.agencies.remove(at: i)
                edited = .none
            case (.places, .create):
                p.places.append(try EditDecoder.place(body!, id: .init(elementID), base: nil))
                edited = .place(p.places.count - 1)
            case (.places, .replace):
                guard let i = index(p.places) else { return missing() }
                p.places[i] = try EditDecoder.place(body!, id: .init(elementID), base: p.places[i])
                edited = .place(i)
            case (.places, .delete):
                guard let i = index(p.places) else { return missing() }
                p.places.remove(at: i)
                edited = .none
            }
        } catch {
            return .refused(refusal(collection, error))
        }
        // The state before was valid, so every breach found now comes from this change.
        let problems = p.problems()
        if !problems.isEmpty {
            return .refused(invalidReply(collection, problems.map { ProblemFields.fieldProblem($0, edited: edited, in: p) }))
        }
        let element: String?
        switch edited {
        case .intervention(let i): element = ProgrammeJSON.intervention(p.interventions[i]).text
        case .agency(let i): element = ProgrammeJSON.agency(p.agencies[i]).text
        case .place(let i): element = ProgrammeJSON.place(p.places[i]).text
        case .none: element = nil
        }
        let record = StudioJournal.Record(operation: element == nil ? .delete : .set, collection: collection, id: elementID, element: element)
        return .applied(p, AnalysedProgramme(p), id: elementID, record: record)
    }

    private func refusal(_ collection: ElementCollection, _ failure: EditDecoder.Failure) -> StudioReply {
        switch failure {
        case .malformed(let problems):
            return .json(400, .object([
                ("error", .string("the body is not a \(collection.singular) as the API writes them; nothing was changed")),
                ("problems", .array(problems.map(\.json))), ("etag", .string(etag)),
            ]))
        case .invalid(let problems):
            return invalidReply(collection, problems)
        }
    }

    private func invalidReply(_ collection: ElementCollection, _ problems: [FieldProblem]) -> StudioReply {
        let n = problems.count
        return .json(422, .object([
            ("error", .string("the \(collection.singular) breaks \(n == 1 ? "a rule" : "\(n) rules") of the programme format; nothing was changed")),
            ("problems", .array(problems.map(\.json))),
            ("etag", .string(etag)),
        ]))
    }

    /// An id no element of the collection has: a slug of the title or name when it makes
    /// one, numbered on from there.
    private func freshID(_ collection: ElementCollection, body: JSONIn) -> String {
        let taken: Set<String>
        switch collection {
        case .interventions: taken = Set(state.programme.interventions.map(\.id.rawValue))
        case .agencies: taken = Set(state.programme.agencies.map(\.id.rawValue))
        case .places: taken = Set(state.programme.places.map(\.id.rawValue))
        }
        var stem = collection.singular
        if case .object(let o) = body, case .string(let words)? = o[collection == .interventions ? "title" : "name"] {
            var slug = ""
            for scalar in words.lowercased().unicodeScalars {
                if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                    slug.unicodeScalars.append(scalar)
                } else if !slug.isEmpty, slug.last != "-" {
                    slug += "-"
                }
                if slug.count >= 40 { break }
            }
            while slug.last == "-" { slug.removeLast() }
            if !slug.isEmpty { stem = slug }
        }
        if !taken.contains(stem) { return stem }
        var n = 2
        while taken.contains("\(stem)-\(n)") { n += 1 }
        return "\(stem)-\(n)"
    }

    // MARK: Undo and redo

    func undo(ifMatch: String?) -> StudioReply {
        if let stale = precondition(ifMatch) { return stale }
        guard !undoStack.isEmpty else { return .error(409, "there is no change to undo", [("etag", .string(etag))]) }
        do { try record(.init(operation: .undo)) } catch {
            return .error(500, "the undo could not be kept in the journal: \(error); nothing was changed")
        }
        redoStack.append(state)
        state = undoStack.removeLast()
        bump()
        return .json(200, .object([("etag", .string(etag))]), etag: etag)
    }

    func redo(ifMatch: String?) -> StudioReply {
        if let stale = precondition(ifMatch) { return stale }
        guard !redoStack.isEmpty else { return .error(409, "there is no undone change to redo", [("etag", .string(etag))]) }
        do { try record(.init(operation: .redo)) } catch {
            return .error(500, "the redo could not be kept in the journal: \(error); nothing was changed")
        }
        undoStack.append(state)
        state = redoStack.removeLast()
        bump()
        return .json(200, .object([("etag", .string(etag))]), etag: etag)
    }

    // MARK: Saving and reloading

    func save(ifMatch: String?) -> StudioReply {
        if let stale = precondition(ifMatch) { return stale }
        if let conflict = diskConflict() { return conflict }
        var p = state.programme
        p.revision = max(p.revision ?? 0, lastSavedRevision ?? 0) + 1
        let text = ProgrammeWriter().encode(p)
        let bytes = Array(text.utf8)
        do { try AtomicFile.write(bytes, to: path) } catch {
            return .error(500, "the programme could not be saved: \(error.description); the file on disk is as it was")
        }
        diskBytes = bytes
        lastSavedRevision = p.revision
        state.programme = p
        state.analysed = AnalysedProgramme(p)
        savedStateNumber = state.number
        journalled.removeAll()
        try? journal.replace(with: pending)
        bump()
        return .json(200, .object([("etag", .string(etag)), ("revision", .int(p.revision!)), ("saved", .bool(true))]), etag: etag)
    }

    /// The refusal to save over a file another program changed, with what differs from it.
    private func diskConflict() -> StudioReply? {
        let now: [UInt8]
        do { now = try Self.readBytes(path) } catch {
            return .json(409, .object([
                ("error", .string("the programme file can no longer be read (\(error)); save under another name with the download")),
                ("conflict", .bool(true)), ("diff", .string("")),
            ]))
        }
        if now == diskBytes { return nil }
        let diff: String
        do {
            let onDisk = try ProgrammeReader(options: .init(mode: .rules)).read(now, name: path)
            let named = NamedDiff(ProgrammeDiff(old: onDisk, new: state.programme), oldName: path + " (on disk)", newName: "studio")
            diff = DiffTextEncoder().encode(named)
        } catch {
            diff = "The file on disk is no longer a valid programme:\n" + error.description + "\n"
        }
        return .json(409, .object([
            ("error", .string("the programme file changed on disk since it was read; nothing was written. Reload it, or save under another name with the download")),
            ("conflict", .bool(true)),
            ("diff", .string(diff)),
            ("etag", .string(etag)),
        ]))
    }

    static func readBytes(_ path: String) throws(ReadFailure) -> [UInt8] {
        let fd: Int32
        do { fd = try SystemCalls.openForReading(path) } catch {
            throw ReadFailure(file: path, kind: .unreadable, diagnostics: [
                Diagnostic(file: path, line: 0, column: 0, code: "io", message: "cannot open the file: \(error)")])
        }
        defer { try? SystemCalls.close(fd) }
        return try ProgrammeReader().bytes(fromFileDescriptor: fd, name: path)
    }

    func reload(ifMatch: String?) -> StudioReply {
        if let stale = precondition(ifMatch) { return stale }
        let programme: Programme
        let bytes: [UInt8]
        do { (programme, bytes) = try Self.read(path) } catch {
            return .json(422, .object([
                ("error", .string("the programme file cannot be read again; the studio keeps its own state")),
                ("problems", .array(error.diagnostics.map { FieldProblem(field: "", message: $0.description).json })),
                ("etag", .string(etag)),
            ]))
        }
        diskBytes = bytes
        lastSavedRevision = programme.revision
        undoStack.removeAll()
        redoStack.removeAll()
        state = State(programme: programme, analysed: AnalysedProgramme(programme), number: nextStateNumber)
        nextStateNumber += 1
        savedStateNumber = state.number
        journalled.removeAll()
        try? journal.replace(with: pending)
        bump()
        return .json(200, .object([("etag", .string(etag))]), etag: etag)
    }

    // MARK: The journal of an earlier run

    /// Replays the changes an earlier run left in the journal, each checked as it was
    /// when first made; those the programme no longer accepts are skipped and counted.
    func restoreJournal(ifMatch: String?) -> StudioReply {
        if let stale = precondition(ifMatch) { return stale }
        guard !pending.isEmpty else { return .error(409, "there is no journal to restore", [("etag", .string(etag))]) }
        let records = pending
        pending.removeAll()
        var restored = 0
        var skipped = 0
        for r in records {
            switch r.operation {
            case .undo:
                guard !undoStack.isEmpty else { skipped += 1; continue }
                redoStack.append(state)
                state = undoStack.removeLast()
            case .redo:
                guard !redoStack.isEmpty else { skipped += 1; continue }
                undoStack.append(state)
                state = redoStack.removeLast()
            case .set, .delete:
                guard let collection = r.collection, let id = r.id else { skipped += 1; continue }
                let method: EditMethod
                let exists: Bool
                switch collection {
                case .interventions: exists = state.programme.interventions.contains { $0.id.rawValue == id }
                case .agencies: exists = state.programme.agencies.contains { $0.id.rawValue == id }
                case .places: exists = state.programme.places.contains { $0.id.rawValue == id }
                }
                if r.operation == .delete { method = .delete } else { method = exists ? .replace : .create }
                let body = r.element.flatMap { JSONIn.parse(Array($0.utf8)) }
                guard case .applied(let p, let analysed, _, _) = apply(collection, method: method, id: id, body: body) else {
                    skipped += 1
                    continue
                }
                changed(to: p, analysed: analysed)
            }
            journalled.append(r)
            restored += 1
        }
        do { try journal.replace(with: journalled) } catch {
            return .error(500, "the restored changes could not be kept in the journal: \(error.description)")
        }
        bump()
        return .json(200, .object([("etag", .string(etag)), ("restored", .int(restored)), ("skipped", .int(skipped))]), etag: etag)
    }

    func discardJournal(ifMatch: String?) -> StudioReply {
        if let stale = precondition(ifMatch) { return stale }
        guard !pending.isEmpty else { return .error(409, "there is no journal to discard", [("etag", .string(etag))]) }
        pending.removeAll()
        do { try journal.replace(with: journalled) } catch {
            return .error(500, "the journal could not be rewritten: \(error.description)")
        }
        return .json(200, .object([("etag", .string(etag))]), etag: etag)
    }
}
