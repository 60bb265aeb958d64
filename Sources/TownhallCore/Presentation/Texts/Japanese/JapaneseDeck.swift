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
    deck.script.where = %n / %total：%name
    deck.script.next = 次：%name
    deck.script.last = 最後のスライド
    deck.script.live = スライド %n / %total：%name
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

    # A key result in a list
    deck.type.committed = コミット型
    deck.type.aspirational = ストレッチ型
    deck.type.mixed = 混合
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
    deck.kr.trailLegend = 線：各KRのチェックインごとのスコア推移、破線は達成ライン
    deck.key.bands = 色は評価帯 · 緑 ≥ {green} · 黄 ≥ {yellow} · 赤はそれ未満 · バーの目盛りは{green}
    deck.key.wins = 色は結果：すべて達成
    deck.key.misses = 色は結果：すべて未達（達成ライン：コミット型{committed}、ストレッチ型{aspirational}）

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
    """
}
