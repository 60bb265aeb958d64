/// The trends deck's kinds of slide, with their partials (kept in `DeckTemplates`).
extension TrendLinesSlide: SlideContent {
    static let partial = "trendLines"
    static var template: String { DeckTemplates.trendLines }
}

extension TrendTableSlide: SlideContent {
    static let partial = "trendTable"
    static var template: String { DeckTemplates.trendTable }
}

extension TrendTeamsSlide: SlideContent {
    static let partial = "trendTeams"
    static var template: String { DeckTemplates.trendTeams }
}

extension TrendMoversSlide: SlideContent {
    static let partial = "trendMovers"
    static var template: String { DeckTemplates.trendMovers }
}

extension TrendStreaksSlide: SlideContent {
    static let partial = "trendStreaks"
    static var template: String { DeckTemplates.trendStreaks }
}

extension TrendCadenceSlide: SlideContent {
    static let partial = "trendCadence"
    static var template: String { DeckTemplates.trendCadence }
}

extension TrendGuideSlide: SlideContent {
    static let partial = "trendGuide"
    static var template: String { DeckTemplates.trendGuide }
}
