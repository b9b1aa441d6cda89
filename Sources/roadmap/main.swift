import RoadmapCore
let args = CommandLine.arguments.dropFirst()
var docs: [Document] = []
for p in args { docs.append(try DocumentLoader().document(path: p)) }
print(JSONRenderer.render(docs), terminator: "")
