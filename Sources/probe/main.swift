import Glibc
import RoadmapCore
let mode = CommandLine.arguments[1]
let t = try! DocumentLoader().syntax(path: CommandLine.arguments[2])
if mode == "scan" { print(t.blocks.count, MemoryLayout<Block>.stride); exit(0) }
let d = DocumentReader.read(t, path: "x", detail: mode == "outline" ? .outline : .full)
print(d.items.count)
