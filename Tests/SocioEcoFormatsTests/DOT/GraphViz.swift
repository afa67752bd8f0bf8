import Foundation
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// Runs the real GraphViz programs on DOT text written to temporary files.
enum GraphViz {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Exit 0 and nothing on standard error: GraphViz exits 0 after warnings.
        var isClean: Bool { status == 0 && stderr.isEmpty }
    }

    /// Writes each document to a file and runs `program` (`dot`, `nop`) on all of them
    /// in one process with `arguments` before the file names.
    static func run(_ program: String, _ arguments: [String], documents: [String]) throws -> Outcome {
        let tool = try #require(Paths.tool(program), "GraphViz \(program) is not installed (scripts/install-peers.sh)")
        let dir = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [String] = []
        for (i, document) in documents.enumerated() {
            let url = dir.appendingPathComponent("\(i).dot")
            try Data(document.utf8).write(to: url)
            files.append(url.path)
        }
        let result = try SocioEcoTestSupport.run(tool, arguments + files)
        return Outcome(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    /// The SVG that `dot -Tsvg` renders from `document`.
    static func svg(_ document: String) throws -> Outcome {
        try run("dot", ["-Tsvg"], documents: [document])
    }

    /// The contents of the `<text>` elements of an SVG, entities decoded, in order.
    static func texts(inSVG svg: String) -> [String] {
        elements(in: svg, open: "<text", contentAfter: ">", close: "</text>")
    }

    /// The ids of the nodes in an SVG (GraphViz writes each as the `<title>` of its group).
    static func nodeTitles(inSVG svg: String) -> [String] {
        elements(in: svg, open: "<g id=\"node", contentAfter: "<title>", close: "</title>")
    }

    /// Searched in UTF-8 bytes, not `Character`s: a text that starts with a combining
    /// mark forms one `Character` with the `>` before it.
    private static func elements(in svg: String, open: String, contentAfter: String, close: String) -> [String] {
        let bytes = Array(svg.utf8)
        func find(_ needle: String, from: Int) -> Int? {
            let n = Array(needle.utf8)
            guard bytes.count >= n.count else { return nil }
            var i = from
            while i <= bytes.count - n.count {
                if bytes[i] == n[0] && Array(bytes[i..<(i + n.count)]) == n { return i }
                i += 1
            }
            return nil
        }
        var out: [String] = []
        var position = 0
        while let o = find(open, from: position), let a = find(contentAfter, from: o + open.utf8.count),
              let c = find(close, from: a + contentAfter.utf8.count) {
            out.append(decodeXML(String(decoding: bytes[(a + contentAfter.utf8.count)..<c], as: UTF8.self)))
            position = c + close.utf8.count
        }
        return out
    }

    static func decodeXML(_ s: String) -> String {
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "&", let semi = s[i...].firstIndex(of: ";") {
                let entity = s[s.index(after: i)..<semi]
                var decoded: String?
                switch entity {
                case "amp": decoded = "&"
                case "lt": decoded = "<"
                case "gt": decoded = ">"
                case "quot": decoded = "\""
                case "apos": decoded = "'"
                default:
                    if entity.hasPrefix("#x"), let v = UInt32(entity.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) {
                        decoded = String(u)
                    } else if entity.hasPrefix("#"), let v = UInt32(entity.dropFirst()), let u = Unicode.Scalar(v) {
                        decoded = String(u)
                    }
                }
                if let decoded {
                    out += decoded
                    i = s.index(after: semi)
                    continue
                }
            }
            out.append(s[i])
            i = s.index(after: i)
        }
        return out
    }
}
