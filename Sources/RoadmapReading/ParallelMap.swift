import Dispatch

/// Maps `0 ..< count` on two threads when there is enough work to pay for waking one; the
/// results are in index order, as a plain `map` gives them. For the per-section questions a
/// large document asks of every title (its role, its text) while nothing else runs, and for the
/// rows of a large listing.
package enum ParallelMap {
    package static func map<T>(_ count: Int, threshold: Int, _ transform: (Int) -> T) -> [T] {
        chunks(count, threshold: threshold) { range in range.map(transform) }
    }

    /// `transform` maps a range of indices at a time (each thread its half, once), so that
    /// per-thread state is set up once per half rather than once per index.
    package static func chunks<T>(_ count: Int, threshold: Int, _ transform: (Range<Int>) -> [T]) -> [T] {
        guard count >= threshold, count >= 2 else { return transform(0 ..< count) }
        let half = count / 2
        let slots = Slots<[T]>(count: 2, value: [])
        withoutActuallyEscaping(transform) { transform in
            let box = UncheckedSendable(transform)
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                slots[k] = box.value(k == 0 ? 0 ..< half : half ..< count)
            }
        }
        return slots[0] + slots[1]
    }
}

/// A value handed to the two threads of `ParallelMap`: the transforms given to it only read
/// values that no thread writes.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
