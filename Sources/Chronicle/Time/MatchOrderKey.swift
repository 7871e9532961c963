/// What `TimeTagger.longestFirst` orders matches by, without their bindings: longest first,
/// then earlier rule, then earlier start. `index` is the match's place in its list.
struct MatchOrderKey {
    let length: Int
    let rule: Int
    let start: Int
    let index: Int

    /// The order of `longestFirst`: longer, then earlier rule, then earlier start.
    @inline(__always)
    static func precedes(_ x: MatchOrderKey, _ y: MatchOrderKey) -> Bool {
        if x.length != y.length { return x.length > y.length }
        if x.rule != y.rule { return x.rule < y.rule }
        return x.start < y.start
    }
}
