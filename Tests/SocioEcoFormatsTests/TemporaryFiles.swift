import Foundation
import SocioEcoTestSupport

/// Writes `text` to a new file in a new temporary folder and returns its path.
func temporaryFile(_ text: String, name: String = "programme.xml") -> String {
    let url = Paths.temporaryDirectory().appendingPathComponent(name)
    try? Data(text.utf8).write(to: url)
    return url.path
}

/// The start of a programme file, up to the open `<interventions>` tag (line 4).
let programmeHead = """
    <?xml version="1.0" encoding="UTF-8"?>
    <programme xmlns="urn:socioeco:programme:1" id="p">
      <title>T</title>
      <interventions>

    """

let programmeTail = """
      </interventions>
    </programme>

    """
