/// What can go wrong reading the gazetteer: always names the file, and the line for data files.
public enum GazetteerError: Error, CustomStringConvertible, Equatable {
    case notFound(searched: [String])
    case unreadable(file: String, reason: String)
    case malformed(file: String, line: Int, reason: String)
    case duplicateId(id: String, file: String, line: Int, firstFile: String, firstLine: Int)
    case unknownReference(file: String, line: Int, id: String)

    public var description: String {
        switch self {
        case .notFound(let searched):
            return "gazetteer not found (looked in: \(searched.joined(separator: ", "))); pass --gazetteer DIR or set CHRONICLE_GAZETTEER"
        case .unreadable(let file, let reason):
            return "\(file): cannot read: \(reason)"
        case .malformed(let file, let line, let reason):
            return "\(file):\(line): \(reason)"
        case .duplicateId(let id, let file, let line, let firstFile, let firstLine):
            return "\(file):\(line): duplicate id '\(id)' (first defined at \(firstFile):\(firstLine))"
        case .unknownReference(let file, let line, let id):
            return "\(file):\(line): unknown entity id '\(id)'"
        }
    }
}
