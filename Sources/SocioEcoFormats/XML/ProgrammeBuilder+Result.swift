import SocioEcoModel

extension ProgrammeBuilder {
    /// The model, once the whole file was read (also when it breaks rules).
    var programme: Programme? {
        guard sawRoot, !stream.failed else { return nil }
        let framework: Framework
        if frameworkAttribute == "custom" {
            framework = Framework(kind: .custom, name: frameworkName, levels: customLevels, standards: customStandards)
        } else {
            framework = .cpms2019
        }
        return Programme(
            id: id, framework: framework, declaresFramework: frameworkAttribute != nil, revision: revision,
            updated: updated, title: title, description: description, context: context, agencies: agencies, places: places,
            interventions: interventions, extensions: extensions, annotations: annotations,
            mergeSources: mergeSources)
    }

    /// Every problem of the file, each once, in the order they stand in it.
    func diagnostics(file: String, source: SourceBytes) -> [Diagnostic] {
        let programme = self.programme
        var found = problems + checker.problems.map {
            ReadDiagnostics.ReaderProblem(ordinal: $0.ordinal, code: $0.code, message: $0.message)
        }
        if programme != nil && !limitReached {
            if frameworkAttribute == "custom" && !sawFrameworkElement {
                found.append(ReadDiagnostics.ReaderProblem(ordinal: ordinals.ordinal(of: .programme) ?? 1, code: "framework-element",
                    message: "framework=\"custom\" needs a <framework> element (after <context>) that declares the levels and standards"))
            } else if frameworkAttribute != "custom" && sawFrameworkElement {
                found.append(ReadDiagnostics.ReaderProblem(ordinal: ordinals.ordinal(of: .framework) ?? 1, code: "framework-element",
                    message: "a <framework> element is allowed only with framework=\"custom\" on <programme>; add that attribute or remove the element"))
            }
        }
        return ReadDiagnostics(
            file: file, source: source, programme: limitReached ? nil : programme, readerProblems: found, structureFailed: !checker.problems.isEmpty,
            xml: stream.diagnostics, streamFailed: stream.failed, streamLine: stream.line,
            endsInside: !(sawRoot && stack.isEmpty) && !limitReached, ordinals: ordinals,
            truncated: stream.diagnosticsTruncated || checker.truncated
        ).assemble()
    }
}
