extension Texts.French {
    /// Textes des rétrospectives d’équipe : le deck d’une équipe, l’index des decks d’équipe et le PDF.
    static let teams = """
    # La présentation d’une équipe : titre, pied de page et diapositive de titre (« Engineering · Rétrospective 2026-Q3 »).
    retro.kicker = Rétrospective d’équipe OKR
    retro.title = {team} · Rétrospective {cycle}
    retro.welcome = Bienvenue à la rétrospective {cycle} de l’équipe {team}. Nous clôturons le cycle ensemble : nos réussites, nos échecs et ce que nous reportons.
    retro.welcomeAt = Bienvenue à la rétrospective {cycle} de l’équipe {team} chez {org}. Nous clôturons le cycle ensemble : nos réussites, nos échecs et ce que nous reportons.
    # Le surtitre du coup d’œil quand le cycle précédent de l’archive n’avait pas cette équipe.
    retro.noComparison = {cycle} · pas de comparaison : {previous} n’avait pas d’équipe {team}
    # L’index des présentations d’équipe.
    index.title = Rétrospectives d’équipe · {cycle}
    index.heading = Rétrospectives d’équipe · {cycle}
    index.lede = {n, plural, one {# présentation de rétrospective} many {# de présentations de rétrospective} other {# présentations de rétrospective}}, un par équipe avec toutes ses sous-équipes. Chaque score est le score consolidé de l’équipe, calculé exactement comme pour la réunion générale.
    index.filter = Filtrer les équipes
    index.column.team = Équipe
    index.column.parent = Rattachée à
    index.column.score = Score
    index.column.keyResults = Résultats clés
    index.column.wins = Réussites
    index.column.misses = Échecs
    index.column.deck = Présentation
    index.link = Rétrospective {team}
    index.footer = Généré par townhall à partir de {source}. Chaque présentation est un fichier autonome : ouvrez-la dans un navigateur, appuyez sur ? pour voir ses raccourcis.
    # Les informations du PDF (Title et Subject).
    pdf.title = Réunion générale {cycle}
    pdf.titleOf = {org} · Réunion générale {cycle}
    pdf.subject = Bilan {cycle} : scores, réussites, échecs, équipe par équipe, santé du guide OKR et ce que nous reportons
    """
}
