extension Texts.Spanish {
    /// Textos de la presentación de tendencias (`townhall history`), por diapositiva.
    static let trends = """
    # La presentación en conjunto
    trends.document = Tendencias OKR · {range}
    trends.document.organization = {organization} · Tendencias OKR · {range}
    trends.range = {first} a {last}
    trends.range.none = aún no hay ciclos
    trends.cycles = {n, plural, one {# ciclo} other {# ciclos}}
    trends.teams = {n, plural, one {# equipo} other {# equipos}}
    trends.keyResults = {n, plural, one {# resultado clave} other {# resultados clave}}


    # Portada
    trends.slide.title = Portada
    trends.title.kicker = Ciclo a ciclo
    trends.title.heading = Tendencias OKR
    trends.title.notes.one = De momento hay un solo ciclo archivado, {range}: esta presentación muestra nuestro punto de partida; las tendencias aparecerán a partir del próximo ciclo.
    trends.title.notes.many = Bienvenidos. Estos son nuestros OKR a lo largo de {n, plural, one {# ciclo archivado} other {# ciclos archivados}}, {range}.
    trends.title.notes.agenda = Orden del día: las grandes cifras ciclo a ciclo, la trayectoria de cada equipo, los patrones que se repiten y con qué frecuencia hicimos seguimiento.

    # Ciclo a ciclo
    trends.slide.lines = Ciclo a ciclo
    trends.lines.kicker = Ciclo a ciclo
    trends.lines.heading = Cómo puntuaron nuestros OKR, ciclo a ciclo
    trends.lines.chart = Grandes cifras por ciclo
    trends.lines.desc = Puntuación global por ciclo: {overall}. Compromisos cumplidos: {committed}. Media aspiracional: {aspirational}.
    trends.lines.series.overall = Global
    trends.lines.series.committed = Comprometidos
    trends.lines.series.aspirational = Aspiracionales
    trends.lines.mark.target = meta {value}
    trends.lines.mark.sweetSpot = punto óptimo {value}
    trends.lines.overall = Puntuación global
    trends.lines.committed = Compromisos cumplidos
    trends.lines.aspirational = Media aspiracional
    trends.lines.detail.best = {cycle} · máximo {value} en {best}
    trends.lines.detail.sweetSpot = {cycle} · punto óptimo {value}
    trends.lines.notes.one = Un ciclo archivado: global {overall}, compromisos cumplidos {committed}, media aspiracional {aspirational}. Las líneas aparecerán a partir del próximo ciclo.
    trends.lines.notes.overall = Puntuación global: {first} en {firstCycle}, {last} en {lastCycle}; {change} frente a {against}.
    trends.lines.notes.committed = Compromisos cumplidos: {value}, {change} frente a {against}. La guía espera que se cumpla cada compromiso.
    trends.lines.notes.aspirational = Media aspiracional: {value}, {change} frente a {against}. Una buena ambición ronda {target}; con {safe} o más, las metas fueron demasiado seguras.
    trends.lines.lede.one = Un solo ciclo archivado, {cycle}: las tendencias empiezan con el próximo · discontinuas: meta comprometida {target}, punto óptimo aspiracional {sweetSpot}
    trends.lines.lede = {n, plural, one {# ciclo} other {# ciclos}}, {range} · discontinuas: meta comprometida {target}, punto óptimo aspiracional {sweetSpot}
    trends.lines.footnote = Global: media de los objetivos puntuados · comprometidos: parte de los compromisos que llegaron a {target} · aspiracionales: puntuación media de los resultados clave aspiracionales

    # Ciclo a ciclo, en cifras
    trends.slide.table = Ciclo a ciclo
    trends.table.kicker = Las cifras
    trends.table.heading = Ciclo a ciclo
    trends.table.cycle = Ciclo
    trends.table.overall = Global
    trends.table.committed = Comprometidos
    trends.table.aspirational = Aspiracionales
    trends.table.keyResults = Resultados clave
    trends.table.wins = Logros
    trends.table.misses = No logrados
    trends.table.updated = Al día en {recentDays} días
    trends.table.confidence = Confianza neta
    trends.table.more = y {n, plural, one {# ciclo anterior} other {# ciclos anteriores}}: todos los ciclos están en history.json
    trends.table.footnote = Todas las cifras están también en history.json
    trends.table.notes.order = Las mismas cifras en números, de la más antigua a la más reciente; el último ciclo va resaltado.
    trends.table.notes.counts = Logros y no logrados cuentan resultados clave; los compromisos cumplidos son la parte de los compromisos que llegaron a {target}.
    trends.table.lede.recent = Los {shown} más recientes de {n, plural, one {# ciclo} other {# ciclos}}
    trends.table.lede.all = Grandes cifras {n, plural, =1 {del ciclo archivado} other {de cada ciclo archivado}}

    # Equipo a equipo
    trends.slide.teams = Equipo a equipo
    trends.teams.kicker = Equipo a equipo
    trends.teams.size = {n, plural, one {# RC} other {# RC}}
    trends.teams.lastIn = último en {cycle}
    trends.teams.sparkTitle = {team}: puntuación por ciclo
    trends.teams.notes.one = Cada tarjeta es la puntuación de un equipo en {cycle}, primero los equipos más grandes. A partir del próximo ciclo, cada tarjeta mostrará la línea del equipo en el tiempo.
    trends.teams.notes.many = Cada tarjeta es la puntuación de un equipo a lo largo de los ciclos, primero los más grandes; la línea discontinua está en {green}.
    trends.teams.notes.hidden = {n, plural, one {# equipo más no aparece} other {# equipos más no aparecen}} aquí: history.json tiene las puntuaciones de todos los equipos.
    trends.teams.notes.shapes = Fíjate en las formas, no en puntos sueltos: una subida constante, un equipo que cayó y se recuperó, otro que lleva varios ciclos bajando.
    trends.teams.lede.largest = Los {shown} más grandes de {n, plural, one {# equipo} other {# equipos}} (todos en history.json), por resultados clave
    trends.teams.lede.all = {n, plural, one {# equipo} other {# equipos}}, primero los más grandes
    trends.teams.lede.lines = discontinua en {green} · ▲▼ vs. {cycle}
    trends.teams.lede.bars = barras marcadas en {green}
    trends.teams.title.one = La puntuación de cada equipo en {cycle}
    trends.teams.title.many = La puntuación de cada equipo a lo largo de los ciclos

    # Mayores cambios
    trends.slide.movers = Mayores cambios
    trends.movers.kicker = Mayores cambios
    trends.movers.up = Suben
    trends.movers.down = Bajan
    trends.movers.none.up = Ningún equipo subió su puntuación.
    trends.movers.none.down = Ningún equipo bajó su puntuación.
    trends.movers.notes.up = La mayor mejora: {team}, de {before} a {now}. Invítalos a contar qué cambió.
    trends.movers.notes.down = La mayor caída: {team}, de {before} a {now}. Una caída es una pregunta, no un veredicto: ¿nuevo alcance, gente nueva, metas más difíciles?
    trends.movers.notes.counts = {up, plural, one {# equipo mejoró} other {# equipos mejoraron}}, {down, plural, one {# bajó} other {# bajaron}}, {same, plural, one {# se mantuvo} other {# se mantuvieron}}.
    trends.movers.title = Quién se movió más desde {cycle}
    trends.movers.lede = Puntuación del equipo en {last}, cambio desde {previous} · {n, plural, one {# equipo puntuado} other {# equipos puntuados}} en ambos
    trends.movers.footnote = {up, plural, one {# mejora} other {# mejoran}} · {down, plural, one {# baja} other {# bajan}} · {same} sin cambios a dos decimales · barras marcadas en {green}

    # Metas demasiado seguras, exceso de compromisos
    trends.slide.tooSafe = Metas demasiado seguras
    trends.slide.overCommitting = Exceso de compromisos
    trends.streaks.kicker.tooSafe = Patrones · metas demasiado seguras
    trends.streaks.kicker.overCommitting = Patrones · exceso de compromisos
    trends.streaks.title.tooSafe = Metas demasiado seguras, dos ciclos seguidos
    trends.streaks.title.overCommitting = Exceso de compromisos, dos ciclos seguidos
    trends.streaks.lede.tooSafe = Equipos cuyos resultados clave aspiracionales promediaron {safe} o más en ciclos consecutivos
    trends.streaks.lede.overCommitting = Equipos que incumplieron compromisos en ciclos consecutivos
    trends.streaks.lede.count = {n, plural, one {# equipo} other {# equipos}}, {ongoing, plural, =0 {ninguno sigue así} one {# sigue así} other {# siguen así}} en {latest}{ongoing, plural, =0 {} other { (ámbar)}}
    trends.streaks.endedAfter = terminó tras {cycle}
    trends.streaks.detail.tooSafe = media aspiracional {value} en {cycle}
    trends.streaks.detail.overCommitting = {n, plural, one {# compromiso incumplido} other {# compromisos incumplidos}} en {cycle} · {met} cumplidos
    trends.streaks.notes.none.tooSafe = Ningún equipo promedió {safe} o más en sus metas aspiracionales dos ciclos seguidos: nuestras metas ambiciosas sí exigen.
    trends.streaks.notes.none.overCommitting = Ningún equipo incumplió compromisos dos ciclos seguidos: los compromisos están bien dimensionados.
    trends.streaks.notes.tooSafe = {n, plural, one {# equipo se puso} other {# equipos se pusieron}} metas demasiado seguras dos o más ciclos seguidos; {ongoing, plural, one {# sigue así} other {# siguen así}} en {latest}.
    trends.streaks.notes.overCommitting = {n, plural, one {# equipo incumplió} other {# equipos incumplieron}} compromisos dos o más ciclos seguidos; {ongoing, plural, one {# sigue así} other {# siguen así}} en {latest}.
    trends.streaks.notes.start = Empieza por {teams}: una conversación con los responsables de equipo, no un ranking.
    trends.streaks.advice.tooSafe.1 = Metas aspiracionales con media de {safe} o más se alcanzaron casi por completo: son compromisos disfrazados.
    trends.streaks.advice.tooSafe.2 = Pregunta qué intentarían estos equipos si se celebrara un {target}.
    trends.streaks.advice.tooSafe.3 = Pasa lo seguro a comprometido y añade una meta aspiracional de verdad incierta.
    trends.streaks.advice.overCommitting.1 = Incumplir compromisos ciclo tras ciclo suele indicar que hay demasiados, o dependencias que el equipo no controla.
    trends.streaks.advice.overCommitting.2 = Pregunta qué dejarían para cumplir el resto.
    trends.streaks.advice.overCommitting.3 = Comprometerse con menos cosas; pasar lo incierto a aspiracional.
    trends.streaks.empty.tooSafe = Ningún equipo fue a lo seguro dos ciclos seguidos.
    trends.streaks.empty.overCommitting = Ningún equipo incumplió compromisos dos ciclos seguidos.
    trends.streaks.more = y {n, plural, one {# equipo más} other {# equipos más}}: history.json los incluye todos
    trends.streaks.talking = Para hablarlo

    # Ritmo de revisión en el tiempo
    trends.slide.cadence = Ritmo de revisión en el tiempo
    trends.cadence.kicker = Ritmo de revisión en el tiempo
    trends.cadence.heading = Con qué frecuencia hicimos seguimiento, ciclo a ciclo
    trends.cadence.share.chart = Resultados clave actualizados en los últimos {recentDays} días del ciclo
    trends.cadence.share.desc = Parte de los resultados clave actualizados en los últimos {recentDays} días de cada ciclo: {values}.
    trends.cadence.share.series = Al día
    trends.cadence.confidence.chart = Confianza neta en el último seguimiento
    trends.cadence.confidence.desc = Confianza neta (parte de resultados clave en buen camino menos parte desviada) por ciclo: {values}.
    trends.cadence.confidence.series = Confianza
    trends.cadence.updated = Al día en los últimos {recentDays} días
    trends.cadence.between = Entre actualizaciones
    trends.cadence.between.detail = intervalo mediano en {cycle}
    trends.cadence.confidence = Confianza neta
    trends.cadence.confidence.detail = en buen camino menos desviados
    trends.cadence.notes.share = Con qué frecuencia hicimos seguimiento: el {share} de los resultados clave se actualizó en los últimos {recentDays} días de {cycle}, con un intervalo mediano de {gap}.
    trends.cadence.notes.change = Eso es {change} frente a {against}.
    trends.cadence.notes.confidence = La confianza neta es la parte de resultados clave en buen camino en su último seguimiento menos la parte desviada.
    trends.cadence.notes.without = {n, plural, one {# ciclo no tuvo} other {# ciclos no tuvieron}} seguimientos: de ahí los huecos en las líneas.
    trends.cadence.lede = A partir de los seguimientos de cada ciclo
    trends.cadence.lede.without = {n, plural, one {# ciclo sin seguimientos queda} other {# ciclos sin seguimientos quedan}} en blanco
    trends.cadence.footnote = Días medianos entre actualizaciones: {gaps}
    trends.cadence.noCheckIns = sin seguimientos

    # Cómo leerlo
    trends.slide.guide = Cómo leerlo
    trends.guide.kicker = Cómo leerlo
    trends.guide.heading = Qué significan las tendencias
    trends.guide.overall = Puntuación global
    trends.guide.overall.text = Media de los objetivos puntuados, de 0 a 1: verde desde {green}, ámbar desde {yellow}.
    trends.guide.committed = Compromisos cumplidos
    trends.guide.committed.text = Parte de los resultados clave comprometidos que llegaron a {target}. La guía los espera todos: de ahí la línea discontinua en {target}.
    trends.guide.aspirational = Media aspiracional
    trends.guide.aspirational.text = Puntuación media de los resultados clave aspiracionales. En torno a {sweetSpot} es una ambición sana; con {safe} o más, las metas fueron demasiado seguras.
    trends.guide.arrows.text = Cambio frente al ciclo anterior: verde si mejora, rojo si empeora, gris si no cambia con la precisión mostrada.
    trends.guide.tooSafe = Metas demasiado seguras
    trends.guide.tooSafe.text = Un equipo cuyos resultados clave aspiracionales promediaron {safe} o más en dos o más ciclos seguidos.
    trends.guide.overCommitting = Exceso de compromisos
    trends.guide.overCommitting.text = Un equipo que incumplió al menos un compromiso en dos o más ciclos seguidos.
    trends.guide.rhythm = Ritmo de revisión
    trends.guide.rhythm.text = A partir de los seguimientos de cada ciclo: parte de los resultados clave actualizados en sus últimos {recentDays} días, días medianos entre actualizaciones y confianza neta (en buen camino menos desviados).
    trends.guide.matching = Ciclos y equipos
    trends.guide.matching.text = Ciclos por orden de fecha (por nombre si no tienen fecha). Los equipos se emparejan por nombre: un equipo renombrado empieza una línea nueva.
    trends.guide.notes.source = Todas estas cifras vienen del archivo que llena `townhall report --archive`, ciclo a ciclo.
    trends.guide.notes.thresholds = Umbrales vigentes: verde {green}, punto óptimo {sweetSpot}, demasiado seguro {safe}; history.json tiene todas las cifras.
    trends.guide.footnote = Del archivo: {n, plural, one {# ciclo} other {# ciclos}}, de {first} a {last} · generado el {date} · todas las cifras están en history.json
    """
}
