extension Texts.French {
    /// Textes du deck de la réunion générale, par endroit : le cadre et l’aide, puis slide par slide.
    static let deck = """
    # Le cadre, le script et l’aide
    deck.frame.title = Réunion générale {cycle}
    deck.frame.titleOf = {organization} · Réunion générale {cycle}
    deck.frame.carousel = carrousel
    deck.frame.slide = diapositive
    deck.frame.slideOf = {n} sur {total}
    deck.frame.notes = Notes de l’orateur
    deck.frame.notesOf = Notes de l’orateur, diapositive {n}
    deck.script.where = {n} sur {total} : {name}
    deck.script.next = Suivante : {name}
    deck.script.last = Dernière diapositive
    deck.script.live = Diapositive {n} sur {total} : {name}
    deck.help.title = Raccourcis clavier
    deck.help.keySpace = Espace
    deck.help.keyShift = Maj
    deck.help.keyPageDown = Pg suiv
    deck.help.keyPageUp = Pg préc
    deck.help.keyHome = Début
    deck.help.keyEnd = Fin
    deck.help.keyEsc = Échap
    deck.help.orClick = ou clic
    deck.help.next = Diapositive suivante
    deck.help.previous = Diapositive précédente
    deck.help.firstLast = Première, dernière diapositive
    deck.help.overview = Vue d’ensemble des diapositives
    deck.help.notes = Notes de l’orateur
    deck.help.fullScreen = Plein écran
    deck.help.black = Écran noir
    deck.help.help = Cette aide
    deck.help.print = Chaque diapositive a sa propre adresse (#3) ; imprimez en PDF pour une diapositive par page.

    # Chiffres, unités et évolutions
    deck.unit.days = {n, plural, one {# jour} many {# de jours} other {# jours}}
    deck.unit.daysDecimal = {days} jours
    deck.unit.pts = {n, plural, one {# pt} other {# pts}}
    deck.unit.points = {n, plural, one {# point} many {# de points} other {# points}}
    deck.delta.up = en hausse
    deck.delta.down = en baisse
    deck.delta.unchanged = stable
    deck.delta.against = vs {cycle}
    deck.delta.new = nouveau
    deck.delta.since = depuis {cycle}
    deck.delta.notComparable = non comparable
    deck.delta.unchangedSpoken = stable
    deck.delta.upBy = en hausse de {amount}
    deck.delta.downBy = en baisse de {amount}

    # Listes dans une phrase : a, b, c
    deck.list.pair = {a}, {b}

    # Ce qu’on compte
    deck.n.keyResults = {n, plural, one {# résultat clé} many {# de résultats clés} other {# résultats clés}}
    deck.n.objectives = {n, plural, one {# objectif} many {# d’objectifs} other {# objectifs}}
    deck.n.teams = {n, plural, one {# équipe} many {# d’équipes} other {# équipes}}
    deck.n.scoredObjectives = {n, plural, one {# objectif noté} many {# d’objectifs notés} other {# objectifs notés}}
    deck.n.scoredKRs = {n, plural, one {# RC noté} many {# de RC notés} other {# RC notés}}
    deck.n.wins = {n, plural, one {# réussite} many {# de réussites} other {# réussites}}
    deck.n.misses = {n, plural, one {# échec} many {# d’échecs} other {# échecs}}
    deck.n.checkIns = {n, plural, one {# point d’étape} many {# de points d’étape} other {# points d’étape}}
    deck.n.subTeams = {n, plural, one {# sous-équipe} many {# de sous-équipes} other {# sous-équipes}}
    deck.n.topLevelTeams = {n, plural, one {# équipe de premier niveau} many {# d’équipes de premier niveau} other {# équipes de premier niveau}}
    deck.n.findings = {n, plural, one {# constat} many {# de constats} other {# constats}}
    deck.n.checks = {n, plural, one {# contrôle} many {# de contrôles} other {# contrôles}}
    deck.n.rowProblems = {n, plural, one {# problème de ligne} many {# de problèmes de ligne} other {# problèmes de ligne}}
    deck.n.rejectedRows = {n, plural, one {# ligne rejetée} many {# de lignes rejetées} other {# lignes rejetées}}
    deck.n.scoredKeyResults = {n, plural, one {# résultat clé noté} many {# de résultats clés notés} other {# résultats clés notés}}

    # Un résultat clé dans une liste
    deck.type.committed = Engagé
    deck.type.aspirational = Ambitieux
    deck.type.mixed = Mixte
    deck.kr.stretch = {percent} de la cible
    deck.kr.carriedOver = reporté
    deck.kr.missedCommitment = engagement non tenu
    deck.kr.noCheckIns = aucun point d’étape
    deck.kr.neverUpdated = jamais mis à jour
    deck.kr.quietSince = silencieux depuis le {day}
    deck.kr.dropped = abandonné
    deck.kr.unscored = non noté
    deck.kr.sparkTitle = Score au fil du cycle
    deck.kr.sparkDesc = {n, plural, one {# point d’étape} many {# de points d’étape} other {# points d’étape}} : {points}.
    deck.kr.sparkDescFinal = {n, plural, one {# point d’étape} many {# de points d’étape} other {# points d’étape}} : {points}. Score final {score}.
    deck.kr.sparkPoint = {score} le {day}
    deck.kr.trailLegend = Courbes : le score de chaque résultat clé à ses points d’étape, pointillés à sa cible
    deck.key.bands = Couleur : zone de score · vert ≥ {green} · orange ≥ {yellow} · rouge en dessous · repère à {green}
    deck.key.wins = Couleur : le résultat, chacun une réussite
    deck.key.misses = Couleur : le résultat, chacun un échec (cibles : engagés {committed}, ambitieux {aspirational})

    # Titre
    deck.title.name = Titre
    deck.title.kicker = Réunion générale OKR
    deck.title.subtitle = Bilan du cycle
    deck.title.logo = Logo {organization}
    deck.title.facts = {keyResults} · {objectives} · {teams}
    deck.title.note.welcome = Bienvenue à la réunion générale {cycle}. Nous clôturons le cycle en célébrant nos réussites et en tirant les leçons de nos échecs.
    deck.title.note.welcomeOf = Bienvenue à la réunion générale {cycle} de {organization}. Nous clôturons le cycle en célébrant nos réussites et en tirant les leçons de nos échecs.
    deck.title.note.cycle = Ce cycle : {facts}.
    deck.title.note.cycleCompared = Ce cycle : {facts}. Nous le comparons tout du long à {previous}.
    deck.title.note.agenda = Au programme : le cycle en un coup d’œil, engagements et ambitions,{checkIns, select, yes { le déroulé du cycle semaine par semaine,} other {}} réussites, échecs, équipe par équipe,{checkIns, select, yes { notre rythme de suivi,} other {}} la santé du guide OKR et ce que nous reportons.

    # Le cycle en un coup d’œil
    deck.glance.overallScore = Score global
    deck.glance.meanOf = moyenne de {scoredObjectives}
    deck.glance.committedAttainment = Engagements tenus
    deck.glance.ofCommitmentsMet = {met} engagements tenus sur {scored}
    deck.glance.aspirationalMean = Moyenne des ambitieux
    deck.glance.sweetSpot = {scoredKRs} · zone idéale {aspirationalTarget}
    deck.glance.wins = Réussites
    deck.glance.ofScoredKey = {scored} des résultats clés notés
    deck.glance.misses = Échecs
    deck.glance.committedAspirational = {committedMisses, plural, one {{committedMisses} engagé} other {{committedMisses} engagés}} · {aspirationalMisses} ambitieux
    deck.glance.keyResults = Résultats clés
    deck.glance.scored = {scored, plural, one {{scored} noté} other {{scored} notés}}
    deck.glance.unscored = {unscored, plural, one {{unscored} non noté} other {{unscored} non notés}}
    deck.glance.dropped = {dropped, plural, one {{dropped} abandonné} other {{dropped} abandonnés}}
    deck.glance.teams = Équipes
    deck.glance.overallScoreThe = Score global {overallScore} : la moyenne de {scoredObjectives}.
    deck.glance.committedAttainmentOf = Engagements tenus {attainment} : {met} engagements sur {scored} arrivés à {committedWin}.
    deck.glance.aspirationalKeyResults = Les résultats clés ambitieux sont à {meanScore} en moyenne, pour une zone idéale à {aspirationalTarget}.
    deck.glance.andAmongScored = {wins} et {misses} sur {scored} résultats clés notés.
    deck.glance.couldNotBe = Impossible de noter {keyResults} : voir l’annexe.
    deck.glance.againstOverallScore = Par rapport à {vs} : score global {overallScore}, engagements tenus {points}, moyenne des ambitieux {aspirationalMean} ; réussites {wins}, échecs {misses}.
    deck.glance.theCycleAt = Le cycle en un coup d’œil
    deck.glance.comparedWith = {displayName} · comparé à {vs}

    # Engagés ou ambitieux
    deck.balance.committedAttainment = Engagements tenus
    deck.balance.committedAttainmentIs = Engagements tenus : {attainment} ; le guide attend 100 %.
    deck.balance.aspirationalMeanScore = Score moyen des ambitieux
    deck.balance.aspirationalKeyResults = Les résultats clés ambitieux sont à {meanScore} en moyenne ; le guide attend environ {target}, et {safe} ou plus signale des objectifs trop prudents.
    deck.balance.sweetSpot = zone idéale {target}
    deck.balance.tooSafe = trop prudent
    deck.balance.committed = Engagés
    deck.balance.aspirational = Ambitieux
    deck.balance.committedVsAspirational = Engagés ou ambitieux
    deck.balance.thePlaybookA = Le guide : un engagement est une promesse et doit arriver à {committedWin} ; une ambition est un défi, et environ {target} est une réussite.
    deck.balance.playbookCommittedLands = Guide : engagés à {committedWin} · ambitieux vers {target} · à {safe} ou plus, objectifs trop prudents

    # Répartition des scores
    deck.distribution.green = Vert
    deck.distribution.amber = Orange
    deck.distribution.red = Rouge
    deck.distribution.text = {value} en {band} ({total})
    deck.distribution.keyResultsBy = Résultats clés par zone
    deck.distribution.scoredKeyResults = Résultats clés notés par zone : {words}.
    deck.distribution.keyResultsBy2 = Résultats clés par score
    deck.distribution.scoredKeyResults2 = Résultats clés notés par score, par pas de 0,1 de 0 à 1, puis exactement 1,0 : {bucketWords}.
    deck.distribution.ofScoredKey = Sur {total} résultats clés notés : {words}.
    deck.distribution.exactly = exactement 1,0
    deck.distribution.theMostCommon = Le score le plus fréquent est {range}, avec {keyResults}.
    deck.distribution.aHealthyCycle = Un cycle sain montre des engagements groupés à 1,0 et des ambitions réparties autour de {aspirationalTarget}.
    deck.distribution.scoreDistribution = Répartition des scores
    deck.distribution.scoredKeyResults3 = {total} résultats clés notés · non affichés : non notés {unscored}, abandonnés {dropped}

    # Le déroulé du trimestre (points d’étape)
    deck.unfolded.all = Tous
    deck.unfolded.committed = Engagés
    deck.unfolded.aspirational = Ambitieux
    deck.unfolded.to = du {start} au {end}
    deck.unfolded.meanScoreWeek = Score moyen semaine par semaine
    deck.unfolded.committed2 = engagés {committedWin}
    deck.unfolded.sweetSpot = zone idéale {aspTarget}
    deck.unfolded.weekByWeek = Semaine après semaine, le score moyen de nos résultats clés est passé de {firstMean} à {final}, {span}.
    deck.unfolded.halfway = À mi-parcours
    deck.unfolded.endOfWeek = fin de la semaine {mid}, {end} · {share} de la moyenne finale
    deck.unfolded.atTheHalfway = À mi-parcours, nous étions à {h}, moins de la moitié de notre score final : l’essentiel des progrès est venu tard. Les plans étaient-ils concentrés en fin de cycle, ou les points d’étape ont-ils pris du retard sur le travail ?
    deck.unfolded.atTheHalfway2 = À mi-parcours, nous étions à {h}, soit {share} de notre score final : une progression régulière tout au long {word, select, quarter {du trimestre} other {du cycle}}.
    deck.unfolded.biggestWeek = Meilleure semaine
    deck.unfolded.weekTo = semaine {week}, jusqu’au {end}
    deck.unfolded.theBiggestWeek = La meilleure semaine a été la semaine {week} (jusqu’au {end}), avec une moyenne en hausse de {gain}.
    deck.unfolded.committed3 = engagés {value}
    deck.unfolded.aspirational2 = ambitieux {value}
    deck.unfolded.lastWeek = Dernière semaine
    deck.unfolded.meanOfThe = moyenne de {keyResults}, et non des objectifs comme le score global ({overallScore})
    deck.unfolded.theseLinesCome = Ces courbes viennent des points d’étape ; les scores finaux du reste de la présentation viennent de l’export, et le score global est une moyenne des objectifs : les deux peuvent légèrement différer.
    deck.unfolded.howTheUnfolded = Le déroulé {word, select, quarter {du trimestre} other {du cycle}}
    deck.unfolded.weekByWeek2 = Semaine par semaine
    deck.unfolded.meanScoreOf = Score moyen de nos résultats clés à la fin de chaque semaine, {span}
    deck.unfolded.eachKeyResult = Chaque résultat clé compte dès son premier point d’étape, à son dernier score · {counted} sur {scoredKeyResults} suivis · pointillés : engagés {committedWin}, zone idéale des ambitieux {aspTarget}

    # Nos réussites
    deck.wins.noKeyResult = Aucun résultat clé n’a été une réussite ce cycle. Disons-le franchement, puis regardons ce qui a quand même avancé.
    deck.wins.celebrateAcrossRead = Célébrons {wins} dans {teams}. Lisez les noms à voix haute : ce sont les responsables qui ont rendu cela possible.
    deck.wins.inviteOneOwner = Invitez un responsable à dire en une phrase ce qui a fait la différence.
    deck.wins.noWinsThis = Aucune réussite ce cycle.
    deck.wins.acrossOf = {wins} dans {teams} · {p} sur {pages}
    deck.wins.across = {wins} dans {teams}
    deck.wins.winsToCelebrate = Nos réussites ({p} sur {pages})
    deck.wins.winsToCelebrate2 = Nos réussites

    # Nos échecs
    deck.misses.committedAspirational = {committedMisses, plural, one {{committedMisses} engagé} other {{committedMisses} engagés}} · {aspirationalMisses} ambitieux
    deck.misses.noMissesThis = Aucun échec ce cycle : tous les résultats clés notés ont abouti. Vérifiez que les ambitions étaient assez ambitieuses.
    deck.misses.andAMiss = {committedMisses} et {aspirationalMisses}. Un échec est une occasion d’apprendre, pas de chercher un coupable.
    deck.misses.noMissesThis2 = Aucun échec ce cycle.
    deck.misses.of = {summary} · {p} sur {pages}
    deck.misses.missesToReflect = Nos échecs, nos leçons ({p} sur {pages})
    deck.misses.missesToReflect2 = Nos échecs, nos leçons

    # Équipe par équipe
    deck.teamTeams.teamsAtA = Les équipes en un coup d’œil
    deck.teamTeams.committed = {teams} · {keyResults} · engagements tenus {committedAttainment}

    # Les équipes en un coup d’œil
    deck.ranking.highestAtLowest = {rollup, select, yes {Meilleur score consolidé} other {Meilleur score}} : {best} à {best2} ; plus faible : {worst} à {worst2}.
    deck.ranking.ofInThe = {green} sur {what} en zone verte, {red} en rouge.
    deck.ranking.biggestImprovementSince = Plus forte progression depuis {previousName} : {up}, {up2}.
    deck.ranking.biggestDropAsk = Plus fort recul : {down}, {down2}. Demandez ce qui a changé.
    deck.ranking.lowScoresAre = Un score faible ouvre la discussion : demandez ce dont l’équipe a besoin, pas à qui la faute.
    deck.ranking.tooManyFor = {topLevelTeams} : trop pour une diapositive chacune ; toutes les équipes sont dans le tableau de bord

    # Une équipe
    deck.team.andInThe = et {moreKeyResults} dans le tableau de bord
    deck.team.committed = Engagé
    deck.team.aspirational = Ambitieux
    deck.team.meanScore = score moyen
    deck.team.winsMisses = Réussites / échecs
    deck.team.of = sur {scoredKRs}
    deck.team.rollUp = Consolidé
    deck.team.with = avec {subTeams}
    deck.team.updated = À jour
    deck.team.inTheLast = sur les {recentDays} derniers jours
    deck.team.scoreOverAnd = {name} : score {value} sur {objectives} et {keyResults}.
    deck.team.carriedOverFrom = Repris de {previousName} : {keyResults}. Chacun reste-t-il le bon objectif ?
    deck.team.strongestObjectiveNeeds = Objectif le plus solide : {title} ({best}). À surveiller : {title2} ({worst}).
    deck.team.askTheTeam = {wins}, {misses}. Demandez au responsable d’équipe une réussite marquante et une leçon.
    deck.team.team = Équipe : {name}
    deck.team.teamByTeam = Équipe par équipe · {position}

    # Une équipe de premier niveau et ses sous-équipes
    deck.group.moreTeams = … {hidden} autres équipes …
    deck.group.committedAttainment = Engagements tenus
    deck.group.ofMet = {committedMet} tenus sur {committedScored}
    deck.group.aspirationalMean = Moyenne des ambitieux
    deck.group.winsMisses = Réussites / échecs
    deck.group.of = sur {scoredKRs}
    deck.group.andEverythingUnder = {name} et tout ce qui en dépend : score consolidé {rollupScore} sur {teams} et {keyResults}.
    deck.group.committedAttainmentAspirational = Engagements tenus {committedAttainment} ; moyenne des ambitieux {aspirationalMean}.
    deck.group.strongestSubTeam = Sous-équipe la plus solide : {all} ({rollupScore}) ; celle qui a le plus besoin de soutien : {all2} ({rollupScore2}).
    deck.group.itselfOwnsScoring = {name} porte en propre {objectives}, avec un score de {value}.
    deck.group.team = Équipe : {name}
    deck.group.itselfScore = {name} en propre : {objectives}, score {value}
    deck.group.teamByTeam = Équipe par équipe · {position}
    deck.group.subTeamsBy = Sous-équipes par score consolidé

    # Nos valeurs
    deck.values.noOkrsThis = aucun OKR ce cycle
    deck.values.strongestValueAt = Valeur la mieux servie : {value} à {meanScore} sur {keyResults}. La moins bien servie : {value2} à {meanScore2}.
    deck.values.valuesAreWhy = Nos valeurs donnent du sens aux OKR : reliez une réussite à la valeur qu’elle a servie.
    deck.values.and = et {moreValues}
    deck.values.ourValues = Nos valeurs
    deck.values.okrsAndMean = OKR et score moyen des résultats clés par valeur · repère à {green}

    # Rythme de suivi (points d’étape)
    deck.rhythm.every = tous les {m}
    deck.rhythm.noCheckIns = aucun point d’étape
    deck.rhythm.confidence = confiance {n}
    deck.rhythm.moreTeams = … {hidden} autres équipes …
    deck.rhythm.lastUpdatesIn = dernières mises à jour en {month}
    deck.rhythm.noCheckIns2 = aucun point d’étape ce cycle
    deck.rhythm.updatedInDays = À jour sur {recentDays} jours
    deck.rhythm.ofInDays = {updatedLast30} sur {keyResults} · {shareLast14} sur {fortnight} jours
    deck.rhythm.betweenUpdates = Entre deux mises à jour
    deck.rhythm.medianGapBetween = écart médian entre points d’étape
    deck.rhythm.netConfidence = Confiance nette
    deck.rhythm.onTrackMinus = en bonne voie moins hors trajectoire, dernier point d’étape
    deck.rhythm.ofOurKey = {shareLast30} de nos résultats clés ont été mis à jour dans les {recentDays} derniers jours du cycle, avec un écart médian de {medianDaysBetween} entre deux mises à jour.
    deck.rhythm.netConfidenceAt = La confiance nette au dernier point d’étape était de {n} : la part des résultats clés en bonne voie moins la part hors trajectoire.
    deck.rhythm.noTeamWent = Aucune équipe n’a décroché : merci à tous d’avoir tenu vos résultats clés à jour.
    deck.rhythm.notUpdatedIn = {keyResults} sans mise à jour depuis {staleDays} jours et {neverUpdated} jamais mis à jour : le tableau de bord les liste
    deck.rhythm.reviewRhythm = Rythme de suivi
    deck.rhythm.onToBars = {checkIns} sur {keyResults}, du {start} au {end} · barres : part des résultats clés de chaque équipe mis à jour sur les {recentDays} derniers jours
    deck.rhythm.and = et {moreTeams}

    # Santé du guide OKR
    deck.health.errors = Erreurs
    deck.health.fixBeforeNext = à corriger avant le prochain cycle
    deck.health.warnings = Alertes
    deck.health.worthALook = à regarder
    deck.health.teamsFlagged = Équipes signalées
    deck.health.of = sur {teams}
    deck.health.thePlaybookChecks = Les contrôles du guide ont relevé {findings} dans {teams}.
    deck.health.mostCommon = Le plus fréquent : {finding}.
    deck.health.theseAreAbout = Il s’agit de la façon dont nous écrivons nos OKR, pas de nos résultats : corrigeons-les en préparant le prochain cycle.
    deck.health.playbookHealth = Santé du guide OKR
    deck.health.everyPlaybookCheck = Tous les contrôles du guide sont au vert
    deck.health.from = {checks}, {findings}
    deck.health.andWithFindings = et {moreChecks} avec des constats

    # Reporté au prochain cycle
    deck.carry.commitmentsMissed = Engagements non tenus
    deck.carry.reCommitIf = à reconduire s’ils comptent encore, sinon à abandonner
    deck.carry.aspirationsShortOf = Ambitions sous 1,0
    deck.carry.carryTheAmbition = garder l’ambition, ou la repenser
    deck.carry.carryForwardMissed = À reporter : {keyResults}, soit {carriedCommitted} engagements non tenus et {carriedAspirational} ambitions sous 1,0.
    deck.carry.carryingForwardIs = Reporter est un choix, pas un réflexe : chaque responsable décide de reconduire, de remodeler ou d’abandonner.
    deck.carry.repeatedFrom = Repris de {previousName}
    deck.carry.landedThisTime = réussis cette fois : {won} · manqués de nouveau : {missed}
    deck.carry.repeatedOneOf = Repris de {previousName} : {keyResults}. Réussis cette fois : {won} ; manqués de nouveau : {missed}. Un objectif manqué deux fois demande une nouvelle approche, ou la décision d’y renoncer.
    deck.carry.carriedForward = Ce que nous reportons
    deck.carry.andMoreIn = et {shown} de plus dans la liste des reports
    deck.carry.commitOnlyTo = Ne nous engager que sur ce que nous livrerons : {a} des engagements ont été tenus cette fois.
    deck.carry.rethinkTheKey = Repenser le résultat clé manqué deux cycles de suite : nouvelle approche, ou y renoncer.
    deck.carry.rethinkTheKey2 = Repenser les {missedAgain} résultats clés manqués deux cycles de suite : nouvelle approche, ou y renoncer.
    deck.carry.writeTheBefore = Rédiger les {missingReflections} avant le début de la planification.
    deck.carry.raiseTheBar = Placer la barre plus haut : les ambitions sont à {m} en moyenne, trop prudentes.
    deck.carry.rightSizeAspirations = Recalibrer les ambitions : elles sont à {m} en moyenne, en deçà de {aspirationalTarget}.
    deck.carry.keepAspirationsThis = Garder des ambitions de ce niveau : {m}, c’est tout près de la zone idéale de {aspirationalTarget}.
    deck.carry.fixInThe = Corriger {dataProblems} dans l’export source.

    # Comment le cycle a été noté
    deck.scoring.droppedCancelledOr = Abandonné, annulé ou reporté : non noté
    deck.scoring.aFinalGrade = Une note finale dans la colonne score fait foi
    deck.scoring.aYesNo = Un résultat oui/non vaut 1 ou 0
    deck.scoring.atLeastAt = Au moins / au plus : 1 si le seuil a tenu, sinon 0
    deck.scoring.progressCurrentStart = Progression (actuel − départ) ÷ (cible − départ), bornée entre 0 et 1
    deck.scoring.nothingToScore = Rien pour noter : non noté, listé en annexe
    deck.scoring.committedWin = Réussite engagée
    deck.scoring.aspirationalWinProgress = Réussite ambitieuse · progression
    deck.scoring.bandsGreenAmber = Zones vert · orange
    deck.scoring.aspirationalSweetSpot = Zone idéale des ambitieux
    deck.scoring.tooSafeAt = Trop prudent à
    deck.scoring.objectivesPerTeam = Objectifs par équipe
    deck.scoring.keyResultsPer = Résultats clés par objectif
    deck.scoring.inputRowsRejected = {inputRows} lignes en entrée = {keyResults} + {rejectedRows} rejetées
    deck.scoring.from = source : {source}
    deck.scoring.howTheCycle = Comment le cycle a été noté
    deck.scoring.everyKeyResult = Chaque résultat clé est noté de 0 à 1 par la première règle qui s’applique, dans cet ordre.
    deck.scoring.committedKeyResults = Un résultat clé engagé est tenu à {committedWin} ; un ambitieux est une réussite à {aspirationalWin}. Le score d’un objectif est la moyenne pondérée de ses résultats clés ; celui d’une équipe, la moyenne de ses objectifs.
    deck.scoring.nothingIsLost = Rien ne se perd : {parts}.

    # Annexe : problèmes de données
    deck.appendix.rowRejected = ligne rejetée
    deck.appendix.appendixDataProblems = Annexe : problèmes de données
    deck.appendix.everyInputRow = Toutes les lignes en entrée étaient valides : aucun problème de données ce cycle.
    deck.appendix.andTheScorecard = {rowProblems} et {rejectedRows}. Le tableau de bord les liste toutes avec leur ligne et leur colonne.
    deck.appendix.fixThemIn = Corrigez-les dans l’export source pour que les chiffres du prochain cycle soient complets.
    deck.appendix.everyRowWas = Toutes les lignes sont valides
    deck.appendix.andMoreSee = et {hidden} de plus : voir les problèmes de données du tableau de bord
    # Ajouts
    deck.distribution.bucket = {bucket} : {n}
    deck.distribution.legendLabel = {band} {range}
    deck.list.sentences = {a} {b}
    deck.misses.more = et {n} {n, plural, one {autre échec} other {autres échecs}} : tous, avec leurs notes, sont dans le tableau de bord
    deck.misses.note.learning = {team} : {title} ({score}). Leçon : {learning}
    deck.misses.note.noReflection = {team} : {title} ({score}). Pas encore d’analyse : demandez ce que nous en avons appris.
    deck.misses.note.unreflected = {n, plural, one {# échec engagé n’a} other {# échecs engagés n’ont}} toujours pas d’analyse : demandez aux responsables d’en rédiger une cette semaine.
    deck.misses.summaryUnreflected = {summary} · {n} sans analyse
    deck.n.aspirationalMisses = {n, plural, one {# échec ambitieux} many {# d’échecs ambitieux} other {# échecs ambitieux}}
    deck.n.committedMisses = {n, plural, one {# échec engagé} many {# d’échecs engagés} other {# échecs engagés}}
    deck.n.dataProblems = {n, plural, one {# problème de données} many {# de problèmes de données} other {# problèmes de données}}
    deck.n.missingReflections = {n, plural, one {# analyse manquante} many {# d’analyses manquantes} other {# analyses manquantes}}
    deck.n.moreChecks = {n, plural, one {# autre contrôle} many {# d’autres contrôles} other {# autres contrôles}}
    deck.n.moreKeyResults = {n, plural, one {# autre résultat clé} many {# d’autres résultats clés} other {# autres résultats clés}}
    deck.n.moreTeams = {n, plural, one {# autre équipe} many {# d’autres équipes} other {# autres équipes}}
    deck.n.moreTopLevelTeams = {n, plural, one {# autre équipe de premier niveau} many {# d’autres équipes de premier niveau} other {# autres équipes de premier niveau}}
    deck.n.moreValues = {n, plural, one {# autre valeur} many {# d’autres valeurs} other {# autres valeurs}}
    deck.ranking.lede = {what}, par {rollup, select, yes {score consolidé} other {score}} · repère à {green}
    deck.ranking.ledeCompared = {what}, par {rollup, select, yes {score consolidé} other {score}} · repère à {green} · ▲▼ vs {previous}
    deck.ranking.more = … {more} …
    deck.rhythm.note.quiet = Silence radio pour {teams} : {names}. Demandez ce qui a bloqué : les priorités changent, et un OKR que personne ne met à jour a souvent cessé de compter.
    deck.rhythm.note.quietAndOthers = Silence radio pour {teams} : {names}, entre autres. Demandez ce qui a bloqué : les priorités changent, et un OKR que personne ne met à jour a souvent cessé de compter.
    deck.rhythm.note.quietTeam = {team} ({what})
    deck.scoring.inputRowsOtherCycles = {inputRows} lignes en entrée = {keyResults} + {rejectedRows} rejetées + {otherCycleRows} d’autres cycles
    deck.scoring.range = {from}–{to}
    deck.team.lede = {objectives} · {keyResults}
    deck.team.ledePartOf = Rattachée à {parent} · {objectives} · {keyResults}
    deck.team.scoreOverAndCompared = {name} : score {value} sur {objectives} et {keyResults}. Soit {change} par rapport à {previous}.
    deck.teamTeams.leadership = direction
    deck.teamTeams.partOf = rattachée à {parent} · {keyResults}
    deck.teamTeams.position = {n} sur {total}
    deck.type.aspirationalLower = ambitieux
    deck.type.committedLower = engagé
    deck.unfolded.allKeyResults = Tous les résultats clés
    deck.unfolded.desc = Score moyen des résultats clés à la fin de chacune des {n} semaines, {span}.
    deck.unfolded.descSeries = {name} : {values}.
    deck.unfolded.note.lastWeek = Dernière semaine : {parts} ; les engagements visent {committedWin}, les ambitions environ {target}.
    deck.values.note.unserved = Aucun OKR n’a servi {values} ce cycle : est-ce un choix ?
    deck.wins.more = et {n} {n, plural, one {autre réussite} other {autres réussites}} de {teams} : toutes sont dans le tableau de bord
    deck.wins.note.thank = {team} : {title} ({score}) : merci à {owner}.
    deck.wins.note.win = {team} : {title} ({score}).
    # Textes des gabarits de diapositives
    deck.appendix.t.appendix = Annexe
    deck.appendix.t.column = Colonne
    deck.appendix.t.dataProblems = Problèmes de données
    deck.appendix.t.everyInputRow = Toutes les lignes en entrée étaient valides.
    deck.appendix.t.problem = Problème
    deck.appendix.t.where = Où
    deck.balance.t.committedVsAspirational = Engagés ou ambitieux
    deck.balance.t.didWeKeep = Avons-nous tenu nos promesses et visé assez haut ?
    deck.carry.t.carriedForward = Ce que nous reportons
    deck.carry.t.forNextCycle = Pour le prochain cycle
    deck.carry.t.keepDoingWhat = Continuons ce qui a marché : rien dans les chiffres ne demande de changement.
    deck.carry.t.whatWeTake = Ce que nous emportons au prochain cycle
    deck.distribution.t.scoreDistribution = Répartition des scores
    deck.distribution.t.whereOurKey = Où ont atterri nos résultats clés
    deck.glance.t.theCycleAt = Le cycle en un coup d’œil
    deck.group.t.rollUpScore = score consolidé
    deck.health.t.everyPlaybookCheck = Tous les contrôles du guide sont au vert.
    deck.health.t.howWellWe = La qualité de rédaction de nos OKR
    deck.health.t.playbookHealth = Santé du guide OKR
    deck.misses.t.everyScoredKey = Tous les résultats clés notés ont abouti : aucun échec.
    deck.misses.t.missesToReflect = Nos échecs, nos leçons
    deck.misses.t.noNotes = Aucune note
    deck.misses.t.noReflectionYet = Pas encore d’analyse : chaque engagement non tenu en mérite une
    deck.misses.t.reflect = Apprendre
    deck.ranking.t.teamByTeam = Équipe par équipe
    deck.ranking.t.teamsAtA = Les équipes en un coup d’œil
    deck.rhythm.t.everyTeamKept = Toutes les équipes ont tenu leurs résultats clés à jour.
    deck.rhythm.t.howOftenWe = À quelle fréquence nous avons suivi nos OKR
    deck.rhythm.t.reviewRhythm = Rythme de suivi
    deck.rhythm.t.wentQuiet = Silence radio
    deck.scoring.t.firstRuleThat = La première règle qui s’applique
    deck.scoring.t.howTheCycle = Comment le cycle a été noté
    deck.scoring.t.keyResults = Résultats clés
    deck.scoring.t.theRulesAnd = Les règles et seuils en vigueur
    deck.scoring.t.thresholdsAndLimits = Seuils et limites
    deck.team.t.teamScore = score de l’équipe
    deck.values.t.ourValues = Nos valeurs
    deck.values.t.whatOurOkrs = Ce que nos OKR ont servi
    deck.wins.t.celebrate = Célébrer
    deck.wins.t.continued = suite
    deck.wins.t.noKeyResult = Aucun résultat clé n’a été une réussite ce cycle.
    deck.wins.t.winsToCelebrate = Nos réussites
    deck.health.example = ex. {subject} : {finding}
    deck.health.exampleOne = ex. {subject}
    deck.severity.error = erreur
    deck.severity.info = info
    deck.severity.warning = alerte
    deck.team.attainment = engagements tenus
    # Verdicts : engagés, puis ambitieux
    deck.verdict.aboveSweetSpot.headline = Au-dessus de la zone idéale
    deck.verdict.aboveSweetSpot.sentence = Les résultats clés ambitieux sont à {mean} en moyenne. Une bonne ambition atterrit vers {target} : nous pouvions viser plus haut.
    deck.verdict.aspirationalNone.headline = Aucune ambition notée
    deck.verdict.aspirationalNone.sentence = Aucun résultat clé ambitieux n’a été noté ce cycle : fixons-nous des objectifs ambitieux la prochaine fois.
    deck.verdict.belowSweetSpot.headline = Sous la zone idéale
    deck.verdict.belowSweetSpot.sentence = Les résultats clés ambitieux sont à {mean} en moyenne, sous la barre des {target} : une ambition trop haute, ou des moyens insuffisants.
    deck.verdict.committedAll.headline = Tous les engagements tenus
    deck.verdict.committedAll.sentence = Les {scored} résultats clés engagés sont tous arrivés à {bar}, exactement ce que le guide attend d’un engagement.
    deck.verdict.committedNearly.headline = Presque tous les engagements tenus
    deck.verdict.committedNearly.sentence = {met} engagements tenus sur {scored} ({attainment}). Engagé veut dire {bar} : {missed, plural, one {cet échec mérite une analyse} other {chacun des # échecs mérite une analyse}}.
    deck.verdict.committedNone.headline = Rien à évaluer
    deck.verdict.committedNone.sentence = Aucun résultat clé engagé n’a été noté ce cycle : rien à comparer à la barre de 1,0.
    deck.verdict.committedTooMany.headline = Trop d’engagements non tenus
    deck.verdict.committedTooMany.sentence = Seuls {attainment} des engagements ont été tenus ({met} sur {scored}). Un engagement doit arriver à {bar} : nous nous sommes trop engagés, ou n’avons pas livré, sur {missed, plural, one {# engagement} many {# d’engagements} other {# engagements}}.
    deck.verdict.farBelowSweetSpot.headline = Loin sous la zone idéale
    deck.verdict.farBelowSweetSpot.sentence = Les résultats clés ambitieux sont à {mean} en moyenne, loin de {target} : revoyons leur périmètre et leurs moyens.
    deck.verdict.inSweetSpot.headline = Dans la zone idéale
    deck.verdict.inSweetSpot.sentence = Les résultats clés ambitieux sont à {mean} en moyenne, tout près des {target} attendus par le guide : des objectifs ambitieux, en grande partie atteints.
    deck.verdict.tooSafe.headline = Trop prudent
    deck.verdict.tooSafe.sentence = Les résultats clés ambitieux sont à {mean} en moyenne. À {safe} ou plus, les objectifs n’étaient pas assez ambitieux : visons plus haut au prochain cycle.
    deck.appendix.line = ligne {line}
    deck.balance.target = cible
    """
}
