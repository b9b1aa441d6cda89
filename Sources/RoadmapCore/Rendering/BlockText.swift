/// Block text as the dialect converters need it: joined across lines, or as lines with their
/// common indentation removed.
extension SourceText {
    /// A block's text from `first` on its first line, its other non-blank lines trimmed and
    /// joined with `separator`.
    func joinedText(of b: Block, from first: Range<Int>, separator: String = " ") -> String {
        var parts = [string(trimmed(first.lowerBound ..< contentEnd(ofLine: Int(b.firstLine))))]
        for i in (Int(b.firstLine) + 1) ..< Int(b.endLine) {
            let l = string(trimmed(contentRange(ofLine: i)))
            if !l.isEmpty { parts.append(l) }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: separator)
    }

    /// A block's lines with their common indentation removed and trailing blank lines dropped.
    func rawLines(of b: Block) -> [String] {
        var lines = (Int(b.firstLine) ..< Int(b.endLine)).map { line($0) }
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        return lines.dedented()
    }
}

extension String {
    /// Every line after the first indented by `pad` (to continue a list entry or a quote).
    func indentingContinuationLines(by pad: String) -> String {
        guard !pad.isEmpty, utf8.contains(0x0A) else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + pad.utf8.count * 4)
        for b in utf8 {
            out.append(b)
            if b == 0x0A { out += pad.utf8 }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Sequence where Element: StringProtocol {
    /// The lines with the spaces they all start with removed (blank lines do not count).
    func dedented() -> [String] {
        let lines = Array(self)
        let common = lines.filter { !$0.allSatisfy { $0 == " " } }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { String($0.dropFirst(Swift.min(common, $0.prefix { $0 == " " }.count))) }
    }
}
