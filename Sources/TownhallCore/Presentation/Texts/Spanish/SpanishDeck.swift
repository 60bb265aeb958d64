extension Texts.Spanish {
    /// Textos de la presentación de la reunión general, por lugar: el marco y la ayuda, luego
    /// diapositiva a diapositiva.
    static let deck = """
    # El marco, el script y la ayuda
    deck.frame.title = Reunión general {cycle}
    deck.frame.titleOf = {organization} · Reunión general {cycle}
    deck.frame.carousel = carrusel
    deck.frame.slide = diapositiva
    deck.frame.slideOf = {n} de {total}
    deck.frame.notes = Notas del orador
    deck.frame.notesOf = Notas del orador, diapositiva {n}
    deck.script.where = {n} de {total}: {name}
    deck.script.next = Siguiente: {name}
    deck.script.last = Última diapositiva
    deck.script.live = Diapositiva {n} de {total}: {name}
    deck.help.title = Atajos de teclado
    deck.help.keySpace = Espacio
    deck.help.keyShift = Mayús
    deck.help.keyPageDown = AvPág
    deck.help.keyPageUp = RePág
    deck.help.keyHome = Inicio
    deck.help.keyEnd = Fin
    deck.help.keyEsc = Esc
    deck.help.orClick = o clic
    deck.help.next = Diapositiva siguiente
    deck.help.previous = Diapositiva anterior
    deck.help.firstLast = Primera, última diapositiva
    deck.help.overview = Vista general de las diapositivas
    deck.help.notes = Notas del orador
    deck.help.fullScreen = Pantalla completa
    deck.help.black = Pantalla en negro
    deck.help.help = Esta ayuda
    deck.help.print = Cada diapositiva tiene su propia dirección (#3); imprime en PDF para tener una diapositiva por página.

    # Cifras, unidades y cambios
    deck.unit.days = {n, plural, one {# día} other {# días}}
    deck.unit.daysDecimal = {days} días
    deck.unit.pts = {n, plural, one {# pt} other {# pts}}
    deck.unit.points = {n, plural, one {# punto} other {# puntos}}
    deck.delta.up = sube
    deck.delta.down = baja
    deck.delta.unchanged = sin cambios
    deck.delta.against = vs. {cycle}
    deck.delta.new = nuevo
    deck.delta.since = desde {cycle}
    deck.delta.notComparable = no comparable
    deck.delta.unchangedSpoken = sin cambios
    deck.delta.upBy = sube {amount}
    deck.delta.downBy = baja {amount}

    # Listas en una frase: a, b, c
    deck.list.pair = {a}, {b}
    deck.list.sentences = {a} {b}

    # Lo que se cuenta
    deck.n.keyResults = {n, plural, one {# resultado clave} other {# resultados clave}}
    deck.n.objectives = {n, plural, one {# objetivo} other {# objetivos}}
    deck.n.teams = {n, plural, one {# equipo} other {# equipos}}
    deck.n.scoredObjectives = {n, plural, one {# objetivo puntuado} other {# objetivos puntuados}}
    deck.n.scoredKRs = {n, plural, one {# RC puntuado} other {# RC puntuados}}
    deck.n.wins = {n, plural, one {# logro} other {# logros}}
    deck.n.misses = {n, plural, one {# no logrado} other {# no logrados}}
    deck.n.checkIns = {n, plural, one {# seguimiento} other {# seguimientos}}
    deck.n.subTeams = {n, plural, one {# subequipo} other {# subequipos}}
    deck.n.topLevelTeams = {n, plural, one {# equipo de primer nivel} other {# equipos de primer nivel}}
    deck.n.findings = {n, plural, one {# hallazgo} other {# hallazgos}}
    deck.n.checks = {n, plural, one {# comprobación} other {# comprobaciones}}
    deck.n.rowProblems = {n, plural, one {# problema de fila} other {# problemas de fila}}
    deck.n.rejectedRows = {n, plural, one {# fila rechazada} other {# filas rechazadas}}
    deck.n.scoredKeyResults = {n, plural, one {# resultado clave puntuado} other {# resultados clave puntuados}}
    deck.n.aspirationalMisses = {n, plural, one {# aspiracional no logrado} other {# aspiracionales no logrados}}
    deck.n.committedMisses = {n, plural, one {# compromiso incumplido} other {# compromisos incumplidos}}
    deck.n.dataProblems = {n, plural, one {# problema de datos} other {# problemas de datos}}
    deck.n.missingReflections = {n, plural, one {# reflexión pendiente} other {# reflexiones pendientes}}
    deck.n.moreChecks = {n, plural, one {# comprobación más} other {# comprobaciones más}}
    deck.n.moreKeyResults = {n, plural, one {# resultado clave más} other {# resultados clave más}}
    deck.n.moreTeams = {n, plural, one {# equipo más} other {# equipos más}}
    deck.n.moreTopLevelTeams = {n, plural, one {# equipo de primer nivel más} other {# equipos de primer nivel más}}
    deck.n.moreValues = {n, plural, one {# valor más} other {# valores más}}

    # Un resultado clave en una lista
    deck.type.committed = Comprometido
    deck.type.aspirational = Aspiracional
    deck.type.mixed = Mixto
    deck.type.aspirationalLower = aspiracional
    deck.type.committedLower = comprometido
    deck.kr.stretch = {percent} de la meta
    deck.kr.carriedOver = trasladado
    deck.kr.missedCommitment = compromiso incumplido
    deck.kr.noCheckIns = sin seguimientos
    deck.kr.neverUpdated = nunca actualizado
    deck.kr.quietSince = sin actividad desde el {day}
    deck.kr.dropped = descartado
    deck.kr.unscored = sin puntuar
    deck.kr.sparkTitle = Puntuación a lo largo del ciclo
    deck.kr.sparkDesc = {n, plural, one {# seguimiento} other {# seguimientos}}: {points}.
    deck.kr.sparkDescFinal = {n, plural, one {# seguimiento} other {# seguimientos}}: {points}. Puntuación final {score}.
    deck.kr.sparkPoint = {score} el {day}
    deck.kr.trailLegend = Líneas: la puntuación de cada resultado clave en sus seguimientos del ciclo, discontinua en su meta
    deck.key.bands = Color: franja de puntuación · verde ≥ {green} · ámbar ≥ {yellow} · rojo por debajo · barras marcadas en {green}
    deck.key.wins = Color: el resultado, todos logrados
    deck.key.misses = Color: el resultado, todos no logrados (metas: comprometidos {committed}, aspiracionales {aspirational})

    # Portada
    deck.title.name = Portada
    deck.title.kicker = Reunión general OKR
    deck.title.subtitle = Cierre del ciclo
    deck.title.logo = Logotipo de {organization}
    deck.title.facts = {keyResults} · {objectives} · {teams}
    deck.title.note.welcome = Bienvenidos a la reunión general {cycle}. Cerramos el ciclo celebrando lo que logramos y reflexionando sobre lo que no.
    deck.title.note.welcomeOf = Bienvenidos a la reunión general {cycle} de {organization}. Cerramos el ciclo celebrando lo que logramos y reflexionando sobre lo que no.
    deck.title.note.cycle = Este ciclo: {facts}.
    deck.title.note.cycleCompared = Este ciclo: {facts}. Lo comparamos en todo momento con {previous}.
    deck.title.note.agenda = Orden del día: el ciclo de un vistazo, compromisos y aspiraciones,{checkIns, select, yes { cómo evolucionó el ciclo semana a semana,} other {}} logros, no logrados, equipo a equipo,{checkIns, select, yes { nuestro ritmo de revisión,} other {}} la salud de la guía OKR y lo que trasladamos al siguiente ciclo.

    # El ciclo de un vistazo
    deck.glance.overallScore = Puntuación global
    deck.glance.meanOf = media de {scoredObjectives}
    deck.glance.committedAttainment = Compromisos cumplidos
    deck.glance.ofCommitmentsMet = {met} de {scored} compromisos cumplidos
    deck.glance.aspirationalMean = Media aspiracional
    deck.glance.sweetSpot = {scoredKRs} · punto óptimo {aspirationalTarget}
    deck.glance.wins = Logros
    deck.glance.ofScoredKey = {scored} de los resultados clave puntuados
    deck.glance.misses = No logrados
    deck.glance.committedAspirational = {committedMisses, plural, one {{committedMisses} comprometido} other {{committedMisses} comprometidos}} · {aspirationalMisses, plural, one {{aspirationalMisses} aspiracional} other {{aspirationalMisses} aspiracionales}}
    deck.glance.keyResults = Resultados clave
    deck.glance.scored = {scored, plural, one {{scored} puntuado} other {{scored} puntuados}}
    deck.glance.unscored = {unscored} sin puntuar
    deck.glance.dropped = {dropped, plural, one {{dropped} descartado} other {{dropped} descartados}}
    deck.glance.teams = Equipos
    deck.glance.overallScoreThe = Puntuación global {overallScore}: la media de {scoredObjectives}.
    deck.glance.committedAttainmentOf = Compromisos cumplidos {attainment}: {met} de {scored} compromisos llegaron a {committedWin}.
    deck.glance.aspirationalKeyResults = Los resultados clave aspiracionales promediaron {meanScore}, frente a un punto óptimo de {aspirationalTarget}.
    deck.glance.andAmongScored = {wins} y {misses} entre {scored} resultados clave puntuados.
    deck.glance.couldNotBe = {keyResults} sin puntuar: ver el anexo.
    deck.glance.againstOverallScore = Frente a {vs}: puntuación global {overallScore}, compromisos cumplidos {points}, media aspiracional {aspirationalMean}; logros {wins}, no logrados {misses}.
    deck.glance.theCycleAt = El ciclo de un vistazo
    deck.glance.comparedWith = {displayName} · frente a {vs}
    deck.glance.t.theCycleAt = El ciclo de un vistazo

    # Comprometidos frente a aspiracionales
    deck.balance.committedAttainment = Compromisos cumplidos
    deck.balance.committedAttainmentIs = Compromisos cumplidos: {attainment}; la guía espera el 100 %.
    deck.balance.aspirationalMeanScore = Puntuación media aspiracional
    deck.balance.aspirationalKeyResults = Los resultados clave aspiracionales promediaron {meanScore}; la guía espera alrededor de {target}, y {safe} o más indica metas demasiado seguras.
    deck.balance.sweetSpot = punto óptimo {target}
    deck.balance.tooSafe = demasiado seguro
    deck.balance.committed = Comprometidos
    deck.balance.aspirational = Aspiracionales
    deck.balance.committedVsAspirational = Comprometidos frente a aspiracionales
    deck.balance.thePlaybookA = La guía: un compromiso es una promesa y debe llegar a {committedWin}; una aspiración es un reto, y alrededor de {target} ya es un éxito.
    deck.balance.playbookCommittedLands = Guía: comprometidos a {committedWin} · aspiracionales cerca de {target} · {safe} o más, metas demasiado seguras
    deck.balance.t.committedVsAspirational = Comprometidos frente a aspiracionales
    deck.balance.t.didWeKeep = ¿Cumplimos nuestras promesas y apuntamos lo bastante alto?

    # Distribución de puntuaciones
    deck.distribution.green = Verde
    deck.distribution.amber = Ámbar
    deck.distribution.red = Rojo
    deck.distribution.text = {value} en {band} ({total})
    deck.distribution.bucket = {bucket}: {n}
    deck.distribution.legendLabel = {band} {range}
    deck.distribution.keyResultsBy = Resultados clave por franja
    deck.distribution.scoredKeyResults = Resultados clave puntuados por franja: {words}.
    deck.distribution.keyResultsBy2 = Resultados clave por puntuación
    deck.distribution.scoredKeyResults2 = Resultados clave puntuados por puntuación, en pasos de 0,1 de 0 a 1, y luego exactamente 1,0: {bucketWords}.
    deck.distribution.ofScoredKey = De {total} resultados clave puntuados: {words}.
    deck.distribution.exactly = exactamente 1,0
    deck.distribution.theMostCommon = La puntuación más frecuente es {range}, con {keyResults}.
    deck.distribution.aHealthyCycle = Un ciclo sano muestra los compromisos agrupados en 1,0 y las aspiraciones repartidas en torno a {aspirationalTarget}.
    deck.distribution.scoreDistribution = Distribución de puntuaciones
    deck.distribution.scoredKeyResults3 = {total} resultados clave puntuados · no se muestran: sin puntuar {unscored}, descartados {dropped}
    deck.distribution.t.scoreDistribution = Distribución de puntuaciones
    deck.distribution.t.whereOurKey = Dónde quedaron nuestros resultados clave

    # Cómo evolucionó el trimestre (seguimientos)
    deck.unfolded.all = Todos
    deck.unfolded.allKeyResults = Todos los resultados clave
    deck.unfolded.committed = Comprometidos
    deck.unfolded.aspirational = Aspiracionales
    deck.unfolded.to = del {start} al {end}
    deck.unfolded.meanScoreWeek = Puntuación media semana a semana
    deck.unfolded.desc = Puntuación media de los resultados clave al final de cada una de las {n} semanas, {span}.
    deck.unfolded.descSeries = {name}: {values}.
    deck.unfolded.committed2 = comprometidos {committedWin}
    deck.unfolded.sweetSpot = punto óptimo {aspTarget}
    deck.unfolded.weekByWeek = Semana a semana, la puntuación media de nuestros resultados clave pasó de {firstMean} a {final}, {span}.
    deck.unfolded.halfway = A mitad de ciclo
    deck.unfolded.endOfWeek = final de la semana {mid}, {end} · {share} de la media final
    deck.unfolded.atTheHalfway = A mitad de camino estábamos en {h}, menos de la mitad de donde terminamos: el grueso del avance llegó tarde. ¿Los planes se concentraron al final, o los seguimientos fueron por detrás del trabajo?
    deck.unfolded.atTheHalfway2 = A mitad de camino estábamos en {h}, el {share} de donde terminamos: un avance constante a lo largo {word, select, quarter {del trimestre} other {del ciclo}}.
    deck.unfolded.biggestWeek = La mejor semana
    deck.unfolded.weekTo = semana {week}, hasta el {end}
    deck.unfolded.theBiggestWeek = La mejor semana fue la {week} (hasta el {end}), cuando la media subió {gain}.
    deck.unfolded.committed3 = comprometidos {value}
    deck.unfolded.aspirational2 = aspiracionales {value}
    deck.unfolded.lastWeek = Última semana
    deck.unfolded.note.lastWeek = En la última semana: {parts}; los compromisos apuntan a {committedWin} y las aspiraciones a alrededor de {target}.
    deck.unfolded.meanOfThe = media de {keyResults}, no de los objetivos como la puntuación global ({overallScore})
    deck.unfolded.theseLinesCome = Estas líneas salen de los seguimientos; las puntuaciones finales del resto de la presentación salen de la exportación, y la puntuación global es una media de objetivos, así que pueden diferir un poco.
    deck.unfolded.howTheUnfolded = Cómo evolucionó {word, select, quarter {el trimestre} other {el ciclo}}
    deck.unfolded.weekByWeek2 = Semana a semana
    deck.unfolded.meanScoreOf = Puntuación media de nuestros resultados clave al final de cada semana, {span}
    deck.unfolded.eachKeyResult = Cada resultado clave cuenta desde su primer seguimiento, con su última puntuación · {counted} de {scoredKeyResults} con seguimiento · discontinuas: comprometidos {committedWin}, punto óptimo aspiracional {aspTarget}

    # Logros para celebrar
    deck.wins.noKeyResult = Ningún resultado clave se logró este ciclo. Digámoslo claramente y busquemos lo que sí avanzó.
    deck.wins.celebrateAcrossRead = Celebremos {wins} en {teams}. Lee los nombres en voz alta: los responsables lo hicieron posible.
    deck.wins.inviteOneOwner = Invita a un responsable a contar en una frase qué funcionó.
    deck.wins.noWinsThis = Ningún logro este ciclo.
    deck.wins.acrossOf = {wins} en {teams} · {p} de {pages}
    deck.wins.across = {wins} en {teams}
    deck.wins.winsToCelebrate = Logros para celebrar ({p} de {pages})
    deck.wins.winsToCelebrate2 = Logros para celebrar
    deck.wins.more = y {n} {n, plural, one {logro más} other {logros más}} de {teams}: todos están en el cuadro de mando
    deck.wins.note.thank = {team}: {title} ({score}): gracias, {owner}.
    deck.wins.note.win = {team}: {title} ({score}).
    deck.wins.t.celebrate = Celebrar
    deck.wins.t.continued = continuación
    deck.wins.t.noKeyResult = Ningún resultado clave se logró este ciclo.
    deck.wins.t.winsToCelebrate = Logros para celebrar

    # Lo que no logramos
    deck.misses.committedAspirational = {committedMisses, plural, one {{committedMisses} comprometido} other {{committedMisses} comprometidos}} · {aspirationalMisses, plural, one {{aspirationalMisses} aspiracional} other {{aspirationalMisses} aspiracionales}}
    deck.misses.noMissesThis = Nada sin lograr este ciclo: todos los resultados clave puntuados llegaron. Comprueba que las aspiraciones eran lo bastante ambiciosas.
    deck.misses.andAMiss = {committedMisses} y {aspirationalMisses}. Lo no logrado es una oportunidad para aprender, no para buscar culpables.
    deck.misses.noMissesThis2 = Nada sin lograr este ciclo.
    deck.misses.of = {summary} · {p} de {pages}
    deck.misses.missesToReflect = Lo que no logramos ({p} de {pages})
    deck.misses.missesToReflect2 = Lo que no logramos
    deck.misses.more = y {n} {n, plural, one {no logrado más} other {no logrados más}}: todos, con sus notas, están en el cuadro de mando
    deck.misses.note.learning = {team}: {title} ({score}). Aprendizaje: {learning}
    deck.misses.note.noReflection = {team}: {title} ({score}). Aún sin reflexión: pregunta qué aprendimos.
    deck.misses.note.unreflected = {n, plural, one {# compromiso incumplido sigue} other {# compromisos incumplidos siguen}} sin reflexión: pide a los responsables que la escriban esta semana.
    deck.misses.summaryUnreflected = {summary} · {n} sin reflexión
    deck.misses.t.everyScoredKey = Todos los resultados clave puntuados se lograron: nada pendiente.
    deck.misses.t.missesToReflect = Lo que no logramos
    deck.misses.t.noNotes = Sin notas
    deck.misses.t.noReflectionYet = Aún sin reflexión: cada compromiso incumplido merece una
    deck.misses.t.reflect = Reflexionar

    # Equipo a equipo
    deck.teamTeams.teamsAtA = Los equipos de un vistazo
    deck.teamTeams.committed = {teams} · {keyResults} · compromisos cumplidos {committedAttainment}
    deck.teamTeams.leadership = dirección
    deck.teamTeams.partOf = parte de {parent} · {keyResults}
    deck.teamTeams.position = {n} de {total}

    # Los equipos de un vistazo
    deck.ranking.highestAtLowest = {rollup, select, yes {Mejor puntuación consolidada} other {Mejor puntuación}}: {best} con {best2}; la más baja: {worst} con {worst2}.
    deck.ranking.ofInThe = {green} de {what} en la franja verde, {red} en rojo.
    deck.ranking.biggestImprovementSince = La mayor mejora desde {previousName}: {up}, {up2}.
    deck.ranking.biggestDropAsk = La mayor caída: {down}, {down2}. Pregunta qué cambió.
    deck.ranking.lowScoresAre = Una puntuación baja abre la conversación: pregunta qué necesita el equipo, no quién tiene la culpa.
    deck.ranking.tooManyFor = {topLevelTeams}: demasiados para una diapositiva cada uno; todos los equipos están en el cuadro de mando
    deck.ranking.lede = {what}, por {rollup, select, yes {puntuación consolidada} other {puntuación}} · barras marcadas en {green}
    deck.ranking.ledeCompared = {what}, por {rollup, select, yes {puntuación consolidada} other {puntuación}} · barras marcadas en {green} · ▲▼ vs. {previous}
    deck.ranking.more = … {more} …
    deck.ranking.t.teamByTeam = Equipo a equipo
    deck.ranking.t.teamsAtA = Los equipos de un vistazo

    # Un equipo
    deck.team.andInThe = y {moreKeyResults} en el cuadro de mando
    deck.team.committed = Comprometido
    deck.team.aspirational = Aspiracional
    deck.team.meanScore = puntuación media
    deck.team.winsMisses = Logros / no logrados
    deck.team.of = de {scoredKRs}
    deck.team.rollUp = Consolidado
    deck.team.with = con {subTeams}
    deck.team.updated = Al día
    deck.team.inTheLast = en los últimos {recentDays} días
    deck.team.lede = {objectives} · {keyResults}
    deck.team.ledePartOf = Parte de {parent} · {objectives} · {keyResults}
    deck.team.scoreOverAnd = {name}: puntuación {value} con {objectives} y {keyResults}.
    deck.team.scoreOverAndCompared = {name}: puntuación {value} con {objectives} y {keyResults}. Eso es {change} frente a {previous}.
    deck.team.carriedOverFrom = Trasladados desde {previousName}: {keyResults}. ¿Sigue siendo cada uno la meta adecuada?
    deck.team.strongestObjectiveNeeds = Objetivo más sólido: {title} ({best}). Necesita atención: {title2} ({worst}).
    deck.team.askTheTeam = {wins}, {misses}. Pide al responsable del equipo un momento destacado y un aprendizaje.
    deck.team.team = Equipo: {name}
    deck.team.teamByTeam = Equipo a equipo · {position}
    deck.team.t.teamScore = puntuación del equipo

    # Un equipo de primer nivel y sus subequipos
    deck.group.moreTeams = … {hidden} equipos más …
    deck.group.committedAttainment = Compromisos cumplidos
    deck.group.ofMet = {committedMet} de {committedScored} cumplidos
    deck.group.aspirationalMean = Media aspiracional
    deck.group.winsMisses = Logros / no logrados
    deck.group.of = de {scoredKRs}
    deck.group.andEverythingUnder = {name} y todo lo que depende de él: puntuación consolidada {rollupScore} en {teams} y {keyResults}.
    deck.group.committedAttainmentAspirational = Compromisos cumplidos {committedAttainment}; media aspiracional {aspirationalMean}.
    deck.group.strongestSubTeam = Subequipo más sólido: {all} ({rollupScore}); el que más apoyo necesita: {all2} ({rollupScore2}).
    deck.group.itselfOwnsScoring = {name} tiene {objectives} propios, con una puntuación de {value}.
    deck.group.team = Equipo: {name}
    deck.group.itselfScore = {name} en sí: {objectives}, puntuación {value}
    deck.group.teamByTeam = Equipo a equipo · {position}
    deck.group.subTeamsBy = Subequipos por puntuación consolidada
    deck.group.t.rollUpScore = puntuación consolidada

    # Nuestros valores
    deck.values.noOkrsThis = sin OKR este ciclo
    deck.values.strongestValueAt = El valor más fuerte: {value} con {meanScore} en {keyResults}. El más débil: {value2} con {meanScore2}.
    deck.values.valuesAreWhy = Los valores son la razón de ser de los OKR: relaciona un logro con el valor al que sirvió.
    deck.values.and = y {moreValues}
    deck.values.ourValues = Nuestros valores
    deck.values.okrsAndMean = OKR y puntuación media de los resultados clave por valor · barras marcadas en {green}
    deck.values.note.unserved = Ningún OKR sirvió a {values} este ciclo: ¿es una decisión?
    deck.values.t.ourValues = Nuestros valores
    deck.values.t.whatOurOkrs = A qué sirvieron nuestros OKR

    # Ritmo de revisión (seguimientos)
    deck.rhythm.every = cada {m}
    deck.rhythm.noCheckIns = sin seguimientos
    deck.rhythm.confidence = confianza {n}
    deck.rhythm.moreTeams = … {hidden} equipos más …
    deck.rhythm.lastUpdatesIn = últimas actualizaciones en {month}
    deck.rhythm.noCheckIns2 = sin seguimientos este ciclo
    deck.rhythm.updatedInDays = Al día en {recentDays} días
    deck.rhythm.ofInDays = {updatedLast30} de {keyResults} · {shareLast14} en {fortnight} días
    deck.rhythm.betweenUpdates = Entre actualizaciones
    deck.rhythm.medianGapBetween = intervalo mediano entre seguimientos
    deck.rhythm.netConfidence = Confianza neta
    deck.rhythm.onTrackMinus = en buen camino menos desviados, último seguimiento
    deck.rhythm.ofOurKey = El {shareLast30} de nuestros resultados clave se actualizó en los últimos {recentDays} días del ciclo, y el intervalo mediano entre actualizaciones fue de {medianDaysBetween}.
    deck.rhythm.netConfidenceAt = La confianza neta en el último seguimiento fue de {n}: la parte de resultados clave en buen camino menos la parte desviada.
    deck.rhythm.noTeamWent = Ningún equipo se quedó sin actividad: gracias a todos por mantener al día sus resultados clave.
    deck.rhythm.notUpdatedIn = {keyResults} sin actualizar en los últimos {staleDays} días y {neverUpdated} sin ninguna actualización: el cuadro de mando los detalla
    deck.rhythm.reviewRhythm = Ritmo de revisión
    deck.rhythm.onToBars = {checkIns} en {keyResults}, del {start} al {end} · barras: parte de los resultados clave de cada equipo actualizados en los últimos {recentDays} días
    deck.rhythm.and = y {moreTeams}
    deck.rhythm.note.quiet = {teams} sin actividad: {names}. Pregunta qué se interpuso: las prioridades cambian, y un OKR que nadie actualiza a menudo ha dejado de importar.
    deck.rhythm.note.quietAndOthers = {teams} sin actividad: {names}, entre otros. Pregunta qué se interpuso: las prioridades cambian, y un OKR que nadie actualiza a menudo ha dejado de importar.
    deck.rhythm.note.quietTeam = {team} ({what})
    deck.rhythm.t.everyTeamKept = Todos los equipos mantuvieron al día sus resultados clave.
    deck.rhythm.t.howOftenWe = Con qué frecuencia revisamos nuestros OKR
    deck.rhythm.t.reviewRhythm = Ritmo de revisión
    deck.rhythm.t.wentQuiet = Sin actividad

    # Salud de la guía OKR
    deck.health.errors = Errores
    deck.health.fixBeforeNext = corregir antes del próximo ciclo
    deck.health.warnings = Avisos
    deck.health.worthALook = conviene revisarlos
    deck.health.teamsFlagged = Equipos señalados
    deck.health.of = de {teams}
    deck.health.thePlaybookChecks = Las comprobaciones de la guía encontraron {findings} en {teams}.
    deck.health.mostCommon = Lo más frecuente: {finding}.
    deck.health.theseAreAbout = Esto trata de cómo redactamos los OKR, no de cómo nos fue: corrijámoslo al planificar el próximo ciclo.
    deck.health.playbookHealth = Salud de la guía OKR
    deck.health.everyPlaybookCheck = Todas las comprobaciones superadas
    deck.health.from = {checks}, {findings}
    deck.health.andWithFindings = y {moreChecks} con hallazgos
    deck.health.t.everyPlaybookCheck = Todas las comprobaciones de la guía superadas.
    deck.health.t.howWellWe = Qué tan bien redactamos nuestros OKR
    deck.health.t.playbookHealth = Salud de la guía OKR

    # Lo que trasladamos
    deck.carry.commitmentsMissed = Compromisos incumplidos
    deck.carry.reCommitIf = volver a comprometerse si siguen importando, o descartarlos
    deck.carry.aspirationsShortOf = Aspiraciones por debajo de 1,0
    deck.carry.carryTheAmbition = mantener la ambición, o replantearla
    deck.carry.carryForwardMissed = Pasan al siguiente ciclo: {keyResults}, es decir, {carriedCommitted} compromisos incumplidos y {carriedAspirational} aspiraciones por debajo de 1,0.
    deck.carry.carryingForwardIs = Trasladar es una decisión, no algo automático: cada responsable decide si volver a comprometerse, replantear o descartar.
    deck.carry.repeatedFrom = Repetidos de {previousName}
    deck.carry.landedThisTime = logrados esta vez: {won} · otra vez no logrados: {missed}
    deck.carry.repeatedOneOf = Repetidos de {previousName}: {keyResults}. Logrados esta vez: {won}; otra vez no logrados: {missed}. Una meta no lograda dos veces necesita otro enfoque, o la decisión de dejarla.
    deck.carry.carriedForward = Lo que trasladamos
    deck.carry.andMoreIn = y {shown} más en la lista de traslados
    deck.carry.commitOnlyTo = Comprometernos solo con lo que vamos a entregar: esta vez se cumplió el {a} de los compromisos.
    deck.carry.rethinkTheKey = Replantear el resultado clave no logrado dos ciclos seguidos: otro enfoque, o dejarlo.
    deck.carry.rethinkTheKey2 = Replantear los {missedAgain} resultados clave no logrados dos ciclos seguidos: otro enfoque, o dejarlos.
    deck.carry.writeTheBefore = Escribir las {missingReflections} antes de empezar la planificación.
    deck.carry.raiseTheBar = Subir el listón: las aspiraciones promediaron {m}, demasiado seguras.
    deck.carry.rightSizeAspirations = Ajustar las aspiraciones: promediaron {m}, por debajo de {aspirationalTarget}.
    deck.carry.keepAspirationsThis = Mantener aspiraciones así de ambiciosas: {m} está cerca del punto óptimo de {aspirationalTarget}.
    deck.carry.fixInThe = Corregir {dataProblems} en la exportación de origen.
    deck.carry.t.carriedForward = Lo que trasladamos
    deck.carry.t.forNextCycle = Para el próximo ciclo
    deck.carry.t.keepDoingWhat = Sigamos con lo que funcionó: nada en las cifras pide un cambio.
    deck.carry.t.whatWeTake = Lo que nos llevamos al próximo ciclo

    # Cómo se puntuó el ciclo
    deck.scoring.droppedCancelledOr = Descartado, cancelado o aplazado: sin puntuar
    deck.scoring.aFinalGrade = Una nota final en la columna de puntuación es la puntuación
    deck.scoring.aYesNo = Un resultado sí/no puntúa 1 o 0
    deck.scoring.atLeastAt = Como mínimo / como máximo: 1 si se mantuvo el umbral, si no 0
    deck.scoring.progressCurrentStart = Progreso (actual − inicial) ÷ (meta − inicial), entre 0 y 1
    deck.scoring.nothingToScore = Nada con qué puntuar: sin puntuar, listado en el anexo
    deck.scoring.committedWin = Logro comprometido
    deck.scoring.aspirationalWinProgress = Logro aspiracional · progreso
    deck.scoring.bandsGreenAmber = Franjas verde · ámbar
    deck.scoring.aspirationalSweetSpot = Punto óptimo aspiracional
    deck.scoring.tooSafeAt = Demasiado seguro desde
    deck.scoring.objectivesPerTeam = Objetivos por equipo
    deck.scoring.keyResultsPer = Resultados clave por objetivo
    deck.scoring.inputRowsRejected = {inputRows} filas de entrada = {keyResults} + {rejectedRows} rechazadas
    deck.scoring.inputRowsOtherCycles = {inputRows} filas de entrada = {keyResults} + {rejectedRows} rechazadas + {otherCycleRows} de otros ciclos
    deck.scoring.range = {from}–{to}
    deck.scoring.from = fuente: {source}
    deck.scoring.howTheCycle = Cómo se puntuó el ciclo
    deck.scoring.everyKeyResult = Cada resultado clave puntúa de 0 a 1 según la primera regla que se aplique, en este orden.
    deck.scoring.committedKeyResults = Un resultado clave comprometido se cumple con {committedWin}; uno aspiracional se logra con {aspirationalWin}. La puntuación de un objetivo es la media ponderada de sus resultados clave; la de un equipo, la media de sus objetivos.
    deck.scoring.nothingIsLost = No se pierde nada: {parts}.
    deck.scoring.t.firstRuleThat = La primera regla que se aplique
    deck.scoring.t.howTheCycle = Cómo se puntuó el ciclo
    deck.scoring.t.keyResults = Resultados clave
    deck.scoring.t.theRulesAnd = Las reglas y umbrales vigentes
    deck.scoring.t.thresholdsAndLimits = Umbrales y límites

    # Anexo: problemas de datos
    deck.appendix.rowRejected = fila rechazada
    deck.appendix.appendixDataProblems = Anexo: problemas de datos
    deck.appendix.everyInputRow = Todas las filas de entrada eran válidas: ningún problema de datos este ciclo.
    deck.appendix.andTheScorecard = {rowProblems} y {rejectedRows}. El cuadro de mando los detalla todos, con su fila y su columna.
    deck.appendix.fixThemIn = Corrígelos en la exportación de origen para que las cifras del próximo ciclo estén completas.
    deck.appendix.everyRowWas = Todas las filas eran válidas
    deck.appendix.andMoreSee = y {hidden} más: ver los problemas de datos del cuadro de mando
    deck.appendix.t.appendix = Anexo
    deck.appendix.t.column = Columna
    deck.appendix.t.dataProblems = Problemas de datos
    deck.appendix.t.everyInputRow = Todas las filas de entrada eran válidas.
    deck.appendix.t.problem = Problema
    deck.appendix.t.where = Dónde
    deck.health.example = p. ej. {subject}: {finding}
    deck.health.exampleOne = p. ej. {subject}
    deck.severity.error = error
    deck.severity.info = info
    deck.severity.warning = aviso
    deck.team.attainment = compromisos cumplidos
    # Veredictos: comprometidos, luego aspiracionales
    deck.verdict.aboveSweetSpot.headline = Por encima del punto óptimo
    deck.verdict.aboveSweetSpot.sentence = Los resultados clave aspiracionales promediaron {mean}. Una buena ambición ronda {target}: había margen para apuntar más alto.
    deck.verdict.aspirationalNone.headline = Ninguna aspiración puntuada
    deck.verdict.aspirationalNone.sentence = No se puntuó ningún resultado clave aspiracional este ciclo: la próxima vez, marquémonos metas ambiciosas.
    deck.verdict.belowSweetSpot.headline = Por debajo del punto óptimo
    deck.verdict.belowSweetSpot.sentence = Los resultados clave aspiracionales promediaron {mean}, por debajo de {target}: una meta demasiado lejana, o pocos recursos.
    deck.verdict.committedAll.headline = Todos los compromisos cumplidos
    deck.verdict.committedAll.sentence = Los {scored} resultados clave comprometidos llegaron a {bar}, justo lo que la guía pide a un compromiso.
    deck.verdict.committedNearly.headline = Casi todos los compromisos cumplidos
    deck.verdict.committedNearly.sentence = Se cumplieron {met} de {scored} compromisos ({attainment}). Comprometido significa {bar}: {missed, plural, one {ese incumplimiento merece una reflexión} other {cada uno de los # incumplidos merece una reflexión}}.
    deck.verdict.committedNone.headline = Nada que evaluar
    deck.verdict.committedNone.sentence = No se puntuó ningún resultado clave comprometido este ciclo: no hay nada que medir frente al listón de 1,0.
    deck.verdict.committedTooMany.headline = Demasiados compromisos incumplidos
    deck.verdict.committedTooMany.sentence = Solo se cumplió el {attainment} de los compromisos ({met} de {scored}). Un compromiso debe llegar a {bar}: nos comprometimos de más o no entregamos en {missed, plural, one {# compromiso} other {# compromisos}}.
    deck.verdict.farBelowSweetSpot.headline = Muy por debajo del punto óptimo
    deck.verdict.farBelowSweetSpot.sentence = Los resultados clave aspiracionales promediaron {mean}, lejos de {target}: revisemos su alcance y sus recursos.
    deck.verdict.inSweetSpot.headline = En el punto óptimo
    deck.verdict.inSweetSpot.sentence = Los resultados clave aspiracionales promediaron {mean}, cerca del {target} que espera la guía: metas ambiciosas, en gran parte alcanzadas.
    deck.verdict.tooSafe.headline = Demasiado seguro
    deck.verdict.tooSafe.sentence = Los resultados clave aspiracionales promediaron {mean}. Con {safe} o más, las metas no fueron lo bastante ambiciosas: apuntemos más alto el próximo ciclo.
    deck.appendix.line = fila {line}
    deck.balance.target = meta
    """
}
