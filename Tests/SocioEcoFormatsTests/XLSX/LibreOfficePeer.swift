import Foundation
import SocioEcoTestSupport
import Testing

/// LibreOffice for the tests that check a workbook against it. In CI (`CI` set) a missing
/// LibreOffice fails the test, since `scripts/install-peers.sh` installs it there and a
/// check that quietly does nothing is no check; on a developer's machine the test is
/// skipped with a note saying so.
enum LibreOfficePeer {
    static func soffice(for test: String = #function) -> String? {
        if let path = Paths.tool("soffice") { return path }
        if ProcessInfo.processInfo.environment["CI"].map({ !$0.isEmpty }) == true {
            Issue.record("soffice is not on PATH: CI must install LibreOffice (Debian's libreoffice-calc, by scripts/install-peers.sh)")
        } else {
            FileHandle.standardError.write(Data("note: \(test) skipped: soffice is not on PATH; scripts/install-peers.sh installs LibreOffice\n".utf8))
        }
        return nil
    }
}
