import SocioEcoFormats
import SocioEcoModel
import SocioEcoTestSupport
import Testing

/// A programme large enough that the writer splits its interventions between two
/// threads reads back as it was, in the same bytes every time.
@Suite struct LargeProgrammeWriterTests {
    /// Generated interventions (hostile text, extensions, merge origins) copied under
    /// new ids (theirs and their indicators') until there are `count`; dependencies dropped so every reference holds.
    static func programme(count: Int, seed: UInt64) -> Programme {
        var generator = ProgrammeGenerator(seed: seed, maximumInterventions: 30)
        var model = generator.programme()
        while model.interventions.isEmpty { model = generator.programme() }
        let originals = model.interventions
        var all: [Intervention] = []
        all.reserveCapacity(count)
        for n in 0..<count {
            var item = originals[n % originals.count]
            item.id = Intervention.ID("\(item.id.rawValue)-\(n)")
            item.dependsOn = []
            for k in item.indicators.indices { item.indicators[k].id = Indicator.ID("\(item.indicators[k].id.rawValue)-\(n)") }
            all.append(item)
        }
        model.interventions = all
        return model
    }

    @Test(arguments: [UInt64(3), 17])
    func tenThousandAndOneInterventionsReadBackEqual(seed: UInt64) throws {
        let model = Self.programme(count: 10_001, seed: seed)
        let text = ProgrammeWriter().encode(model)
        #expect(ProgrammeWriter().encode(model) == text)
        let back = try ProgrammeReader(options: .init(mode: .rules)).read(Array(text.utf8), name: "large.xml")
        #expect(back.interventions.count == model.interventions.count)
        #expect(back.interventions.map(\.id) == model.interventions.map(\.id))
        #expect(back == model)
    }
}
