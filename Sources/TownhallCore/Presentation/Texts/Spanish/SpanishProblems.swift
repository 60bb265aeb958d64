extension Texts.Spanish {
    /// Spanish texts of the row problems, rejected rows and run warnings (English in `ProblemTexts.swift`).
    static let problems = """
    # La columna de un problema cuando townhall la nombra: «fila» o el campo de una columna que falta.
    problem.column = {name, select, row {fila} score {puntuación} start {inicial} target {meta} current {actual} weight {peso} confidence {confianza} other {{name}}}
    problem.score.notAGrade = la puntuación «{text}» no es una fracción de 0 a 1 ni un porcentaje de 0 a 100
    problem.start.decreaseNeedsStart = un resultado clave que debe bajar necesita un valor inicial
    problem.start.notANumber = el valor inicial «{text}» no es un número
    problem.target.equalsStart = la meta es igual al valor inicial ({start}): avance indefinido
    problem.target.wrongWay = la meta {target} va en sentido contrario para {measure, select, increase {un aumento} decrease {una reducción} other {«{measure}»}} desde {start}
    problem.target.notANumber = la meta «{text}» no es un número
    problem.current.notANumber = el valor actual «{text}» no es un número ni un sí/no
    problem.nothingToScore = nada con qué puntuarlo: ni puntuación ni {field, select, target {meta} other {valor actual}}
    problem.weight.notANumber = el peso «{text}» no es un número ≥ 0
    problem.confidence.notAConfidence = la confianza «{text}» no es 0–1, 0–100% ni 1–10
    problem.confidence.needsPercent = la confianza «{text}» no es 0–1, 0–100% ni 1–10 (un porcentaje lleva su %: {text}%)
    problem.confidence.leftOut = {problem}; se omite (la puntuación no depende de ella)
    problem.checkIn.notUsed = {problem}; no se usa
    problem.checkIn.fieldCount = el seguimiento tiene {fields} campos pero la cabecera tiene {width}; no se usa
    problem.checkIn.noKRID = seguimiento sin kr_id
    problem.checkIn.unknownKRID = ningún resultado clave tiene el kr_id «{id}»
    problem.checkIn.badDate = la fecha «{text}» no es una fecha ISO 8601 (AAAA-MM-DD)
    problem.checkIn.noValue = seguimiento sin valor
    problem.checkIn.badValue = el valor «{text}» no es un número ni un sí/no
    problem.checkIn.outsideCycle = la fecha {date} queda fuera del ciclo ({start} a {end}, según {source, select, config {la configuración} export {la exportación} cycleName {el nombre del ciclo} other {los seguimientos}}); no se usa
    rejected.fieldCount = la fila tiene {fields} campos pero la cabecera tiene {width}
    rejected.missing = falta: {columns}
    warning.checkIns.allOutside = {n, plural, one {el único seguimiento queda fuera del ciclo ({start}–{end}): ¿es el archivo del trimestre pasado?} other {los # seguimientos quedan fuera del ciclo ({start}–{end}): ¿es el archivo del trimestre pasado?}}
    warning.checkIns.longSpan = los seguimientos van del {start} al {end} ({days} días), más que un ciclo, y las fechas del ciclo salen de ellos: indica [cycle] start y end en la configuración; la serie muestra un punto cada pocas semanas
    warning.list = {head} y {last}
    warning.viva.unclosedWeight = el Aligned To de {n, plural, one {# resultado clave} other {# resultados clave}} ({names}{more}) tiene un «(weight: …, Id: …)» que nunca se cierra: se lee como título del objetivo, peso 1; comprueba que la celda no se haya cortado
    warning.viva.otherKinds = las filas de Object Type {kinds} no son resultados clave: se cuentan como otros elementos
    warning.singleTeam = no hay columna de equipo: todos los resultados clave cuentan para un solo equipo, «{team}»{named, select, no { (indica [organization] name en la configuración para darle nombre)} other { (el nombre de la organización en la configuración)}}; añade una columna de equipo para separarlos
    warning.generic.progressPerObjective = «{name}» se lee como la nota final de cada resultado clave, pero tiene un valor por objetivo (el mismo en todos los resultados clave {n, plural, one {del objetivo} other {de cada uno de los # objetivos}} con varios): si es el avance del objetivo, estas notas son erróneas; asigna la columna de nota propia de los resultados clave en [columns] de la configuración, o lee una exportación de BurningOKR con --profile burningokr
    warning.statedProgress.differs = objetivo «{title}»: la exportación indica {stated} en {name}, townhall le da {score} a partir de sus resultados clave
    warning.statedProgress.unread = {name} de la exportación no es un número en {n, plural, one {# objetivo} other {# objetivos}} (objetivo «{title}»: «{text}»): no se compara con la puntuación de objetivo de townhall
    warning.sheet.scorecard = un cuadro de mando de townhall: se lee su hoja {sheet}, solo las columnas de entrada («{first}» y las columnas siguientes son de townhall y se vuelven a calcular)
    warning.sheet.scorecardNoComputed = parece un cuadro de mando de townhall, pero la cabecera de {sheet} no tiene columnas calculadas: se lee tal cual
    warning.sheet.firstVisible = se lee la hoja «{name}», la primera visible de {n} ({names}); elige otra con --sheet
    warning.sheetIgnored = --sheet es para libros de cálculo: esta entrada se lee como texto CSV y la opción se ignora
    warning.startDefaulted = {n, plural, one {# resultado clave} other {# resultados clave}} sin valor inicial: el avance se cuenta desde 0 (ver la comprobación {check})
    warning.objectiveIDShared = el objective_id «{id}» lo usan los equipos «{first}» (fila {line}) y «{team}»: se mantienen como dos objetivos, el de «{team}» como «{kept}»
    warning.teamLoop = el equipo «{team}» es su propio antecesor a través de parent_team; se muestra en lo alto del árbol
    warning.more = … y {n, plural, one {# aviso más} other {# avisos más}}
    """
}
