extension Texts.French {
    /// Textes des contrôles du guide OKR (`check.<id>.summary|finding|advice`).
    static let checks = """
    check.aspirational-too-easy.summary = les résultats clés ambitieux visent assez haut (moyenne d’équipe sous {sandbagging})
    check.aspirational-too-easy.finding = résultats clés ambitieux à {mean} en moyenne : la barre est trop basse
    check.committed-miss-no-notes.summary = chaque engagement non tenu a son analyse
    check.committed-miss-no-notes.finding = engagement non tenu sans commentaire : ajoutez une analyse
    check.kr-never-updated.summary = chaque résultat clé a eu au moins un point d’étape pendant le cycle
    check.kr-never-updated.finding = jamais mis à jour pendant le cycle : aucun point d’étape
    check.kr-not-measurable.summary = chaque résultat clé a une cible ou un score
    check.kr-not-measurable.finding = rien de mesurable : ni cible ni score
    check.kr-not-measurable.advice = Donnez une cible mesurable à {n, plural, one {# résultat clé} many {# de résultats clés} other {# résultats clés}}.
    check.kr-reads-as-task.summary = les résultats clés décrivent des résultats, pas des tâches
    check.kr-reads-as-task.finding = commence par « {verb} » sans cible chiffrée : c’est une tâche, pas un résultat
    check.kr-reads-as-task.advice = Reformulez en résultats, pas en tâches : {n, plural, one {# résultat clé} many {# de résultats clés} other {# résultats clés}}.
    check.kr-stale.summary = chaque résultat clé a été mis à jour dans les {days} derniers jours du cycle
    check.kr-stale.finding = dernière mise à jour le {last}, {days_since} jours avant la fin du cycle (limite : {limit})
    check.missing-start.summary = les résultats clés chiffrés indiquent leur point de départ
    check.missing-start.finding = point de départ vide : progression comptée depuis 0
    check.missing-type.summary = chaque résultat clé est engagé ou ambitieux
    check.missing-type.finding = type vide : compté comme engagé
    check.objective-kr-count.summary = chaque objectif compte de {fewest} à {most} résultats clés
    check.objective-kr-count.finding = l’objectif compte {n, plural, one {# résultat clé} many {# de résultats clés} other {# résultats clés}} ; le guide en prévoit de {fewest} à {most}
    check.objective-kr-count.advice = Visez {fewest} à {most} résultats clés par objectif ({n, plural, one {# objectif concerné} many {# d’objectifs concernés} other {# objectifs concernés}}).
    check.team-mostly-stale.summary = les équipes font vivre la plupart de leurs résultats clés
    check.team-mostly-stale.finding = {stale} sur {n, plural, one {# résultat clé} many {# de résultats clés} other {# résultats clés}} sans mise à jour dans les {days} derniers jours du cycle
    check.team-no-balance.summary = chaque équipe équilibre OKR engagés et ambitieux
    check.team-no-balance.finding = {n, plural, one {son seul résultat clé est {type, select, committed {engagé} other {ambitieux}}} other {ses # résultats clés sont tous {type, select, committed {engagés} other {ambitieux}}}} : aucun équilibre entre engagés et ambitieux
    check.team-no-balance.advice = Équilibrez OKR engagés et ambitieux dans {n, plural, one {# équipe} many {# d’équipes} other {# équipes}}.
    check.team-objective-count.summary = chaque équipe a de {fewest} à {most} objectifs
    check.team-objective-count.finding = l’équipe a {n, plural, one {# objectif} many {# d’objectifs} other {# objectifs}} ; le guide en prévoit de {fewest} à {most}
    check.team-objective-count.advice = Visez {fewest} à {most} objectifs par équipe ({n, plural, one {# équipe concernée} many {# d’équipes concernées} other {# équipes concernées}}).
    check.unknown-type.summary = les types sont « engagé » ou « ambitieux »
    check.unknown-type.finding = type « {type} » ni engagé ni ambitieux : compté comme engagé
    # Ce que chaque contrôle a trouvé, compté (santé du guide)
    check.aspirational-too-easy.found = {n, plural, one {# équipe dont les ambitions sont en moyenne à} many {# d’équipes dont les ambitions sont en moyenne à} other {# équipes dont les ambitions sont en moyenne à}} {sandbagging} ou plus : trop prudent
    check.committed-miss-no-notes.found = {n, plural, one {# engagement non tenu} many {# d’engagements non tenus} other {# engagements non tenus}} sans analyse
    check.kr-never-updated.found = {n, plural, one {# résultat clé sans aucun point d’étape} many {# de résultats clés sans aucun point d’étape} other {# résultats clés sans aucun point d’étape}}
    check.kr-not-measurable.found = {n, plural, one {# résultat clé} many {# de résultats clés} other {# résultats clés}} sans cible ni score
    check.kr-reads-as-task.found = {n, plural, one {# résultat clé formulé} many {# de résultats clés formulés} other {# résultats clés formulés}} comme une tâche, pas comme un résultat
    check.kr-stale.found = {n, plural, one {# résultat clé non mis à jour} many {# de résultats clés non mis à jour} other {# résultats clés non mis à jour}} dans les {days} derniers jours
    check.missing-start.found = {n, plural, one {# résultat clé chiffré} many {# de résultats clés chiffrés} other {# résultats clés chiffrés}} sans point de départ
    check.missing-type.found = {n, plural, one {# résultat clé} many {# de résultats clés} other {# résultats clés}} sans type
    check.objective-kr-count.found = {n, plural, one {# objectif} many {# d’objectifs} other {# objectifs}} hors de la fourchette de {fewest} à {most} résultats clés
    check.team-mostly-stale.found = {n, plural, one {# équipe dont la plupart des résultats clés sont inactifs} many {# d’équipes dont la plupart des résultats clés sont inactifs} other {# équipes dont la plupart des résultats clés sont inactifs}}
    check.team-no-balance.found = {n, plural, one {# équipe} many {# d’équipes} other {# équipes}} avec uniquement des OKR engagés ou uniquement des ambitieux
    check.team-objective-count.found = {n, plural, one {# équipe} many {# d’équipes} other {# équipes}} hors de la fourchette de {fewest} à {most} objectifs
    check.unknown-type.found = {n, plural, one {# résultat clé} many {# de résultats clés} other {# résultats clés}} dont le type n’est ni engagé ni ambitieux
    """
}
