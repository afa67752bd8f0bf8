import Foundation
import SocioEcoTestSupport
import Testing

/// Runs the real xmllint over written reports and diagrams.
enum ReportChecks {
    /// Elements that libxml2's HTML 4 parser does not know but HTML5 does (and the SVG
    /// elements the diagram uses). `xmllint --html` reports them as "Tag X invalid"; any
    /// other message is a real parse problem.
    static let html5Elements: Set<String> = [
        "header", "main", "section", "figure", "figcaption", "footer", "nav", "article",
        "svg", "defs", "pattern", "line", "rect", "circle", "path", "g", "text", "desc", "title",
    ]

    /// Writes each text to a file in a new folder and returns the paths.
    static func write(_ texts: [(String, String)]) throws -> [String] {
        let dir = Paths.temporaryDirectory()
        return try texts.map { name, text in
            let url = dir.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
    }

    /// xmllint's complaints about `paths` read as XML; empty when all are well-formed.
    static func xmlProblems(_ paths: [String]) throws -> String {
        let r = try run(try #require(Paths.tool("xmllint")), ["--noout", "--nonet"] + paths)
        return r.status == 0 && r.stderr.isEmpty ? "" : "status \(r.status): \(r.stderr.prefix(2000))"
    }

    /// Messages of `xmllint --html` other than the HTML5 and SVG element names it does not know.
    static func htmlProblems(_ paths: [String]) throws -> [String] {
        let r = try run(try #require(Paths.tool("xmllint")), ["--html", "--noout", "--nonet"] + paths)
        return r.stderr.split(separator: "\n").map(String.init).filter { line in
            guard line.contains("error") || line.contains("warning") else { return false }
            guard let range = line.range(of: "Tag "), line.hasSuffix(" invalid") else { return true }
            let name = line[range.upperBound...].dropLast(" invalid".count)
            return !html5Elements.contains(String(name))
        }
    }
}
