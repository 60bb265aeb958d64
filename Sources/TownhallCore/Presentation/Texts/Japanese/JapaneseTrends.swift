extension Texts.Japanese {
    /// Japanese texts of `Texts.English.trends` (the trends deck, `townhall history`), by slide.
    static let trends = """
    # The deck as a whole
    trends.document = OKRトレンド · {range}
    trends.document.organization = {organization} · OKRトレンド · {range}
    trends.range = {first}〜{last}
    trends.range.none = サイクルはまだありません
    trends.cycles = {n, plural, other {#サイクル}}
    trends.teams = {n, plural, other {#チーム}}
    trends.keyResults = {n, plural, other {KR #件}}


    # Title
    trends.slide.title = タイトル
    trends.title.kicker = サイクルごとの推移
    trends.title.heading = OKRトレンド
    trends.title.notes.one = アーカイブ済みのサイクルはまだ1つ（{range}）です。今回は出発点を確認し、推移は次のサイクルから表示されます。
    trends.title.notes.many = ようこそ。{n, plural, other {アーカイブ済みの#サイクル}}（{range}）にわたるOKRを振り返ります。
    trends.title.notes.agenda = アジェンダ：サイクルごとの主要指標、各チームの推移、繰り返し現れるパターン、チェックインの頻度。

    # Cycle over cycle
    trends.slide.lines = サイクルごとの推移
    trends.lines.kicker = サイクルごとの推移
    trends.lines.heading = OKRスコアのサイクルごとの推移
    trends.lines.chart = サイクルごとの主要指標
    trends.lines.desc = サイクルごとの全体スコア：{overall}。コミット達成率：{committed}。ストレッチ平均：{aspirational}。
    trends.lines.series.overall = 全体
    trends.lines.series.committed = コミット型
    trends.lines.series.aspirational = ストレッチ型
    trends.lines.mark.target = 目標値 {value}
    trends.lines.mark.sweetSpot = 目安 {value}
    trends.lines.overall = 全体スコア
    trends.lines.committed = コミット達成率
    trends.lines.aspirational = ストレッチ平均
    trends.lines.detail.best = {cycle} · 最高は{best}の{value}
    trends.lines.detail.sweetSpot = {cycle} · 目安 {value}
    trends.lines.notes.one = アーカイブ済みは1サイクル：全体スコア{overall}、コミット達成率{committed}、ストレッチ平均{aspirational}。推移の線は次のサイクルから表示されます。
    trends.lines.notes.overall = 全体スコアは{firstCycle}が{first}、{lastCycle}が{last}。{against}比で{change}です。
    trends.lines.notes.committed = コミット達成率は{value}、{against}比で{change}。プレイブックでは、コミット型はすべて達成するのが前提です。
    trends.lines.notes.aspirational = ストレッチ平均は{value}、{against}比で{change}。健全なストレッチは{target}前後で、{safe}以上は控えめすぎのサインです。
    trends.lines.lede.one = アーカイブ済みは{cycle}の1サイクルのみ：推移は次のサイクルから · 破線：コミット型の目標値{target}、ストレッチ型の目安{sweetSpot}
    trends.lines.lede = {n, plural, other {#サイクル}}、{range} · 破線：コミット型の目標値{target}、ストレッチ型の目安{sweetSpot}
    trends.lines.footnote = 全体：スコアのある目標の平均 · コミット型：{target}に達したコミット型KRの割合 · ストレッチ型：ストレッチ型KRの平均スコア

    # Cycle by cycle
    trends.slide.table = サイクル別の数値
    trends.table.kicker = 数値で見る
    trends.table.heading = サイクル別の数値
    trends.table.cycle = サイクル
    trends.table.overall = 全体
    trends.table.committed = コミット型
    trends.table.aspirational = ストレッチ型
    trends.table.keyResults = KR
    trends.table.wins = 達成
    trends.table.misses = 未達
    trends.table.updated = 直近{recentDays}日の更新
    trends.table.confidence = ネット自信度
    trends.table.more = ほか{n, plural, other {過去#サイクル}}：全サイクルはhistory.jsonにあります
    trends.table.footnote = すべての数値はhistory.jsonにもあります
    trends.table.notes.order = 同じ指標を数値で、古い順に並べています。最新のサイクルを強調しています。
    trends.table.notes.counts = 達成と未達はKRの件数です。コミット達成率は、{target}に達したコミット型KRの割合です。
    trends.table.lede.recent = {n, plural, other {#サイクル}}のうち直近{shown}サイクル
    trends.table.lede.all = {n, plural, =1 {アーカイブ済みサイクル} other {アーカイブ済みの全サイクル}}の主要指標

    # Team by team
    trends.slide.teams = チーム別
    trends.teams.kicker = チーム別
    trends.teams.size = {n, plural, other {KR #件}}
    trends.teams.lastIn = 最終 {cycle}
    trends.teams.sparkTitle = {team}：サイクルごとのスコア
    trends.teams.notes.one = 各カードは{cycle}のチームスコアです（規模の大きいチームから順に）。次のサイクルからは、各カードにチームの推移が線で表示されます。
    trends.teams.notes.many = 各カードはチームのサイクルごとのスコアです（規模の大きいチームから順に）。破線は{green}です。
    trends.teams.notes.hidden = ほか{n, plural, other {#チーム}}はここに表示していません。全チームのスコアはhistory.jsonにあります。
    trends.teams.notes.shapes = 一点ではなく形に注目してください：着実な上昇、落ち込んでから回復したチーム、数サイクル続けて下がっているチーム。
    trends.teams.lede.largest = {n, plural, other {#チーム}}のうちKRの多い{shown}チーム（全チームはhistory.json）
    trends.teams.lede.all = {n, plural, other {#チーム}}、規模の大きい順
    trends.teams.lede.lines = 破線は{green} · ▲▼は{cycle}比
    trends.teams.lede.bars = バーの目盛りは{green}
    trends.teams.title.one = {cycle}のチーム別スコア
    trends.teams.title.many = チーム別スコアの推移

    # Biggest movers
    trends.slide.movers = 大きく動いたチーム
    trends.movers.kicker = 大きく動いたチーム
    trends.movers.up = 上昇
    trends.movers.down = 低下
    trends.movers.none.up = スコアが上がったチームはありません。
    trends.movers.none.down = スコアが下がったチームはありません。
    trends.movers.notes.up = 最も伸びたのは{team}：{before}から{now}へ。何が変わったのか、ぜひ共有してもらいましょう。
    trends.movers.notes.down = 最も下がったのは{team}：{before}から{now}へ。下落は評価ではなく問いかけです。担当範囲が変わった？メンバーが変わった？目標が難しくなった？
    trends.movers.notes.counts = {up, plural, other {#チームが上昇}}、{down}チームが低下、{same}チームが横ばいでした。
    trends.movers.title = {cycle}から大きく動いたチーム
    trends.movers.lede = {last}のチームスコアと{previous}からの変化 · 両サイクルにスコアがある{n, plural, other {#チーム}}
    trends.movers.footnote = 上昇{up}チーム · 低下{down}チーム · 横ばい{same}チーム（小数第2位まで） · バーの目盛りは{green}

    # Goals too safe, over-committing
    trends.slide.tooSafe = ストレッチ不足
    trends.slide.overCommitting = コミット過多
    trends.streaks.kicker.tooSafe = パターン · ストレッチ不足
    trends.streaks.kicker.overCommitting = パターン · コミット過多
    trends.streaks.title.tooSafe = 2サイクル連続のストレッチ不足
    trends.streaks.title.overCommitting = 2サイクル連続のコミット過多
    trends.streaks.lede.tooSafe = ストレッチ型KRの平均が連続するサイクルで{safe}以上だったチーム
    trends.streaks.lede.overCommitting = 連続するサイクルでコミット型KRが未達だったチーム
    trends.streaks.lede.count = {n, plural, other {#チーム}}、{latest}も継続中：{ongoing, plural, =0 {なし} other {#チーム}}{ongoing, plural, =0 {} other {（黄）}}
    trends.streaks.endedAfter = {cycle}で終了
    trends.streaks.detail.tooSafe = {cycle}のストレッチ平均 {value}
    trends.streaks.detail.overCommitting = {cycle}にコミット型{n, plural, other {#件}}が未達 · {met}件達成
    trends.streaks.notes.none.tooSafe = ストレッチ型の平均が2サイクル続けて{safe}以上だったチームはありません。ストレッチ目標はしっかり挑戦できています。
    trends.streaks.notes.none.overCommitting = 2サイクル続けてコミット型KRが未達だったチームはありません。コミットの量は適切です。
    trends.streaks.notes.tooSafe = {n, plural, other {#チーム}}が2サイクル以上続けてストレッチ不足でした。{latest}でも{ongoing, plural, other {#チーム}}が続いています。
    trends.streaks.notes.overCommitting = {n, plural, other {#チーム}}が2サイクル以上続けてコミット型KRを未達にしました。{latest}でも{ongoing, plural, other {#チーム}}が続いています。
    trends.streaks.notes.start = まずは{teams}から。ランキングではなく、チームリーダーとの対話として。
    trends.streaks.advice.tooSafe.1 = 平均{safe}以上のストレッチ型は、ほぼ満点で達成されています。実質的にはコミット型です。
    trends.streaks.advice.tooSafe.2 = {target}でも称賛されるとしたら何に挑戦するか、これらのチームに聞いてみましょう。
    trends.streaks.advice.tooSafe.3 = 確実なものはコミット型に移し、本当に不確実なストレッチ型を1つ加えましょう。
    trends.streaks.advice.overCommitting.1 = 毎サイクルのコミット未達は、たいていコミットが多すぎるか、チームの手が届かない依存関係があるサインです。
    trends.streaks.advice.overCommitting.2 = 残りを確実に達成するには何をやめるか、聞いてみましょう。
    trends.streaks.advice.overCommitting.3 = コミットは絞り込み、不確実なものはストレッチ型に移しましょう。
    trends.streaks.empty.tooSafe = 2サイクル続けてストレッチ不足だったチームはありません。
    trends.streaks.empty.overCommitting = 2サイクル続けてコミット型KRが未達だったチームはありません。
    trends.streaks.more = ほか{n, plural, other {#チーム}}：全チームはhistory.jsonにあります
    trends.streaks.talking = 話し合うポイント

    # Review rhythm over time
    trends.slide.cadence = レビューの頻度の推移
    trends.cadence.kicker = レビューの頻度の推移
    trends.cadence.heading = サイクルごとのチェックイン頻度
    trends.cadence.share.chart = サイクル最後の{recentDays}日間に更新されたKR
    trends.cadence.share.desc = 各サイクル最後の{recentDays}日間に更新されたKRの割合：{values}。
    trends.cadence.share.series = 更新済み
    trends.cadence.confidence.chart = 最終チェックイン時のネット自信度
    trends.cadence.confidence.desc = サイクルごとのネット自信度（順調なKRの割合から遅延の割合を引いた値）：{values}。
    trends.cadence.confidence.series = 自信度
    trends.cadence.updated = 直近{recentDays}日の更新
    trends.cadence.between = 更新間隔
    trends.cadence.between.detail = {cycle}の中央値
    trends.cadence.confidence = ネット自信度
    trends.cadence.confidence.detail = 順調の割合 − 遅延の割合
    trends.cadence.notes.share = サイクルごとのチェックイン頻度です。{cycle}では最後の{recentDays}日間にKRの{share}が更新され、更新間隔の中央値は{gap}でした。
    trends.cadence.notes.change = {against}比で{change}です。
    trends.cadence.notes.confidence = ネット自信度は、最終チェックインで順調だったKRの割合から、遅延だったKRの割合を引いた値です。
    trends.cadence.notes.without = {n, plural, other {#サイクル}}はチェックインがなく、線が途切れています。
    trends.cadence.lede = 各サイクルのチェックインから
    trends.cadence.lede.without = チェックインのない{n, plural, other {#サイクル}}は空白
    trends.cadence.footnote = 更新間隔の中央値（日）：{gaps}
    trends.cadence.noCheckIns = チェックインなし

    # How to read it
    trends.slide.guide = 読み方
    trends.guide.kicker = 読み方
    trends.guide.heading = 各指標の意味
    trends.guide.overall = 全体スコア
    trends.guide.overall.text = スコアのある目標の平均（0〜1）：{green}以上が緑、{yellow}以上が黄。
    trends.guide.committed = コミット達成率
    trends.guide.committed.text = {target}に達したコミット型KRの割合。プレイブックでは全件達成が前提で、{target}の破線がその基準です。
    trends.guide.aspirational = ストレッチ平均
    trends.guide.aspirational.text = ストレッチ型KRの平均スコア。{sweetSpot}前後が健全なストレッチで、{safe}以上は控えめすぎです。
    trends.guide.arrows.text = 前のサイクルからの変化：改善は緑、悪化は赤、表示の桁で変化がなければグレー。
    trends.guide.tooSafe = ストレッチ不足
    trends.guide.tooSafe.text = ストレッチ型KRの平均が2サイクル以上連続で{safe}以上だったチーム。
    trends.guide.overCommitting = コミット過多
    trends.guide.overCommitting.text = 2サイクル以上連続で、コミット型KRを1件以上未達にしたチーム。
    trends.guide.rhythm = レビューの頻度
    trends.guide.rhythm.text = 各サイクルのチェックインから：最後の{recentDays}日間に更新されたKRの割合、更新間隔の中央値（日）、ネット自信度（順調 − 遅延）。
    trends.guide.matching = サイクルとチーム
    trends.guide.matching.text = サイクルは日付順（日付がなければ名前順）。チームは名前で照合するため、名前が変わったチームは新しい線になります。
    trends.guide.notes.source = ここの数値はすべて、townhall report --archive が1サイクルずつ蓄積するアーカイブから取っています。
    trends.guide.notes.thresholds = 適用中のしきい値：緑{green}、目安{sweetSpot}、控えめすぎ{safe}。すべての数値はhistory.jsonにあります。
    trends.guide.footnote = アーカイブより：{n, plural, other {#サイクル}}、{first}〜{last} · 作成 {date} · すべての数値はhistory.jsonにあります
    """
}
