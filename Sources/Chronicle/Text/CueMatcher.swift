/// Finds which boilerplate cue phrase (`cues/boilerplate.txt`) a line contains, for every cue
/// at once: an Aho–Corasick automaton over the lower-cased UTF-8 bytes of the phrases.
///
/// The cleaner asks this of every short line; testing the fifty-odd phrases one by one cost a
/// pass over the line per phrase. The automaton reads each byte once. A phrase starting with
/// `^` counts only at the start of the line (after spaces and tabs) and is tested directly;
/// one that also ends with `$` must be the whole line, but for trailing spaces, tabs and a
/// colon (`^related$`: a lone `Related` heads a list of links, `Related talks failed.` is prose).
/// When several phrases match, the one listed first wins, as in the list.
struct CueMatcher: Sendable {
    /// The kind of each cue, in list order.
    let kinds: [String]
    /// Start-of-line phrases (without the `^` and `$`) with their index in `kinds`, and whether
    /// the phrase must be the whole line.
    private let anchored: [(bytes: [UInt8], index: Int, wholeLine: Bool)]
    /// Transitions: `next[state << 8 | byte]`.
    private let next: [UInt16]
    /// The first-listed cue ending at each state (through suffix links), or `Int32.max`.
    private let output: [Int32]

    /// Phrases must already be lower case.
    init(_ cues: [(phrase: String, kind: String)]) {
        kinds = cues.map(\.kind)
        var anchored = [(bytes: [UInt8], index: Int, wholeLine: Bool)]()
        // The trie: goto edges per state, then breadth-first suffix links into a full table.
        var edges: [[UInt8: Int]] = [[:]]
        var output: [Int32] = [Int32.max]
        for (index, cue) in cues.enumerated() {
            var bytes = Array(cue.phrase.utf8)
            if bytes.first == 0x5E {  // ^
                bytes.removeFirst()
                let wholeLine = bytes.last == 0x24  // $
                if wholeLine { bytes.removeLast() }
                anchored.append((bytes, index, wholeLine))
                continue
            }
            guard !bytes.isEmpty else { anchored.append(([], index, false)); continue }  // matches every line
            var state = 0
            for b in bytes {
                if let s = edges[state][b] {
                    state = s
                } else {
                    edges.append([:])
                    output.append(Int32.max)
                    edges[state][b] = edges.count - 1
                    state = edges.count - 1
                }
            }
            output[state] = min(output[state], Int32(index))
        }
        precondition(edges.count < Int(UInt16.max), "too many boilerplate cue bytes")
        var next = [UInt16](repeating: 0, count: edges.count << 8)
        var fail = [Int](repeating: 0, count: edges.count)
        var queue = [Int]()
        for b in 0..<256 {
            if let s = edges[0][UInt8(b)] { next[b] = UInt16(s); queue.append(s) }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            output[state] = min(output[state], output[fail[state]])
            for b in 0..<256 {
                if let s = edges[state][UInt8(b)] {
                    fail[s] = Int(next[fail[state] << 8 | b])
                    next[state << 8 | b] = UInt16(s)
                    queue.append(s)
                } else {
                    next[state << 8 | b] = next[fail[state] << 8 | b]
                }
            }
        }
        self.anchored = anchored
        self.next = next
        self.output = output
    }

    /// The index of the first-listed cue that `line` contains, or nil. `line` is lower case
    /// with leading spaces and tabs removed.
    /// - Complexity: O(n + a·m): one table step per byte, plus the start-of-line phrases.
    func firstCue(in line: UnsafeBufferPointer<UInt8>) -> Int? {
        var best = Int32.max
        next.withUnsafeBufferPointer { next in
            output.withUnsafeBufferPointer { output in
                var state = 0
                for b in line {
                    state = Int(next[state << 8 | Int(b)])
                    best = min(best, output[state])
                }
            }
        }
        for (bytes, index, wholeLine) in anchored where Int32(index) < best {
            if line.starts(with: bytes), !wholeLine || Self.onlyEndsLine(line, after: bytes.count) { best = Int32(index) }
        }
        return best == Int32.max ? nil : Int(best)
    }

    /// `firstCue` of an ASCII line not yet lower-cased: letters are folded as they are read.
    func firstCue(inASCII line: UnsafeBufferPointer<UInt8>) -> Int? {
        var best = Int32.max
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        next.withUnsafeBufferPointer { next in
            output.withUnsafeBufferPointer { output in
                var state = 0
                for b in line {
                    state = Int(next[state << 8 | Int(lower(b))])
                    best = min(best, output[state])
                }
            }
        }
        for (bytes, index, wholeLine) in anchored where Int32(index) < best {
            if line.count >= bytes.count, bytes.indices.allSatisfy({ lower(line[$0]) == bytes[$0] }),
               !wholeLine || Self.onlyEndsLine(line, after: bytes.count) { best = Int32(index) }
        }
        return best == Int32.max ? nil : Int(best)
    }

    /// Whether `line` holds nothing from `offset` on but spaces, tabs and colons.
    private static func onlyEndsLine(_ line: UnsafeBufferPointer<UInt8>, after offset: Int) -> Bool {
        line[offset...].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x3A }
    }
}
