import Testing
import RoadmapCore
@testable import RoadmapReading

/// What a section title says about its section, decided first from the title's probe (its first
/// word, a separator, a colon, a final `?`) and then from its words.
@Suite struct HeadingVocabularyTests {
    @Test func aProbeReadsTheFactsTheRulesStartFrom() {
        let probe = HeadingVocabulary.TitleProbe("  Owners of it: Dana / Lee?")
        #expect(probe.firstWord == "owners")
        #expect(probe.hasSeparator && probe.hasColon && probe.endsWithQuestionMark)
        #expect(probe.byteCount == 27)
        // A colon right after the first word is read by the word rules: `Leads:` is a label.
        #expect(HeadingVocabulary.TitleProbe("Leads: Dana").firstWord == nil)
        // A title that starts with a mark, a bracket or a non-ASCII letter gets the full rules.
        #expect(HeadingVocabulary.TitleProbe("✅ Done").firstWord == nil)
        #expect(HeadingVocabulary.TitleProbe("(Draft) Plan").firstWord == nil)
        #expect(HeadingVocabulary.TitleProbe("Étapes").firstWord == nil)
        #expect(HeadingVocabulary.TitleProbe("What's Next").firstWord == nil)
        #expect(HeadingVocabulary.TitleProbe("IN PROGRESS").firstWord == "in")
    }

    @Test func statusGroups() {
        #expect(HeadingVocabulary.groupStatus(title: "Recently Completed Items") == .done)
        #expect(HeadingVocabulary.groupStatus(title: "In progress / being explored") == .inProgress)
        #expect(HeadingVocabulary.groupStatus(title: "What's Next") == .planned)
        #expect(HeadingVocabulary.groupStatus(title: "En curso") == .inProgress)
        #expect(HeadingVocabulary.groupStatus(title: "Idea Backlog") == .backlog)
        #expect(HeadingVocabulary.groupStatus(title: "Backlog Cleanup") == nil)
        #expect(HeadingVocabulary.groupStatus(title: "Item 1 Cluster Controller Stream") == nil)
    }

    @Test func partsOfAnItem() {
        #expect(HeadingVocabulary.isPart(title: "Tasks"))
        #expect(HeadingVocabulary.isPart(title: "Open questions"))
        #expect(HeadingVocabulary.isPart(title: "Leads: Dana, Lee"))
        #expect(!HeadingVocabulary.isPart(title: "Item 4 Controller"))
        #expect(!HeadingVocabulary.isPart(title: "Tasks for the storage layer and the gateway"))
    }

    @Test func sectionsThatAreNeverItems() {
        #expect(HeadingVocabulary.isNonItem(title: "Table of Contents"))
        #expect(HeadingVocabulary.isNonItem(title: "Moderator: Ana"))
        #expect(HeadingVocabulary.isNonItem(title: "How to help?"))
        #expect(HeadingVocabulary.isNonItem(title: "Item or not?"))
        #expect(HeadingVocabulary.isNonItem(title: "Philosophy for Future Releases"))
        #expect(HeadingVocabulary.isNonItem(title: "Getting involved with contributions"))
        #expect(HeadingVocabulary.isNonItem(title: "Get Involved in the Community"))
        #expect(!HeadingVocabulary.isNonItem(title: "Item 2 Discovery Socket Builder"))
        #expect(!HeadingVocabulary.isNonItem(title: "Item?"))
    }

    @Test func sectionsAboutTheDocumentSeenInRealRoadmaps() {
        for title in ["Project Overview", "Phase overview", "Disclosures", "How this roadmap is maintained", "Engineering principles",
                      "Compatibility matrix", "Release timeline (estimated, 1 developer)", "Timeline Estimate"] {
            #expect(HeadingVocabulary.isNonItem(title: title), "\(title)")
        }
        // An overview is about the document only as a short title; a milestone may name one.
        #expect(!HeadingVocabulary.isNonItem(title: "Results page: filter and overview"))
        #expect(!HeadingVocabulary.isNonItem(title: "Cluster resource usage overview"))
        #expect(!HeadingVocabulary.isNonItem(title: "M-2.1 — Windows 10 compatibility matrix test"))
        for title in ["Open questions", "Design Questions", "Key Risks and Mitigations", "Players", "Stakeholders", "Boundaries",
                      "Assumptions", "Constraints", "Appendix", "Status Legend", "Current position", "Source Notes", "Using our roadmap"] {
            #expect(HeadingVocabulary.isNonItem(title: title), "\(title)")
        }
        #expect(!HeadingVocabulary.isNonItem(title: "Open questions tracker"))
        #expect(HeadingVocabulary.isNonItem(title: "What is not planned"))
        #expect(HeadingVocabulary.isNonItem(title: "What isn't in scope"))
        #expect(HeadingVocabulary.TitleProbe("Phase Overview  ").lastWord == "overview")
        #expect(HeadingVocabulary.TitleProbe("Überblick").lastWord == nil)
        #expect(HeadingVocabulary.TitleProbe("Plan 2").lastWord == nil)
    }

    @Test func whatTheRoadmapIsNotAndHowItIsKept() {
        for title in ["What we do not plan to do", "What we don't do", "Not in scope for this roadmap", "Non-Features (Out of Scope)",
                      "Out of scope", "Change policy for this file", "Planning principles", "Release methodology", "Progress Summary",
                      "Visual Timeline", "Note"] {
            #expect(HeadingVocabulary.isNonItem(title: title), "\(title)")
        }
        for title in ["What we do next", "Change management UI", "Notes app sync", "Out-of-band upgrades"] {
            #expect(!HeadingVocabulary.isNonItem(title: title), "\(title)")
        }
    }

    @Test func whatIsBehindTheProjectIsDone() {
        for title in ["Past milestones", "Previous releases", "Release History", "History", "Past Releases"] {
            #expect(HeadingVocabulary.groupStatus(title: title) == .done, "\(title)")
        }
        #expect(HeadingVocabulary.groupStatus(title: "History view for documents") == nil)
    }

    @Test func aWordSetRulesOutByShapeAndLooksUpTheRest() {
        let set = WordSet(["tasks", "goals", "go"])
        #expect(set.contains("tasks") && set.contains("goals") && set.contains("go"))
        #expect(!set.contains("taskz"))  // a member's shape, not a member
        #expect(!set.contains("item") && !set.contains("") && !set.contains("g"))
        #expect(!set.contains(String(repeating: "t", count: 80)))
    }
}
