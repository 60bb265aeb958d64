extension Texts.French {
    /// Textes du deck des tendances (`townhall history`), par slide.
    static let trends = """
    # La présentation dans son ensemble
    trends.document = Tendances OKR · {range}
    trends.document.organization = {organization} · Tendances OKR · {range}
    trends.range = {first} à {last}
    trends.range.none = aucun cycle pour l’instant
    trends.cycles = {n, plural, one {# cycle} many {# de cycles} other {# cycles}}
    trends.teams = {n, plural, one {# équipe} many {# d’équipes} other {# équipes}}
    trends.keyResults = {n, plural, one {# résultat clé} many {# de résultats clés} other {# résultats clés}}


    # Titre
    trends.slide.title = Titre
    trends.title.kicker = D’un cycle à l’autre
    trends.title.heading = Tendances OKR
    trends.title.notes.one = Un seul cycle archivé pour l’instant, {range} : cette présentation montre notre point de départ ; les tendances apparaîtront dès le prochain cycle.
    trends.title.notes.many = Bienvenue. Voici nos OKR sur {n, plural, one {# cycle archivé} many {# de cycles archivés} other {# cycles archivés}}, {range}.
    trends.title.notes.agenda = Au programme : les grands chiffres cycle par cycle, la trajectoire de chaque équipe, les comportements qui se répètent et le rythme de nos points d’étape.

    # D’un cycle à l’autre
    trends.slide.lines = D’un cycle à l’autre
    trends.lines.kicker = D’un cycle à l’autre
    trends.lines.heading = Nos scores OKR, cycle par cycle
    trends.lines.chart = Grands chiffres par cycle
    trends.lines.desc = Score global par cycle : {overall}. Engagements tenus : {committed}. Moyenne des ambitieux : {aspirational}.
    trends.lines.series.overall = Global
    trends.lines.series.committed = Engagés
    trends.lines.series.aspirational = Ambitieux
    trends.lines.mark.target = cible {value}
    trends.lines.mark.sweetSpot = zone idéale {value}
    trends.lines.overall = Score global
    trends.lines.committed = Engagements tenus
    trends.lines.aspirational = Moyenne des ambitieux
    trends.lines.detail.best = {cycle} · record {value} en {best}
    trends.lines.detail.sweetSpot = {cycle} · zone idéale {value}
    trends.lines.notes.one = Un cycle archivé : score global {overall}, engagements tenus {committed}, moyenne des ambitieux {aspirational}. Les courbes apparaîtront dès le prochain cycle.
    trends.lines.notes.overall = Score global : {first} en {firstCycle}, {last} en {lastCycle} ; {change} par rapport à {against}.
    trends.lines.notes.committed = Engagements tenus : {value}, {change} par rapport à {against}. Le guide attend que chaque engagement soit tenu.
    trends.lines.notes.aspirational = Moyenne des ambitieux : {value}, {change} par rapport à {against}. Une bonne ambition atterrit vers {target} ; à {safe} ou plus, les objectifs sont trop prudents.
    trends.lines.lede.one = Un seul cycle archivé, {cycle} : les tendances commencent au prochain · pointillés : cible des engagés {target}, zone idéale des ambitieux {sweetSpot}
    trends.lines.lede = {n, plural, one {# cycle} many {# de cycles} other {# cycles}}, {range} · pointillés : cible des engagés {target}, zone idéale des ambitieux {sweetSpot}
    trends.lines.footnote = Global : moyenne des objectifs notés · engagés : part des engagements à {target} · ambitieux : score moyen des résultats clés ambitieux

    # Cycle par cycle
    trends.slide.table = Cycle par cycle
    trends.table.kicker = Les chiffres
    trends.table.heading = Cycle par cycle
    trends.table.cycle = Cycle
    trends.table.overall = Global
    trends.table.committed = Engagés
    trends.table.aspirational = Ambitieux
    trends.table.keyResults = Résultats clés
    trends.table.wins = Réussites
    trends.table.misses = Échecs
    trends.table.updated = À jour sur {recentDays} jours
    trends.table.confidence = Confiance nette
    trends.table.more = et {n, plural, one {# cycle plus ancien} many {# de cycles plus anciens} other {# cycles plus anciens}} : tous les cycles sont dans history.json
    trends.table.footnote = Tous les chiffres sont aussi dans history.json
    trends.table.notes.order = Les mêmes chiffres en valeurs, du plus ancien au plus récent ; le dernier cycle est mis en évidence.
    trends.table.notes.counts = Réussites et échecs comptent des résultats clés ; les engagements tenus sont la part des engagements arrivés à {target}.
    trends.table.lede.recent = Les {shown} plus récents sur {n, plural, one {# cycle} many {# de cycles} other {# cycles}}
    trends.table.lede.all = Les grands chiffres {n, plural, =1 {du cycle archivé} other {de chaque cycle archivé}}

    # Équipe par équipe
    trends.slide.teams = Équipe par équipe
    trends.teams.kicker = Équipe par équipe
    trends.teams.size = {n, plural, one {# RC} other {# RC}}
    trends.teams.lastIn = dernier score en {cycle}
    trends.teams.sparkTitle = {team} : score par cycle
    trends.teams.notes.one = Chaque carte montre le score d’une équipe en {cycle}, les plus grandes équipes d’abord. Dès le prochain cycle, chaque carte montrera la courbe de l’équipe.
    trends.teams.notes.many = Chaque carte montre le score d’une équipe au fil des cycles, les plus grandes équipes d’abord ; la ligne pointillée est à {green}.
    trends.teams.notes.hidden = {n, plural, one {# autre équipe n’est pas affichée} many {# d’autres équipes ne sont pas affichées} other {# autres équipes ne sont pas affichées}} ici : history.json contient les scores de toutes les équipes.
    trends.teams.notes.shapes = Regardez les formes, pas les points isolés : une montée régulière, une équipe qui a plongé puis rebondi, une autre qui glisse depuis plusieurs cycles.
    trends.teams.lede.largest = Les {shown} plus grandes sur {n, plural, one {# équipe} many {# d’équipes} other {# équipes}} (toutes dans history.json), par nombre de résultats clés
    trends.teams.lede.all = {n, plural, one {# équipe} many {# d’équipes} other {# équipes}}, les plus grandes d’abord
    trends.teams.lede.lines = pointillés à {green} · ▲▼ vs {cycle}
    trends.teams.lede.bars = repère à {green}
    trends.teams.title.one = Le score de chaque équipe en {cycle}
    trends.teams.title.many = Le score de chaque équipe au fil des cycles

    # Plus fortes évolutions
    trends.slide.movers = Plus fortes évolutions
    trends.movers.kicker = Plus fortes évolutions
    trends.movers.up = En hausse
    trends.movers.down = En baisse
    trends.movers.none.up = Aucune équipe n’a progressé.
    trends.movers.none.down = Aucune équipe n’a reculé.
    trends.movers.notes.up = Plus forte progression : {team}, de {before} à {now}. Invitez l’équipe à raconter ce qui a changé.
    trends.movers.notes.down = Plus fort recul : {team}, de {before} à {now}. Un recul est une question, pas un verdict : nouveau périmètre, nouvelles personnes, objectifs plus durs ?
    trends.movers.notes.counts = {up, plural, one {# équipe en progrès} many {# d’équipes en progrès} other {# équipes en progrès}}, {down} en recul, {same} sans changement.
    trends.movers.title = Qui a le plus bougé depuis {cycle}
    trends.movers.lede = Score d’équipe en {last}, évolution depuis {previous} · {n, plural, one {# équipe notée} many {# d’équipes notées} other {# équipes notées}} sur les deux cycles
    trends.movers.footnote = {up} en progrès · {down} en recul · {same, plural, one {# inchangée} other {# inchangées}} à deux décimales · repère à {green}

    # Objectifs trop prudents, surengagement
    trends.slide.tooSafe = Objectifs trop prudents
    trends.slide.overCommitting = Surengagement
    trends.streaks.kicker.tooSafe = Comportements · objectifs trop prudents
    trends.streaks.kicker.overCommitting = Comportements · surengagement
    trends.streaks.title.tooSafe = Objectifs trop prudents, deux cycles de suite
    trends.streaks.title.overCommitting = Surengagement, deux cycles de suite
    trends.streaks.lede.tooSafe = Équipes dont les résultats clés ambitieux ont atteint {safe} ou plus en moyenne sur des cycles consécutifs
    trends.streaks.lede.overCommitting = Équipes qui ont manqué des engagements sur des cycles consécutifs
    trends.streaks.lede.count = {n, plural, one {# équipe} many {# d’équipes} other {# équipes}}, {ongoing, plural, =0 {aucune encore concernée} one {# encore concernée} other {# encore concernées}} en {latest}{ongoing, plural, =0 {} other { (orange)}}
    trends.streaks.endedAfter = terminé après {cycle}
    trends.streaks.detail.tooSafe = moyenne des ambitieux {value} en {cycle}
    trends.streaks.detail.overCommitting = {n, plural, one {# engagement manqué} many {# d’engagements manqués} other {# engagements manqués}} en {cycle} · {met} tenus
    trends.streaks.notes.none.tooSafe = Aucune équipe n’a eu des ambitions à {safe} ou plus deux cycles de suite : nos objectifs ambitieux jouent bien leur rôle.
    trends.streaks.notes.none.overCommitting = Aucune équipe n’a manqué d’engagements deux cycles de suite : nos engagements sont bien calibrés.
    trends.streaks.notes.tooSafe = {n, plural, one {# équipe s’est fixé} many {# d’équipes se sont fixé} other {# équipes se sont fixé}} des objectifs trop prudents au moins deux cycles de suite ; {ongoing, plural, one {c’est encore le cas pour #} other {c’est encore le cas pour #}} en {latest}.
    trends.streaks.notes.overCommitting = {n, plural, one {# équipe a manqué} many {# d’équipes ont manqué} other {# équipes ont manqué}} des engagements au moins deux cycles de suite ; {ongoing, plural, one {c’est encore le cas pour #} other {c’est encore le cas pour #}} en {latest}.
    trends.streaks.notes.start = Commencez par {teams} : une conversation avec les responsables d’équipe, pas un classement.
    trends.streaks.advice.tooSafe.1 = Des ambitions à {safe} ou plus en moyenne, atteintes presque entièrement : ce sont des engagements déguisés.
    trends.streaks.advice.tooSafe.2 = Demandez ce que ces équipes tenteraient si un {target} était célébré.
    trends.streaks.advice.tooSafe.3 = Passez les valeurs sûres en engagés et ajoutez une ambition vraiment incertaine.
    trends.streaks.advice.overCommitting.1 = Manquer des engagements cycle après cycle signifie souvent qu’il y en a trop, ou des dépendances hors de portée de l’équipe.
    trends.streaks.advice.overCommitting.2 = Demandez ce qu’elles abandonneraient pour tenir le reste.
    trends.streaks.advice.overCommitting.3 = S’engager sur moins de choses ; passer les plus incertaines en ambitieux.
    trends.streaks.empty.tooSafe = Aucune équipe n’a joué la sécurité deux cycles de suite.
    trends.streaks.empty.overCommitting = Aucune équipe n’a manqué d’engagements deux cycles de suite.
    trends.streaks.more = et {n, plural, one {# autre équipe} many {# d’autres équipes} other {# autres équipes}} : history.json les liste toutes
    trends.streaks.talking = Pour en parler

    # Rythme de suivi dans le temps
    trends.slide.cadence = Rythme de suivi dans le temps
    trends.cadence.kicker = Rythme de suivi dans le temps
    trends.cadence.heading = Nos points d’étape, cycle par cycle
    trends.cadence.share.chart = Résultats clés mis à jour dans les {recentDays} derniers jours du cycle
    trends.cadence.share.desc = Part des résultats clés mis à jour dans les {recentDays} derniers jours de chaque cycle : {values}.
    trends.cadence.share.series = À jour
    trends.cadence.confidence.chart = Confiance nette au dernier point d’étape
    trends.cadence.confidence.desc = Confiance nette (part des résultats clés en bonne voie moins part hors trajectoire) par cycle : {values}.
    trends.cadence.confidence.series = Confiance
    trends.cadence.updated = À jour sur les {recentDays} derniers jours
    trends.cadence.between = Entre deux mises à jour
    trends.cadence.between.detail = écart médian en {cycle}
    trends.cadence.confidence = Confiance nette
    trends.cadence.confidence.detail = en bonne voie moins hors trajectoire
    trends.cadence.notes.share = Notre rythme de suivi, cycle par cycle : {share} des résultats clés ont été mis à jour dans les {recentDays} derniers jours de {cycle}, avec un écart médian de {gap}.
    trends.cadence.notes.change = Soit {change} par rapport à {against}.
    trends.cadence.notes.confidence = La confiance nette, c’est la part des résultats clés en bonne voie à leur dernier point d’étape moins la part hors trajectoire.
    trends.cadence.notes.without = {n, plural, one {# cycle n’a eu} many {# de cycles n’ont eu} other {# cycles n’ont eu}} aucun point d’étape : d’où les trous dans les courbes.
    trends.cadence.lede = D’après les points d’étape de chaque cycle
    trends.cadence.lede.without = {n, plural, one {# cycle sans point d’étape laissé} many {# de cycles sans point d’étape laissés} other {# cycles sans point d’étape laissés}} en blanc
    trends.cadence.footnote = Jours médians entre deux mises à jour : {gaps}
    trends.cadence.noCheckIns = aucun point d’étape

    # Comment lire ces chiffres
    trends.slide.guide = Mode d’emploi
    trends.guide.kicker = Mode d’emploi
    trends.guide.heading = Ce que disent les tendances
    trends.guide.overall = Score global
    trends.guide.overall.text = Moyenne des objectifs notés, de 0 à 1 : vert dès {green}, orange dès {yellow}.
    trends.guide.committed = Engagements tenus
    trends.guide.committed.text = Part des résultats clés engagés arrivés à {target}. Le guide les attend tous : d’où la ligne pointillée à {target}.
    trends.guide.aspirational = Moyenne des ambitieux
    trends.guide.aspirational.text = Score moyen des résultats clés ambitieux. Autour de {sweetSpot}, l’ambition est saine ; à {safe} ou plus, les objectifs étaient trop prudents.
    trends.guide.arrows.text = Évolution depuis le cycle précédent : vert en mieux, rouge en moins bien, gris si rien ne change à la précision affichée.
    trends.guide.tooSafe = Objectifs trop prudents
    trends.guide.tooSafe.text = Une équipe dont les résultats clés ambitieux ont atteint {safe} ou plus en moyenne au moins deux cycles de suite.
    trends.guide.overCommitting = Surengagement
    trends.guide.overCommitting.text = Une équipe qui a manqué au moins un engagement au moins deux cycles de suite.
    trends.guide.rhythm = Rythme de suivi
    trends.guide.rhythm.text = D’après les points d’étape de chaque cycle : part des résultats clés mis à jour dans ses {recentDays} derniers jours, nombre médian de jours entre deux mises à jour, confiance nette (en bonne voie moins hors trajectoire).
    trends.guide.matching = Cycles et équipes
    trends.guide.matching.text = Cycles dans l’ordre des dates (par nom s’ils ne sont pas datés). Les équipes sont reconnues par leur nom : une équipe renommée démarre une nouvelle courbe.
    trends.guide.notes.source = Tous ces chiffres viennent de l’archive que remplit `townhall report --archive`, un cycle à la fois.
    trends.guide.notes.thresholds = Seuils en vigueur : vert à {green}, zone idéale à {sweetSpot}, trop prudent à {safe} ; history.json contient tous les chiffres.
    trends.guide.footnote = D’après l’archive : {n, plural, one {# cycle} many {# de cycles} other {# cycles}}, de {first} à {last} · généré le {date} · tous les chiffres sont dans history.json
    """
}
