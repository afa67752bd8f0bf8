import SocioEcoModel

extension ModelProblem {
    /// The message as a reader of XML says it: the model's remedy in the format's own
    /// terms, naming the element to add or remove, so that `socioeco validate` tells the
    /// author what to change in the file.
    var messageForXML: String {
        let message = remedy.map { fault + "; " + $0.inXMLWords } ?? fault
        // Located at the intervention's start tag, which holds several attributes.
        switch path {
        case .interventionStart: return message + " (its start attribute)"
        case .interventionEnd: return message + " (its end attribute)"
        default: return message
        }
    }

    /// How the related element's position is introduced after the message.
    var relatedWording: String {
        code == .adminLevelOrder ? "the parent is at" : "first declared at"
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
