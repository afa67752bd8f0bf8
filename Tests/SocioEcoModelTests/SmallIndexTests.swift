import SocioEcoModel
import Testing

/// The scan below the threshold and the dictionary above it give the same answers.
@Suite struct SmallIndexTests {
    @Test(arguments: [3, SmallIndex<Int>.scanLimit, SmallIndex<Int>.scanLimit + 1, 200])
    func firstOccurrenceWinsOnBothSidesOfTheThreshold(count: Int) {
        let keys = (0..<count).map { $0 / 2 }
        let index = SmallIndex(keys)
        for (i, k) in keys.enumerated() {
            #expect(index[k] == keys.firstIndex(of: k))
            #expect(index.isRepeat(at: i) == (i % 2 == 1))
        }
        #expect(index[-1] == nil)
    }
}
