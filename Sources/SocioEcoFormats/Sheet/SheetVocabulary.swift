import SocioEcoModel

/// The words a 5W cell may use for the model's closed vocabularies, in English and
/// French, compared folded (`SheetWords.folded`). docs/spreadsheet-format.md lists them.
public enum SheetVocabulary {
    public static let statuses: [String: InterventionStatus] = table([
        (.planned, ["planned", "planning", "pipeline", "proposed", "not started", "planifie", "planifiee", "prevu", "prevue",
                    "en preparation", "en attente", "pas commence", "non demarre"]),
        (.ongoing, ["ongoing", "active", "in progress", "implementing", "in implementation", "en cours", "actif",
                    "en cours d execution", "mise en oeuvre", "en mise en oeuvre", "mise en oeuvre rapportage",
                    // A project whose funds are being paid out is under way.
                    "deboursement", "en execution"]),
        (.completed, ["completed", "complete", "finished", "closed", "done", "termine", "terminee", "acheve", "cloture", "cloturee", "fini", "finalise"]),
        (.suspended, ["suspended", "on hold", "paused", "stopped", "suspendu", "suspendue", "en pause", "arrete", "arretee"]),
    ])

    public static let phases: [String: Phase] = table([
        (.preparedness, ["preparedness", "preparation", "readiness", "preparation aux urgences", "contingency"]),
        (.prevention, ["prevention"]),
        (.response, ["response", "reponse", "intervention", "emergency", "emergency response", "urgence", "reponse d urgence"]),
    ])

    public static let agencyTypes: [String: AgencyType] = table([
        (.un, ["un", "un agency", "united nations", "united nations agency", "onu", "agence onu", "agence des nations unies", "nations unies",
               "agence un", "un agencies", "agence du systeme des nations unies", "snu"]),
        (.internationalNGO, ["international ngo", "ingo", "international non governmental organisation",
                             "international non governmental organization", "ong internationale", "ongi", "ong i", "ong international", "ong int"]),
        (.nationalNGO, ["national ngo", "nngo", "lngo", "local ngo", "ngo", "ong nationale", "ong locale", "ongn", "ong n", "ong", "ong national",
                        "organisation non gouvernementale nationale"]),
        (.communityBased, ["community based", "cbo", "community based organisation", "community based organization",
                           "organisation a base communautaire", "oca", "obc", "association communautaire",
                           "organisation communautaire de base", "ocb", "community based organisation cbo"]),
        (.government, ["government", "gov", "govt", "government agency", "ministry", "gouvernement", "etat", "ministere", "autorites",
                       "entite gouvernementale", "gouvernemental", "structure etatique", "service etatique"]),
        (.redCrossRedCrescent, ["red cross red crescent", "red cross", "red crescent", "rcrc", "rcrcm", "croix rouge",
                                "croissant rouge", "croix rouge croissant rouge", "mouvement croix rouge",
                                "mouvement de la croix rouge", "mouvement de la croix rouge et du croissant rouge", "red cross red crescent movement"]),
        (.donor, ["donor", "bailleur", "bailleur de fonds", "donateur"]),
        (.other, ["other", "others", "autre", "autres", "private sector", "secteur prive", "academic", "universite"]),
    ])

    public static let units: [String: IndicatorUnit] = table([
        (.percent, ["percent", "percentage", "pourcentage", "pourcent", "pct"]),
        (.count, ["count", "number", "nombre", "nb", "no", "people", "persons", "personnes"]),
        (.ratio, ["ratio", "rate", "taux"]),
    ])

    /// Folded words to values; every value's own raw word (`international-ngo`) is one of them.
    private static func table<T: RawRepresentable & CaseIterable & Hashable>(_ rows: [(T, [String])]) -> [String: T]
    where T.RawValue == String {
        var out: [String: T] = [:]
        for value in T.allCases { out[SheetWords.folded(value.rawValue)] = value }
        for (value, words) in rows { for w in words { out[SheetWords.folded(w)] = value } }
        return out
    }

    /// The value a cell names, or nil.
    public static func lookUp<T>(_ text: String, in table: [String: T]) -> T? {
        let key = SheetWords.folded(text)
        if key == "%" || text.trimmingSpaces == "%" { return table["percent"] }
        return table[key]
    }

    /// The words of `table` for `value`'s canonical form first, for messages.
    public static func accepted<T: RawRepresentable>(_ all: [T]) -> String where T.RawValue == String {
        all.map { "'\($0.rawValue)'" }.joined(separator: ", ")
    }
}

extension String {
    /// The text without white space at either end.
    var trimmingSpaces: String {
        // Most cells start and end with a letter or digit: no copy then.
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
           !SheetWords.isASCIISpace(first), !SheetWords.isASCIISpace(last) { return self }
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
