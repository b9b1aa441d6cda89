import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// Result slots for work spread over threads: each thread writes only its own index, and the
/// values are read after all threads have finished (`concurrentPerform` returns after them).
/// The storage is a raw buffer, so writers touch no shared Swift property.
final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Value>
    let count: Int

    init(count: Int, value: Value) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: value, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    subscript(index: Int) -> Value {
        get { storage[index] }
        set { storage[index] = newValue }
    }
}
