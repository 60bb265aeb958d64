import Foundation

/// Caps that keep a deck presentable (and its size bounded) however large the cycle.
///
/// The defaults give about 20–30 slides for any cycle, from ten key results to a million.
public struct DeckOptions: Sendable, Hashable {
    /// Wins listed on one slide.
    public var winsPerSlide = 12
    /// Slides of wins at most; the rest are counted ("and 1,234 more").
    public var winSlides = 3
    /// Misses (with their notes) on one slide.
    public var missesPerSlide = 6
    /// Slides of misses at most.
    public var missSlides = 3
    /// With at most this many teams owning OKRs, every team gets a slide of its objectives and KRs;
    /// above it, each top-level team gets one slide summarising its subtree.
    public var teamDetailLimit = 12
    /// Top-level team slides at most; with more top-level teams, the ranking slide stands for them.
    public var teamSlides = 24
    /// Bars on a ranking (teams, sub-teams); with more, the top and bottom halves are shown.
    public var rankingRows = 14
    /// Rows of objectives and key results on one team slide (two columns).
    public var teamRows = 22
    /// Playbook checks listed on the health slide (each with an example on up to two lines).
    public var checkRows = 5
    /// Data problems listed in the appendix.
    public var appendixRows = 12
    /// Organization values shown.
    public var valueRows = 10
    /// Longest title or note shown, in characters (the full text is in the workbook).
    public var textLimit = 160
    /// Team cards on the trends deck (the largest teams); the rest are counted.
    public var trendTeams = 24
    /// Cycles in the trends deck's table (the most recent).
    public var trendTableRows = 10
    /// Teams listed per pattern (goals too safe, over-committing) on the trends deck.
    public var streakRows = 10
    /// Time zone of the date on the title slide.
    public var timeZone: TimeZone = .current

    public init() {}
}
