extension Texts.Japanese {
    /// Japanese texts of the row problems, rejected rows and run warnings (English in `ProblemTexts.swift`).
    static let problems = """
    # townhall が名付ける列（「行」、または入力にない列の項目名）。
    problem.column = {name, select, row {行} score {スコア} start {開始値} target {目標値} current {現在値} weight {重み} confidence {自信度} other {{name}}}
    problem.score.notAGrade = スコア「{text}」は0〜1の割合でも0〜100のパーセントでもありません
    problem.start.decreaseNeedsStart = 減らすKRには開始値が必要です
    problem.start.notANumber = 開始値「{text}」は数値ではありません
    problem.target.equalsStart = 目標値が開始値（{start}）と同じため、進捗を計算できません
    problem.target.wrongWay = 目標値{target}は、{start}からの{measure, select, increase {増加} decrease {減少} other {「{measure}」}}とは逆向きです
    problem.target.notANumber = 目標値「{text}」は数値ではありません
    problem.current.notANumber = 現在値「{text}」は数値でもはい/いいえの語でもありません
    problem.nothingToScore = スコアを付ける手がかりがありません：スコアも{field, select, target {目標値} other {現在値}}もありません
    problem.weight.notANumber = 重み「{text}」は0以上の数値ではありません
    problem.confidence.notAConfidence = 自信度「{text}」は0〜1、0〜100%、1〜10のいずれでもありません
    problem.confidence.needsPercent = 自信度「{text}」は0〜1、0〜100%、1〜10のいずれでもありません（パーセントには%が必要です：{text}%）
    problem.confidence.leftOut = {problem}。除外しました（スコアには影響しません）
    problem.checkIn.notUsed = {problem}。使用していません
    problem.checkIn.fieldCount = チェックインの項目数が{fields}ですが、見出し行は{width}です。使用していません
    problem.checkIn.noKRID = kr_idのないチェックインです
    problem.checkIn.unknownKRID = kr_id「{id}」のKRはありません
    problem.checkIn.badDate = 日付「{text}」はISO 8601形式（YYYY-MM-DD）ではありません
    problem.checkIn.noValue = 値のないチェックインです
    problem.checkIn.badValue = 値「{text}」は数値でもはい/いいえの語でもありません
    problem.checkIn.outsideCycle = 日付{date}はサイクル外です（{start}〜{end}、{source, select, config {設定} export {エクスポート} cycleName {サイクル名} other {チェックイン}}による）。使用していません
    rejected.fieldCount = 行の項目数が{fields}ですが、見出し行は{width}です
    rejected.missing = 欠けています：{columns}
    warning.checkIns.allOutside = {n, plural, =1 {ただ1件のチェックインがサイクル外（{start}〜{end}）です。前四半期のファイルではありませんか？} other {チェックイン#件がすべてサイクル外（{start}〜{end}）です。前四半期のファイルではありませんか？}}
    warning.checkIns.longSpan = チェックインの期間が{start}〜{end}（{days}日）とサイクルより長く、サイクルの日付もそこから取っています。設定で[cycle]のstartとendを指定してください。推移は数週おきの点で表示します
    warning.list = {head}と{last}
    warning.viva.unclosedWeight = KR{n, plural, other {#件}}（{names}{more}）のAligned Toにある「(weight: …, Id: …)」が閉じていません。目標のタイトルとして読み、重みは1にしました。セルが途中で切れていないか確認してください
    warning.viva.otherKinds = Object Typeが{kinds}の行はKRではないため、その他の項目として数えました
    warning.singleTeam = チーム列がないため、すべてのKRを1つのチーム「{team}」として数えます{named, select, no {（名前は設定の[organization] nameで指定できます）} other {（設定の組織名）}}。分けるにはチーム列を追加してください
    warning.generic.progressPerObjective = 「{name}」を各KRの最終評価として読みますが、目標ごとに1つの値です（KRが複数ある{n, plural, other {目標#件}}で、どのKRも同じ値）。目標の進捗であれば、これらの評価は誤りです。設定の[columns]でKR自身の評価列を指定するか、BurningOKRのエクスポートとして--profile burningokrで読んでください
    warning.statedProgress.differs = 目標「{title}」：エクスポートの{name}は{stated}ですが、townhallはKRから{score}と算出しました
    warning.statedProgress.unread = エクスポートの{name}が{n, plural, other {目標#件}}で数値ではありません（目標「{title}」：「{text}」）。townhallの目標スコアとは比較していません
    warning.sheet.scorecard = townhallのスコアカードです。{sheet}シートの入力列だけを読みます（「{first}」以降の列はtownhallが計算し直します）
    warning.sheet.scorecardNoComputed = townhallのスコアカードのようですが、{sheet}の見出しに計算列がないため、そのまま読みました
    warning.sheet.firstVisible = シート「{name}」を読みました（表示中の{n}枚のうち最初：{names}）。別のシートは--sheetで選べます
    warning.sheetIgnored = --sheetはブック用です。この入力はCSVテキストとして読むため、このオプションは無視します
    warning.startDefaulted = 開始値のないKRが{n, plural, other {#件}}あり、0から進捗を計算しました（{check}チェックを参照）
    warning.objectiveIDShared = objective_id「{id}」がチーム「{first}」（{line}行目）と「{team}」の両方で使われています。別々の目標とし、「{team}」の目標は「{kept}」としました
    warning.teamLoop = チーム「{team}」がparent_teamをたどると自分自身の上位になります。ツリーの最上位に表示します
    warning.more = …ほか{n, plural, other {#件}}の警告
    """
}
