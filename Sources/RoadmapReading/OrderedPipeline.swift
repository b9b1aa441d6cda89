import Dispatch

/// Work on numbered chunks that two background threads do while the caller's thread takes
/// the results in order: the caller handles chunk 0 while chunks 1 and 2 are being made.
///
/// A large document's items are read this way: reading a chunk of sections needs only shared,
/// read-only state, while what the caller does with the items (ids in document order, the
/// caller's sink) must happen one item after another. Waiting for both threads at every step
/// left a core idle during the caller's part; here it never waits unless it is ahead.
package enum OrderedPipeline {
    /// Calls `work` for chunks `0 ..< count` on `workers` threads, at most `window` chunks ahead
    /// of `consume`, and `consume` with each result on the calling thread, in chunk order.
    /// A result is dropped once consumed, so at most `window` results are held at a time.
    package static func run<T>(count: Int, workers: Int = 2, window: Int = 3, work: @escaping @Sendable (Int) -> T, consume: (T) -> Void) {
        guard count > 0 else { return }
        let window = max(window, workers)
        let results = Slots<T?>(count: count, value: nil)
        // `done[c]`: chunk c is made. `mayStart[c]`: chunk c - window is consumed, so making
        // chunk c keeps at most `window` results waiting. Per-chunk gates, not one shared
        // counter: a thread can never take the turn of an earlier chunk the caller waits for.
        let done = (0 ..< count).map { _ in DispatchSemaphore(value: 0) }
        // (Every semaphore starts at 0 and ends at 0: libdispatch traps when one is released
        // below the value it was made with.)
        let mayStart = (0 ..< count).map { _ in DispatchSemaphore(value: 0) }
        for c in 0 ..< min(window, count) { mayStart[c].signal() }
        let gates = Gates(done: done, mayStart: mayStart)
        let threads = min(workers, count)
        for w in 0 ..< threads {
            DispatchQueue.global().async {
                var c = w
                while c < count {
                    gates.mayStart[c].wait()
                    results[c] = work(c)
                    gates.done[c].signal()
                    c += threads
                }
            }
        }
        for c in 0 ..< count {
            done[c].wait()
            let result = results[c]!
            results[c] = nil
            if c + window < count { mayStart[c + window].signal() }
            consume(result)
        }
    }
}

/// The semaphores the threads of one `OrderedPipeline` run share (semaphores are thread-safe).
private struct Gates: @unchecked Sendable {
    let done: [DispatchSemaphore]
    let mayStart: [DispatchSemaphore]
}
