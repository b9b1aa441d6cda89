import Testing
import RoadmapCore

/// The expected results of ../shared/spec/seeds.md, asserted on copies of the seeds.
@Suite struct SeedSpecTests {
    struct Expected {
        var title: String
        var status: Status? = nil
        var line: Int? = nil
        var issues: [Int] = []
        var deliverables: [(text: String, checked: Bool, url: String?)] = []
        var links: [String] = []
    }

    func check(_ item: Item, _ e: Expected) {
        #expect(item.title == e.title)
        if let s = e.status { #expect(item.status == s, "status of \(e.title)") }
        if let l = e.line { #expect(item.line == l, "line of \(e.title)") }
        #expect(item.issues.map(\.number) == e.issues, "issues of \(e.title)")
        #expect(item.deliverables.count == e.deliverables.count, "deliverables of \(e.title)")
        for (d, x) in zip(item.deliverables, e.deliverables) {
            #expect(d.text == x.text)
            #expect(d.checked == x.checked, "checked: \(x.text)")
            if let url = x.url {
                #expect(d.links.contains { $0.url == url } || d.issues.contains { $0.url == url }, "\(x.text) links to \(url)")
            }
        }
        for url in e.links { #expect(item.links.contains { $0.url == url }, "\(e.title) links to \(url)") }
    }

    static let deis = "https://github.com/deis/deis/issues/"

    @Test func seed001DeisRoadmapRST() throws {
        let d = try Fixtures.seed(1)
        #expect(d.format == .rst)
        #expect(d.title == "Deis Roadmap")
        #expect(d.metadata["title"] == "Roadmap")
        #expect(d.metadata["description"] == "The Deis project roadmap")
        #expect(d.items.count == 10)
        #expect(d.meetings.isEmpty)
        let u = Self.deis
        let expected: [Expected] = [
            Expected(title: "TTY Broker", status: .planned, line: 15, deliverables: [
                ("TTY Broker component", false, u + "3808"), ("Interactive Deis Run (deis run bash)", false, u + "117"),
                ("Log Tailing (deis logs -f)", false, u + "465")]),
            Expected(title: "Scheduling and Orchestration", status: .inProgress, deliverables: [
                ("Swarm preview", true, nil), ("Mesos preview", false, u + "3809"), ("Kubernetes preview", false, u + "2744")]),
            Expected(title: "Etcd 2", issues: [3564], deliverables: [
                ("Switch to etcd2", false, nil), ("Migration strategy for etcd 0.4.x -> etcd2", false, nil)]),
            Expected(title: "Monitoring & Telemetry", issues: [3699], deliverables: [
                ("Host Telemetry (cpu, memory, network, disk)", false, nil), ("Container Telemetry (cpu, memory, network, disk)", false, nil),
                ("Platform Telemetry (control plane, data plane)", false, nil),
                ("Controller Telemetry (app created, build created, containers scaled)", false, nil)]),
            Expected(title: "Production Hardening", deliverables: [
                ("Better support for large-scale clusters (#3635)", false, u + "3635"),
                ("Support for separating the data plane and control plane (#3023)", false, u + "3023")]),
            Expected(title: "Stateless Logger", status: .planned, issues: [4000]),
            Expected(title: "Update Service", issues: [2106], deliverables: [
                ("Update client/agent", false, u + "3811"), ("Update server", false, nil),
                ("Automatic CoreOS upgrades", false, u + "1043"), ("CI Integration", false, nil)]),
            Expected(title: "Deis Push", deliverables: [("Docker Registry v2", false, u + "3814"), ("Deis Push", false, u + "2680")]),
            Expected(title: "Networking v2", issues: [3812], deliverables: [
                ("Overlay Network", false, nil), ("Internal Service Discovery", false, u + "3072"), ("Migration Strategy", false, nil)]),
            Expected(title: "Service Broker", issues: [231], deliverables: [
                ("Deis Addons CLI (deis addons)", false, nil), ("PostgreSQL Service Broker", false, nil), ("Redis Service Broker", false, nil)]),
        ]
        for (item, e) in zip(d.items, expected) { check(item, e) }
        // An issue in prose resolved through its target carries the URL and repository.
        let etcd = try #require(d.item("etcd-2"))
        #expect(etcd.issues == [IssueRef(number: 3564, url: u + "3564", repository: "deis/deis")])
    }

    @Test func seed000PlanningProcessRST() throws {
        let d = try Fixtures.seed(0)
        #expect(d.format == .rst)
        #expect(d.title == "Planning Process")
        #expect(d.items.isEmpty)
        #expect(d.meetings.count == 6)
        let m = d.meetings
        #expect(m.map(\.title) == ["November 2015 (Deis v1.13)", "October 2015 (Deis v1.12)", "September 2015 (Deis v1.11)",
                                   "August 2015 (Deis v1.10)", "July 2015 (Deis v1.9)", "June 2015 (Deis v1.8)"])
        #expect(m[0].date == "2015-11-05")
        #expect(m.dropFirst().map(\.date) == ["2015-10", "2015-09", "2015-08", "2015-07", "2015-06"])
        #expect(m.map(\.release) == ["1.13", "1.12", "1.11", "1.10", "1.9", "1.8"])
        #expect(m[0].completed.isEmpty && m[0].added.isEmpty)
        #expect(m[1].completed == ["Stateless Logger"])
        #expect(m[1].added == ["Deis v2"])
        #expect(m[1].links.contains { $0.url == "https://www.youtube.com/watch?v=GK1TzeQxGaY" })
        #expect(m[2].completed == ["Production Hardening"])
        #expect(m[2].added == ["Etcd Hardening", "Rigger"])
        #expect(m[3].completed == ["Scheduling and Orchestration", "Etcd 2", "Networking v2"])
        #expect(m[3].added == ["Internal Service Discovery", "Permissions and Teams", "New Default Scheduler"])
        #expect(m[4].completed == ["Pluggable Storage Subsystem", "User-defined Health Checks"])
        #expect(m[4].added == ["Stateless Logger", "Production Hardening"])
        #expect(m[5].completed.isEmpty)
        #expect(m[5].added == ["Pluggable Storage Subsystem", "Networking V2", "Etcd 2", "User-defined Health Checks"])
    }

    @Test func seed002MetalStackMarkdownBacklog() throws {
        let d = try Fixtures.seed(2)
        #expect(d.format == .markdown)
        #expect(d.title == "Planning Meetings")
        #expect(d.meetings.isEmpty)
        #expect(d.items.map(\.title) == [
            "Add metal-stack to Gardener conformance test grid", "Autoscaler for metal control plane components",
            "CI dashboard and public integration testing", "Improved release and deploy processes (GitOps, Spinnaker, Flux)",
            "Machine internet without firewalls", "metal-stack dashboard (UI)",
            "Offer our metal-stack extensions as enterprise products (accounting, cluster-api, S3) (neither of them will ever be required for running metal-stack, they just add extra value for certain enterprises)",
            "Partition managed by Kubernetes (with Kubelets joining the control plane cluster)", "Public offering / demo playground",
        ])
        #expect(d.items.allSatisfy { $0.status == .backlog })
        #expect(d.items[0].links.map(\.url) == ["https://testgrid.k8s.io/gardener-all"])
        #expect(d.items[3].links.map(\.url) == ["https://spinnaker.io/", "https://fluxcd.io/"])
    }

    @Test func seed003RenderedCopyPlainText() throws {
        let d = try Fixtures.seed(3)
        #expect(d.format == .text)
        #expect(d.title == "Deis Roadmap")
        #expect(d.metadata["title"] == "Roadmap")
        #expect(d.metadata["description"] == "The Deis project roadmap")
        #expect(d.meetings.isEmpty)
        let expected: [Expected] = [
            Expected(title: "Pluggable Storage Subsystem", issues: [2812], deliverables: [
                ("Registry S3 configuration", false, nil), ("Database S3 configuration", false, nil),
                ("Stateless logger (in-memory ring buffer)", false, nil)]),
            Expected(title: "TTY Broker"), Expected(title: "Scheduling and Orchestration"),
            Expected(title: "Networking v2", issues: [3812]), Expected(title: "Update Service", issues: [2106]),
            Expected(title: "Etcd 2", issues: [3564], deliverables: [
                ("Switch to etcd2", false, nil), ("Migration strategy for etcd 0.4.x -> etcd2", false, nil)]),
            Expected(title: "User-defined Health Checks", issues: [3813], deliverables: [
                ("HealthCheck API and CLI", false, nil), ("Publisher / HealthCheck integration", false, nil)]),
            Expected(title: "Deis Push"),
            Expected(title: "Service Broker", issues: [231], deliverables: [
                ("Deis Addons CLI (deis addons)", false, nil), ("PostgreSQL Service Broker", false, nil), ("Redis Service Broker", false, nil)]),
            Expected(title: "Monitoring & Telemetry", issues: [3699], deliverables: [
                ("Host Telemetry (cpu, memory, network, disk)", false, nil), ("Container Telemetry (cpu, memory, network, disk)", false, nil),
                ("Platform Telemetry (control plane, data plane)", false, nil),
                ("Controller Telemetry (app created, build created, containers scaled)", false, nil)]),
        ]
        #expect(d.items.count == expected.count)
        for (item, e) in zip(d.items, expected) { check(item, e) }
        // Plain text has no URLs for the issues: number only.
        #expect(d.items[0].issues == [IssueRef(number: 2812)])
    }

    @Test func seed004MinutesFromAWordProcessor() throws {
        let d = try Fixtures.seed(4)
        #expect(d.format == .text)
        #expect(d.items.isEmpty)
        #expect(d.meetings.count == 1)
        let m = try #require(d.meetings.first)
        #expect(m.title.contains("Meeting Minutes"))
        #expect(m.date == "2016-12-01")
        #expect(m.attendees.map { "\($0.organization ?? ""), \($0.name)" } == [
            "AT&T, Cecilia Comeaux", "AT&T, Jamey McCabe", "AT&T, Jill Sales", "Comcast, Shilla Saebi", "NTT, Shintaro Mizuno",
            "Orange, Abdelhadi Chari", "Reliance Jio, Val Lechtumanan", "Reliance Jio, Kunal Shah", "Reliance Jio, Sanjeev Jaiswal",
        ])
        #expect(m.actions.map(\.id) == ["1", "4", "5", "6", "7", "8"])
        #expect(m.actions.map(\.owner) == ["All", "All", "Megan", "All", "All", "All"])
        #expect(m.actions[2].text.hasPrefix("From 1.8.5.1 Schedule a call where Walmart"))
        #expect(m.next == "2016-12-15")
        #expect(m.decisions == ["Will be subsumed into Roadmap Functional Specialty Teams"])
    }

    @Test func formatsAreSniffedFromContent() throws {
        let formats = try (0 ... 3).map { try Fixtures.seed($0).format }
        #expect(formats == [.rst, .rst, .markdown, .text])
    }
}
