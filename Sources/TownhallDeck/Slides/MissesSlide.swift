import TownhallCore

/// Misses to reflect on, with the owners' notes.
struct MissesSlide {
    var lede: String
    var items: [KRItem]
    var more: String
    var hasMore: Bool
    /// What the chips' colour means: the outcome, with the goals each missed.
    var key: String
    var hasKey: Bool
    /// What the trajectory lines mean (with check-ins).
    var legend: String
    var hasLegend: Bool
}

extension MissesSlide: SlideContent {
    static let partial = "misses"

    static let template = """
        <header class="head head-split"><div><p class="kicker">Reflect · {{lede}}</p><h2>Misses to reflect on</h2></div>{{#hasKey}}<p class="slide-key"><span>{{key}}</span>{{#hasLegend}}<span class="trail-legend">{{legend}}</span>{{/hasLegend}}</p>{{/hasKey}}</header>
        <div class="misses">{{#items}}<article class="miss"><div class="miss-head"><p class="kr-title">{{title}}</p>{{> trail}}<span class="chip band-{{chip}}">{{score}}</span></div><p class="kr-meta"><span class="tag{{#isCommitted}} tag-committed{{/isCommitted}}">{{type}}</span><span>{{team}}</span>{{#hasOwner}}<span>{{owner}}</span>{{/hasOwner}}{{> krflags}}</p>{{#hasNotes}}<blockquote class="reflection">{{notes}}</blockquote>{{/hasNotes}}{{#needsReflection}}<p class="no-reflection">No reflection yet: every missed commitment deserves one</p>{{/needsReflection}}{{^hasNotes}}{{^needsReflection}}<p class="no-notes">No notes</p>{{/needsReflection}}{{/hasNotes}}</article>{{/items}}</div>
        {{^items}}<p class="empty">Every scored key result landed: nothing missed.</p>{{/items}}
        {{#hasMore}}<p class="more">{{more}}</p>{{/hasMore}}
        """
}

extension DeckBuilder {
    mutating func missSlides() {
        let krs = report.keyResults
        let chosen = digest.topMisses
        let per = max(1, options.missesPerSlide)
        let pages = stride(from: 0, to: max(chosen.count, 1), by: per).map { Array(chosen[$0..<min(chosen.count, $0 + per)]) }
        let total = digest.committedMisses + digest.aspirationalMisses
        var summary = "\(Format.count(digest.committedMisses)) committed · \(Format.count(digest.aspirationalMisses)) aspirational"
        if digest.missingReflections > 0 {
            summary += " · \(Format.count(digest.missingReflections)) without a reflection"
        }
        for (p, page) in pages.enumerated() {
            let isLast = p == pages.count - 1
            let more = isLast && total > chosen.count
                ? "and \(Format.count(total - chosen.count)) more \(total - chosen.count == 1 ? "miss" : "misses"): every one, with its notes, is in the scorecard"
                : ""
            var notes: [String] = []
            if p == 0 {
                if total == 0 {
                    notes.append("No misses this cycle: every scored key result landed. Check the aspirations were ambitious enough.")
                } else {
                    notes.append("\(Format.plural(digest.committedMisses, "committed miss", "committed misses")) and \(Format.plural(digest.aspirationalMisses, "aspirational miss", "aspirational misses")). A miss is a chance to learn, not to blame.")
                    if digest.missingReflections > 0 {
                        notes.append("\(Format.plural(digest.missingReflections, "committed miss", "committed misses")) still \(digest.missingReflections == 1 ? "has" : "have") no reflection: ask the owners to write one this week.")
                    }
                }
            }
            for i in page.prefix(3) {
                let kr = krs[i]
                let n = kr.notes.trimmed
                notes.append("\(name(kr.team)): \(Format.clip(kr.title.trimmed, 80)) (\(Format.score(kr.score))). \(n.isEmpty ? "No reflection yet: ask what we learned." : "Learning: " + Format.clip(n, 120))")
            }
            let lede = total == 0 ? "No misses this cycle." : (pages.count > 1 ? "\(summary) · \(p + 1) of \(pages.count)" : summary)
            var s = SlideView(name: pages.count > 1 ? "Misses to reflect on (\(p + 1) of \(pages.count))" : "Misses to reflect on",
                              kind: "misses", notes: notes)
            s.content = [MissesSlide(lede: lede, items: page.map { item($0, trail: true) }, more: more, hasMore: !more.isEmpty, key: outcomeKey(win: false), hasKey: !page.isEmpty,
                                         legend: trailLegend, hasLegend: !trailLegend.isEmpty && !page.isEmpty)]
            add(s)
        }
    }
}
