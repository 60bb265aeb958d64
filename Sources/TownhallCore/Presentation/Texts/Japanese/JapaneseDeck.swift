extension Texts.Japanese {
    /// Japanese texts of `Texts.English.deck` (the town-hall deck), in the English table's order.
    static let deck = """
    # The frame, the script and the help overlay
    deck.frame.title = {cycle}タウンホール
    deck.frame.titleOf = {organization} · {cycle}タウンホール
    deck.frame.carousel = カルーセル
    deck.frame.slide = スライド
    deck.frame.slideOf = {total}枚中{n}枚目
    deck.frame.notes = スピーカーノート
    deck.frame.notesOf = スピーカーノート（スライド{n}）
    deck.script.where = {n} / {total}：{name}
    deck.script.next = 次：{name}
    deck.script.last = 最後のスライド
    deck.script.live = スライド {n} / {total}：{name}
    deck.help.title = キーボードショートカット
    deck.help.keySpace = Space
    deck.help.keyShift = Shift
    deck.help.keyPageDown = PageDown
    deck.help.keyPageUp = PageUp
    deck.help.keyHome = Home
    deck.help.keyEnd = End
    deck.help.keyEsc = Esc
    deck.help.orClick = またはクリック
    deck.help.next = 次のスライド
    deck.help.previous = 前のスライド
    deck.help.firstLast = 最初・最後のスライド
    deck.help.overview = スライド一覧
    deck.help.notes = スピーカーノート
    deck.help.fullScreen = 全画面表示
    deck.help.black = 画面を暗転
    deck.help.help = このヘルプ
    deck.help.print = スライドごとに固有のアドレス（#3）があります。PDFに印刷すると1ページに1枚ずつ出力されます。

    # Figures, units and changes
    deck.unit.days = {n, plural, other {#日}}
    deck.unit.daysDecimal = {days}日
    deck.unit.pts = {n, plural, other {#pt}}
    deck.unit.points = {n, plural, other {#ポイント}}
    deck.delta.up = 上昇
    deck.delta.down = 低下
    deck.delta.unchanged = 横ばい
    deck.delta.against = {cycle}比
    deck.delta.new = 新規
    deck.delta.since = {cycle}以降
    deck.delta.notComparable = 比較できず
    deck.delta.unchangedSpoken = 横ばい
    deck.delta.upBy = {amount}上昇
    deck.delta.downBy = {amount}低下

    # Lists in a sentence: a, b, c
    deck.list.pair = {a}、{b}
    deck.list.sentences = {a}{b}

    # Counted things
    deck.n.keyResults = {n, plural, other {KR #件}}
    deck.n.objectives = {n, plural, other {目標#件}}
    deck.n.teams = {n, plural, other {#チーム}}
    deck.n.scoredObjectives = {n, plural, other {スコアのある目標#件}}
    deck.n.scoredKRs = {n, plural, other {スコアのあるKR #件}}
    deck.n.wins = {n, plural, other {達成#件}}
    deck.n.misses = {n, plural, other {未達#件}}
    deck.n.checkIns = {n, plural, other {チェックイン#回}}
    deck.n.subTeams = {n, plural, other {配下#チーム}}
    deck.n.topLevelTeams = {n, plural, other {最上位#チーム}}
    deck.n.findings = {n, plural, other {指摘#件}}
    deck.n.checks = {n, plural, other {チェック項目#件}}
    deck.n.rowProblems = {n, plural, other {行の問題#件}}
    deck.n.rejectedRows = {n, plural, other {除外した行#件}}
    deck.n.scoredKeyResults = {n, plural, other {スコアのあるKR #件}}
    deck.n.moreKeyResults = {n, plural, other {KR #件}}
    deck.n.moreValues = {n, plural, other {#つの価値観}}
    deck.n.moreChecks = {n, plural, other {チェック項目#件}}
    deck.n.moreTeams = {n, plural, other {#チーム}}
    deck.n.moreTopLevelTeams = {n, plural, other {最上位#チーム}}
    deck.n.missingReflections = {n, plural, other {未記入の振り返り#件}}
    deck.n.dataProblems = {n, plural, other {データの問題#件}}
    deck.n.committedMisses = {n, plural, other {コミット型の未達#件}}
    deck.n.aspirationalMisses = {n, plural, other {ストレッチ型の未達#件}}

    # A key result in a list
    deck.type.committed = コミット型
    deck.type.aspirational = ストレッチ型
    deck.type.mixed = 混合
    deck.type.committedLower = コミット型
    deck.type.aspirationalLower = ストレッチ型
    deck.kr.stretch = 目標値の{percent}
    deck.kr.carriedOver = 持ち越し
    deck.kr.missedCommitment = コミット未達
    deck.kr.noCheckIns = チェックインなし
    deck.kr.neverUpdated = 更新なし
    deck.kr.quietSince = {day}から更新なし
    deck.kr.dropped = 取り下げ
    deck.kr.unscored = スコアなし
    deck.kr.sparkTitle = サイクル中のスコア推移
    deck.kr.sparkDesc = {n, plural, other {チェックイン#回}}：{points}。
    deck.kr.sparkDescFinal = {n, plural, other {チェックイン#回}}：{points}。最終スコア{score}。
    deck.kr.sparkPoint = {day} {score}
    deck.kr.trailLegend = 線：チェックインごとのスコア推移 · 破線は達成ライン
    deck.key.bands = 色は評価帯 · 緑 ≥ {green} · 黄 ≥ {yellow} · 赤はそれ未満 · バーの目盛りは{green}
    deck.key.wins = 色は結果：すべて達成
    deck.key.misses = 色は結果：すべて未達 · 達成ライン コミット型{committed}、ストレッチ型{aspirational}

    # Title
    deck.title.name = タイトル
    deck.title.kicker = OKRタウンホール
    deck.title.subtitle = サイクルを締めくくる
    deck.title.logo = {organization}のロゴ
    deck.title.facts = {keyResults} · {objectives} · {teams}
    deck.title.note.welcome = {cycle}のタウンホールへようこそ。達成したことを称え、届かなかったことを振り返って、このサイクルを締めくくります。
    deck.title.note.welcomeOf = {organization}の{cycle}タウンホールへようこそ。達成したことを称え、届かなかったことを振り返って、このサイクルを締めくくります。
    deck.title.note.cycle = 今サイクル：{facts}。
    deck.title.note.cycleCompared = 今サイクル：{facts}。全体を通して{previous}と比較します。
    deck.title.note.agenda = アジェンダ：サイクルの概要、コミット型とストレッチ型、{checkIns, select, yes {週ごとの推移、} other {}}達成、未達、チーム別、{checkIns, select, yes {レビューの頻度、} other {}}プレイブック診断、次サイクルへの持ち越し。
    # The cycle at a glance
    deck.glance.overallScore = 全体スコア
    deck.glance.meanOf = {scoredObjectives}の平均
    deck.glance.committedAttainment = コミット達成率
    deck.glance.ofCommitmentsMet = コミット{scored}件中{met}件を達成
    deck.glance.aspirationalMean = ストレッチ平均
    deck.glance.sweetSpot = {scoredKRs} · 目安{aspirationalTarget}
    deck.glance.wins = 達成
    deck.glance.ofScoredKey = スコアのあるKRの{scored}
    deck.glance.misses = 未達
    deck.glance.committedAspirational = コミット型{committedMisses}件 · ストレッチ型{aspirationalMisses}件
    deck.glance.keyResults = KR
    deck.glance.scored = スコアあり{scored}件
    deck.glance.unscored = スコアなし{unscored}件
    deck.glance.dropped = 取り下げ{dropped}件
    deck.glance.teams = チーム
    deck.glance.overallScoreThe = 全体スコアは{overallScore}。{scoredObjectives}の平均です。
    deck.glance.committedAttainmentOf = コミット達成率は{attainment}。コミット{scored}件中{met}件が{committedWin}に達しました。
    deck.glance.aspirationalKeyResults = ストレッチ型KRの平均は{meanScore}、目安は{aspirationalTarget}です。
    deck.glance.andAmongScored = スコアのあるKR {scored}件のうち、{wins}、{misses}。
    deck.glance.couldNotBe = {keyResults}はスコアを付けられませんでした。付録をご覧ください。
    deck.glance.againstOverallScore = {vs}比：全体スコア{overallScore}、コミット達成率{points}、ストレッチ平均{aspirationalMean}。達成件数{wins}、未達件数{misses}。
    deck.glance.theCycleAt = サイクルの概要
    deck.glance.comparedWith = {displayName} · {vs}と比較

    # Committed vs aspirational
    deck.balance.committedAttainment = コミット達成率
    deck.balance.committedAttainmentIs = コミット達成率は{attainment}。プレイブックの基準は100%です。
    deck.balance.aspirationalMeanScore = ストレッチ型の平均スコア
    deck.balance.aspirationalKeyResults = ストレッチ型KRの平均は{meanScore}。プレイブックの目安は{target}前後で、{safe}以上は控えめすぎです。
    deck.balance.sweetSpot = 目安 {target}
    deck.balance.tooSafe = 控えめすぎ
    deck.balance.committed = コミット型
    deck.balance.aspirational = ストレッチ型
    deck.balance.committedVsAspirational = コミット型とストレッチ型
    deck.balance.thePlaybookA = プレイブックでは、コミットは約束であり{committedWin}で達成すべきもの、ストレッチは挑戦であり{target}前後なら成功です。
    deck.balance.playbookCommittedLands = プレイブック：コミット型は{committedWin}で達成 · ストレッチ型は{target}前後 · {safe}以上は控えめすぎ

    # Score distribution
    deck.distribution.green = 緑
    deck.distribution.amber = 黄
    deck.distribution.red = 赤
    deck.distribution.text = {band}{value}件（{total}）
    deck.distribution.legendLabel = {band} {range}
    deck.distribution.bucket = {bucket}：{n}
    deck.distribution.keyResultsBy = 評価帯別のKR
    deck.distribution.scoredKeyResults = スコアのあるKRの評価帯別の内訳：{words}。
    deck.distribution.keyResultsBy2 = スコア別のKR
    deck.distribution.scoredKeyResults2 = スコアのあるKRのスコア別の件数（0から1まで0.1刻み、最後はちょうど1.0）：{bucketWords}。
    deck.distribution.ofScoredKey = スコアのあるKR {total}件の内訳：{words}。
    deck.distribution.exactly = ちょうど1.0
    deck.distribution.theMostCommon = 最も多いスコアは{range}で、{keyResults}です。
    deck.distribution.aHealthyCycle = 健全なサイクルでは、コミット型は1.0に集まり、ストレッチ型は{aspirationalTarget}前後に散らばります。
    deck.distribution.scoreDistribution = スコア分布
    deck.distribution.scoredKeyResults3 = スコアのあるKR {total}件 · スコアなし{unscored}件と取り下げ{dropped}件は非表示

    # How the quarter unfolded (check-ins)
    deck.unfolded.all = 全体
    deck.unfolded.committed = コミット型
    deck.unfolded.aspirational = ストレッチ型
    deck.unfolded.to = {start}〜{end}
    deck.unfolded.meanScoreWeek = 週ごとの平均スコア
    deck.unfolded.committed2 = コミット型 {committedWin}
    deck.unfolded.sweetSpot = 目安 {aspTarget}
    deck.unfolded.weekByWeek = KRの平均スコアは、{span}の間に{firstMean}から{final}へと推移しました。
    deck.unfolded.halfway = 中間地点
    deck.unfolded.endOfWeek = 第{mid}週末（{end}） · 最終平均の{share}
    deck.unfolded.atTheHalfway = 中間地点では{h}で、最終値の半分に届いていませんでした。進捗の多くは後半に集中しています。計画が後ろ倒しだったのか、それともチェックインが実態より遅れていたのか？
    deck.unfolded.atTheHalfway2 = 中間地点では{h}で、最終値の{share}。{word, select, quarter {四半期} other {サイクル}}を通して着実に前進しました。
    deck.unfolded.biggestWeek = 最も伸びた週
    deck.unfolded.weekTo = 第{week}週（{end}まで）
    deck.unfolded.theBiggestWeek = 最も伸びたのは第{week}週（{end}まで）で、平均が{gain}上がりました。
    deck.unfolded.committed3 = コミット型 {value}
    deck.unfolded.aspirational2 = ストレッチ型 {value}
    deck.unfolded.lastWeek = 最終週
    deck.unfolded.meanOfThe = {keyResults}の平均（全体スコア{overallScore}は目標の平均）
    deck.unfolded.allKeyResults = 全KR
    deck.unfolded.desc = 各週末時点（全{n}週）でのKRの平均スコア、{span}。
    deck.unfolded.descSeries = {name}：{values}。
    deck.unfolded.note.lastWeek = 最終週：{parts}。コミット型は{committedWin}、ストレッチ型は{target}前後を目指します。
    deck.unfolded.theseLinesCome = この線はチェックインから算出しています。ほかのスライドの最終スコアはエクスポートから取り、全体スコアは目標の平均なので、両者は少し異なることがあります。
    deck.unfolded.howTheUnfolded = {word, select, quarter {四半期} other {サイクル}}の推移
    deck.unfolded.weekByWeek2 = 週ごとの推移
    deck.unfolded.meanScoreOf = 各週末時点でのKRの平均スコア、{span}
    deck.unfolded.eachKeyResult = 各KRは最初のチェックインから、その時点の最新スコアで集計 · {scoredKeyResults}のうち{counted}件がチェックイン済み · 破線：コミット型{committedWin}、ストレッチ型の目安{aspTarget}

    # Wins to celebrate
    deck.wins.noKeyResult = 今サイクルは達成したKRがありませんでした。率直にそう伝えたうえで、それでも前に進んだものを探しましょう。
    deck.wins.celebrateAcrossRead = {teams}の{wins}を称えましょう。名前を読み上げてください。この成果を生んだのは担当者です。
    deck.wins.inviteOneOwner = 担当者の一人に、うまくいった理由をひと言で話してもらいましょう。
    deck.wins.noWinsThis = 今サイクルの達成はありません。
    deck.wins.acrossOf = {teams}で{wins} · {p}/{pages}
    deck.wins.across = {teams}で{wins}
    deck.wins.winsToCelebrate = 達成を称えよう（{p}/{pages}）
    deck.wins.winsToCelebrate2 = 達成を称えよう
    deck.wins.more = ほか{n}件の達成（{teams}）：すべてスコアカードに掲載
    deck.wins.note.win = {team}：{title}（{score}）。
    deck.wins.note.thank = {team}：{title}（{score}）。{owner}さんに感謝を。

    # Misses to reflect on
    deck.misses.committedAspirational = コミット型{committedMisses}件 · ストレッチ型{aspirationalMisses}件
    deck.misses.noMissesThis = 今サイクルの未達はありません。スコアのあるKRはすべて達成しました。ストレッチ型が十分に挑戦的だったか確認しましょう。
    deck.misses.andAMiss = {committedMisses}、{aspirationalMisses}。未達は責める材料ではなく、学ぶ機会です。
    deck.misses.noMissesThis2 = 今サイクルの未達はありません。
    deck.misses.of = {summary} · {p}/{pages}
    deck.misses.missesToReflect = 未達を振り返ろう（{p}/{pages}）
    deck.misses.missesToReflect2 = 未達を振り返ろう
    deck.misses.summaryUnreflected = {summary} · 振り返りなし{n}件
    deck.misses.more = ほか{n}件の未達：メモも含めてすべてスコアカードに掲載
    deck.misses.note.unreflected = コミット型の未達{n, plural, other {#件}}に、まだ振り返りがありません。今週中に書いてもらうよう担当者に依頼しましょう。
    deck.misses.note.noReflection = {team}：{title}（{score}）。まだ振り返りがありません。何を学んだか聞いてみましょう。
    deck.misses.note.learning = {team}：{title}（{score}）。学び：{learning}

    # Team by team
    deck.teamTeams.teamsAtA = チーム一覧
    deck.teamTeams.partOf = {parent}配下 · {keyResults}
    deck.teamTeams.position = {n}/{total}
    deck.teamTeams.leadership = 経営チーム
    deck.teamTeams.committed = {teams} · {keyResults} · コミット達成率{committedAttainment}

    # Teams at a glance
    deck.ranking.more = … ほか{more} …
    deck.ranking.highestAtLowest = {rollup, select, yes {配下込みスコア} other {スコア}}が最も高いのは{best}（{best2}）、最も低いのは{worst}（{worst2}）。
    deck.ranking.ofInThe = {what}のうち、緑は{green}チーム、赤は{red}チーム。
    deck.ranking.biggestImprovementSince = {previousName}から最も伸びたのは{up}（{up2}）。
    deck.ranking.biggestDropAsk = 最も下がったのは{down}（{down2}）。何が変わったのか聞いてみましょう。
    deck.ranking.lowScoresAre = 低いスコアは対話のきっかけです。誰の責任かではなく、チームに何が必要かを聞きましょう。
    deck.ranking.tooManyFor = {topLevelTeams}：1チーム1枚には多すぎるため、全チームはスコアカードに掲載
    deck.ranking.lede = {what}、{rollup, select, yes {配下込みスコア} other {スコア}}順 · バーの目盛りは{green}
    deck.ranking.ledeCompared = {what}、{rollup, select, yes {配下込みスコア} other {スコア}}順 · バーの目盛りは{green} · ▲▼は{previous}比

    # A team
    deck.team.andInThe = ほか{moreKeyResults}はスコアカードに掲載
    deck.team.committed = コミット達成率
    deck.team.aspirational = ストレッチ平均
    deck.team.meanScore = 平均スコア
    deck.team.winsMisses = 達成 / 未達
    deck.team.of = {scoredKRs}中
    deck.team.rollUp = 配下込み
    deck.team.with = {subTeams}を含む
    deck.team.updated = 30日以内に更新
    deck.team.inTheLast = 直近{recentDays}日
    deck.team.scoreOverAnd = {name}：{objectives}、{keyResults}でスコア{value}。
    deck.team.scoreOverAndCompared = {name}：{objectives}、{keyResults}でスコア{value}。{previous}比で{change}です。
    deck.team.lede = {objectives} · {keyResults}
    deck.team.ledePartOf = {parent}配下 · {objectives} · {keyResults}
    deck.team.carriedOverFrom = {keyResults}が{previousName}からの持ち越しです。それぞれ今も正しい目標でしょうか？
    deck.team.strongestObjectiveNeeds = 最も好調な目標：{title}（{best}）。手助けが必要な目標：{title2}（{worst}）。
    deck.team.askTheTeam = {wins}、{misses}。チームリーダーに、ハイライトと学びを一つずつ聞きましょう。
    deck.team.team = チーム：{name}
    deck.team.teamByTeam = チーム別 · {position}

    # A top-level team and its subtree
    deck.group.moreTeams = … ほか{hidden}チーム …
    deck.group.committedAttainment = コミット達成率
    deck.group.ofMet = {committedScored}件中{committedMet}件達成
    deck.group.aspirationalMean = ストレッチ平均
    deck.group.winsMisses = 達成 / 未達
    deck.group.of = {scoredKRs}中
    deck.group.andEverythingUnder = {name}と配下のすべて：{teams}、{keyResults}で配下込みスコア{rollupScore}。
    deck.group.committedAttainmentAspirational = コミット達成率{committedAttainment}、ストレッチ平均{aspirationalMean}。
    deck.group.strongestSubTeam = 最も好調なサブチーム：{all}（{rollupScore}）。最も支援が必要なサブチーム：{all2}（{rollupScore2}）。
    deck.group.itselfOwnsScoring = {name}自身の{objectives}のスコアは{value}。
    deck.group.team = チーム：{name}
    deck.group.itselfScore = {name}自身：{objectives}、スコア{value}
    deck.group.teamByTeam = チーム別 · {position}
    deck.group.subTeamsBy = サブチームの配下込みスコア

    # Our values
    deck.values.noOkrsThis = 今サイクルはOKRなし
    deck.values.strongestValueAt = 最も強かった価値観：{value}（{keyResults}で{meanScore}）。最も弱かった価値観：{value2}（{meanScore2}）。
    deck.values.note.unserved = 今サイクル、{values}に紐づくOKRはありませんでした。意図した選択でしょうか？
    deck.values.valuesAreWhy = 価値観は、OKRが大切な理由そのものです。達成を一つ、それが支えた価値観と結びつけて紹介しましょう。
    deck.values.and = ほか{moreValues}
    deck.values.ourValues = 私たちの価値観
    deck.values.okrsAndMean = 価値観ごとのOKRとKRの平均スコア · バーの目盛りは{green}

    # Review rhythm (check-ins)
    deck.rhythm.every = {m}ごと
    deck.rhythm.noCheckIns = チェックインなし
    deck.rhythm.confidence = ネット自信度 {n}
    deck.rhythm.moreTeams = … ほか{hidden}チーム …
    deck.rhythm.lastUpdatesIn = 最終更新は{month}
    deck.rhythm.noCheckIns2 = 今サイクルのチェックインなし
    deck.rhythm.updatedInDays = {recentDays}日以内に更新
    deck.rhythm.ofInDays = {keyResults}中{updatedLast30}件 · {fortnight}日以内は{shareLast14}
    deck.rhythm.betweenUpdates = 更新間隔
    deck.rhythm.medianGapBetween = チェックイン間隔の中央値
    deck.rhythm.netConfidence = ネット自信度
    deck.rhythm.onTrackMinus = 最終チェックイン時の順調 − 遅延
    deck.rhythm.ofOurKey = サイクル最後の{recentDays}日間にKRの{shareLast30}が更新され、更新間隔の中央値は{medianDaysBetween}でした。
    deck.rhythm.netConfidenceAt = 最終チェックイン時のネット自信度は{n}。順調なKRの割合から遅延の割合を引いた値です。
    deck.rhythm.noTeamWent = 更新が止まったチームはありません。KRを最新に保ってくれた全員に感謝を。
    deck.rhythm.note.quietTeam = {team}（{what}）
    deck.rhythm.note.quiet = {teams}で更新が止まりました：{names}。何が妨げになったのか聞きましょう。優先順位は変わるものですし、誰も更新しないOKRは、もう重要でなくなっていることがよくあります。
    deck.rhythm.note.quietAndOthers = {teams}で更新が止まりました：{names}ほか。何が妨げになったのか聞きましょう。優先順位は変わるものですし、誰も更新しないOKRは、もう重要でなくなっていることがよくあります。
    deck.rhythm.notUpdatedIn = {keyResults}が直近{staleDays}日間未更新、{neverUpdated}件は一度も更新なし：スコアカードに一覧があります
    deck.rhythm.reviewRhythm = レビューの頻度
    deck.rhythm.onToBars = {keyResults}に{checkIns}（{start}〜{end}） · バー：直近{recentDays}日に更新された各チームのKRの割合
    deck.rhythm.and = ほか{moreTeams}

    # Playbook health
    deck.health.errors = エラー
    deck.health.fixBeforeNext = 次サイクルまでに修正
    deck.health.warnings = 警告
    deck.health.worthALook = 確認をおすすめ
    deck.health.teamsFlagged = 指摘のあったチーム
    deck.health.of = {teams}チーム中
    deck.health.thePlaybookChecks = プレイブックのチェックで、{teams}に{findings}が見つかりました。
    deck.health.mostCommon = 最も多い指摘：{finding}。
    deck.health.theseAreAbout = これは結果ではなく、OKRの書き方についての指摘です。次サイクルの計画時に直しましょう。
    deck.health.playbookHealth = プレイブック診断
    deck.health.everyPlaybookCheck = プレイブックのチェックはすべて合格
    deck.health.from = {checks}で{findings}
    deck.health.andWithFindings = ほか{moreChecks}に指摘あり
    deck.health.example = 例）{subject}：{finding}
    deck.health.exampleOne = 例）{subject}

    # Carried forward
    deck.carry.commitmentsMissed = 未達のコミット
    deck.carry.reCommitIf = 今も重要なら再コミット、そうでなければ取り下げ
    deck.carry.aspirationsShortOf = 1.0未満のストレッチ
    deck.carry.carryTheAmbition = 志を引き継ぐか、見直すか
    deck.carry.carryForwardMissed = {keyResults}を持ち越し：未達のコミット{carriedCommitted}件と、1.0に届かなかったストレッチ{carriedAspirational}件。
    deck.carry.carryingForwardIs = 持ち越しは自動ではなく選択です。再コミットするか、形を変えるか、取り下げるかは各担当者が決めます。
    deck.carry.repeatedFrom = {previousName}からの継続
    deck.carry.landedThisTime = 今回達成{won}件 · 再び未達{missed}件
    deck.carry.repeatedOneOf = {keyResults}が{previousName}のKRの繰り返しでした：今回達成{won}件、再び未達{missed}件。2回続けて未達の目標には、新しいアプローチか、手放す決断が必要です。
    deck.carry.carriedForward = 持ち越し
    deck.carry.andMoreIn = ほか{shown}件は持ち越しリストに
    deck.carry.commitOnlyTo = 確実に届けられるものだけをコミットしましょう。今回のコミット達成率は{a}でした。
    deck.carry.rethinkTheKey = 2サイクル続けて未達のKRを見直しましょう。新しいアプローチを取るか、手放すか。
    deck.carry.rethinkTheKey2 = 2サイクル続けて未達のKR {missedAgain}件を見直しましょう。新しいアプローチを取るか、手放すか。
    deck.carry.writeTheBefore = 計画を始める前に、{missingReflections}を書きましょう。
    deck.carry.raiseTheBar = 基準を上げましょう。ストレッチ型の平均は{m}で、控えめすぎです。
    deck.carry.rightSizeAspirations = ストレッチの大きさを見直しましょう。平均は{m}で、目安の{aspirationalTarget}に届いていません。
    deck.carry.keepAspirationsThis = この挑戦の水準を保ちましょう。平均{m}は目安の{aspirationalTarget}に近い値です。
    deck.carry.fixInThe = 元のエクスポートで{dataProblems}を修正しましょう。

    # How the cycle was scored
    deck.scoring.droppedCancelledOr = 取り下げ・中止・延期：採点しない
    deck.scoring.aFinalGrade = スコア列に最終評価があれば、それをスコアとする
    deck.scoring.aYesNo = はい／いいえの結果は1か0
    deck.scoring.atLeastAt = 以上／以下：基準を守れば1、守れなければ0
    deck.scoring.progressCurrentStart = 進捗 (現在値 − 開始値) ÷ (目標値 − 開始値)、0〜1の範囲に収める
    deck.scoring.nothingToScore = 採点の根拠なし：スコアなしとして付録に掲載
    deck.scoring.committedWin = コミット型の達成
    deck.scoring.aspirationalWinProgress = ストレッチ型の達成 · 前進
    deck.scoring.bandsGreenAmber = 評価帯 緑 · 黄
    deck.scoring.aspirationalSweetSpot = ストレッチ型の目安
    deck.scoring.tooSafeAt = 控えめすぎの基準
    deck.scoring.objectivesPerTeam = チームあたりの目標数
    deck.scoring.keyResultsPer = 目標あたりのKR数
    deck.scoring.inputRowsRejected = 入力{inputRows}行 = {keyResults} + 除外{rejectedRows}行
    deck.scoring.inputRowsOtherCycles = 入力{inputRows}行 = {keyResults} + 除外{rejectedRows}行 + 他サイクル{otherCycleRows}行
    deck.scoring.range = {from}〜{to}
    deck.scoring.from = 出典：{source}
    deck.scoring.howTheCycle = サイクルの採点方法
    deck.scoring.everyKeyResult = 各KRは、以下の順で最初に当てはまるルールにより0〜1で採点されます。
    deck.scoring.committedKeyResults = コミット型KRは{committedWin}で達成、ストレッチ型は{aspirationalWin}で達成とみなします。目標のスコアはKRの加重平均、チームのスコアは目標の平均です。
    deck.scoring.nothingIsLost = 取りこぼしはありません：{parts}。

    # Appendix: data problems
    deck.appendix.rowRejected = 除外された行
    deck.appendix.appendixDataProblems = 付録：データの問題
    deck.appendix.everyInputRow = 入力行はすべて使用できました。今サイクルはデータの問題はありません。
    deck.appendix.andTheScorecard = {rowProblems}、{rejectedRows}。スコアカードに、行と列付きですべて掲載しています。
    deck.appendix.fixThemIn = 次サイクルの数値が揃うよう、元のエクスポートで修正しましょう。
    deck.appendix.everyRowWas = すべての行を使用できました
    deck.appendix.andMoreSee = ほか{hidden}件：スコアカードの「データの問題」をご覧ください

    # Fixed texts of the slides' templates
    deck.appendix.t.appendix = 付録
    deck.appendix.t.dataProblems = データの問題
    deck.appendix.t.everyInputRow = 入力行はすべて使用できました。
    deck.appendix.t.where = 場所
    deck.appendix.t.column = 列
    deck.appendix.t.problem = 問題
    deck.balance.t.committedVsAspirational = コミット型とストレッチ型
    deck.balance.t.didWeKeep = 約束を守れたか、十分に挑戦できたか
    deck.carry.t.carriedForward = 持ち越し
    deck.carry.t.whatWeTake = 次のサイクルに持ち込むもの
    deck.carry.t.forNextCycle = 次のサイクルに向けて
    deck.carry.t.keepDoingWhat = うまくいったことを続けましょう。数字の上で変えるべき点はありません。
    deck.distribution.t.scoreDistribution = スコア分布
    deck.distribution.t.whereOurKey = KRの着地点
    deck.glance.t.theCycleAt = サイクルの概要
    deck.group.t.rollUpScore = 配下込みスコア
    deck.health.t.playbookHealth = プレイブック診断
    deck.health.t.howWellWe = OKRをうまく書けたか
    deck.health.t.everyPlaybookCheck = プレイブックのチェックはすべて合格しました。
    deck.misses.t.reflect = 振り返る
    deck.misses.t.missesToReflect = 未達を振り返ろう
    deck.misses.t.noReflectionYet = 振り返りはまだありません：未達のコミットには必ず振り返りを
    deck.misses.t.noNotes = メモなし
    deck.misses.t.everyScoredKey = スコアのあるKRはすべて達成：未達はありません。
    deck.ranking.t.teamByTeam = チーム別
    deck.ranking.t.teamsAtA = チーム一覧
    deck.rhythm.t.reviewRhythm = レビューの頻度
    deck.rhythm.t.howOftenWe = OKRをどれだけ見直したか
    deck.rhythm.t.wentQuiet = 更新停止
    deck.rhythm.t.everyTeamKept = すべてのチームがKRを最新に保ちました。
    deck.scoring.t.howTheCycle = サイクルの採点方法
    deck.scoring.t.theRulesAnd = 適用中のルールとしきい値
    deck.scoring.t.firstRuleThat = 最初に当てはまるルール
    deck.scoring.t.keyResults = KR
    deck.scoring.t.thresholdsAndLimits = しきい値と上限
    deck.team.t.teamScore = チームスコア
    deck.values.t.ourValues = 私たちの価値観
    deck.values.t.whatOurOkrs = OKRが支えたもの
    deck.wins.t.celebrate = 称える
    deck.wins.t.winsToCelebrate = 達成を称えよう
    deck.wins.t.continued = 続き
    deck.wins.t.noKeyResult = 今サイクルは達成したKRがありませんでした。
    # The playbook's verdicts (committed vs aspirational)
    deck.verdict.committedNone.headline = 判断材料なし
    deck.verdict.committedNone.sentence = 今サイクルはスコアのあるコミット型KRがないため、1.0の基準と照らし合わせるものがありません。
    deck.verdict.committedAll.headline = コミットはすべて達成
    deck.verdict.committedAll.sentence = コミット型KR {scored}件がすべて{bar}に達しました。プレイブックがコミットに求めるとおりです。
    deck.verdict.committedNearly.headline = コミットはほぼ達成
    deck.verdict.committedNearly.sentence = コミット{scored}件中{met}件を達成（{attainment}）。コミットの基準は{bar}です。未達の{missed}件には、それぞれ振り返りが必要です。
    deck.verdict.committedTooMany.headline = コミットの未達が多すぎる
    deck.verdict.committedTooMany.sentence = 達成したコミットは{attainment}のみ（{scored}件中{met}件）。コミット型は{bar}で達成すべきものです。{missed}件はコミットしすぎたか、届けきれませんでした。
    deck.verdict.aspirationalNone.headline = スコアのあるストレッチなし
    deck.verdict.aspirationalNone.sentence = 今サイクルはスコアのあるストレッチ型KRがありません。次回はストレッチ目標を設定しましょう。
    deck.verdict.tooSafe.headline = 控えめすぎ
    deck.verdict.tooSafe.sentence = ストレッチ型KRの平均は{mean}。{safe}以上は挑戦が足りないサインです。次のサイクルはもっと高く狙いましょう。
    deck.verdict.aboveSweetSpot.headline = 目安を上回る
    deck.verdict.aboveSweetSpot.sentence = ストレッチ型KRの平均は{mean}。健全なストレッチは{target}前後なので、もっと高く狙う余地がありました。
    deck.verdict.inSweetSpot.headline = 目安どおり
    deck.verdict.inSweetSpot.sentence = ストレッチ型KRの平均は{mean}で、プレイブックの目安{target}に近い値です。高い目標を掲げ、おおむね届きました。
    deck.verdict.belowSweetSpot.headline = 目安を下回る
    deck.verdict.belowSweetSpot.sentence = ストレッチ型KRの平均は{mean}で、目安の{target}に届きません。挑戦が大きすぎたか、リソースが足りなかったのかもしれません。
    deck.verdict.farBelowSweetSpot.headline = 目安を大きく下回る
    deck.verdict.farBelowSweetSpot.sentence = ストレッチ型KRの平均は{mean}で、目安の{target}から大きく離れています。範囲とリソースを見直しましょう。
    deck.team.attainment = 達成率
    deck.severity.error = エラー
    deck.severity.warning = 警告
    deck.severity.info = 情報
    deck.appendix.line = {line}行目
    deck.balance.target = 目標値
    """
}
