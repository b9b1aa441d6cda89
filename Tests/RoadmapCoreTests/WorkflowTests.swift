import Testing
import RoadmapCore

/// Workflow stages: declared in a document's metadata, or today's statuses; an item's stage
/// from its status field or from the stage section it sits in.
@Suite struct WorkflowTests {
    @Test func aDeclarationGivesStagesInOrderWithAliasesAndWhatCountsAsDone() throws {
        let w = try #require(Workflow(declaration: "Vetting Backlog / To Do, Being Vetted / Groomed, Prioritized, Coding In Progress, Code Committed, Delivered"))
        #expect(w.stages.map(\.name) == ["Vetting Backlog", "Being Vetted", "Prioritized", "Coding In Progress", "Code Committed", "Delivered"])
        #expect(w.stages.map(\.status) == [.backlog, .planned, .planned, .inProgress, .inProgress, .done])
        #expect(w.stage(named: "to-do")?.name == "Vetting Backlog")
        #expect(w.stage(named: "GROOMED")?.name == "Being Vetted")
        #expect(w.stage(named: "coding_in_progress")?.name == "Coding In Progress")
        #expect(w.stage(named: "Shipped") == nil)
    }

    @Test func aStatusInParenthesesSaysHowAStageCounts() throws {
        let w = try #require(Workflow(declaration: "Inbox (backlog), Review, Accepted (done), Archived (done)"))
        #expect(w.stages.map(\.status) == [.backlog, .planned, .done, .done])
        // Without a done stage, the last one is.
        #expect(Workflow(declaration: "One, Two, Three")?.stages.map(\.status) == [.planned, .planned, .done])
        #expect(Workflow(declaration: " , ") == nil)
    }

    @Test func aDocumentThatDeclaresNothingHasTheStandardStagesAndItemsNoStage() {
        let doc = read("# R\n\n## Sync\n\n- [x] a\n- [ ] b\n", as: .markdown)
        #expect(doc.declaredWorkflow == nil)
        #expect(doc.workflow.stages.map(\.name) == ["backlog", "planned", "in-progress", "done"])
        #expect(doc.items[0].stage == nil)
        #expect(doc.items[0].stageName == "in-progress")
    }

    @Test func itemsTakeTheirStageFromTheirStatusField() {
        let doc = read("""
            Operators' roadmap
            ==================

            :stages: Vetting Backlog, Being Vetted, Development Ready, Coding In Progress, Delivered

            Telemetry
            ---------

            :status: Development Ready

            Logging
            -------

            :status: coding in progress

            - [x] design

            Quotas
            ------

            :status: Done
            """, as: .rst)
        #expect(doc.declaredWorkflow?.stages.count == 5)
        #expect(doc.items.map(\.stage) == ["Development Ready", "Coding In Progress", "Delivered"])
        #expect(doc.items.map(\.status) == [.planned, .inProgress, .done])
    }

    @Test func itemsTakeTheirStageFromTheStageSectionTheySitIn() {
        let doc = read("""
            ---
            stages: Vetting Backlog / To Do, Prioritized, Coding In Progress, Delivered
            ---
            # Operators' roadmap

            ## To Do

            - Rolling upgrades
            - Quota sync

            ## Prioritized

            ### Telemetry

            Size: L

            ## Coding In Progress

            ### Logging

            - [x] design
            - [ ] code

            ## Delivered

            ### Tracing
            """, as: .markdown)
        #expect(doc.items.map(\.id) == ["rolling-upgrades", "quota-sync", "telemetry", "logging", "tracing"])
        #expect(doc.items.map(\.stage) == ["Vetting Backlog", "Vetting Backlog", "Prioritized", "Coding In Progress", "Delivered"])
        #expect(doc.items.map(\.status) == [.backlog, .backlog, .planned, .inProgress, .done])
    }

    @Test func anItemWhoseFieldAndGroupSayNothingIsInTheFirstStageOfItsStatus() {
        let doc = read("---\nstages: Inbox, Doing (in progress), Shipped\n---\n# R\n\n## Sync\n\n- [x] a\n- [ ] b\n\n## Login\n", as: .markdown)
        #expect(doc.items.map(\.stage) == ["Doing", "Inbox"])
    }
}
