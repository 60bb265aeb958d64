// Japanese glossary: one word per concept across the deck, the workbook, the trends and the playbook.
//
//   objective              目標            (a target value is 目標値, never bare 目標)
//   key result             KR              (counted: KR 5件 in lists, 5件のKR / KRが5件 in sentences)
//   committed              コミット型      aspirational  ストレッチ型   (the type: 種別)
//   commitment / stretch   コミット / ストレッチ (in running text about promises and stretch goals)
//   win / progress / miss  達成 / 前進 / 未達   (a committed miss: コミット未達)
//   score                  スコア          overall score 全体スコア; team score チームスコア
//   roll-up (score)        配下込みスコア  part of {parent} {parent}配下; sub-team サブチーム
//   committed attainment   コミット達成率  aspirational mean ストレッチ平均
//   sweet spot             目安            too safe 控えめすぎ (the trend: ストレッチ不足)
//   over-committing        コミット過多
//   check-in               チェックイン    (counted: チェックイン5回)
//   town hall              タウンホール    team retro チーム振り返り; deck スライド
//   cycle                  サイクル        quarter 四半期; week 第7週
//   team                   チーム          owner 担当者 (thanked as {owner}さん)
//   on track / at risk / off track   順調 / 要注意 / 遅延
//   bands Green / Amber / Red        緑 / 黄 / 赤   (band 評価帯)
//   confidence             自信度          net confidence ネット自信度
//   carry forward          持ち越し
//   stale                  更新停滞        went quiet 更新が止まった; never updated 更新なし
//   dropped                取り下げ        unscored スコアなし
//   review rhythm          レビューの頻度  between updates 更新間隔
//   playbook               プレイブック    playbook health プレイブック診断
//   check / finding        チェック項目 / 指摘   error エラー, warning 警告
//   reflection / notes     振り返り / メモ
//   start / target / current   開始値 / 目標値 / 現在値; progress (the ratio) 進捗
//   scorecard              スコアカード    export エクスポート; data problem データの問題
//   value (company value)  価値観
//
// Counts: KRs, objectives, findings 件; teams チーム (3チーム); check-ins 回; days 日.
// No space between a figure and its counter; full-width 「」（）：、。 in running text; slide
// titles, badges, headers and sheet names without 。. Input words the export must contain
// (dropped, yes, at least…) stay as users type them.
extension Texts.Japanese {
    /// Japanese texts of `Texts.English.common`.
    static let common = """
    common.cycle.unnamed = OKRサイクル
    common.change.score = {arrow} {amount}
    common.change.points = {arrow} {n, plural, other {#pt}}
    """
}
