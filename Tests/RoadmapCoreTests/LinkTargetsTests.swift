import Testing
@testable import RoadmapSyntax

/// Link names match as docutils and CommonMark match them: case-insensitively, whitespace
/// collapsed, whichever way the target and the reference spell them.
@Suite struct LinkTargetsTests {
    @Test func aNameInTheSourceMatchesInAnyCaseAndSpacing() {
        let text = Array(".. _Deliverable  1.2: https://example.com/1.2\n".utf8)
        var targets = LinkTargets(source: text)
        let defined = targets.define(nameRange: 4 ..< 20, urlRange: 22 ..< 45)
        #expect(defined)
        for name in ["Deliverable  1.2", "deliverable 1.2", "DELIVERABLE\n1.2", " Deliverable 1.2 "] {
            #expect(targets.resolve(name) == "https://example.com/1.2", "\(name)")
        }
        #expect(targets.resolve("Deliverable 1.20") == nil)
        #expect(targets.resolve("Deliverable 1") == nil)
        #expect(targets.resolve("Deliverable1.2") == nil)
    }

    @Test func namesWrittenAside() {
        var targets = LinkTargets()
        targets.define("  Spaced   name ", url: "https://example.com/s")
        targets.define("Zürich", url: "https://example.com/z")
        // The Kelvin sign lowercases to an ASCII `k`: the name is `key` once normalised.
        targets.define("\u{212A}ey", url: "https://example.com/k")
        targets.define("indirect", url: "`Spaced name`_")
        #expect(targets.resolve("spaced name") == "https://example.com/s")
        #expect(targets.resolve("ZÜRICH") == "https://example.com/z")
        #expect(targets.resolve("key") == "https://example.com/k")
        #expect(targets.resolve("Indirect") == "https://example.com/s")
        let again = targets.define("SPACED NAME", url: "https://example.com/other")
        #expect(!again)  // the first definition wins
        #expect(targets.resolve("spaced name") == "https://example.com/s")
    }
}
