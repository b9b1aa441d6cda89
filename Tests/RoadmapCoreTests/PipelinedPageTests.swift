import Testing
import RoadmapCore
@testable import RoadmapRendering

/// A large document's HTML page has its cards written on a second thread while the reader
/// reads on (issue 13): the page must be the one written on one thread.
@Suite struct PipelinedPageTests {
    @Test func valuesArriveInOrderWhateverTheBatches() {
        for (batchSize, inFlight) in [(1, 1), (3, 1), (7, 2), (256, 8)] {
            var seen: [Int] = []
            let pipeline = BatchPipeline<Int>(batchSize: batchSize, inFlight: inFlight) { seen += $0 }
            for k in 0 ..< 1000 { pipeline.add(k) }
            pipeline.finish()
            #expect(seen == Array(0 ..< 1000), "batches of \(batchSize), \(inFlight) in flight")
        }
    }

    @Test func nothingAddedConsumesNothing() {
        var batches = 0
        let pipeline = BatchPipeline<Int> { _ in batches += 1 }
        pipeline.finish()
        #expect(batches == 0)
    }

    /// Every fixture, seed and corpus document, its cards on the second thread, in tiny pieces
    /// and spilled to disk, against the page made whole.
    @Test func everyPageIsThePageWrittenOnOneThread() throws {
        var checked = 0
        for path in ConvertInHalvesTests.documents {
            guard let tree = try? DocumentLoader().syntax(path: path) else { continue }
            let source = SourceDocument(path: path, tree: tree)
            var one: [UInt8] = []
            HTMLRenderer.streamPage(source, title: nil, stamp: nil, parallelFrom: .max) { one += $0 }
            var two: [UInt8] = []
            HTMLRenderer.streamPage(source, title: nil, stamp: nil, pieceSize: 3, spillAfter: 100, parallelFrom: 0) { two += $0 }
            #expect(two == one, "\(path)")
            #expect(String(decoding: one, as: UTF8.self) == HTMLRenderer.page([source.document()]), "\(path)")
            checked += 1
        }
        #expect(checked >= 20)
    }
}
