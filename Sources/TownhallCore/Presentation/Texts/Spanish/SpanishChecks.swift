extension Texts.Spanish {
    /// Textos de las comprobaciones de la guía OKR (`check.<id>.summary|finding|advice`).
    static let checks = """
    check.aspirational-too-easy.summary = los resultados clave aspiracionales apuntan alto (media del equipo por debajo de {sandbagging})
    check.aspirational-too-easy.finding = los resultados clave aspiracionales promedian {mean}: metas poco ambiciosas
    check.committed-miss-no-notes.summary = cada compromiso incumplido tiene su reflexión
    check.committed-miss-no-notes.finding = compromiso incumplido sin notas: añade una reflexión
    check.kr-never-updated.summary = cada resultado clave tuvo al menos un seguimiento durante el ciclo
    check.kr-never-updated.finding = sin actualizar en todo el ciclo: ningún seguimiento
    check.kr-not-measurable.summary = cada resultado clave tiene una meta o una puntuación
    check.kr-not-measurable.finding = nada medible: ni meta ni puntuación
    check.kr-not-measurable.advice = Da una meta medible a {n, plural, one {# resultado clave} other {# resultados clave}}.
    check.kr-reads-as-task.summary = los resultados clave son resultados, no tareas
    check.kr-reads-as-task.finding = empieza por «{verb}» y no tiene meta numérica: parece una tarea, no un resultado
    check.kr-reads-as-task.advice = Redacta como resultados, no como tareas: {n, plural, one {# resultado clave} other {# resultados clave}}.
    check.kr-stale.summary = cada resultado clave se actualizó en los últimos {days} días del ciclo
    check.kr-stale.finding = última actualización el {last}, {days_since} días antes del cierre del ciclo (límite: {limit})
    check.missing-start.summary = los resultados clave con métrica indican su valor inicial
    check.missing-start.finding = sin valor inicial: el progreso se cuenta desde 0
    check.missing-type.summary = cada resultado clave es comprometido o aspiracional
    check.missing-type.finding = tipo vacío: se cuenta como comprometido
    check.objective-kr-count.summary = cada objetivo tiene de {fewest} a {most} resultados clave
    check.objective-kr-count.finding = el objetivo tiene {n, plural, one {# resultado clave} other {# resultados clave}}; la guía pide de {fewest} a {most}
    check.objective-kr-count.advice = Deja entre {fewest} y {most} resultados clave por objetivo en {n, plural, one {# objetivo} other {# objetivos}}.
    check.team-mostly-stale.summary = los equipos mantienen vivos la mayoría de sus resultados clave
    check.team-mostly-stale.finding = {stale} de {n, plural, one {# resultado clave} other {# resultados clave}} sin actualizar en los últimos {days} días del ciclo
    check.team-no-balance.summary = cada equipo equilibra OKR comprometidos y aspiracionales
    check.team-no-balance.finding = {n, plural, one {su único resultado clave es {type, select, committed {comprometido} other {aspiracional}}} other {sus # resultados clave son todos {type, select, committed {comprometidos} other {aspiracionales}}}}: sin equilibrio entre comprometidos y aspiracionales
    check.team-no-balance.advice = Equilibra OKR comprometidos y aspiracionales en {n, plural, one {# equipo} other {# equipos}}.
    check.team-objective-count.summary = cada equipo tiene de {fewest} a {most} objetivos
    check.team-objective-count.finding = el equipo tiene {n, plural, one {# objetivo} other {# objetivos}}; la guía pide de {fewest} a {most}
    check.team-objective-count.advice = Deja entre {fewest} y {most} objetivos por equipo en {n, plural, one {# equipo} other {# equipos}}.
    check.unknown-type.summary = los tipos son «comprometido» o «aspiracional»
    check.unknown-type.finding = el tipo «{type}» no es comprometido ni aspiracional: se cuenta como comprometido
    # Lo que encontró cada comprobación, contado (salud de la guía)
    check.aspirational-too-easy.found = {n, plural, one {# equipo cuyas aspiraciones promedian} other {# equipos cuyas aspiraciones promedian}} {sandbagging} o más: demasiado seguro
    check.committed-miss-no-notes.found = {n, plural, one {# compromiso incumplido} other {# compromisos incumplidos}} sin reflexión
    check.kr-never-updated.found = {n, plural, one {# resultado clave sin ningún seguimiento} other {# resultados clave sin ningún seguimiento}}
    check.kr-not-measurable.found = {n, plural, one {# resultado clave} other {# resultados clave}} sin meta ni puntuación
    check.kr-reads-as-task.found = {n, plural, one {# resultado clave redactado} other {# resultados clave redactados}} como tarea, no como resultado
    check.kr-stale.found = {n, plural, one {# resultado clave sin actualizar} other {# resultados clave sin actualizar}} en los últimos {days} días
    check.missing-start.found = {n, plural, one {# resultado clave con métrica} other {# resultados clave con métrica}} sin valor inicial
    check.missing-type.found = {n, plural, one {# resultado clave} other {# resultados clave}} sin tipo
    check.objective-kr-count.found = {n, plural, one {# objetivo} other {# objetivos}} fuera del rango de {fewest} a {most} resultados clave
    check.team-mostly-stale.found = {n, plural, one {# equipo con la mayoría de sus resultados clave desactualizados} other {# equipos con la mayoría de sus resultados clave desactualizados}}
    check.team-no-balance.found = {n, plural, one {# equipo} other {# equipos}} con OKR solo comprometidos o solo aspiracionales
    check.team-objective-count.found = {n, plural, one {# equipo} other {# equipos}} fuera del rango de {fewest} a {most} objetivos
    check.unknown-type.found = {n, plural, one {# resultado clave} other {# resultados clave}} con un tipo que no es comprometido ni aspiracional
    """
}
