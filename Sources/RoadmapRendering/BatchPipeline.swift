import Dispatch

/// Values handed, in batches and in order, to work done on another thread while the caller
/// goes on making the next ones: a large HTML page's cards are written while the reader reads
/// the items after them.
///
/// At most `inFlight` batches wait at a time, so a consumer slower than its producer holds the
/// producer back rather than letting values pile up in memory.
final class BatchPipeline<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `batch` is touched by the producer alone, `consume` runs on `queue` alone,
    // and `finish` waits for the queue before anyone reads what `consume` wrote.
    private let queue = DispatchQueue(label: "roadmap.batch-pipeline")
    private let slots: DispatchSemaphore
    private let batchSize: Int
    private var batch: [Value] = []
    private let consume: ([Value]) -> Void

    /// `consume` gets the values in the order `add` was given them, a batch at a time, on
    /// another thread.
    init(batchSize: Int = 64, inFlight: Int = 4, consume: @escaping ([Value]) -> Void) {
        self.batchSize = max(1, batchSize)
        slots = DispatchSemaphore(value: max(1, inFlight))
        self.consume = consume
        batch.reserveCapacity(self.batchSize)
    }

    /// Hands `value` on (with the next full batch).
    func add(_ value: Value) {
        batch.append(value)
        if batch.count >= batchSize { send() }
    }

    /// Hands on what is left and waits until every value is consumed.
    func finish() {
        if !batch.isEmpty { send() }
        queue.sync {}
    }

    private func send() {
        let values = batch
        batch = []
        batch.reserveCapacity(batchSize)
        slots.wait()
        queue.async {
            self.consume(values)
            self.slots.signal()
        }
    }
}
