// Glosario (una palabra por concepto en la presentación, el cuadro de mando y la guía):
//   objective → objetivo · key result → resultado clave (RC en etiquetas cortas)
//   committed → comprometido (commitment → compromiso; committed attainment → compromisos cumplidos)
//   aspirational → aspiracional (aspiration → aspiración; aspirational mean → media aspiracional)
//   win → logro (logrado) · miss → no logrado (committed miss → compromiso incumplido) · progress → avance
//   score → puntuación · band → franja · Green/Amber/Red → Verde/Ámbar/Rojo · sweet spot → punto óptimo
//   check-in → seguimiento · update → actualización · stale → desactualizado (sin actividad)
//   town hall → reunión general · retro → retrospectiva · deck → presentación · slide → diapositiva
//   scorecard → cuadro de mando · sheet → hoja · cycle → ciclo · team → equipo · owner → responsable
//   roll-up → puntuación consolidada · sub-team → subequipo · parent team → equipo superior
//   on track / at risk / off track → en buen camino / en riesgo / desviado
//   confidence → confianza (net confidence → confianza neta) · carry forward → trasladar
//   dropped → descartado · unscored → sin puntuar · reflection → reflexión · learning → aprendizaje
//   playbook → guía OKR (la guía) · check → comprobación · finding → hallazgo · pattern → patrón
//   goals too safe → metas demasiado seguras · over-committing → exceso de compromisos
// Estilo: al presentador se le tutea («Pregunta…»); el equipo habla en «nosotros»; comillas « ».
extension Texts {
    /// Spanish tables (`--lang es`), one file per English area.
    public enum Spanish {}
}

extension Texts.Spanish {
    /// Every Spanish table, one an area, as English lists them, plus the checks' texts.
    static let tables = [common, deck, trends, workbook, command, playbook, teams, checks, problems]
}

extension Language {
    /// Spanish: `one`/`other`; figures and dates as es_ES writes them.
    static let spanish = Language(code: "es", name: "Español", locale: "es_ES", plural: .oneOther,
                                  tables: Texts.Spanish.tables)
}
