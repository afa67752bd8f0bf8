import Foundation
import SocioEcoFormats
import SocioEcoTestSupport
import Testing

/// Rows read ahead on another thread come as reading the source directly gives them:
/// all of them, in order, and a failure after the rows before it.
@Suite struct ReadAheadRowSourceTests {
    struct Numbers: SheetRowSource {
        let file = "numbers.csv"
        let sheetName: String? = nil
        var notes: [Diagnostic] = []
        var next = 1
        let count: Int
        let failAfter: Int?

        mutating func nextRow() throws -> SheetRow? {
            if let failAfter, next > failAfter {
                throw ReadFailure(file: file, kind: .invalid, diagnostics: [
                    Diagnostic(file: file, line: next, column: 1, code: "test", message: "broken at row \(next)")])
            }
            guard next <= count else {
                notes = [Diagnostic(file: file, line: 0, column: 0, severity: .note, code: "test", message: "read \(count) rows")]
                return nil
            }
            defer { next += 1 }
            return SheetRow(number: next, cells: [SheetRow.Cell(column: 1, value: .number(Double(next)))])
        }
    }

    @Test(arguments: [0, 1, 511, 512, 513, 5_000])
    func everyRowInOrder(count: Int) throws {
        let source = ReadAheadRowSource(Numbers(count: count, failAfter: nil), batchSize: 512, depth: 2)
        var numbers: [Int] = []
        while let row = try source.nextRow() { numbers.append(row.number) }
        #expect(numbers == Array(stride(from: 1, through: count, by: 1)))
        #expect(try source.nextRow() == nil)
        #expect(source.notes.map(\.message) == ["read \(count) rows"])
        #expect(source.file == "numbers.csv")
    }

    @Test(arguments: [0, 700, 2_000])
    func aFailureComesAfterTheRowsBeforeIt(failAfter: Int) throws {
        let source = ReadAheadRowSource(Numbers(count: 10_000, failAfter: failAfter), batchSize: 512, depth: 2)
        var numbers: [Int] = []
        do {
            while let row = try source.nextRow() { numbers.append(row.number) }
            Issue.record("no failure")
        } catch let failure as ReadFailure {
            #expect(failure.diagnostics.first?.message == "broken at row \(failAfter + 1)")
        }
        #expect(numbers == Array(stride(from: 1, through: failAfter, by: 1)))
    }

    /// Counts rows given, and says when it is let go.
    final class Endless: SheetRowSource, @unchecked Sendable {
        let file = "endless.csv"
        let sheetName: String? = nil
        let notes: [Diagnostic] = []
        let released: NSCondition
        let flag: UnsafeMutablePointer<Bool>
        var next = 0

        init(released: NSCondition, flag: UnsafeMutablePointer<Bool>) {
            self.released = released
            self.flag = flag
        }

        deinit {
            released.lock()
            flag.pointee = true
            released.broadcast()
            released.unlock()
        }

        func nextRow() throws -> SheetRow? {
            next += 1
            return SheetRow(number: next, cells: [SheetRow.Cell(column: 1, value: .number(Double(next)))])
        }
    }

    @Test func aReaderLetGoEarlyStopsItsThreadAndReleasesTheSource() throws {
        let released = NSCondition()
        let flag = UnsafeMutablePointer<Bool>.allocate(capacity: 1)
        flag.initialize(to: false)
        defer { flag.deallocate() }
        var source: ReadAheadRowSource? = ReadAheadRowSource(Endless(released: released, flag: flag), batchSize: 64, depth: 2)
        #expect(try source?.nextRow()?.number == 1)
        source = nil
        released.lock()
        let deadline = Date(timeIntervalSinceNow: 10)
        while !flag.pointee, released.wait(until: deadline) {}
        let stopped = flag.pointee
        released.unlock()
        #expect(stopped, "the reading thread still holds the source")
    }

    /// A workbook read ahead is parsed on the reading thread and decoded on the caller's:
    /// the same rows, and the same failure after the same rows, as reading it directly.
    @Test(arguments: ["handmade.xlsx", "relative-1904.xlsx", "sheets.xlsx", "badstring.xlsx", "badstring-late.xlsx",
                      "notxml.xlsx", "checksum.xlsx", "longcell.xlsx"])
    func aWorkbookReadAheadGivesWhatReadingItDirectlyGives(name: String) throws {
        func read(_ source: inout some SheetRowSource) -> (rows: [SheetRow], failure: String?) {
            var rows: [SheetRow] = []
            do {
                while let row = try source.nextRow() { rows.append(row) }
                return (rows, nil)
            } catch {
                return (rows, String(describing: error))
            }
        }
        var direct = try XLSXRowSource(path: XLSXFixtures.path(name), sheet: nil)
        let expected = read(&direct)
        var ahead = ReadAheadRowSource(try XLSXRowSource(path: XLSXFixtures.path(name), sheet: nil), batchSize: 7, depth: 2)
        let got = read(&ahead)
        #expect(got.rows == expected.rows)
        #expect(got.failure == expected.failure)
        if name == "badstring-late.xlsx" {
            #expect(expected.rows.count == 1_199)
            #expect(expected.rows[598].number == 599 && expected.rows[599].number == 601)
            #expect(expected.failure?.contains(":Sheet1!C1201: error: the cell refers to shared string 7") == true)
        }
    }
}
