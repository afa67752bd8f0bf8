import SocioEcoModel

extension ModelProblem {
    /// The message as a reader of XML says it: the model's remedy in the format's own
    /// terms, naming the element to add or remove, so that `socioeco validate` tells the
    /// author what to change in the file.
    var messageForXML: String {
        guard let remedy else { return fault }
        return fault + "; " + remedy.inXMLWords
    }
}

extension ModelProblem.Remedy {
    /// The fix in words of the programme XML format.
    var inXMLWords: String {
        switch self {
        case .declareAgency(let declared):
            return declared.isEmpty
                ? "the file declares no agencies: add an <agencies> element with this agency"
                : "add it under <agencies> or use one of " + declared
        case .declarePlace(let declared):
            return declared.isEmpty
                ? "the file declares no places: add a <places> element with this place"
                : "add it under <places> or use one of " + declared
        case .removePartner: return "remove the <partner>"
        case .removeDependency: return "remove this <depends-on>"
        case .removeOneOfDependencies: return "remove one of these <depends-on>"
        case .addLevel: return "add at least one <level ref=\"...\"/>"
        }
    }
}
