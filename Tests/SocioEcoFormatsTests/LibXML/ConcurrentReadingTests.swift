import Foundation
import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Synchronization
import Testing

/// One read the threads repeat: a file or bytes, in one mode.
private struct ReadJob: Sendable {
    var name: String
    var bytes: [UInt8]?
    var mode: ProgrammeReader.Mode

    func run() -> Result<Programme, ReadFailure> {
        let reader = ProgrammeReader(options: .init(mode: mode))
        do throws(ReadFailure) {
            if let bytes { return .success(try reader.read(bytes, name: name)) }
            return .success(try reader.read(contentsOf: name))
        } catch {
            return .failure(error)
        }
    }
}

/// Many reads at once on many threads, as a server does: each gives exactly what the
/// same read gives alone, programme or every diagnostic.
@Suite("Reading on many threads at once")
struct ConcurrentReadingTests {
    private static let threads = 8

    private var jobs: [ReadJob] {
        let broken = ["invalid/truncated.xml", "invalid/ten-errors.xml", "invalid/undeclared-prefix-element.xml",
                      "invalid/undeclared-prefix-attribute.xml", "invalid/invalid-utf8.xml", "invalid/billion-laughs.xml",
                      "invalid/dangling-refs.xml", "invalid/duplicate-ids.xml"].map(Paths.fixture)
        let schemaInvalid = ((try? FileManager.default.contentsOfDirectory(atPath: Paths.fixture("schema-invalid"))) ?? [])
            .filter { $0.hasSuffix(".xml") }.sorted().prefix(6).map { Paths.fixture("schema-invalid/" + $0) }
        var jobs: [ReadJob] = []
        for mode in [ProgrammeReader.Mode.rules, .schemaAndRules] {
            for path in Paths.allModels + broken + schemaInvalid { jobs.append(ReadJob(name: path, mode: mode)) }
            let memory = Paths.model("cox-bazar-camp-response.xml")
            jobs.append(ReadJob(name: memory, bytes: FileManager.default.contents(atPath: memory).map(Array.init), mode: mode))
            let brokenMemory = Paths.fixture("invalid/ten-errors.xml")
            jobs.append(ReadJob(name: brokenMemory, bytes: FileManager.default.contents(atPath: brokenMemory).map(Array.init), mode: mode))
        }
        return jobs
    }

    @Test("valid and broken files, from paths and from memory, read on 8 threads give what they give alone")
    func sameAsAlone() {
        let jobs = jobs
        #expect(jobs.count > 30)
        let alone = jobs.map { $0.run() }
        #expect(alone.contains { (try? $0.get()) != nil } && alone.contains { (try? $0.get()) == nil })

        let mismatches = Mutex<[String]>([])
        let reads = Atomic<Int>(0)
        // Bounded by time as well as rounds: a loaded machine still finishes.
        let deadline = ContinuousClock.now + .seconds(4)
        let done = DispatchGroup()
        for t in 0..<Self.threads {
            done.enter()
            let thread = Thread {
                defer { done.leave() }
                for round in 0..<50 {
                    guard ContinuousClock.now < deadline else { return }
                    // Each thread walks the jobs from its own starting point, so different
                    // files are open at once.
                    for k in jobs.indices {
                        let i = (k + t * 7 + round) % jobs.count
                        let result = jobs[i].run()
                        reads.add(1, ordering: .relaxed)
                        if result != alone[i] {
                            mismatches.withLock { $0.append("\(jobs[i].name) (\(jobs[i].mode), thread \(t))") }
                        }
                    }
                }
            }
            thread.start()
        }
        done.wait()
        #expect(mismatches.withLock { $0 } == [])
        #expect(reads.load(ordering: .relaxed) >= Self.threads * jobs.count)
    }
}
