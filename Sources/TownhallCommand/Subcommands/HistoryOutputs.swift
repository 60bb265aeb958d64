import TownhallCore
import TownhallDeck
import TownhallJSON
import TownhallXlsx

/// The files `history` writes.
enum HistoryOutputs {
    static func stage(_ history: HistoryReport, into folder: inout OutputFolder) throws {
        try folder.stage("history.json", bytes: HistoryJSON.render(history))
        do { try folder.stage("history-trends.html", bytes: Array(try TrendsDeckRenderer.render(history).utf8)) } catch let e as DeckError {
            throw Failure(.cannotCreate, "history-trends.html: cannot render the deck: \(e)")
        }
        try folder.stage("history-trends.xlsx") { path in
            do { try TrendsWorkbookWriter.write(history, to: path) } catch {
                throw Failure(.cannotCreate, "history-trends.xlsx: \(error.localizedDescription)")
            }
        }
    }
}
