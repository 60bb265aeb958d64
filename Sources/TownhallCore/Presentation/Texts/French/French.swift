// Glossaire (un mot par notion, dans la présentation, le tableau de bord et le guide) :
//   objective → objectif · key result → résultat clé (RC dans les étiquettes courtes)
//   committed → engagé (commitment → engagement ; committed attainment → engagements tenus)
//   aspirational → ambitieux (aspiration → ambition ; aspirational mean → moyenne des ambitieux)
//   win → réussite · miss → échec (committed miss → engagement non tenu) · progress → progrès
//   score → score · band → zone · Green/Amber/Red → Vert/Orange/Rouge · sweet spot → zone idéale
//   check-in → point d’étape · update → mise à jour · stale → inactif (sans mise à jour récente)
//   town hall → réunion générale · retro → rétrospective · deck → présentation · slide → diapositive
//   scorecard → tableau de bord · sheet → feuille · cycle → cycle · team → équipe · owner → responsable
//   roll-up → score consolidé · sub-team → sous-équipe · parent team → équipe parente
//   on track / at risk / off track → en bonne voie / à risque / hors trajectoire
//   confidence → confiance (net confidence → confiance nette) · carry forward → reporter
//   dropped → abandonné · unscored → non noté · reflection → analyse · learning → leçon
//   playbook → guide OKR (le guide) · check → contrôle · finding → constat · pattern → comportement
//   goals too safe → objectifs trop prudents · over-committing → surengagement
// Typographie : espace insécable avant « : », fine insécable avant « ; ? ! », guillemets « » ;
// le présentateur est vouvoyé (« Demandez… »), l’équipe parle en « nous ».
extension Texts {
    /// French tables (`--lang fr`), one file per English area.
    public enum French {}
}

extension Texts.French {
    /// Every French table, one an area, as English lists them, plus the checks' texts.
    static let tables = [common, deck, trends, workbook, command, playbook, teams, checks, problems]
}

extension Language {
    /// French: `one` for 0 and 1, `many` for whole millions; figures and dates as fr_FR writes them.
    static let french = Language(code: "fr", name: "Français", locale: "fr_FR", plural: .french,
                                 tables: Texts.French.tables)
}
