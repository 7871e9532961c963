import Foundation

/// The unit within which two entities count as appearing together.
public enum CooccurrenceWindow: String, Sendable, CaseIterable {
    /// The same sentence of an article.
    case sentence
    /// The same event (participants and places).
    case event
    /// The same article.
    case document
}

/// How often two entities appear in one window, and how strongly they are associated.
public struct CooccurrenceRow: Sendable, Hashable {
    public let a: EntityRef
    public let b: EntityRef
    /// Windows holding both.
    public let count: Int
    /// Signed log-likelihood ratio (Dunning's G²): large when the pair is both frequent and
    /// more common than chance; negative when they avoid each other.
    public let score: Double
    /// Pointwise mutual information, log2 (observed / expected); favours rare pairs.
    public let pmi: Double

    public init(a: EntityRef, b: EntityRef, count: Int, score: Double, pmi: Double) {
        self.a = a
        self.b = b
        self.count = count
        self.score = score
        self.pmi = pmi
    }
}

/// Association measures over a 2×2 contingency table of windows.
public enum Association {
    /// Signed G² for `both` windows with a and b, `a` with a, `b` with b, of `total` windows.
    public static func logLikelihood(both: Int, a: Int, b: Int, total: Int) -> Double {
        let k11 = Double(both), k12 = Double(a - both), k21 = Double(b - both)
        let k22 = Double(total - a - b + both)
        let n = Double(total)
        guard n > 0 else { return 0 }
        func term(_ k: Double, _ row: Double, _ col: Double) -> Double {
            k > 0 && row > 0 && col > 0 ? k * log(k * n / (row * col)) : 0
        }
        let rowA = k11 + k12, rowNotA = k21 + k22, colB = k11 + k21, colNotB = k12 + k22
        let g2 = 2 * (term(k11, rowA, colB) + term(k12, rowA, colNotB) + term(k21, rowNotA, colB) + term(k22, rowNotA, colNotB))
        let expected = rowA * colB / n
        return k11 >= expected ? g2 : -g2
    }

    /// log2(P(a,b) / (P(a) P(b))).
    public static func pmi(both: Int, a: Int, b: Int, total: Int) -> Double {
        guard both > 0, a > 0, b > 0, total > 0 else { return 0 }
        return log2(Double(both) * Double(total) / (Double(a) * Double(b)))
    }

    /// Rows ordered strongest first: by score, then count, then names (stable output).
    public static func ranked(_ rows: [CooccurrenceRow]) -> [CooccurrenceRow] {
        rows.sorted {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.count != $1.count { return $0.count > $1.count }
            return ($0.a.name, $0.b.name) < ($1.a.name, $1.b.name)
        }
    }
}
