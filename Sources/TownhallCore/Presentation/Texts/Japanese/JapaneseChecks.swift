extension Texts.Japanese {
    /// Japanese texts of the playbook's checks (`check.<id>.summary|finding|advice`); their English
    /// is in each check's file (`Checks/*.swift`, `english`). A summary states the rule as it holds
    /// when nothing is found; `found` heads the deck's playbook health (how many were found); a finding says what was found about one key result, objective or team.
    static let checks = """
    check.aspirational-too-easy.summary = ストレッチ型KRは十分に挑戦的（チーム平均が{sandbagging}未満）
    check.aspirational-too-easy.found = ストレッチ型の平均が{sandbagging}以上のチームが{n, plural, other {#チーム}}：控えめすぎ
    check.aspirational-too-easy.finding = ストレッチ型KRの平均が{mean}：挑戦が足りません
    check.committed-miss-no-notes.summary = 未達のコミット型KRにはすべて振り返りがある
    check.committed-miss-no-notes.found = 振り返りのないコミット未達が{n, plural, other {#件}}
    check.committed-miss-no-notes.finding = コミット型KRが未達で振り返りがありません：振り返りを書いてください
    check.kr-never-updated.summary = すべてのKRがサイクル中にチェックインされている
    check.kr-never-updated.found = 一度もチェックインのないKRが{n, plural, other {#件}}
    check.kr-never-updated.finding = サイクル中に一度も更新がありません：チェックインなし
    check.kr-not-measurable.summary = すべてのKRに目標値かスコアがある
    check.kr-not-measurable.found = 目標値もスコアもないKRが{n, plural, other {#件}}
    check.kr-not-measurable.finding = 測れるものがありません：目標値もスコアもなし
    check.kr-not-measurable.advice = {n, plural, other {#件のKR}}に、測れる目標値を設定しましょう。
    check.kr-reads-as-task.summary = KRはタスクではなく成果を表している
    check.kr-reads-as-task.found = 成果ではなくタスクに見えるKRが{n, plural, other {#件}}
    check.kr-reads-as-task.finding = 「{verb}」で始まり数値目標がありません：成果ではなくタスクに見えます
    check.kr-reads-as-task.advice = {n, plural, other {#件のKR}}を、タスクではなく成果の形に書き直しましょう。
    check.kr-stale.summary = すべてのKRがサイクル最後の{days}日間に更新されている
    check.kr-stale.found = 直近{days}日間更新のないKRが{n, plural, other {#件}}
    check.kr-stale.finding = 最終更新は{last}、サイクル終了の{days_since}日前（上限{limit}日）
    check.missing-start.summary = 数値型のKRには開始値がある
    check.missing-start.found = 開始値のない数値型KRが{n, plural, other {#件}}
    check.missing-start.finding = 開始値が空欄：0から進捗を計算しています
    check.missing-type.summary = すべてのKRにコミット型かストレッチ型かの指定がある
    check.missing-type.found = 種別のないKRが{n, plural, other {#件}}
    check.missing-type.finding = 種別が空欄：コミット型として集計しています
    check.objective-kr-count.summary = 各目標のKRは{fewest}〜{most}件
    check.objective-kr-count.found = KRが{fewest}〜{most}件の範囲外の目標が{n, plural, other {#件}}
    check.objective-kr-count.finding = KRが{n, plural, other {#件}}：プレイブックの基準は{fewest}〜{most}件
    check.objective-kr-count.advice = {n, plural, other {#件の目標}}で、KRの数を{fewest}〜{most}件に収めましょう。
    check.team-mostly-stale.summary = 各チームはKRの大半を更新し続けている
    check.team-mostly-stale.found = KRの大半が更新停滞しているチームが{n, plural, other {#チーム}}
    check.team-mostly-stale.finding = {n, plural, other {KR #件}}中{stale}件が、サイクル最後の{days}日間に更新されていません
    check.team-no-balance.summary = 各チームがコミット型とストレッチ型を組み合わせている
    check.team-no-balance.found = コミット型だけ、またはストレッチ型だけのチームが{n, plural, other {#チーム}}
    check.team-no-balance.finding = {n, plural, =1 {唯一のKRが} other {KR#件すべてが}}{type, select, committed {コミット型} other {ストレッチ型}}：コミット型とストレッチ型の組み合わせがありません
    check.team-no-balance.advice = {n, plural, other {#チーム}}で、コミット型とストレッチ型を組み合わせましょう。
    check.team-objective-count.summary = 各チームの目標は{fewest}〜{most}件
    check.team-objective-count.found = 目標が{fewest}〜{most}件の範囲外のチームが{n, plural, other {#チーム}}
    check.team-objective-count.finding = 目標が{n, plural, other {#件}}：プレイブックの基準は{fewest}〜{most}件
    check.team-objective-count.advice = {n, plural, other {#チーム}}で、目標の数を{fewest}〜{most}件に収めましょう。
    check.unknown-type.summary = 種別はコミット型かストレッチ型
    check.unknown-type.found = 種別がコミット型でもストレッチ型でもないKRが{n, plural, other {#件}}
    check.unknown-type.finding = 種別「{type}」はコミット型でもストレッチ型でもありません：コミット型として集計しています
    """
}
