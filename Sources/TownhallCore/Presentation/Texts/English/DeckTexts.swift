extension Texts.English {
    /// English texts of the town-hall deck, grouped by where they show: the frame and the help
    /// overlay, then slide by slide in the deck's order.
    static let deck = """
    # The frame, the script and the help overlay
    deck.frame.title = {cycle} town hall
    deck.frame.titleOf = {organization} · {cycle} town hall
    deck.frame.carousel = carousel
    deck.frame.slide = slide
    deck.frame.slideOf = {n} of {total}
    deck.frame.notes = Speaker notes
    deck.frame.notesOf = Speaker notes, slide {n}
    deck.script.where = {n} of {total}: {name}
    deck.script.next = Next: {name}
    deck.script.last = Last slide
    deck.script.live = Slide {n} of {total}: {name}
    deck.help.title = Keyboard shortcuts
    deck.help.keySpace = Space
    deck.help.keyShift = Shift
    deck.help.keyPageDown = PageDown
    deck.help.keyPageUp = PageUp
    deck.help.keyHome = Home
    deck.help.keyEnd = End
    deck.help.keyEsc = Esc
    deck.help.orClick = or click
    deck.help.next = Next slide
    deck.help.previous = Previous slide
    deck.help.firstLast = First, last slide
    deck.help.overview = Overview of all slides
    deck.help.notes = Speaker notes
    deck.help.fullScreen = Full screen
    deck.help.black = Black screen
    deck.help.help = This help
    deck.help.print = Each slide has its own address (#3); print to PDF for one slide a page.

    # Figures, units and changes
    deck.unit.days = {n, plural, one {# day} other {# days}}
    deck.unit.daysDecimal = {days} days
    deck.unit.pts = {n, plural, one {# pt} other {# pts}}
    deck.unit.points = {n, plural, one {# point} other {# points}}
    deck.delta.up = up
    deck.delta.down = down
    deck.delta.unchanged = unchanged
    deck.delta.against = vs {cycle}
    deck.delta.new = new
    deck.delta.since = since {cycle}
    deck.delta.notComparable = not comparable
    deck.delta.unchangedSpoken = unchanged
    deck.delta.upBy = up {amount}
    deck.delta.downBy = down {amount}

    # Lists in a sentence: a, b, c
    deck.list.pair = {a}, {b}
    deck.list.sentences = {a} {b}

    # Counted things
    deck.n.keyResults = {n, plural, one {# key result} other {# key results}}
    deck.n.objectives = {n, plural, one {# objective} other {# objectives}}
    deck.n.teams = {n, plural, one {# team} other {# teams}}
    deck.n.scoredObjectives = {n, plural, one {# scored objective} other {# scored objectives}}
    deck.n.scoredKRs = {n, plural, one {# scored KR} other {# scored KRs}}
    deck.n.wins = {n, plural, one {# win} other {# wins}}
    deck.n.misses = {n, plural, one {# miss} other {# misses}}
    deck.n.checkIns = {n, plural, one {# check-in} other {# check-ins}}
    deck.n.subTeams = {n, plural, one {# sub-team} other {# sub-teams}}
    deck.n.topLevelTeams = {n, plural, one {# top-level team} other {# top-level teams}}
    deck.n.findings = {n, plural, one {# finding} other {# findings}}
    deck.n.checks = {n, plural, one {# check} other {# checks}}
    deck.n.rowProblems = {n, plural, one {# row problem} other {# row problems}}
    deck.n.rejectedRows = {n, plural, one {# rejected row} other {# rejected rows}}
    deck.n.scoredKeyResults = {n, plural, one {# scored key result} other {# scored key results}}
    deck.n.moreKeyResults = {n, plural, one {# more key result} other {# more key results}}
    deck.n.moreValues = {n, plural, one {# more value} other {# more values}}
    deck.n.moreChecks = {n, plural, one {# more check} other {# more checks}}
    deck.n.moreTeams = {n, plural, one {# more team} other {# more teams}}
    deck.n.moreTopLevelTeams = {n, plural, one {# more top-level team} other {# more top-level teams}}
    deck.n.missingReflections = {n, plural, one {# missing reflection} other {# missing reflections}}
    deck.n.dataProblems = {n, plural, one {# data problem} other {# data problems}}
    deck.n.committedMisses = {n, plural, one {# committed miss} other {# committed misses}}
    deck.n.aspirationalMisses = {n, plural, one {# aspirational miss} other {# aspirational misses}}

    # A key result in a list
    deck.type.committed = Committed
    deck.type.aspirational = Aspirational
    deck.type.mixed = Mixed
    deck.type.committedLower = committed
    deck.type.aspirationalLower = aspirational
    deck.kr.stretch = {percent} of target
    deck.kr.carriedOver = carried over
    deck.kr.missedCommitment = missed commitment
    deck.kr.noCheckIns = no check-ins
    deck.kr.neverUpdated = never updated
    deck.kr.quietSince = quiet since {day}
    deck.kr.dropped = dropped
    deck.kr.unscored = unscored
    deck.kr.sparkTitle = Score over the cycle
    deck.kr.sparkDesc = {n, plural, one {# check-in} other {# check-ins}}: {points}.
    deck.kr.sparkDescFinal = {n, plural, one {# check-in} other {# check-ins}}: {points}. Final score {score}.
    deck.kr.sparkPoint = {score} on {day}
    deck.kr.trailLegend = Lines: each key result's score at its check-ins over the cycle, dashed at its goal
    deck.key.bands = Colour: score band · green ≥ {green} · amber ≥ {yellow} · red below · bars marked at {green}
    deck.key.wins = Colour is the outcome: every one a win
    deck.key.misses = Colour is the outcome: every one a miss (goals: committed {committed}, aspirational {aspirational})

    # Title
    deck.title.name = Title
    deck.title.kicker = OKR town hall
    deck.title.subtitle = Closing the cycle
    deck.title.logo = {organization} logo
    deck.title.facts = {keyResults} · {objectives} · {teams}
    deck.title.note.welcome = Welcome to the {cycle} town hall. We close the cycle by celebrating what we won and reflecting on what we missed.
    deck.title.note.welcomeOf = Welcome to the {cycle} town hall of {organization}. We close the cycle by celebrating what we won and reflecting on what we missed.
    deck.title.note.cycle = This cycle: {facts}.
    deck.title.note.cycleCompared = This cycle: {facts}. We compare it with {previous} throughout.
    deck.title.note.agenda = Agenda: the cycle at a glance, commitments and aspirations,{checkIns, select, yes { how the cycle unfolded week by week,} other {}} wins, misses, team by team,{checkIns, select, yes { our review rhythm,} other {}} playbook health, and what carries forward.

    # The cycle at a glance
    deck.glance.overallScore = Overall score
    deck.glance.meanOf = mean of {scoredObjectives}
    deck.glance.committedAttainment = Committed attainment
    deck.glance.ofCommitmentsMet = {met} of {scored} commitments met
    deck.glance.aspirationalMean = Aspirational mean
    deck.glance.sweetSpot = {scoredKRs} · sweet spot {aspirationalTarget}
    deck.glance.wins = Wins
    deck.glance.ofScoredKey = {scored} of scored key results
    deck.glance.misses = Misses
    deck.glance.committedAspirational = {committedMisses} committed · {aspirationalMisses} aspirational
    deck.glance.keyResults = Key results
    deck.glance.scored = {scored} scored
    deck.glance.unscored = {unscored} unscored
    deck.glance.dropped = {dropped} dropped
    deck.glance.teams = Teams
    deck.glance.overallScoreThe = Overall score {overallScore}: the mean of {scoredObjectives}.
    deck.glance.committedAttainmentOf = Committed attainment {attainment}: {met} of {scored} commitments landed at {committedWin}.
    deck.glance.aspirationalKeyResults = Aspirational key results averaged {meanScore}, against a sweet spot of {aspirationalTarget}.
    deck.glance.andAmongScored = {wins} and {misses} among {scored} scored key results.
    deck.glance.couldNotBe = {keyResults} could not be scored: see the appendix.
    deck.glance.againstOverallScore = Against {vs}: overall score {overallScore}, committed attainment {points}, aspirational mean {aspirationalMean}; {wins} wins and {misses} misses.
    deck.glance.theCycleAt = The cycle at a glance
    deck.glance.comparedWith = {displayName} · compared with {vs}

    # Committed vs aspirational
    deck.balance.committedAttainment = Committed attainment
    deck.balance.committedAttainmentIs = Committed attainment is {attainment}; the playbook expects 100%.
    deck.balance.aspirationalMeanScore = Aspirational mean score
    deck.balance.aspirationalKeyResults = Aspirational key results averaged {meanScore}; the playbook expects about {target}, and {safe} or more means too safe.
    deck.balance.sweetSpot = sweet spot {target}
    deck.balance.tooSafe = too safe
    deck.balance.committed = Committed
    deck.balance.aspirational = Aspirational
    deck.balance.committedVsAspirational = Committed vs aspirational
    deck.balance.thePlaybookA = The playbook: a commitment is a promise and should land at {committedWin}; an aspiration is a stretch, and about {target} is success.
    deck.balance.playbookCommittedLands = Playbook: committed lands at {committedWin} · aspirational near {target} · {safe} or more means goals too safe

    # Score distribution
    deck.distribution.green = Green
    deck.distribution.amber = Amber
    deck.distribution.red = Red
    deck.distribution.text = {value} {band} ({total})
    deck.distribution.legendLabel = {band} {range}
    deck.distribution.bucket = {bucket}: {n}
    deck.distribution.keyResultsBy = Key results by band
    deck.distribution.scoredKeyResults = Scored key results by band: {words}.
    deck.distribution.keyResultsBy2 = Key results by score
    deck.distribution.scoredKeyResults2 = Scored key results by score, in steps of 0.1 from 0 to 1, then exactly 1.0: {bucketWords}.
    deck.distribution.ofScoredKey = Of {total} scored key results: {words}.
    deck.distribution.exactly = exactly 1.0
    deck.distribution.theMostCommon = The most common score is {range}, with {keyResults}.
    deck.distribution.aHealthyCycle = A healthy cycle shows commitments bunched at 1.0 and aspirations spread around {aspirationalTarget}.
    deck.distribution.scoreDistribution = Score distribution
    deck.distribution.scoredKeyResults3 = {total} scored key results · {unscored} unscored and {dropped} dropped not shown

    # How the quarter unfolded (check-ins)
    deck.unfolded.all = All
    deck.unfolded.committed = Committed
    deck.unfolded.aspirational = Aspirational
    deck.unfolded.to = {start} to {end}
    deck.unfolded.meanScoreWeek = Mean score week by week
    deck.unfolded.committed2 = committed {committedWin}
    deck.unfolded.sweetSpot = sweet spot {aspTarget}
    deck.unfolded.weekByWeek = Week by week, the mean score of our key results went from {firstMean} to {final}, {span}.
    deck.unfolded.halfway = Halfway
    deck.unfolded.endOfWeek = end of week {mid}, {end} · {share} of the final mean
    deck.unfolded.atTheHalfway = At the halfway mark we stood at {h}, under half of where we ended: most progress came late. Were plans back-loaded, or did check-ins lag the work?
    deck.unfolded.atTheHalfway2 = At the halfway mark we stood at {h}, {share} of where we ended: steady progress through the {word, select, quarter {quarter} other {cycle}}.
    deck.unfolded.biggestWeek = Biggest week
    deck.unfolded.weekTo = week {week}, to {end}
    deck.unfolded.theBiggestWeek = The biggest week was week {week} (to {end}), when the mean rose by {gain}.
    deck.unfolded.committed3 = committed {value}
    deck.unfolded.aspirational2 = aspirational {value}
    deck.unfolded.lastWeek = Last week
    deck.unfolded.meanOfThe = mean of {keyResults}, not of objectives like the overall score ({overallScore})
    deck.unfolded.allKeyResults = All key results
    deck.unfolded.desc = Mean score of the key results at the end of each of the {n} weeks, {span}.
    deck.unfolded.descSeries = {name}: {values}.
    deck.unfolded.note.lastWeek = In the last week: {parts}; commitments aim at {committedWin}, aspirations at about {target}.
    deck.unfolded.theseLinesCome = These lines come from the check-ins; the final scores elsewhere in the deck come from the export, and the overall score is a mean of objectives, so the two can differ a little.
    deck.unfolded.howTheUnfolded = How the {word, select, quarter {quarter} other {cycle}} unfolded
    deck.unfolded.weekByWeek2 = Week by week
    deck.unfolded.meanScoreOf = Mean score of our key results at the end of each week, {span}
    deck.unfolded.eachKeyResult = Each key result counts from its first check-in, at its latest score · {counted} of {scoredKeyResults} checked in · dashed: committed {committedWin}, aspirational sweet spot {aspTarget}

    # Wins to celebrate
    deck.wins.noKeyResult = No key result was a win this cycle. Say so plainly, then look for what still moved.
    deck.wins.celebrateAcrossRead = Celebrate {wins} across {teams}. Read out the names: owners made these happen.
    deck.wins.inviteOneOwner = Invite one owner to share in a sentence what made it work.
    deck.wins.noWinsThis = No wins this cycle.
    deck.wins.acrossOf = {wins} across {teams} · {p} of {pages}
    deck.wins.across = {wins} across {teams}
    deck.wins.winsToCelebrate = Wins to celebrate ({p} of {pages})
    deck.wins.winsToCelebrate2 = Wins to celebrate
    deck.wins.more = and {n} more {n, plural, one {win} other {wins}} from {teams}: every one is in the scorecard
    deck.wins.note.win = {team}: {title} ({score}).
    deck.wins.note.thank = {team}: {title} ({score}): thank {owner}.

    # Misses to reflect on
    deck.misses.committedAspirational = {committedMisses} committed · {aspirationalMisses} aspirational
    deck.misses.noMissesThis = No misses this cycle: every scored key result landed. Check the aspirations were ambitious enough.
    deck.misses.andAMiss = {committedMisses} and {aspirationalMisses}. A miss is a chance to learn, not to blame.
    deck.misses.noMissesThis2 = No misses this cycle.
    deck.misses.of = {summary} · {p} of {pages}
    deck.misses.missesToReflect = Misses to reflect on ({p} of {pages})
    deck.misses.missesToReflect2 = Misses to reflect on
    deck.misses.summaryUnreflected = {summary} · {n} without a reflection
    deck.misses.more = and {n} more {n, plural, one {miss} other {misses}}: every one, with its notes, is in the scorecard
    deck.misses.note.unreflected = {n, plural, one {# committed miss still has} other {# committed misses still have}} no reflection: ask the owners to write one this week.
    deck.misses.note.noReflection = {team}: {title} ({score}). No reflection yet: ask what we learned.
    deck.misses.note.learning = {team}: {title} ({score}). Learning: {learning}

    # Team by team
    deck.teamTeams.teamsAtA = Teams at a glance
    deck.teamTeams.partOf = part of {parent} · {keyResults}
    deck.teamTeams.position = {n} of {total}
    deck.teamTeams.leadership = leadership
    deck.teamTeams.committed = {teams} · {keyResults} · committed {committedAttainment}
    
    # Teams at a glance
    deck.ranking.more = … {more} …
    deck.ranking.highestAtLowest = Highest {rollup, select, yes {roll-up} other {score}}: {best} at {best2}; lowest: {worst} at {worst2}.
    deck.ranking.ofInThe = {green} of {what} in the green band, {red} in red.
    deck.ranking.biggestImprovementSince = Biggest improvement since {previousName}: {up}, {up2}.
    deck.ranking.biggestDropAsk = Biggest drop: {down}, {down2}. Ask what changed.
    deck.ranking.lowScoresAre = Low scores are a conversation starter: ask what the team needs, not who is to blame.
        deck.ranking.tooManyFor = {topLevelTeams}: too many for a slide each; every team is in the scorecard
    deck.ranking.lede = {what}, by {rollup, select, yes {roll-up} other {score}} · bars marked at {green}
    deck.ranking.ledeCompared = {what}, by {rollup, select, yes {roll-up} other {score}} · bars marked at {green} · ▲▼ vs {previous}

    # A team
        deck.team.andInThe = and {moreKeyResults} in the scorecard
    deck.team.committed = Committed
    deck.team.aspirational = Aspirational
    deck.team.meanScore = mean score
    deck.team.winsMisses = Wins / misses
    deck.team.of = of {scoredKRs}
    deck.team.rollUp = Roll-up
    deck.team.with = with {subTeams}
    deck.team.updated = Updated
    deck.team.inTheLast = in the last {recentDays} days
    deck.team.scoreOverAnd = {name}: score {value} over {objectives} and {keyResults}.
    deck.team.scoreOverAndCompared = {name}: score {value} over {objectives} and {keyResults}. That is {change} on {previous}.
    deck.team.lede = {objectives} · {keyResults}
    deck.team.ledePartOf = Part of {parent} · {objectives} · {keyResults}
    deck.team.carriedOverFrom = {keyResults} carried over from {previousName}: is each still the right goal?
    deck.team.strongestObjectiveNeeds = Strongest objective: {title} ({best}). Needs attention: {title2} ({worst}).
    deck.team.askTheTeam = {wins}, {misses}. Ask the team lead for one highlight and one learning.
    deck.team.team = Team: {name}
    deck.team.teamByTeam = Team by team · {position}

    # A top-level team and its subtree
    deck.group.moreTeams = … {hidden} more teams …
    deck.group.committedAttainment = Committed attainment
    deck.group.ofMet = {committedMet} of {committedScored} met
    deck.group.aspirationalMean = Aspirational mean
    deck.group.winsMisses = Wins / misses
    deck.group.of = of {scoredKRs}
    deck.group.andEverythingUnder = {name} and everything under it: roll-up {rollupScore} across {teams} and {keyResults}.
    deck.group.committedAttainmentAspirational = Committed attainment {committedAttainment}; aspirational mean {aspirationalMean}.
    deck.group.strongestSubTeam = Strongest sub-team: {all} ({rollupScore}); most in need of support: {all2} ({rollupScore2}).
    deck.group.itselfOwnsScoring = {name} itself owns {objectives}, scoring {value}.
    deck.group.team = Team: {name}
    deck.group.itselfScore = {name} itself: {objectives}, score {value}
    deck.group.teamByTeam = Team by team · {position}
    deck.group.subTeamsBy = Sub-teams by roll-up

    # Our values
    deck.values.noOkrsThis = no OKRs this cycle
    deck.values.strongestValueAt = Strongest value: {value} at {meanScore} over {keyResults}. Weakest: {value2} at {meanScore2}.
    deck.values.note.unserved = No OKR served {values} this cycle: is that a choice?
    deck.values.valuesAreWhy = Values are why the OKRs matter: connect one win to the value it served.
    deck.values.and = and {moreValues}
    deck.values.ourValues = Our values
    deck.values.okrsAndMean = OKRs and mean key-result score per value · bars marked at {green}

    # Review rhythm (check-ins)
    deck.rhythm.every = every {m}
    deck.rhythm.noCheckIns = no check-ins
    deck.rhythm.confidence = confidence {n}
    deck.rhythm.moreTeams = … {hidden} more teams …
    deck.rhythm.lastUpdatesIn = last updates in {month}
    deck.rhythm.noCheckIns2 = no check-ins this cycle
    deck.rhythm.updatedInDays = Updated in {recentDays} days
    deck.rhythm.ofInDays = {updatedLast30} of {keyResults} · {shareLast14} in {fortnight} days
    deck.rhythm.betweenUpdates = Between updates
    deck.rhythm.medianGapBetween = median gap between check-ins
    deck.rhythm.netConfidence = Net confidence
    deck.rhythm.onTrackMinus = on track minus off track, last check-in
    deck.rhythm.ofOurKey = {shareLast30} of our key results were updated in the last {recentDays} days of the cycle, and the median gap between updates was {medianDaysBetween}.
    deck.rhythm.netConfidenceAt = Net confidence at the last check-in was {n}: the share of key results on track minus the share off track.
    deck.rhythm.noTeamWent = No team went quiet: thank everyone for keeping their key results current.
    deck.rhythm.note.quietTeam = {team} ({what})
    deck.rhythm.note.quiet = {teams} went quiet: {names}. Ask what got in the way: priorities shift, and an OKR nobody updates has often stopped mattering.
    deck.rhythm.note.quietAndOthers = {teams} went quiet: {names}, and others. Ask what got in the way: priorities shift, and an OKR nobody updates has often stopped mattering.
    deck.rhythm.notUpdatedIn = {keyResults} not updated in the last {staleDays, plural, one {day} other {# days}} and {neverUpdated} never updated: the scorecard names them
    deck.rhythm.reviewRhythm = Review rhythm
    deck.rhythm.onToBars = {checkIns} on {keyResults}, {start} to {end} · bars: share of each team's key results updated in the last {recentDays} days
    deck.rhythm.and = and {moreTeams}

    # Playbook health
    deck.health.errors = Errors
    deck.health.fixBeforeNext = fix before next cycle
    deck.health.warnings = Warnings
    deck.health.worthALook = worth a look
    deck.health.teamsFlagged = Teams flagged
    deck.health.of = of {teams}
    deck.health.thePlaybookChecks = The playbook checks found {findings} in {teams}.
    deck.health.mostCommon = Most common: {finding}.
    deck.health.example = e.g. {subject}: {finding}
    deck.health.exampleOne = e.g. {subject}
    deck.health.theseAreAbout = These are about how we write OKRs, not how we did: fix them while planning next cycle.
    deck.health.playbookHealth = Playbook health
    deck.health.everyPlaybookCheck = Every playbook check passed
    deck.health.from = {findings} from {checks}
    deck.health.andWithFindings = and {moreChecks} with findings

    # Carried forward
    deck.carry.commitmentsMissed = Commitments missed
    deck.carry.reCommitIf = re-commit if they still matter, or drop them
    deck.carry.aspirationsShortOf = Aspirations short of 1.0
    deck.carry.carryTheAmbition = carry the ambition, or rethink it
    deck.carry.carryForwardMissed = {keyResults} carry forward: {carriedCommitted} missed commitments and {carriedAspirational} aspirations short of 1.0.
    deck.carry.carryingForwardIs = Carrying forward is a choice, not a default: each owner decides to re-commit, reshape or drop.
    deck.carry.repeatedFrom = Repeated from {previousName}
    deck.carry.landedThisTime = {won} landed this time · {missed} missed again
    deck.carry.repeatedOneOf = {keyResults} repeated one of {previousName}'s: {won} landed this time, {missed} missed again. A goal missed twice needs a new approach, or a decision to let it go.
    deck.carry.carriedForward = Carried forward
    deck.carry.andMoreIn = and {shown} more in the carry-forward list
    deck.carry.commitOnlyTo = Commit only to what we will deliver: {a} of commitments landed this time.
    deck.carry.rethinkTheKey = Rethink the key result missed two cycles running: a new approach, or let it go.
    deck.carry.rethinkTheKey2 = Rethink the {missedAgain} key results missed two cycles running: a new approach, or let them go.
    deck.carry.writeTheBefore = Write the {missingReflections} before planning starts.
    deck.carry.raiseTheBar = Raise the bar: aspirations averaged {m}, too safe.
    deck.carry.rightSizeAspirations = Right-size aspirations: they averaged {m}, short of {aspirationalTarget}.
    deck.carry.keepAspirationsThis = Keep aspirations this ambitious: {m} is close to the {aspirationalTarget} sweet spot.
    deck.carry.fixInThe = Fix {dataProblems} in the source export.

    # How the cycle was scored
    deck.scoring.droppedCancelledOr = Dropped, cancelled or deferred: not scored
    deck.scoring.aFinalGrade = A final grade in the score column is the score
    deck.scoring.aYesNo = A yes/no result scores 1 or 0
    deck.scoring.atLeastAt = At least / at most: 1 if the threshold held, else 0
    deck.scoring.progressCurrentStart = Progress (current − start) ÷ (target − start), kept within 0–1
    deck.scoring.nothingToScore = Nothing to score by: unscored, listed in the appendix
    deck.scoring.committedWin = Committed win
    deck.scoring.aspirationalWinProgress = Aspirational win · progress
    deck.scoring.bandsGreenAmber = Bands green · amber
    deck.scoring.aspirationalSweetSpot = Aspirational sweet spot
    deck.scoring.tooSafeAt = Too safe at
    deck.scoring.objectivesPerTeam = Objectives per team
    deck.scoring.keyResultsPer = Key results per objective
    deck.scoring.inputRowsRejected = {inputRows} input rows = {keyResults} + {rejectedRows} rejected
    deck.scoring.inputRowsOtherCycles = {inputRows} input rows = {keyResults} + {rejectedRows} rejected + {otherCycleRows} of other cycles
    deck.scoring.range = {from}–{to}
    deck.scoring.from = from {source}
    deck.scoring.howTheCycle = How the cycle was scored
    deck.scoring.everyKeyResult = Every key result scores from 0 to 1 by the first rule that applies, in this order.
    deck.scoring.committedKeyResults = Committed key results count as met at {committedWin}; aspirational ones win at {aspirationalWin}. Objective scores are weighted means of their key results; team scores are means of their objectives.
    deck.scoring.nothingIsLost = Nothing is lost: {parts}.

    # Appendix: data problems
    deck.appendix.rowRejected = row rejected
    deck.appendix.appendixDataProblems = Appendix: data problems
    deck.appendix.everyInputRow = Every input row was usable: no data problems this cycle.
    deck.appendix.andTheScorecard = {rowProblems} and {rejectedRows}. The scorecard lists every one with its line and column.
    deck.appendix.fixThemIn = Fix them in the source export so next cycle's numbers are complete.
    deck.appendix.everyRowWas = Every row was usable
    deck.appendix.andMoreSee = and {hidden} more: see the scorecard's data problems

    # Fixed texts of the slides' templates
    deck.appendix.t.appendix = Appendix
    deck.appendix.t.dataProblems = Data problems
    deck.appendix.t.everyInputRow = Every input row was usable.
    deck.appendix.t.where = Where
    deck.appendix.t.column = Column
    deck.appendix.t.problem = Problem
    deck.balance.t.committedVsAspirational = Committed vs aspirational
    deck.balance.t.didWeKeep = Did we keep our promises, and stretch far enough?
    deck.carry.t.carriedForward = Carried forward
    deck.carry.t.whatWeTake = What we take into next cycle
    deck.carry.t.forNextCycle = For next cycle
    deck.carry.t.keepDoingWhat = Keep doing what worked: nothing in the figures asks for a change.
    deck.distribution.t.scoreDistribution = Score distribution
    deck.distribution.t.whereOurKey = Where our key results landed
    deck.glance.t.theCycleAt = The cycle at a glance
    deck.group.t.rollUpScore = roll-up score
    deck.health.t.playbookHealth = Playbook health
    deck.health.t.howWellWe = How well we wrote our OKRs
    deck.health.t.everyPlaybookCheck = Every playbook check passed.
    deck.misses.t.reflect = Reflect
    deck.misses.t.missesToReflect = Misses to reflect on
    deck.misses.t.noReflectionYet = No reflection yet: every missed commitment deserves one
    deck.misses.t.noNotes = No notes
    deck.misses.t.everyScoredKey = Every scored key result landed: nothing missed.
    deck.ranking.t.teamByTeam = Team by team
    deck.ranking.t.teamsAtA = Teams at a glance
    deck.rhythm.t.reviewRhythm = Review rhythm
    deck.rhythm.t.howOftenWe = How often we looked at our OKRs
    deck.rhythm.t.wentQuiet = Went quiet
    deck.rhythm.t.everyTeamKept = Every team kept its key results up to date.
    deck.scoring.t.howTheCycle = How the cycle was scored
    deck.scoring.t.theRulesAnd = The rules and thresholds in force
    deck.scoring.t.firstRuleThat = First rule that applies
    deck.scoring.t.keyResults = Key results
    deck.scoring.t.thresholdsAndLimits = Thresholds and limits
    deck.team.t.teamScore = team score
    deck.values.t.ourValues = Our values
    deck.values.t.whatOurOkrs = What our OKRs served
    deck.wins.t.celebrate = Celebrate
    deck.wins.t.winsToCelebrate = Wins to celebrate
    deck.wins.t.continued = continued
    deck.wins.t.noKeyResult = No key result was a win this cycle.

    # The playbook's verdicts (committed vs aspirational)
    deck.verdict.committedNone.headline = Nothing to judge
    deck.verdict.committedNone.sentence = No committed key result was scored this cycle, so there is nothing to hold against the 1.0 bar.
    deck.verdict.committedAll.headline = Every commitment delivered
    deck.verdict.committedAll.sentence = All {scored} committed key results landed at {bar}, exactly what the playbook asks of a commitment.
    deck.verdict.committedNearly.headline = Nearly every commitment delivered
    deck.verdict.committedNearly.sentence = {met} of {scored} commitments landed ({attainment}). Committed means {bar}: {missed, plural, one {the miss deserves} other {each of the # misses deserves}} a reflection.
    deck.verdict.committedTooMany.headline = Too many commitments missed
    deck.verdict.committedTooMany.sentence = Only {attainment} of commitments landed ({met} of {scored}). Committed goals should land at {bar}: we over-committed or under-delivered on {missed}.
    deck.verdict.aspirationalNone.headline = No aspirations scored
    deck.verdict.aspirationalNone.sentence = No aspirational key result was scored this cycle: set some stretch goals next time.
    deck.verdict.tooSafe.headline = Too safe
    deck.verdict.tooSafe.sentence = Aspirational key results averaged {mean}. At {safe} or above, the goals were not ambitious enough: aim higher next cycle.
    deck.verdict.aboveSweetSpot.headline = Above the sweet spot
    deck.verdict.aboveSweetSpot.sentence = Aspirational key results averaged {mean}. Healthy stretch lands near {target}, so there was room to aim higher.
    deck.verdict.inSweetSpot.headline = In the sweet spot
    deck.verdict.inSweetSpot.sentence = Aspirational key results averaged {mean}, close to the {target} the playbook expects: ambitious goals, mostly reached.
    deck.verdict.belowSweetSpot.headline = Below the sweet spot
    deck.verdict.belowSweetSpot.sentence = Aspirational key results averaged {mean}, under the {target} mark: a stretch too far, or under-resourced.
    deck.verdict.farBelowSweetSpot.headline = Far below the sweet spot
    deck.verdict.farBelowSweetSpot.sentence = Aspirational key results averaged {mean}, far from {target}: revisit their scope and resourcing.
    deck.team.attainment = attainment
    deck.severity.error = error
    deck.severity.warning = warning
    deck.severity.info = info
    deck.appendix.line = line {line}
    deck.balance.target = target
    """
}
