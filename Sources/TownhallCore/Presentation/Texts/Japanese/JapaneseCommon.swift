// Japanese glossary: one word per concept across the deck, the workbook and the playbook.
//
//   objective            目標            (target value is 目標値, never bare 目標)
//   key result           KR              (キーリザルト only where a text explains the term)
//   OKR                  OKR
//   committed            コミット型      aspirational  ストレッチ型   (type 種別)
//   win / miss           達成 / 未達     (a committed miss: コミット型の未達)
//   score                スコア          overall score 全体スコア; mean 平均
//   attainment           達成率
//   sweet spot           目安            (aspirational ~0.70 is the 目安)
//   check-in             チェックイン
//   town hall            タウンホール
//   cycle                サイクル        quarter 四半期
//   team                 チーム          owner 担当者
//   on track / at risk / off track       順調 / 要注意 / 遅延
//   bands Green / Amber / Red            緑 / 黄 / 赤   (band 評価帯)
//   confidence           自信度
//   carry forward        持ち越し
//   stale                更新停滞
//   dropped              取り下げ
//   playbook             プレイブック    check チェック項目; finding 指摘; advice 提案
//   reflection / notes   振り返り / メモ
//   start / target       開始値 / 目標値; progress 進捗
//   scorecard            スコアカード    deck スライド
//
// Counts: KRs, objectives, findings 件 (5件); teams チーム (3チーム); check-ins 回; days 日; weeks 週.
// No space between a figure and its counter; full-width 「」（）：、。 in running text; slide titles,
// badges and headers without 。.
extension Texts.Japanese {
    /// Japanese texts of `Texts.English.common`.
    static let common = """
    """
}
