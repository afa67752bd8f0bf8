import Foundation
import SocioEcoAnalysis
import SocioEcoFormats
import SocioEcoModel

/// Everything the tool does with a file it accepts, checked against what each output
/// promises: programme XML reads back to the same model, which is written back to the
/// same bytes; GraphML, the coverage report XML, the SVG ring diagram and the HTML report
/// parse as XML; the JSON report parses as JSON; the text report holds no control
/// character; DOT (every view) is sound. Merging the programme with itself gives a
/// programme that reads back equal, and the diff between the two (in every encoding) is
/// sound.
///
/// Writing each output twice in one process would prove little: Swift seeds hashing
/// once per process, so an output that followed dictionary order would still come out
/// the same both times. Determinism across runs is what users see, and the tests that
/// run the binary twice and the staleness check of Exports/ hold it; here the time goes
/// to more inputs.
public enum RoundTripCheck {
    /// Reads `input` (the scratch file already holds it) and, if the reader accepts it,
    /// writes every format; `output` is a second scratch file for the re-read.
    public static func problems(input: ScratchFile, output: ScratchFile) -> [String] {
        let (programme, findings) = ReaderCheck.read(input)
        guard let programme else { return findings }
        return findings + problems(for: programme, scratch: output)
    }

    /// The checks on a model the reader accepted.
    public static func problems(for programme: Programme, scratch: ScratchFile) -> [String] {
        var problems: [String] = []

        let written = Array(ProgrammeWriter().encode(programme).utf8)
        scratch.write(written)
        let (again, findings) = ReaderCheck.read(scratch)
        problems += findings.map { "re-reading the written programme: \($0)" }
        if let again {
            if again != programme { problems.append("ProgrammeWriter: read(write(m)) != m\n\(difference(programme, again))") }
            if Array(ProgrammeWriter().encode(again).utf8) != written { problems.append("ProgrammeWriter: the written form is not stable") }
        } else {
            problems.append("ProgrammeWriter: the written programme does not read back: \(readFailure(scratch))")
        }

        let analysed = AnalysedProgramme(programme)
        let graphML = GraphMLEncoder().encode(analysed)
        let graphMLErrors = XMLWellFormedness.check(Array(graphML.utf8)).errors
        if !graphMLErrors.isEmpty { problems.append("GraphMLEncoder: not well-formed: \(graphMLErrors)") }

        let xmlOutputs: [(String, () -> String)] = [
            ("CoverageReportXMLEncoder", { CoverageReportXMLEncoder().encode(analysed) }),
            ("RingDiagramEncoder", { RingDiagramEncoder().encode(analysed) }),
            ("HTMLReportEncoder", { HTMLReportEncoder().encode(analysed) }),
        ]
        for (name, encode) in xmlOutputs {
            let text = encode()
            let errors = XMLWellFormedness.check(Array(text.utf8), allowsHTMLDoctype: name == "HTMLReportEncoder").errors
            if !errors.isEmpty { problems.append("\(name): not well-formed: \(errors)") }
        }
        let json = CoverageReportJSONEncoder().encode(analysed)
        if (try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])) == nil {
            problems.append("CoverageReportJSONEncoder: not JSON")
        }
        let report = CoverageReportTextEncoder().encode(analysed)
        if report.unicodeScalars.contains(where: { $0 != "\n" && ReaderCheck.isUnsafeOnTerminal($0) }) {
            problems.append("CoverageReportTextEncoder: a control character in the text report")
        }

        problems += exchange(programme, scratch: scratch)

        for view in DOTEncoder.Options.View.allCases {
            let encoder = DOTEncoder(options: .init(view: view))
            let dot = encoder.encode(analysed)
            problems += DOTSyntaxCheck.problems(in: dot).map { "DOTEncoder(\(view)): \($0)" }
        }
        return problems
    }

    /// Merge and diff: the programme merged with itself, and the diff from one to the other.
    static func exchange(_ programme: Programme, scratch: ScratchFile) -> [String] {
        var problems: [String] = []
        if !ProgrammeDiff(old: programme, new: programme).isEmpty { problems.append("ProgrammeDiff: a programme differs from itself") }
        let merger = ProgrammeMerger()
        let inputs = [ProgrammeMerger.Input(programme: programme, source: "a.xml"), .init(programme: programme, source: "b.xml")]
        let merged: Programme
        do { merged = try merger.merge(inputs).programme } catch {
            return problems + ["ProgrammeMerger: merging a programme with itself failed: \(error)"]
        }
        if merged.interventions.count != 2 * programme.interventions.count {
            problems.append("ProgrammeMerger: \(merged.interventions.count) interventions from 2 × \(programme.interventions.count)")
        }
        let written = Array(ProgrammeWriter().encode(merged).utf8)
        scratch.write(written)
        let (again, findings) = ReaderCheck.read(scratch)
        problems += findings.map { "re-reading the merged programme: \($0)" }
        if let again {
            if again != merged { problems.append("ProgrammeMerger: the merged programme does not read back equal\n\(difference(merged, again))") }
        } else {
            problems.append("ProgrammeMerger: the merged programme does not read back: \(readFailure(scratch))")
        }

        let diff = ProgrammeDiff(old: programme, new: merged)
        if diff.isEmpty != (merged == programme) { problems.append("ProgrammeDiff: isEmpty disagrees with ==") }
        let xml = DiffXMLEncoder().encode(NamedDiff(diff, oldName: "a&<\".xml", newName: "b\u{1B}.xml"))
        let errors = XMLWellFormedness.check(Array(xml.utf8)).errors
        if !errors.isEmpty { problems.append("DiffXMLEncoder: not well-formed: \(errors)") }
        let json = DiffJSONEncoder().encode(NamedDiff(diff, oldName: "a\"\\.xml", newName: "b\u{1B}.xml"))
        if (try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])) == nil {
            problems.append("DiffJSONEncoder: not JSON")
        }
        let text = DiffTextEncoder().encode(NamedDiff(diff, oldName: "a.xml", newName: "b\u{1B}.xml"))
        if text.unicodeScalars.contains(where: { $0 != "\n" && ReaderCheck.isUnsafeOnTerminal($0) }) {
            problems.append("DiffTextEncoder: a control character in the text")
        }
        return problems
    }

    private static func readFailure(_ file: ScratchFile) -> String {
        do { _ = try ProgrammeReader().read(contentsOf: file.path); return "" } catch { return error.description }
    }

    /// The first field that differs, for a readable finding.
    static func difference(_ a: Programme, _ b: Programme) -> String {
        var lines: [String] = []
        func compare<T: Equatable>(_ name: String, _ x: T, _ y: T) {
            if x != y { lines.append("\(name): \(String(reflecting: x).prefix(400)) vs \(String(reflecting: y).prefix(400))") }
        }
        compare("id", a.id, b.id)
        compare("framework", a.framework, b.framework)
        compare("declaresFramework", a.declaresFramework, b.declaresFramework)
        compare("revision", a.revision, b.revision)
        compare("updated", a.updated, b.updated)
        compare("title", a.title, b.title)
        compare("description", a.description, b.description)
        compare("context", a.context, b.context)
        compare("agencies", a.agencies, b.agencies)
        if a.interventions.count != b.interventions.count {
            compare("interventions.count", a.interventions.count, b.interventions.count)
        } else {
            for (x, y) in zip(a.interventions, b.interventions) where x != y { compare("intervention \(x.id)", x, y) }
        }
        compare("extensions", a.extensions, b.extensions)
        compare("annotations", a.annotations, b.annotations)
        compare("mergeSources", a.mergeSources, b.mergeSources)
        return lines.joined(separator: "\n")
    }
}
