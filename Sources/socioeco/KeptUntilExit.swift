/// Large values the command holds until the process exits. Freeing a model of a hundred
/// thousand interventions, allocation by allocation, takes a tenth of a second or more
/// after the output is written; the system takes the memory back at once when the
/// process ends. Only for values a one-shot command keeps to its end anyway, never in
/// the studio's server, which runs on.
enum KeptUntilExit {
    // Written only by the command's own thread, before it returns.
    nonisolated(unsafe) private static var values: [Any] = []

    static func keep(_ value: Any) { values.append(value) }
}
