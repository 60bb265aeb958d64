extension Texts.Spanish {
    /// Textos de la guía OKR de la organización (`townhall playbook`).
    static let playbook = """
    playbook.kicker = OKR
    playbook.title = Nuestra guía OKR
    playbook.titleOf = Guía OKR de {org}
    playbook.lede = Las reglas con las que cada equipo define, puntúa y revisa sus OKR, tal como townhall puntúa los ciclos de esta organización. Generada a partir de la configuración: si cambias un límite o un umbral, esta guía cambia con él.
    playbook.footer = Generada por townhall el {date} a partir de las mismas definiciones de comprobaciones y puntuación que usa el informe de la reunión general.

    # Objetivos y resultados clave
    playbook.shape.heading = Objetivos y resultados clave
    playbook.shape.body = Un objetivo dice adónde queremos llegar; sus resultados clave dicen cómo sabremos que hemos llegado. Mejor pocos y enfocados que muchos:
    playbook.measurable.heading = Cada resultado clave es medible
    playbook.measurable.body = Anota de dónde partes, adónde apuntas y dónde estás: valor inicial, meta y valor actual, o un hito de sí/no, o una nota final.
    playbook.outcomes.heading = Resultados, no tareas
    playbook.outcomes.body = Un resultado clave es algo que podemos observar, no el trabajo que pensamos hacer. «Lanzar el portal» es una tarea; «La mitad de nuestros clientes usa el portal cada semana» es un resultado.
    playbook.outcomes.verbs = un resultado clave que empieza por uno de estos verbos y no tiene meta numérica parece una tarea: {verbs}

    # Comprometidos y aspiracionales
    playbook.types.heading = Comprometidos y aspiracionales
    playbook.types.committed = Un OKR comprometido es una promesa: planeamos alcanzarlo por completo. Se cumple con una puntuación de {win}; cualquier cosa menor es un incumplimiento sobre el que reflexionamos.
    playbook.types.aspirational = Un OKR aspiracional es un reto: apuntamos alto y contamos con quedarnos cortos. Es un logro con {win} o más, un avance desde {progress} y no logrado por debajo de {progress}; en un equipo, los resultados clave aspiracionales deberían rondar {target} de media.

    # Puntuación
    playbook.scoring.heading = Cómo se puntúa cada resultado clave (de 0,0 a 1,0)
    playbook.scoring.body = Las reglas se aplican en este orden; la primera que se cumple da la puntuación. Cada ejemplo de abajo lo puntúa el propio townhall.
    playbook.rule.1 = Regla 1: un estado {statuses} saca el resultado clave de la puntuación.
    playbook.rule.2 = Regla 2: una nota final en la columna de puntuación es la puntuación (NN% es un porcentaje; un número solo de 0 a 1, una fracción; de 1 a 100, un porcentaje).
    playbook.rule.3 = Regla 3: una palabra sí/no como valor actual ({yes} / {no}) puntúa 1 o 0.
    playbook.rule.4 = Regla 4: un umbral que mantener (medida «como mínimo» o «como máximo») puntúa 1 si el valor actual lo cumple, y 0 si no.
    playbook.rule.5 = Regla 5: en otro caso, la puntuación es el progreso del valor inicial a la meta, (actual − inicial) ÷ (meta − inicial), entre 0 y 1.
    playbook.rule.5b = La misma regla puntúa una métrica que debe bajar, con un valor inicial por encima de la meta.
    playbook.rule.5c = El progreso más allá de la meta sigue visible como sobrecumplimiento; la puntuación se queda en 1.
    playbook.rule.6 = Regla 6: sin nada con qué puntuarlo, el resultado clave queda sin puntuar y aparece como problema de datos.
    playbook.example.scored = puntuación {score} (progreso {progress}), {band}; como comprometido: {committed}; como aspiracional: {aspirational}
    playbook.example.dropped = descartado: sin puntuar y fuera de todas las medias
    playbook.example.empty = sin valor inicial, meta, valor actual ni puntuación
    playbook.example.unscored = sin puntuar: aparece como problema de datos que corregir
    playbook.outcome.win = logro
    playbook.outcome.progress = avance
    playbook.outcome.miss = no logrado

    # Franjas de color
    playbook.bands.heading = Franjas de color
    playbook.bands.column.band = Franja
    playbook.bands.column.from = Puntuación
    playbook.bands.atLeast = {score} o más
    playbook.bands.below = por debajo de {score}
    playbook.bands.tolerance = Una puntuación a menos de {tolerance} de un umbral cuenta como alcanzado.
    playbook.band.green = verde
    playbook.band.yellow = ámbar
    playbook.band.red = rojo

    # Cómo se consolidan las puntuaciones
    playbook.rollup.heading = Cómo se consolidan las puntuaciones
    playbook.rollup.objective = La puntuación de un objetivo es la media ponderada de sus resultados clave puntuados (peso 1 salvo que se indique otro).
    playbook.rollup.team = La puntuación de un equipo es la media de las puntuaciones de sus objetivos.
    playbook.rollup.subtree = Un equipo con equipos que dependen de él (parent_team) recibe además una puntuación consolidada: la media de todos los objetivos de su rama.
    playbook.rollup.overall = La puntuación global es la media de todos los objetivos puntuados de la organización.
    playbook.rollup.attainment = Los compromisos cumplidos son la parte de los resultados clave comprometidos puntuados con {win} o más.
    playbook.rollup.aspirational = La media aspiracional es la puntuación media de los resultados clave aspiracionales puntuados; lo sano es rondar {target}.
    playbook.rollup.exampleKR = puntuación {score}, peso {weight}
    playbook.rollup.exampleResult = puntuación del objetivo {score}, {band}

    # Ritmo de revisión
    playbook.cadence.heading = Ritmo de revisión
    playbook.cadence.body = Los resultados clave tienen seguimientos a lo largo del ciclo, no solo al final. Con seguimientos, un resultado clave sin actualizar en los últimos {days} días del ciclo se considera desactualizado.

    # Nuestros valores
    playbook.values.heading = Nuestros valores
    playbook.values.body = {n, plural, one {Cada OKR puede indicar si sirve a nuestro valor} other {Cada OKR puede indicar a cuál de nuestros # valores sirve}}; la reunión general muestra cómo le fue a cada valor:
    playbook.values.none = No hay valores configurados ([organization] values en la configuración).

    # Lo que muestra la reunión general de cierre
    playbook.townhall.heading = Lo que muestra la reunión general de cierre
    playbook.townhall.body = Al final del ciclo, los OKR de cada equipo se puntúan con estas reglas y la reunión general cuenta la historia del ciclo:
    playbook.townhall.glance = el ciclo de un vistazo: puntuación global, compromisos cumplidos, media aspiracional, logros y no logrados
    playbook.townhall.balance = comprometidos frente a aspiracionales, y cómo se reparten las puntuaciones
    playbook.townhall.wins = los logros para celebrar: resultados clave comprometidos con {win}, aspiracionales con {aspirationalWin} o más
    playbook.townhall.misses = lo que no logramos, para reflexionar: primero los compromisos, con las notas del equipo
    playbook.townhall.teams = equipo a equipo, y cada equipo con su propia presentación de retrospectiva antes de la reunión general
    playbook.townhall.health = la salud de la guía: lo que encontraron estas reglas y qué hacer distinto el próximo ciclo
    playbook.townhall.how = cómo se puntuó el ciclo: las reglas de esta guía
    playbook.townhall.carry = lo que trasladamos: compromisos incumplidos y resultados clave aspiracionales no alcanzados del todo

    # Todas las comprobaciones de la guía
    playbook.checks.heading = Todas las comprobaciones de la guía
    playbook.checks.body = townhall lint y la diapositiva y la hoja de salud de la guía del informe aplican estas comprobaciones, con estos identificadores:
    playbook.checks.column.id = Comprobación
    playbook.checks.column.rule = Qué pide
    playbook.checks.column.state = Vigente
    playbook.checks.on = sí
    playbook.checks.off = desactivada
    playbook.checks.withCheckIns = con seguimientos
    playbook.checkOff = {rule} (desactivada aquí: {id})
    """
}
