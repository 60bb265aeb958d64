extension Texts.Japanese {
    /// Japanese texts of `Texts.English.teams`: a team's retro deck, the index of team decks and
    /// the PDF handout's document information.
    static let teams = """
    # A team's deck: its title, footer and title slide ("Engineering · 2026-Q3振り返り").
    retro.kicker = OKR チーム振り返り
    retro.title = {team} · {cycle}振り返り
    retro.welcome = {team}の{cycle}振り返りへようこそ。達成したこと、届かなかったこと、次に持ち越すこと。チームとしてこのサイクルを締めくくります。
    retro.welcomeAt = {org} {team}の{cycle}振り返りへようこそ。達成したこと、届かなかったこと、次に持ち越すこと。チームとしてこのサイクルを締めくくります。
    retro.noComparison = {cycle} · チーム比較なし：{previous}に{team}というチームはありませんでした
    # The index of team decks (DIR/<cycle>-teams/index.html).
    index.title = チーム振り返り · {cycle}
    index.heading = チーム振り返り · {cycle}
    index.lede = チーム振り返りスライド{n, plural, other {#件}}。配下のチームを含め、チームごとに1つずつあります。スコアは各チームの配下込みスコアで、タウンホールとまったく同じ方法で採点しています。
    index.filter = チームを絞り込む
    index.column.team = チーム
    index.column.parent = 上位チーム
    index.column.score = スコア
    index.column.keyResults = KR
    index.column.wins = 達成
    index.column.misses = 未達
    index.column.deck = スライド
    index.link = {team}の振り返り
    index.footer = townhallが{source}から作成しました。各スライドは単体で完結したファイルです。ブラウザで開き、?キーで操作方法を表示できます。
    # The PDF handout's document information (pdfinfo's Title and Subject).
    pdf.title = {cycle}タウンホール
    pdf.titleOf = {org} · {cycle}タウンホール
    pdf.subject = {cycle}の締めくくり：スコア、達成、未達、チーム別、プレイブック診断、次サイクルへの持ち越し
    """
}
