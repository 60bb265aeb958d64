extension Texts.Spanish {
    /// Textos de las retrospectivas de equipo: la presentación de un equipo, el índice y el PDF.
    static let teams = """
    # La presentación de un equipo: título, pie y portada («Engineering · Retrospectiva 2026-Q3»).
    retro.kicker = Retrospectiva OKR del equipo
    retro.title = {team} · Retrospectiva {cycle}
    retro.welcome = Bienvenidos a la retrospectiva {cycle} de {team}. Cerramos el ciclo en equipo: lo que logramos, lo que no y lo que trasladamos al siguiente.
    retro.welcomeAt = Bienvenidos a la retrospectiva {cycle} de {team} en {org}. Cerramos el ciclo en equipo: lo que logramos, lo que no y lo que trasladamos al siguiente.
    # El antetítulo del resumen cuando el ciclo anterior del archivo no tenía este equipo.
    retro.noComparison = {cycle} · sin comparación: {previous} no tenía el equipo {team}
    # El índice de presentaciones de equipo.
    index.title = Retrospectivas de equipo · {cycle}
    index.heading = Retrospectivas de equipo · {cycle}
    index.lede = {n, plural, one {# presentación de retrospectiva} other {# presentaciones de retrospectiva}}, una por equipo con todos los equipos que dependen de él. Cada puntuación es la consolidada del equipo, calculada exactamente igual que en la reunión general.
    index.filter = Filtrar equipos
    index.column.team = Equipo
    index.column.parent = Depende de
    index.column.score = Puntuación
    index.column.keyResults = Resultados clave
    index.column.wins = Logros
    index.column.misses = No logrados
    index.column.deck = Presentación
    index.link = Retrospectiva de {team}
    index.footer = Generado por townhall a partir de {source}. Cada presentación es un único archivo autónomo: ábrelo en un navegador y pulsa ? para ver sus atajos.
    # La información del PDF (Title y Subject).
    pdf.title = Reunión general {cycle}
    pdf.titleOf = {org} · Reunión general {cycle}
    pdf.subject = Cierre de {cycle}: puntuaciones, logros, no logrados, equipo a equipo, salud de la guía OKR y lo que trasladamos
    """
}
