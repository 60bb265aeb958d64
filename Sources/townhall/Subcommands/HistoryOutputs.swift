import TownhallCore
import TownhallJSON

/// The files `history` writes.
enum HistoryOutputs {
    static func stage(_ history: HistoryReport, into folder: inout OutputFolder) throws {
        try folder.stage("history.json", bytes: HistoryJSON.render(history))
    }
}
