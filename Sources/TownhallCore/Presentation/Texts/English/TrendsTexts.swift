extension Texts.English {
    /// English texts of the trends deck (`townhall history`), by slide.
    static let trends = """
    # The deck as a whole
    trends.document = OKR trends · {range}
    trends.document.organization = {organization} · OKR trends · {range}
    trends.range = {first} to {last}
    trends.range.none = no cycle yet
    trends.cycles = {n, plural, one {# cycle} other {# cycles}}
    trends.teams = {n, plural, one {# team} other {# teams}}
    trends.keyResults = {n, plural, one {# key result} other {# key results}}


    # Title
    trends.slide.title = Title
    trends.title.kicker = Cycle over cycle
    trends.title.heading = OKR trends
    trends.title.notes.one = One cycle is archived so far, {range}: this deck shows where we start from; the trends appear from the next cycle.
    trends.title.notes.many = Welcome. These are our OKRs across {n, plural, one {# archived cycle} other {# archived cycles}}, {range}.
    trends.title.notes.agenda = Agenda: the headline figures cycle by cycle, every team's trajectory, the patterns that repeat, and how often we checked in.

    # Cycle over cycle
    trends.slide.lines = Cycle over cycle
    trends.lines.kicker = Cycle over cycle
    trends.lines.heading = How our OKRs scored, cycle by cycle
    trends.lines.chart = Headline figures per cycle
    trends.lines.desc = Overall score per cycle: {overall}. Committed attainment: {committed}. Aspirational mean: {aspirational}.
    trends.lines.series.overall = Overall
    trends.lines.series.committed = Committed
    trends.lines.series.aspirational = Aspirational
    trends.lines.mark.target = target {value}
    trends.lines.mark.sweetSpot = sweet spot {value}
    trends.lines.overall = Overall score
    trends.lines.committed = Committed attainment
    trends.lines.aspirational = Aspirational mean
    trends.lines.detail.best = {cycle} · best {value} in {best}
    trends.lines.detail.sweetSpot = {cycle} · sweet spot {value}
    trends.lines.notes.one = One cycle archived: overall {overall}, committed attainment {committed}, aspirational mean {aspirational}. Lines appear from the next cycle.
    trends.lines.notes.overall = Overall score: {first} in {firstCycle}, {last} in {lastCycle}; {change} on {against}.
    trends.lines.notes.committed = Committed attainment {value}, {change} on {against}. The playbook expects every commitment to land.
    trends.lines.notes.aspirational = Aspirational mean {value}, {change} on {against}. Healthy stretch lands near {target}; {safe} or more means goals too safe.
    trends.lines.lede.one = One cycle archived so far, {cycle}: trends start with the next · dashed: committed target {target}, aspirational sweet spot {sweetSpot}
    trends.lines.lede = {n, plural, one {# cycle} other {# cycles}}, {range} · dashed: committed target {target}, aspirational sweet spot {sweetSpot}
    trends.lines.footnote = Overall: mean of the scored objectives · committed: share of commitments that reached {target} · aspirational: mean score of aspirational key results

    # Cycle by cycle
    trends.slide.table = Cycle by cycle
    trends.table.kicker = The figures
    trends.table.heading = Cycle by cycle
    trends.table.cycle = Cycle
    trends.table.overall = Overall
    trends.table.committed = Committed
    trends.table.aspirational = Aspirational
    trends.table.keyResults = Key results
    trends.table.wins = Wins
    trends.table.misses = Misses
    trends.table.updated = Updated in last {recentDays} days
    trends.table.confidence = Net confidence
    trends.table.more = and {n, plural, one {# earlier cycle} other {# earlier cycles}}: every cycle is in history.json
    trends.table.footnote = Every figure is also in history.json
    trends.table.notes.order = The same figures as numbers, oldest first; the latest cycle is highlighted.
    trends.table.notes.counts = Wins and misses count key results; committed attainment is the share of commitments that reached {target}.
    trends.table.lede.recent = The {shown} most recent of {n, plural, one {# cycle} other {# cycles}}
    trends.table.lede.all = Headline figures of {n, plural, =1 {the archived cycle} other {every archived cycle}}

    # Team by team
    trends.slide.teams = Team by team
    trends.teams.kicker = Team by team
    trends.teams.size = {n, plural, one {# KR} other {# KRs}}
    trends.teams.lastIn = last in {cycle}
    trends.teams.sparkTitle = {team}: score per cycle
    trends.teams.notes.one = Each card is one team's score in {cycle}, largest teams first. From the next cycle, each card shows the team's line over time.
    trends.teams.notes.many = Each card is one team's score over the cycles, largest teams first; the dashed line is {green}.
    trends.teams.notes.hidden = {n, plural, one {# more team is} other {# more teams are}} not shown here: history.json has every team's scores.
    trends.teams.notes.shapes = Look for shapes, not single points: a steady climb, a team that dipped and recovered, one that slid for several cycles.
    trends.teams.lede.largest = The {shown} largest of {n, plural, one {# team} other {# teams}} (all in history.json), by key results
    trends.teams.lede.all = {n, plural, one {# team} other {# teams}}, largest first
    trends.teams.lede.lines = dashed at {green} · ▲▼ vs {cycle}
    trends.teams.lede.bars = bars marked at {green}
    trends.teams.title.one = Every team's score in {cycle}
    trends.teams.title.many = Every team's score over the cycles

    # Biggest movers
    trends.slide.movers = Biggest movers
    trends.movers.kicker = Biggest movers
    trends.movers.up = Up
    trends.movers.down = Down
    trends.movers.none.up = No team's score went up.
    trends.movers.none.down = No team's score went down.
    trends.movers.notes.up = Most improved: {team}, from {before} to {now}. Invite them to share what changed.
    trends.movers.notes.down = Biggest drop: {team}, from {before} to {now}. A drop is a question, not a verdict: new scope, new people, harder goals?
    trends.movers.notes.counts = {up, plural, one {# team improved} other {# teams improved}}, {down} dropped, {same} held steady.
    trends.movers.title = Who moved most since {cycle}
    trends.movers.lede = Team score in {last}, change since {previous} · {n, plural, one {# team} other {# teams}} scored in both
    trends.movers.footnote = {up} improved · {down} dropped · {same} unchanged at two decimals · bars marked at {green}

    # Goals too safe, over-committing
    trends.slide.tooSafe = Goals too safe
    trends.slide.overCommitting = Over-committing
    trends.streaks.kicker.tooSafe = Patterns · goals too safe
    trends.streaks.kicker.overCommitting = Patterns · over-committing
    trends.streaks.title.tooSafe = Goals too safe, two cycles running
    trends.streaks.title.overCommitting = Over-committing, two cycles running
    trends.streaks.lede.tooSafe = Teams whose aspirational key results averaged {safe} or more in consecutive cycles
    trends.streaks.lede.overCommitting = Teams that missed commitments in consecutive cycles
    trends.streaks.lede.count = {n, plural, one {# team} other {# teams}}, {ongoing, plural, =0 {none still} other {# still}} in {latest}{ongoing, plural, =0 {} other { (amber)}}
    trends.streaks.endedAfter = ended after {cycle}
    trends.streaks.detail.tooSafe = aspirational mean {value} in {cycle}
    trends.streaks.detail.overCommitting = {n, plural, one {# commitment} other {# commitments}} missed in {cycle} · {met} met
    trends.streaks.notes.none.tooSafe = No team's aspirations averaged {safe} or more two cycles running: our stretch goals are stretching.
    trends.streaks.notes.none.overCommitting = No team missed commitments two cycles running: commitments are being sized well.
    trends.streaks.notes.tooSafe = {n, plural, one {# team} other {# teams}} set goals too safe two or more cycles running; {ongoing, plural, one {# still does} other {# still do}} in {latest}.
    trends.streaks.notes.overCommitting = {n, plural, one {# team} other {# teams}} missed commitments two or more cycles running; {ongoing, plural, one {# still does} other {# still do}} in {latest}.
    trends.streaks.notes.start = Start with {teams}: a conversation with the team leads, not a ranking.
    trends.streaks.advice.tooSafe.1 = Aspirations averaging {safe} or more were reached almost in full: commitments in disguise.
    trends.streaks.advice.tooSafe.2 = Ask what these teams would attempt if a {target} were celebrated.
    trends.streaks.advice.tooSafe.3 = Move the sure things to committed, and add one genuinely uncertain aspiration.
    trends.streaks.advice.overCommitting.1 = Missing commitments cycle after cycle usually means too many of them, or dependencies outside the team's control.
    trends.streaks.advice.overCommitting.2 = Ask what they would drop to make the rest land.
    trends.streaks.advice.overCommitting.3 = Commit to fewer things; move the uncertain ones to aspirational.
    trends.streaks.empty.tooSafe = No team played it safe two cycles running.
    trends.streaks.empty.overCommitting = No team missed commitments two cycles running.
    trends.streaks.more = and {n, plural, one {# more team} other {# more teams}}: history.json lists every one
    trends.streaks.talking = Talking about it

    # Review rhythm over time
    trends.slide.cadence = Review rhythm over time
    trends.cadence.kicker = Review rhythm over time
    trends.cadence.heading = How often we checked in, cycle by cycle
    trends.cadence.share.chart = Key results updated in the cycle's last {recentDays} days
    trends.cadence.share.desc = Share of key results updated in the last {recentDays} days of each cycle: {values}.
    trends.cadence.share.series = Updated
    trends.cadence.confidence.chart = Net confidence at the last check-in
    trends.cadence.confidence.desc = Net confidence (share of key results on track minus share off track) per cycle: {values}.
    trends.cadence.confidence.series = Confidence
    trends.cadence.updated = Updated in the last {recentDays} days
    trends.cadence.between = Between updates
    trends.cadence.between.detail = median gap in {cycle}
    trends.cadence.confidence = Net confidence
    trends.cadence.confidence.detail = on track minus off track
    trends.cadence.notes.share = How often we checked in, cycle by cycle: {share} of key results were updated in the last {recentDays} days of {cycle}, with a median gap of {gap}.
    trends.cadence.notes.change = That is {change} on {against}.
    trends.cadence.notes.confidence = Net confidence is the share of key results on track at their last check-in minus the share off track.
    trends.cadence.notes.without = {n, plural, one {# cycle} other {# cycles}} had no check-ins: gaps in the lines.
    trends.cadence.lede = From each cycle's check-ins
    trends.cadence.lede.without = {n, plural, one {# cycle} other {# cycles}} without check-ins left blank
    trends.cadence.footnote = Median days between updates: {gaps}
    trends.cadence.noCheckIns = no check-ins

    # How to read it
    trends.slide.guide = How to read it
    trends.guide.kicker = How to read it
    trends.guide.heading = What the trends mean
    trends.guide.overall = Overall score
    trends.guide.overall.text = Mean of the scored objectives, 0 to 1: green from {green}, amber from {yellow}.
    trends.guide.committed = Committed attainment
    trends.guide.committed.text = Share of committed key results that reached {target}. The playbook expects all of them: the dashed line at {target}.
    trends.guide.aspirational = Aspirational mean
    trends.guide.aspirational.text = Mean score of aspirational key results. About {sweetSpot} is healthy stretch; {safe} or more means the goals were too safe.
    trends.guide.arrows.text = Change since the cycle before: green when better, red when worse, grey when unchanged at the precision shown.
    trends.guide.tooSafe = Goals too safe
    trends.guide.tooSafe.text = A team whose aspirational key results averaged {safe} or more in two or more cycles in a row.
    trends.guide.overCommitting = Over-committing
    trends.guide.overCommitting.text = A team that missed at least one commitment in two or more cycles in a row.
    trends.guide.rhythm = Review rhythm
    trends.guide.rhythm.text = From each cycle's check-ins: share of key results updated in its last {recentDays} days, median days between updates, net confidence (on track minus off track).
    trends.guide.matching = Cycles and teams
    trends.guide.matching.text = Cycles in date order (by name when undated). Teams are matched by name: a renamed team starts a new line.
    trends.guide.notes.source = Every figure here comes from the archive that `townhall report --archive` fills, one cycle at a time.
    trends.guide.notes.thresholds = Thresholds in force: {green} green, {sweetSpot} sweet spot, {safe} too safe; history.json has every number.
    trends.guide.footnote = From the archive: {n, plural, one {# cycle} other {# cycles}}, {first} to {last} · generated {date} · every figure is in history.json
    """
}
