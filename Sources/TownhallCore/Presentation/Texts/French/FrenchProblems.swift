extension Texts.French {
    /// French texts of the row problems, rejected rows and run warnings (English in `ProblemTexts.swift`).
    static let problems = """
    # La colonne d'un problème quand townhall la nomme : « ligne » ou le champ d'une colonne absente.
    problem.column = {name, select, row {ligne} score {score} start {départ} target {cible} current {actuel} weight {poids} confidence {confiance} other {{name}}}
    problem.score.notAGrade = le score « {text} » n’est ni une fraction de 0 à 1 ni un pourcentage de 0 à 100
    problem.start.decreaseNeedsStart = un résultat clé à faire baisser a besoin d’une valeur de départ
    problem.start.notANumber = le départ « {text} » n’est pas un nombre
    problem.target.equalsStart = la cible égale le départ ({start}) : progression indéfinie
    problem.target.wrongWay = la cible {target} va dans le mauvais sens pour {measure, select, increase {une hausse} decrease {une baisse} other {« {measure} »}} depuis {start}
    problem.target.notANumber = la cible « {text} » n’est pas un nombre
    problem.current.notANumber = la valeur actuelle « {text} » n’est ni un nombre ni un oui/non
    problem.nothingToScore = rien pour le noter : ni score ni {field, select, target {cible} other {valeur actuelle}}
    problem.weight.notANumber = le poids « {text} » n’est pas un nombre ≥ 0
    problem.confidence.notAConfidence = la confiance « {text} » n’est ni 0–1, ni 0–100%, ni 1–10
    problem.confidence.needsPercent = la confiance « {text} » n’est ni 0–1, ni 0–100%, ni 1–10 (un pourcentage prend son % : {text}%)
    problem.confidence.leftOut = {problem} ; ignorée (le score n’en dépend pas)
    problem.checkIn.notUsed = {problem} ; non utilisé
    problem.checkIn.fieldCount = le point d’étape a {fields} champs mais l’en-tête en a {width} ; non utilisé
    problem.checkIn.noKRID = point d’étape sans kr_id
    problem.checkIn.unknownKRID = aucun résultat clé n’a le kr_id « {id} »
    problem.checkIn.badDate = la date « {text} » n’est pas une date ISO 8601 (AAAA-MM-JJ)
    problem.checkIn.noValue = point d’étape sans valeur
    problem.checkIn.badValue = la valeur « {text} » n’est ni un nombre ni un oui/non
    problem.checkIn.outsideCycle = la date {date} est hors du cycle ({start} au {end}, d’après {source, select, config {la configuration} export {l’export} cycleName {le nom du cycle} other {les points d’étape}}) ; non utilisé
    rejected.fieldCount = la ligne a {fields} champs mais l’en-tête en a {width}
    rejected.missing = manque : {columns}
    warning.checkIns.allOutside = {n, plural, one {le seul point d’étape tombe hors du cycle ({start}–{end}) : est-ce le fichier du trimestre dernier ?} other {les # points d’étape tombent tous hors du cycle ({start}–{end}) : est-ce le fichier du trimestre dernier ?}}
    warning.checkIns.longSpan = les points d’étape vont du {start} au {end} ({days} jours), plus long qu’un cycle, et les dates du cycle en sont tirées : renseignez [cycle] start et end dans la configuration ; la courbe n’a qu’un point toutes les quelques semaines
    warning.list = {head} et {last}
    warning.viva.unclosedWeight = le Aligned To de {n, plural, one {# résultat clé} other {# résultats clés}} ({names}{more}) contient un « (weight: …, Id: …) » jamais fermé : lu comme titre de l’objectif, poids 1 ; vérifiez que la cellule n’a pas été tronquée
    warning.viva.otherKinds = les lignes d’Object Type {kinds} ne sont pas des résultats clés : comptées comme autres éléments
    warning.singleTeam = pas de colonne d’équipe : tous les résultats clés comptent pour une seule équipe, « {team} »{named, select, no { (indiquez [organization] name dans la configuration pour la nommer)} other { (le nom de l’organisation dans la configuration)}} ; ajoutez une colonne d’équipe pour les répartir
    warning.generic.progressPerObjective = « {name} » est lu comme la note finale de chaque résultat clé, mais il porte une valeur par objectif (la même sur tous les résultats clés {n, plural, one {de l’objectif} other {de chacun des # objectifs}} qui en ont plusieurs) : si c’est la progression de l’objectif, ces notes sont fausses ; associez la colonne de note propre aux résultats clés dans [columns] de la configuration, ou lisez un export BurningOKR avec --profile burningokr
    warning.statedProgress.differs = objectif « {title} » : l’export indique {stated} dans {name}, townhall le note {score} d’après ses résultats clés
    warning.statedProgress.unread = {name} de l’export n’est pas un nombre pour {n, plural, one {# objectif} other {# objectifs}} (objectif « {title} » : « {text} ») : non comparé au score d’objectif de townhall
    warning.sheet.scorecard = un tableau de bord townhall : lecture de sa feuille {sheet}, colonnes d’entrée seulement (« {first} » et les colonnes suivantes sont celles de townhall, recalculées)
    warning.sheet.scorecardNoComputed = ressemble à un tableau de bord townhall, mais l’en-tête de {sheet} n’a pas de colonnes calculées : lu tel quel
    warning.sheet.firstVisible = lecture de la feuille « {name} », la première visible sur {n} ({names}) ; choisissez-en une autre avec --sheet
    warning.sheetIgnored = --sheet vaut pour les classeurs : cette entrée est lue comme du texte CSV, l’option est ignorée
    warning.startDefaulted = {n, plural, one {# résultat clé} other {# résultats clés}} sans départ : progression comptée depuis 0 (voir le contrôle {check})
    warning.objectiveIDShared = l’objective_id « {id} » sert aux équipes « {first} » (ligne {line}) et « {team} » : gardés comme deux objectifs, celui de « {team} » sous « {kept} »
    warning.teamLoop = l’équipe « {team} » est sa propre ancêtre via parent_team ; affichée en haut de l’arbre
    warning.more = … et {n, plural, one {# autre alerte} other {# autres alertes}}
    """
}
