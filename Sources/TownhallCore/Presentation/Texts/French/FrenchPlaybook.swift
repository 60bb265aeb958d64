extension Texts.French {
    /// Textes du guide OKR de l’organisation (`townhall playbook`).
    static let playbook = """
    playbook.kicker = OKR
    playbook.title = Notre guide OKR
    playbook.titleOf = Guide OKR {org}
    playbook.lede = Les règles selon lesquelles chaque équipe fixe, note et suit ses OKR, telles que townhall note les cycles de l’organisation. Généré à partir de la configuration : changez une limite ou un seuil, et ce guide change avec.
    playbook.footer = Généré par townhall le {date}, à partir des mêmes définitions de contrôles et de notation que le rapport de la réunion générale.

    # Objectifs et résultats clés
    playbook.shape.heading = Objectifs et résultats clés
    playbook.shape.body = Un objectif dit où nous voulons aller ; ses résultats clés disent comment nous saurons que nous y sommes. Mieux vaut peu et ciblé que beaucoup :
    playbook.measurable.heading = Chaque résultat clé est mesurable
    playbook.measurable.body = Notez d’où vous partez, où vous visez et où vous en êtes : valeur de départ, cible et valeur actuelle, ou un jalon oui/non, ou une note finale.
    playbook.outcomes.heading = Des résultats, pas des tâches
    playbook.outcomes.body = Un résultat clé est un résultat observable, pas le travail que nous prévoyons de faire. « Lancer le portail » est une tâche ; « La moitié de nos clients utilisent le portail chaque semaine » est un résultat.
    playbook.outcomes.verbs = un résultat clé qui commence par l’un de ces verbes et n’a pas de cible chiffrée ressemble à une tâche : {verbs}

    # Engagés et ambitieux
    playbook.types.heading = Engagés et ambitieux
    playbook.types.committed = Un OKR engagé est une promesse : nous prévoyons de l’atteindre pleinement. Il est tenu à un score de {win} ; en dessous, c’est un échec dont nous tirons les leçons.
    playbook.types.aspirational = Un OKR ambitieux est un défi : nous visons haut en sachant que nous n’y arriverons pas entièrement. C’est une réussite à {win} ou plus, un progrès dès {progress}, un échec sous {progress} ; sur une équipe, les résultats clés ambitieux devraient atterrir vers {target} en moyenne.

    # Notation
    playbook.scoring.heading = Comment chaque résultat clé est noté (de 0,0 à 1,0)
    playbook.scoring.body = Les règles s’appliquent dans cet ordre ; la première qui s’applique donne le score. Chaque exemple ci-dessous est noté par townhall lui-même.
    playbook.rule.1 = Règle 1 : un statut {statuses} retire le résultat clé de la notation.
    playbook.rule.2 = Règle 2 : une note finale dans la colonne score fait foi (NN% est un pourcentage, un nombre seul de 0 à 1 une fraction, de 1 à 100 un pourcentage).
    playbook.rule.3 = Règle 3 : un mot oui/non comme valeur actuelle ({yes} / {no}) vaut 1 ou 0.
    playbook.rule.4 = Règle 4 : un seuil à tenir (mesure « au moins » ou « au plus ») vaut 1 si la valeur actuelle le respecte, sinon 0.
    playbook.rule.5 = Règle 5 : sinon, le score est la progression du départ vers la cible, (actuel − départ) ÷ (cible − départ), bornée entre 0 et 1.
    playbook.rule.5b = La même règle note un indicateur à faire baisser, depuis un départ au-dessus de la cible.
    playbook.rule.5c = Une progression au-delà de la cible reste visible comme dépassement ; le score s’arrête à 1.
    playbook.rule.6 = Règle 6 : sans rien pour le noter, le résultat clé reste non noté et figure parmi les problèmes de données.
    playbook.example.scored = score {score} (progression {progress}), {band} ; en engagé : {committed} ; en ambitieux : {aspirational}
    playbook.example.dropped = abandonné : non noté, exclu de toutes les moyennes
    playbook.example.empty = ni départ, ni cible, ni valeur actuelle, ni score
    playbook.example.unscored = non noté : signalé comme problème de données à corriger
    playbook.outcome.win = réussite
    playbook.outcome.progress = progrès
    playbook.outcome.miss = échec

    # Zones de couleur
    playbook.bands.heading = Zones de couleur
    playbook.bands.column.band = Zone
    playbook.bands.column.from = Score
    playbook.bands.atLeast = {score} ou plus
    playbook.bands.below = sous {score}
    playbook.bands.tolerance = Un score à moins de {tolerance} d’un seuil compte comme l’atteignant.
    playbook.band.green = vert
    playbook.band.yellow = orange
    playbook.band.red = rouge

    # Consolidation des scores
    playbook.rollup.heading = Comment les scores se consolident
    playbook.rollup.objective = Le score d’un objectif est la moyenne pondérée de ses résultats clés notés (poids 1 sauf indication contraire).
    playbook.rollup.team = Le score d’une équipe est la moyenne des scores de ses objectifs.
    playbook.rollup.subtree = Une équipe qui a des équipes rattachées (parent_team) reçoit aussi un score consolidé : la moyenne de tous les objectifs de sa branche.
    playbook.rollup.overall = Le score global est la moyenne de tous les objectifs notés de l’organisation.
    playbook.rollup.attainment = Les engagements tenus sont la part des résultats clés engagés notés à {win} ou plus.
    playbook.rollup.aspirational = La moyenne des ambitieux est le score moyen des résultats clés ambitieux notés ; elle est saine autour de {target}.
    playbook.rollup.exampleKR = score {score}, poids {weight}
    playbook.rollup.exampleResult = score de l’objectif {score}, {band}

    # Rythme de suivi
    playbook.cadence.heading = Rythme de suivi
    playbook.cadence.body = Les résultats clés font l’objet de points d’étape tout au long du cycle, pas seulement à la fin. Avec des points d’étape, un résultat clé sans mise à jour dans les {days} derniers jours du cycle est considéré comme inactif.

    # Nos valeurs
    playbook.values.heading = Nos valeurs
    playbook.values.body = {n, plural, one {Chaque OKR peut indiquer s’il sert notre valeur} other {Chaque OKR peut indiquer laquelle de nos # valeurs il sert}} ; la réunion générale montre comment chaque valeur s’en est sortie :
    playbook.values.none = Aucune valeur n’est configurée ([organization] values dans la configuration).

    # Ce que montre la réunion générale de clôture
    playbook.townhall.heading = Ce que montre la réunion générale de clôture
    playbook.townhall.body = À la fin du cycle, les OKR de chaque équipe sont notés selon ces règles et la réunion générale raconte l’histoire du cycle :
    playbook.townhall.glance = le cycle en un coup d’œil : score global, engagements tenus, moyenne des ambitieux, réussites et échecs
    playbook.townhall.balance = engagés face aux ambitieux, et la répartition des scores
    playbook.townhall.wins = les réussites à célébrer : résultats clés engagés à {win}, ambitieux à {aspirationalWin} ou plus
    playbook.townhall.misses = les échecs et leurs leçons, les engagements d’abord, avec les notes des équipes
    playbook.townhall.teams = équipe par équipe, chaque équipe ayant sa propre présentation de rétrospective avant la réunion générale
    playbook.townhall.health = la santé du guide : ce que ces règles ont relevé, et ce qu’il faut faire autrement au prochain cycle
    playbook.townhall.how = comment le cycle a été noté : les règles de ce guide
    playbook.townhall.carry = ce que nous reportons : engagements non tenus et résultats clés ambitieux pas entièrement atteints

    # Tous les contrôles du guide
    playbook.checks.heading = Tous les contrôles du guide
    playbook.checks.body = townhall lint ainsi que la diapositive et la feuille « santé du guide » du rapport appliquent ces contrôles, sous ces identifiants :
    playbook.checks.column.id = Contrôle
    playbook.checks.column.rule = Ce qu’il demande
    playbook.checks.column.state = En vigueur
    playbook.checks.on = oui
    playbook.checks.off = désactivé
    playbook.checks.withCheckIns = avec points d’étape
    playbook.checkOff = {rule} (désactivé ici : {id})
    """
}
