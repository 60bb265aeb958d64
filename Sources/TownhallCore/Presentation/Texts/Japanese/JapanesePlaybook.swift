extension Texts.Japanese {
    /// Japanese texts of `Texts.English.playbook` (the organization's playbook, `townhall playbook`).
    /// Input words the export must contain (dropped, yes, at least…) stay as users type them.
    static let playbook = """
    playbook.kicker = OKR
    playbook.title = 私たちのOKRプレイブック
    playbook.titleOf = {org} OKRプレイブック
    playbook.lede = 各チームがOKRを設定し、採点し、振り返るためのルールです。townhallがこの組織のサイクルを採点する方法そのものです。設定ファイルから生成しているため、上限やしきい値を変えれば、このプレイブックも変わります。
    playbook.footer = townhallが{date}に、タウンホールのレポートと同じチェックと採点の定義から生成しました。
    playbook.checkOff = {rule}（この組織では無効：{id}）
    # 1. Objectives and key results
    playbook.shape.heading = 目標とKR
    playbook.shape.body = 目標は目指す姿を、KRはそこに到達したことをどう確かめるかを表します。数を並べるより、少なく絞り込むほうが効果的です：
    # 2. Committed and aspirational
    playbook.types.heading = コミット型とストレッチ型
    playbook.types.committed = コミット型のOKRは約束です。完全に達成するつもりで計画します。スコア{win}で達成とみなし、それ未満は振り返るべき未達です。
    playbook.types.aspirational = ストレッチ型のOKRは挑戦です。高く狙い、届かないことも想定しています。{win}以上で達成、{progress}以上で前進、{progress}未満で未達です。チーム全体では、ストレッチ型KRの平均が{target}前後になるのが目安です。
    # 3. Outcomes, not tasks
    playbook.outcomes.heading = タスクではなく成果を
    playbook.outcomes.body = KRは、予定している作業ではなく、観察できる結果です。「ポータルを公開する」はタスク、「顧客の半数が毎週ポータルを使っている」は成果です。
    playbook.outcomes.verbs = 次の動詞で始まり、数値目標のないKRはタスクとみなします：{verbs}
    # 4. Measurable
    playbook.measurable.heading = すべてのKRを測定可能に
    playbook.measurable.body = 出発点、目指す地点、現在地を書き留めましょう。開始値・目標値・現在値、またははい／いいえのマイルストーン、または最終評価のいずれかです。
    # 5. Review cadence
    playbook.cadence.heading = レビューの頻度
    playbook.cadence.body = KRはサイクルの終わりだけでなく、期間を通してチェックインします。チェックインがある場合、サイクル最後の{days}日間に更新のないKRは更新停滞とみなします。
    # 6. Scoring
    playbook.scoring.heading = 各KRの採点方法（0.0〜1.0）
    playbook.scoring.body = ルールは以下の順に適用され、最初に当てはまったものがスコアになります。下の例はすべてtownhall自身が採点したものです。
    playbook.rule.1 = ルール1：ステータスが {statuses} のいずれかなら、そのKRは採点の対象外です。
    playbook.rule.2 = ルール2：スコア列に最終評価があれば、それがスコアです（NN%は百分率、0〜1の数値は小数、1〜100の数値は百分率として読みます）。
    playbook.rule.3 = ルール3：現在値がはい／いいえを表す語（{yes} / {no}）なら、スコアは1か0です。
    playbook.rule.4 = ルール4：守るべきしきい値（measure が「at least」または「at most」）は、現在値がそれを守れていれば1、守れていなければ0です。
    playbook.rule.5 = ルール5：それ以外は、開始値から目標値への進捗 (現在値 − 開始値) ÷ (目標値 − 開始値) をスコアとし、0〜1の範囲に収めます。
    playbook.rule.5b = 減らす指標も、目標値より上の開始値から、同じルールで採点します。
    playbook.rule.5c = 目標値を超えた進捗は超過達成として表示されますが、スコアは1で止まります。
    playbook.rule.6 = ルール6：採点の根拠が何もなければ、そのKRはスコアなしとなり、データの問題として掲載されます。
    playbook.example.empty = 開始値・目標値・現在値・スコアのいずれもなし
    playbook.example.scored = スコア{score}（進捗{progress}）、{band}。コミット型なら{committed}、ストレッチ型なら{aspirational}
    playbook.example.dropped = 取り下げ：採点せず、どの平均にも含めない
    playbook.example.unscored = スコアなし：修正すべきデータの問題として掲載
    playbook.outcome.win = 達成
    playbook.outcome.progress = 前進
    playbook.outcome.miss = 未達
    playbook.band.green = 緑
    playbook.band.yellow = 黄
    playbook.band.red = 赤
    # 7. Roll-up
    playbook.rollup.heading = スコアの集計方法
    playbook.rollup.objective = 目標のスコアは、スコアのあるKRの加重平均です（重みは指定がなければ1）。
    playbook.rollup.team = チームのスコアは、そのチームの目標のスコアの平均です。
    playbook.rollup.subtree = 配下にチームがあるチーム（parent_team）には、配下込みスコアも付きます。配下全体のすべての目標の平均です。
    playbook.rollup.overall = 全体スコアは、組織内のスコアのあるすべての目標の平均です。
    playbook.rollup.attainment = コミット達成率は、スコアのあるコミット型KRのうち、{win}以上のものの割合です。
    playbook.rollup.aspirational = ストレッチ平均は、スコアのあるストレッチ型KRの平均スコアです。{target}前後が健全です。
    playbook.rollup.exampleKR = スコア{score}、重み{weight}
    playbook.rollup.exampleResult = 目標のスコア{score}、{band}
    # 8. Bands
    playbook.bands.heading = 評価帯の色
    playbook.bands.column.band = 評価帯
    playbook.bands.column.from = スコア
    playbook.bands.atLeast = {score}以上
    playbook.bands.below = {score}未満
    playbook.bands.tolerance = しきい値との差が{tolerance}以内のスコアは、しきい値に達したとみなします。
    # 9. The town hall
    playbook.townhall.heading = サイクル末のタウンホールで伝えること
    playbook.townhall.body = サイクルの終わりに、各チームのOKRをこのルールで採点し、タウンホールでサイクルの歩みを伝えます：
    playbook.townhall.glance = サイクルの概要：全体スコア、コミット達成率、ストレッチ平均、達成と未達
    playbook.townhall.balance = コミット型とストレッチ型の比較、スコアの分布
    playbook.townhall.wins = 称えたい達成：{win}のコミット型KRと、{aspirationalWin}以上のストレッチ型KR
    playbook.townhall.misses = 振り返るべき未達：コミット型を先に、チームのメモとともに
    playbook.townhall.teams = チーム別：タウンホールの前に、チームごとの振り返りスライドも
    playbook.townhall.health = プレイブック診断：このルールで見つかったことと、次サイクルで変えること
    playbook.townhall.carry = 持ち越し：未達のコミット型KRと、完全には届かなかったストレッチ型KR
    playbook.townhall.how = サイクルの採点方法：このプレイブックのルール
    # 10. Values
    playbook.values.heading = 私たちの価値観
    playbook.values.body = 各OKRは、私たちの{n, plural, other {#つの価値観}}のうちどれに貢献するかを示せます。タウンホールでは、価値観ごとの結果を紹介します：
    playbook.values.none = 価値観は設定されていません（設定ファイルの [organization] values）。
    # 11. Checks
    playbook.checks.heading = プレイブックのチェック項目一覧
    playbook.checks.body = townhall lint と、レポートのプレイブック診断スライド・シートは、以下のIDでこれらのチェックを適用します：
    playbook.checks.column.id = チェック項目
    playbook.checks.column.rule = 確認する内容
    playbook.checks.column.state = 適用
    playbook.checks.on = あり
    playbook.checks.off = 無効
    playbook.checks.withCheckIns = チェックインがある場合
    """
}
