import Dispatch

/// Maps `0 ..< count` on two threads when there is enough work to pay for waking one; the
/// results are in index order, as a plain `map` gives them. For per-section questions a large
/// document asks of every title (its role, its date) while nothing else runs.
enum ParallelMap {
    static func map<T>(_ count: Int, threshold: Int, _ transform: (Int) -> T) -> [T] {
        guard count >= threshold, count >= 2 else { return (0 ..< count).map(transform) }
        let half = count / 2
        let slots = Slots<[T]>(count: 2, value: [])
        withoutActuallyEscaping(transform) { transform in
            let box = UncheckedSendable(transform)
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                slots[k] = (k == 0 ? 0 ..< half : half ..< count).map(box.value)
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
