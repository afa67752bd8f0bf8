import ArgumentParser
import Foundation
import SocioEcoFormats
import SocioEcoStudio

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Design a programme in the browser: a local studio over one programme file.",
        discussion: """
            Serves a web application over FILE on this machine: the ring diagram, the \
            coverage matrix, the findings and the suggestions, updated after every change, \
            with forms to add, edit and delete interventions, agencies and places.

            The first line of standard output is the address to open, with a token that \
            every request needs; the default browser opens it unless --no-open. Changes \
            are kept in FILE.studio-journal until saved; Save writes FILE in canonical \
            form with its revision raised. Ctrl-C stops the server.

            Exit status: 0 stopped; 64 usage; 65 invalid input (the problems are printed, \
            as validate prints them); 66 missing input; 73 --new could not write FILE.
            """
    )

    @Argument(help: "The programme file to design.")
    var file: String

    @Option(help: "The port to listen on; 0 lets the system choose a free one.")
    var port: Int = 8731

    @Option(help: ArgumentHelp("The address to listen on. Anything but loopback lets other machines reach the studio.", valueName: "addr"))
    var host: String = "127.0.0.1"

    @Flag(help: "Create FILE from a starting programme (the four levels, no interventions) when it does not exist.")
    var new = false

    @Flag(help: "Do not open the browser.")
    var noOpen = false

    func validate() throws {
        if file == ProgrammeLoading.standardInput { throw ValidationError("the studio saves to its file: name a file, not standard input") }
        if !(0...65535).contains(port) { throw ValidationError("--port must be 0 to 65535") }
    }

    func run() async throws {
        if new, !FileManager.default.fileExists(atPath: file) {
            try ProgrammeLoading.emit(StartingProgramme.text(named: file), to: file)
        }
        let document: StudioDocument
        do {
            document = try StudioDocument(path: file)
        } catch {
            throw ProgrammeLoading.exitStatus(reporting: error)
        }
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            Console.err("socioeco: warning: serving on \(TerminalText.escape(host)), not loopback: other machines can reach the studio; only the token keeps them out")
        }
        let server = StudioServer(document: document, host: host, port: port)
        let open = !noOpen
        do {
            try await server.run { url, _ in
                // The first line: a script or a person reads the address from it.
                Console.out(url)
                if open { Serve.openBrowser(url) }
            }
        } catch {
            Console.err("socioeco: cannot serve on \(TerminalText.escape(host)) port \(port): \(TerminalText.escape(String(describing: error)))")
            throw ExitStatus.cannotCreateOutput
        }
    }

    /// Opens the address with xdg-open when the machine has it; a machine without a
    /// desktop still serves.
    static func openBrowser(_ url: String) {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let opener = paths.map({ "\($0)/xdg-open" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}
