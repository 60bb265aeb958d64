extension Texts.English {
    /// English texts of what the core finds in the input: row problems (`problem.…`), rejected
    /// rows (`rejected.…`) and run warnings (`warning.…`). Each is also the message stderr, the JSON
    /// summary, `lint` and the archive show, byte for byte: scripts read those. Input values
    /// (`{text}`, names, dates as the file writes them) fill holes and are never translated.
    static let problems = """
    # The column of a problem when townhall names it: `row`, or the field of a column the input lacks.
    problem.column = {name, select, row {row} score {score} start {start} target {target} current {current} weight {weight} confidence {confidence} other {{name}}}
    # Scoring a key result (SPEC §3).
    problem.score.notAGrade = score "{text}" is not a fraction 0–1 or a percentage 0–100
    problem.start.decreaseNeedsStart = a decreasing key result needs a start value
    problem.start.notANumber = start "{text}" is not a number
    problem.target.equalsStart = target equals start ({start}): progress undefined
    problem.target.wrongWay = target {target} runs the wrong way for {measure, select, increase {an increase} other {a {measure}}} from {start}
    problem.target.notANumber = target "{text}" is not a number
    problem.current.notANumber = current "{text}" is not a number or a yes/no word
    problem.nothingToScore = nothing to score it by: no score and no {field, select, target {target} other {current}}
    problem.weight.notANumber = weight "{text}" is not a number ≥ 0
    problem.confidence.notAConfidence = confidence "{text}" is not 0–1, 0–100% or 1–10
    problem.confidence.needsPercent = confidence "{text}" is not 0–1, 0–100% or 1–10 (a percentage needs its %: {text}%)
    problem.confidence.leftOut = {problem}; left out (the score does not depend on it)
    # The check-ins file.
    problem.checkIn.notUsed = {problem}; not used
    problem.checkIn.fieldCount = check-in has {fields} fields but the header has {width}; not used
    problem.checkIn.noKRID = check-in without a kr_id
    problem.checkIn.unknownKRID = no key result has kr_id "{id}"
    problem.checkIn.badDate = date "{text}" is not an ISO 8601 date (YYYY-MM-DD)
    problem.checkIn.noValue = check-in without a value
    problem.checkIn.badValue = value "{text}" is not a number or a yes/no word
    problem.checkIn.outsideCycle = date {date} is outside the cycle ({start} to {end}, from the {source, select, config {config} export {export} cycleName {cycle name} other {check-ins}}); not used
    # Rows that make no key result.
    rejected.fieldCount = row has {fields} fields but the header has {width}
    rejected.missing = missing {columns}
    # Run warnings.
    warning.checkIns.allOutside = {n, plural, one {the only check-in falls outside the cycle ({start}–{end}): is this last quarter's file?} other {all # check-ins fall outside the cycle ({start}–{end}): is this last quarter's file?}}
    warning.checkIns.longSpan = check-ins span {start} to {end} ({days} days), longer than a cycle, and the cycle's dates come from them: set [cycle] start and end in the config; the series shows one point every few weeks
    warning.list = {head} and {last}
    warning.viva.unclosedWeight = the Aligned To of {n, plural, one {# key result} other {# key results}} ({names}{more}) has a "(weight: …, Id: …)" that never closes: read as the objective's title, weight 1; check that the cell was not cut short
    warning.viva.otherKinds = rows of Object Type {kinds} are not key results: counted as other items
    warning.singleTeam = no team column: every key result counts for one team, "{team}"{named, select, no { (set [organization] name in the config to name it)} other { (the config's organization name)}}; add a team column to split them
    warning.generic.progressPerObjective = "{name}" is read as each key result's final grade, but it holds one value per objective (the same on every key result of {n, plural, one {the objective} other {each of the # objectives}} with several): if it is the objective's progress, these grades are wrong; map the key results' own grade column in the config's [columns], or read a BurningOKR export with --profile burningokr
    warning.statedProgress.differs = objective "{title}": the export's {name} says {stated}, townhall scores it {score} from its key results
    warning.statedProgress.unread = the export's {name} of {n, plural, one {# objective} other {# objectives}} is not a number (objective "{title}": "{text}"): not compared with townhall's objective score
    warning.sheet.scorecard = a townhall scorecard: reading its {sheet} sheet, the input columns only ("{first}" and the columns after it are townhall's own and are computed again)
    warning.sheet.scorecardNoComputed = looks like a townhall scorecard but its {sheet} header has no computed columns: read as it is
    warning.sheet.firstVisible = reading sheet "{name}", the first visible of {n} ({names}); choose another with --sheet
    warning.sheetIgnored = --sheet is for workbooks: this input is read as CSV text, the option is ignored
    warning.startDefaulted = {n, plural, one {# key result} other {# key results}} without a start: progress counted from 0 (see the {check} check)
    warning.objectiveIDShared = objective_id "{id}" is used by teams "{first}" (line {line}) and "{team}": kept as two objectives, "{team}"'s as "{kept}"
    warning.teamLoop = team "{team}" is its own ancestor through parent_team; shown at the top of the tree
    warning.more = … and {n, plural, one {# more warning} other {# more warnings}}
    """
}
