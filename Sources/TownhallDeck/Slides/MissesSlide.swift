import TownhallCore

/// Misses to reflect on, with the owners' notes.
struct MissesSlide: SlideContent {
    static let template = """
        {{#heading}}{{> keyedHeading}}{{/heading}}
        <div class="misses">{{#items}}<article class="miss"><div class="miss-head"><p class="kr-title">{{title}}</p>{{> trail}}<span class="chip band-{{chip}}">{{score}}</span></div><p class="kr-meta"><span class="tag{{#isCommitted}} tag-committed{{/isCommitted}}">{{type}}</span><span>{{team}}</span>{{#owner}}<span>{{.}}</span>{{/owner}}{{> krflags}}</p>{{#notes}}<blockquote class="reflection">{{.}}</blockquote>{{/notes}}{{#needsReflection}}<p class="no-reflection">{{words.misses.t.noReflectionYet}}</p>{{/needsReflection}}{{^notes}}{{^needsReflection}}<p class="no-notes">{{words.misses.t.noNotes}}</p>{{/needsReflection}}{{/notes}}</article>{{/items}}</div>
        {{^items}}<p class="empty">{{words.misses.t.everyScoredKey}}</p>{{/items}}
        {{#more}}<p class="more">{{.}}</p>{{/more}}
        """

    var heading: KeyedHeading
    var items: [KRItem]
    var more: [String]
}

extension DeckBuilder {
    mutating func missSlides() {
        let krs = report.keyResults
        let chosen = digest.topMisses
        let per = max(1, options.missesPerSlide)
        let pages = stride(from: 0, to: max(chosen.count, 1), by: per).map { Array(chosen[$0..<min(chosen.count, $0 + per)]) }
        let total = digest.committedMisses + digest.aspirationalMisses
        var summary = say("misses.committedAspirational", ["committedMisses": .count(digest.committedMisses), "aspirationalMisses": .count(digest.aspirationalMisses)])
        if digest.missingReflections > 0 {
            summary = say("misses.summaryUnreflected", ["summary": .text(summary), "n": .count(digest.missingReflections)])
        }
        for (p, page) in pages.enumerated() {
            let isLast = p == pages.count - 1
            let more = isLast && total > chosen.count
                ? say("misses.more", ["n": .count(total - chosen.count)])
                : ""
            var notes: [String] = []
            if p == 0 {
                if total == 0 {
                    notes.append(say("misses.noMissesThis"))
                } else {
                    notes.append(say("misses.andAMiss", ["committedMisses": .text(many(digest.committedMisses, .committedMisses)), "aspirationalMisses": .text(many(digest.aspirationalMisses, .aspirationalMisses))]))
                    if digest.missingReflections > 0 {
                        notes.append(say("misses.note.unreflected", ["n": .count(digest.missingReflections)]))
                    }
                }
            }
            for i in page.prefix(3) {
                let kr = krs[i]
                let n = kr.notes.trimmed
                notes.append(n.isEmpty ? say("misses.note.noReflection", ["team": .text(name(kr.team)), "title": .text(Format.clip(kr.title.trimmed, 80)), "score": .score(kr.score)])
                    : say("misses.note.learning", ["team": .text(name(kr.team)), "title": .text(Format.clip(kr.title.trimmed, 80)), "score": .score(kr.score), "learning": .text(Format.clip(n, 120))]))
            }
            let lede = total == 0 ? say("misses.noMissesThis2") : (pages.count > 1 ? say("misses.of", ["summary": .text(summary), "p": .count(p + 1), "pages": .count(pages.count)]) : summary)
            var s = SlideView(name: pages.count > 1 ? say("misses.missesToReflect", ["p": .count(p + 1), "pages": .count(pages.count)]) : say("misses.missesToReflect2"),
                              kind: "misses", notes: notes)
            s.content = [MissesSlide(heading: keyedHeading(say("misses.t.reflect"), say("misses.t.missesToReflect"), lede: lede,
                                                           win: false, shows: !page.isEmpty),
                                     items: page.map { item($0, trail: true) }, more: optionalText(more))]
            add(s)
        }
    }
}
