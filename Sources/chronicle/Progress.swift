import Foundation

/// The batch's status on standard error: a progress bar redrawn in place while articles are
/// ingested, and the messages (warnings, skipped files) printed above it.
///
/// The bar is drawn only when standard error is a terminal: cron mail, logs and pipes get the
/// messages and the summary line alone, with no carriage returns or escape codes.
final class Progress {
    let total: Int
    let isTerminal: Bool
    private var done = 0
    private var drawn: String?
    private let write: (String) -> Void

    init(total: Int, isTerminal: Bool = isatty(STDERR_FILENO) == 1,
         write: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.total = total
        self.isTerminal = isTerminal
        self.write = write
    }

    /// Marks one more article handled; redraws only when the visible bar changes.
    func advance() {
        done += 1
        guard isTerminal, total > 1 else { return }
        let line = bar()
        if line != drawn {
            write("\r" + line)
            drawn = line
        }
    }

    /// Prints one line (`chronicle: …`) above the bar, then puts the bar back.
    func message(_ text: String) {
        clear()
        write(text + "\n")
        if isTerminal, total > 1, done > 0 {
            drawn = bar()
            write("\r" + drawn!)
        }
    }

    /// Removes the bar so the summary line starts on a clean line.
    func finish() { clear() }

    private func clear() {
        guard drawn != nil else { return }
        write("\r\u{1B}[K")
        drawn = nil
    }

    /// `[#########           ]  45% 450/1000`
    private func bar(width: Int = 30) -> String {
        let filled = total == 0 ? width : min(done, total) * width / total
        let percent = total == 0 ? 100 : min(done, total) * 100 / total
        let count = String(percent)
        return "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] "
            + String(repeating: " ", count: max(0, 3 - count.count)) + count + "% \(done)/\(total)"
    }
}
