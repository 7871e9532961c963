// Temporary stand-in until the temporal tagger lands; replaced wholesale.
public enum TimexType: String, Sendable, Codable { case date = "DATE", time = "TIME", duration = "DURATION", set = "SET" }
public struct TimeExpression: Sendable, Equatable {
    public let span: Span
    public let type: TimexType
    public let value: String
    public let range: TimeRange?
    public let mod: String?
    public let rule: String
}
public struct TimeLexicon: Sendable {
    public static func load(directory: String) throws -> TimeLexicon { TimeLexicon() }
}
public struct TimeTagger: Sendable {
    public init(lexicon: TimeLexicon) {}
    public func tag(bytes: [UInt8], tokens: [Token], sentences: [Sentence], anchor: LocalDateTime?) -> [TimeExpression] { [] }
}
