"""The words of the benchmark grid and the budget tally, as the PDF and the spreadsheet print
them: French, Dutch and English (the PDF prints French and/or Dutch, like the poster)."""

from __future__ import annotations

from survey_forms.model import Texts

WORDS: dict[str, Texts] = {
    "grid_title": {"fr": "Grille de benchmark des actions de transition",
                   "nl": "Benchmarkrooster van de transitieacties",
                   "en": "Benchmark grid of transition actions"},
    "grid_subtitle": {"fr": "Les actions par quartier et par thème, au {date}",
                      "nl": "De acties per wijk en per thema, op {date}",
                      "en": "Actions by neighbourhood and theme, on {date}"},
    "neighbourhood": {"fr": "Quartier", "nl": "Wijk", "en": "Neighbourhood"},
    "theme": {"fr": "Thème", "nl": "Thema", "en": "Theme"},
    "level": {"fr": "Niveau", "nl": "Niveau", "en": "Level"},
    "actions": {"fr": "Actions", "nl": "Acties", "en": "Actions"},
    "reached": {"fr": "Personnes touchées", "nl": "Bereikte mensen", "en": "People reached"},
    "reached_n": {"fr": "{n} personnes touchées", "nl": "{n} bereikte mensen",
                  "en": "{n} people reached"},
    "need_households": {"fr": "Ménages citant un besoin", "nl": "Huishoudens met een nood",
                        "en": "Households naming a need"},
    "need_items": {"fr": "Besoins notés à l'état des lieux", "nl": "Noden in de stand van zaken",
                   "en": "Needs in the inventory"},
    "needs_label": {"fr": "Besoins", "nl": "Noden", "en": "Needs"},
    "households_n": {"fr": "{n} ménages", "nl": "{n} huishoudens", "en": "{n} households"},
    "items_n": {"fr": "{n} à l'état des lieux", "nl": "{n} in de stand van zaken",
                "en": "{n} in the inventory"},
    "gap": {"fr": "Besoin sans action", "nl": "Nood zonder actie", "en": "Need without action"},
    "yes": {"fr": "oui", "nl": "ja", "en": "yes"},
    "legend_levels": {"fr": "Le niveau de chaque case", "nl": "Het niveau van elk vak",
                      "en": "Each cell's level"},
    "legend_stages": {"fr": "Les actions, par étape", "nl": "De acties, per fase",
                      "en": "Actions, by stage"},
    "legend_gaps": {"fr": "Les manques", "nl": "De hiaten", "en": "Gaps"},
    "legend_mapping": {"fr": "Les besoins du diagnostic comptent dans le thème : {mapping}.",
                       "nl": "De noden uit de diagnose tellen in het thema: {mapping}.",
                       "en": "The diagnosis' needs count in the theme: {mapping}."},
    "counts_only": {"fr": "Grille du serveur, pour tous les quartiers : le nombre d'actions "
                          "par étape seulement. Ni personnes touchées (le niveau 3 ne peut donc "
                          "pas être atteint) ni besoins, donc aucun manque.",
                    "nl": "Rooster van de server, voor alle wijken: enkel het aantal acties per "
                          "fase. Geen bereikte mensen (niveau 3 kan dus niet bereikt worden) en "
                          "geen noden, dus geen hiaten.",
                    "en": "The server's grid, for every neighbourhood: the number of actions by "
                          "stage only. No people reached (so level 3 cannot be reached) and no "
                          "needs, so no gap."},
    "no_personal": {"fr": "Des nombres d'actions, de personnes et de ménages : aucune donnée "
                          "personnelle. Moins de 5 ménages ne sont jamais comptés.",
                    "nl": "Aantallen acties, mensen en huishoudens: geen persoonsgegevens. "
                          "Minder dan 5 huishoudens worden nooit geteld.",
                    "en": "Counts of actions, people and households: no personal data. Fewer "
                          "than 5 households are never counted."},
    "mapping_title": {"fr": "Thème du diagnostic → thème de la grille",
                      "nl": "Thema van de diagnose → thema van het rooster",
                      "en": "Diagnosis theme → grid theme"},
    "budget_title": {"fr": "Budget participatif : le dépouillement",
                     "nl": "Participatieve begroting: de telling",
                     "en": "Participatory budget: the tally"},
    "envelope": {"fr": "Enveloppe", "nl": "Enveloppe", "en": "Envelope"},
    "ballots": {"fr": "Bulletins comptés (un par ménage)",
                "nl": "Getelde stembiljetten (één per huishouden)",
                "en": "Ballots counted (one per household)"},
    "repeated": {"fr": "Bulletins encodés deux fois (comptés une fois)",
                 "nl": "Twee keer ingevoerde stembiljetten (één keer geteld)",
                 "en": "Ballots entered twice (counted once)"},
    "projects": {"fr": "Les projets", "nl": "De projecten", "en": "The projects"},
    "project": {"fr": "Projet", "nl": "Project", "en": "Project"},
    "cost": {"fr": "Coût", "nl": "Kosten", "en": "Cost"},
    "approvals": {"fr": "Voix", "nl": "Stemmen", "en": "Approvals"},
    "rule_greedy": {"fr": "Vote par approbation, glouton", "nl": "Goedkeuringsstemming, gulzig",
                    "en": "Greedy by approval"},
    "rule_equal_shares": {"fr": "Méthode des parts égales", "nl": "Methode van gelijke delen",
                          "en": "Method of Equal Shares"},
    "about_greedy": {
        "fr": "Les projets sont pris dans l'ordre des voix ; chacun est financé si son coût tient "
              "dans ce qui reste de l'enveloppe, sinon il est écarté et on passe au suivant. Un "
              "projet sans aucune voix n'est jamais financé.",
        "nl": "De projecten worden genomen in volgorde van stemmen; elk wordt gefinancierd als "
              "de kosten passen in wat er van de enveloppe overblijft, anders valt het af en gaat "
              "men naar het volgende. Een project zonder stemmen wordt nooit gefinancierd.",
        "en": "Projects are taken in order of approvals; each is funded if its cost fits in what "
              "is left of the envelope, else skipped for the next. A project nobody approved is "
              "never funded."},
    "about_equal_shares": {
        "fr": "L'enveloppe est partagée également entre les ménages qui ont voté. Un projet est "
              "acheté quand les ménages qui le soutiennent peuvent le payer ensemble, chacun "
              "payant au plus la même part ; le projet à la plus petite part par ménage passe "
              "en premier. Ce qui reste ensuite est dépensé comme dans le vote glouton "
              "(« complément »). Peters, Pierczyński et Skowron, 2021.",
        "nl": "De enveloppe wordt gelijk verdeeld over de huishoudens die stemden. Een project "
              "wordt gekocht als de huishoudens die het steunen het samen kunnen betalen, elk "
              "hoogstens hetzelfde deel; het project met het kleinste deel per huishouden gaat "
              "eerst. Wat daarna overblijft wordt besteed zoals bij de gulzige stemming "
              "(„aanvulling”). Peters, Pierczyński en Skowron, 2021.",
        "en": "The envelope is shared equally between the households that voted. A project is "
              "bought when its supporters can pay for it together, each paying at most the same "
              "share; the project with the smallest share per household goes first. What is "
              "left is then spent as in the greedy vote (\"completion\"). Peters, Pierczyński "
              "and Skowron, 2021."},
    "ties": {"fr": "En cas d'égalité : le projet qui a le plus de voix, puis le moins cher, puis "
                   "le premier par ordre alphabétique de son identifiant.",
             "nl": "Bij gelijke stand: het project met de meeste stemmen, dan het goedkoopste, "
                   "dan het eerste in alfabetische volgorde van zijn code.",
             "en": "Ties: the project with more approvals, then the cheaper, then the first by "
                   "its id in alphabetical order."},
    "step": {"fr": "Étape", "nl": "Stap", "en": "Step"},
    "share": {"fr": "Part par ménage", "nl": "Deel per huishouden", "en": "Share per household"},
    "decision": {"fr": "Décision", "nl": "Beslissing", "en": "Decision"},
    "left": {"fr": "Reste", "nl": "Rest", "en": "Left"},
    "funded": {"fr": "financé", "nl": "gefinancierd", "en": "funded"},
    "skipped": {"fr": "écarté", "nl": "afgewezen", "en": "skipped"},
    "completion": {"fr": "financé (complément)", "nl": "gefinancierd (aanvulling)",
                   "en": "funded (completion)"},
    "selected": {"fr": "Retenus : {projects} — {spent} sur {budget}",
                 "nl": "Gekozen: {projects} — {spent} van {budget}",
                 "en": "Selected: {projects} — {spent} of {budget}"},
    "none": {"fr": "aucun", "nl": "geen", "en": "none"},
    "sheet_grid": {"fr": "Grille", "nl": "Rooster", "en": "Grid"},
    "sheet_cells": {"fr": "Cases", "nl": "Vakken", "en": "Cells"},
    "sheet_legend": {"fr": "Légende", "nl": "Legende", "en": "Legend"},
    # the project sheet (app.printing.project_sheet)
    "project_sheet": {"fr": "Fiche projet", "nl": "Projectfiche", "en": "Project sheet"},
    "why": {"fr": "Pourquoi", "nl": "Waarom", "en": "Why"},
    "what": {"fr": "Quoi", "nl": "Wat", "en": "What"},
    "how": {"fr": "Comment", "nl": "Hoe", "en": "How"},
    "who": {"fr": "Qui", "nl": "Wie", "en": "Who"},
    "where": {"fr": "Où", "nl": "Waar", "en": "Where"},
    "when": {"fr": "Quand", "nl": "Wanneer", "en": "When"},
    "how_much": {"fr": "Combien", "nl": "Hoeveel", "en": "How much"},
    "stage": {"fr": "Étape", "nl": "Fase", "en": "Stage"},
    "budget_total": {"fr": "Budget", "nl": "Begroting", "en": "Budget"},
    "total": {"fr": "Total", "nl": "Totaal", "en": "Total"},
    "expected_reach": {"fr": "Personnes visées", "nl": "Beoogde mensen", "en": "People to reach"},
    "period": {"fr": "Calendrier", "nl": "Planning", "en": "Timeline"},
    "date": {"fr": "Date", "nl": "Datum", "en": "Date"},
    "milestone": {"fr": "Étape du projet", "nl": "Mijlpaal", "en": "Milestone"},
    "line": {"fr": "Poste", "nl": "Post", "en": "Item"},
    "amount": {"fr": "Montant", "nl": "Bedrag", "en": "Amount"},
    "diagnosis_said": {"fr": "Ce que le diagnostic a montré", "nl": "Wat de diagnose toonde",
                       "en": "What the diagnosis showed"},
    "need_count": {"fr": "{label} : {count} des {n} ménages interrogés",
                        "nl": "{label}: {count} van de {n} bevraagde huishoudens",
                        "en": "{label}: {count} of the {n} households interviewed"},
    "need_share": {"fr": "{label} : {count} des {n} ménages interrogés ({share} ; fourchette "
                         "95 % : {interval})",
                   "nl": "{label}: {count} van de {n} bevraagde huishoudens ({share}; marge "
                         "95 %: {interval})",
                   "en": "{label}: {count} of the {n} households interviewed ({share}; 95 % "
                         "interval: {interval})"},
    "need_few": {"fr": "{label} : moins de {m} ménages",
                 "nl": "{label}: minder dan {m} huishoudens",
                 "en": "{label}: fewer than {m} households"},
    "inventory_item": {"fr": "État des lieux : {name} ({kind})",
                       "nl": "Stand van zaken: {name} ({kind})",
                       "en": "Inventory: {name} ({kind})"},
    "lever": {"fr": "Levier du diagnostic carbone : {label}",
              "nl": "Hefboom van de koolstofdiagnose: {label}",
              "en": "Carbon diagnosis lever: {label}"},
    "from_gap": {"fr": "Né d'un manque de la grille : des habitants ont exprimé des besoins dans "
                       "ce thème et aucune action n'y existait.",
                 "nl": "Ontstaan uit een hiaat in het rooster: bewoners uitten noden in dit thema "
                       "en er bestond nog geen actie.",
                 "en": "Born from a gap of the grid: residents expressed needs in this theme and "
                       "no action existed."},
    "not_written": {"fr": "à compléter", "nl": "in te vullen", "en": "to be completed"},
    "photos": {"fr": "En images", "nl": "In beeld", "en": "In pictures"},
    "photo_missing": {"fr": "photo absente de cet ordinateur (ajoutée sur un autre, pas encore "
                            "reçue)",
                      "nl": "foto niet op deze computer (op een andere toegevoegd, nog niet "
                            "ontvangen)",
                      "en": "photo not on this computer (added on another, not received yet)"},
    "version_line": {"fr": "Version {version} du {date} · {neighbourhood} · sans donnée "
                           "personnelle des habitants",
                     "nl": "Versie {version} van {date} · {neighbourhood} · zonder "
                           "persoonsgegevens van bewoners",
                     "en": "Version {version} of {date} · {neighbourhood} · no residents' "
                           "personal data"},
    # the printed ballots (app.printing.ballots)
    "ballot": {"fr": "Bulletin de vote", "nl": "Stembiljet", "en": "Ballot"},
    "ballot_envelope": {"fr": "Enveloppe : {envelope}", "nl": "Enveloppe: {envelope}",
                        "en": "Envelope: {envelope}"},
    "ballot_how": {"fr": "Cochez tous les projets que vous soutenez, autant que vous voulez.",
                   "nl": "Kruis alle projecten aan die u steunt, zoveel u wilt.",
                   "en": "Tick every project you support, as many as you like."},
    "ballot_once": {"fr": "Un bulletin par ménage", "nl": "Eén stembiljet per huishouden",
                    "en": "One ballot per household"},
    # the subsidy dossier (app.printing.dossier)
    "dossier": {"fr": "Demande de subside", "nl": "Subsidieaanvraag", "en": "Subsidy request"},
    "requested": {"fr": "Montant demandé", "nl": "Gevraagd bedrag", "en": "Amount requested"},
    "carried_by": {"fr": "Porté par", "nl": "Gedragen door", "en": "Carried by"},
    "dated": {"fr": "Date de la demande", "nl": "Datum van de aanvraag",
              "en": "Date of the request"},
    "dated_report": {"fr": "Date du rapport", "nl": "Datum van het verslag",
                     "en": "Date of the report"},
    "contents": {"fr": "Contenu", "nl": "Inhoud", "en": "Contents"},
    "part_sheet": {"fr": "Le projet", "nl": "Het project", "en": "The project"},
    "part_diagnosis": {"fr": "Le diagnostic qui le justifie",
                       "nl": "De diagnose die het onderbouwt",
                       "en": "The diagnosis behind it"},
    "part_budget": {"fr": "Le budget", "nl": "De begroting", "en": "The budget"},
    "part_report": {"fr": "Le rapport (à compléter en fin de projet)",
                    "nl": "Het verslag (in te vullen op het einde van het project)",
                    "en": "The report (to complete when the project ends)"},
    "diagnosis_intro": {
        "fr": "Le diagnostic partagé « {campaign} » ({period}) : {n} ménages rencontrés à leur "
              "porte par les bénévoles du quartier. Les chiffres sont des nombres de ménages, "
              "jamais leurs réponses ; aucun pourcentage n'est donné pour moins de {m} ménages.",
        "nl": "De gedeelde diagnose „{campaign}” ({period}): {n} huishoudens aan hun deur "
              "bezocht door vrijwilligers uit de wijk. De cijfers zijn aantallen huishoudens, "
              "nooit hun antwoorden; onder {m} huishoudens wordt geen percentage gegeven.",
        "en": "The shared diagnosis \"{campaign}\" ({period}): {n} households met at their door "
              "by the neighbourhood's volunteers. Figures are numbers of households, never "
              "their answers; no percentage is given for fewer than {m} households."},
    "no_diagnosis": {"fr": "Aucun entretien du diagnostic n'est enregistré sur cet ordinateur.",
                     "nl": "Er is geen gesprek van de diagnose op deze computer.",
                     "en": "No interview of the diagnosis is on this computer."},
    "themes_table": {"fr": "Ménages qui ont cité au moins un besoin de chaque thème",
                     "nl": "Huishoudens die minstens één nood per thema noemden",
                     "en": "Households naming at least one need of each theme"},
    "households": {"fr": "Ménages", "nl": "Huishoudens", "en": "Households"},
    "share_col": {"fr": "Part", "nl": "Aandeel", "en": "Share"},
    "interval_col": {"fr": "Fourchette 95 %", "nl": "Marge 95 %", "en": "95 % interval"},
    "this_project": {"fr": "thème du projet", "nl": "thema van het project",
                     "en": "the project's theme"},
    "inventory_counts": {"fr": "L'état des lieux du thème : {needs} besoin(s), {resources} "
                               "ressource(s), {others} autre(s) fiche(s).",
                         "nl": "De stand van zaken van het thema: {needs} nood/noden, "
                               "{resources} hulpbron(nen), {others} andere fiche(s).",
                         "en": "The theme's inventory: {needs} need(s), {resources} resource(s), "
                               "{others} other item(s)."},
    "carbon_title": {"fr": "Ce que ses leviers économiseraient",
                     "nl": "Wat de hefbomen zouden besparen",
                     "en": "What its levers would save"},
    "carbon_intro": {"fr": "Sur les {n} ménages qui ont répondu aux questions d'usages, si "
                           "chacun changeait comme le levier le dit (facteurs belges) :",
                     "nl": "Bij de {n} huishoudens die de gebruiksvragen beantwoordden, als "
                           "elk zou veranderen zoals de hefboom zegt (Belgische factoren):",
                     "en": "On the {n} households that answered the usage questions, if each "
                           "changed as the lever says (Belgian factors):"},
    "lever_col": {"fr": "Levier", "nl": "Hefboom", "en": "Lever"},
    "tonnes_year": {"fr": "t CO2e par an", "nl": "t CO2e per jaar", "en": "t CO2e a year"},
    "kg_person": {"fr": "kg par personne", "nl": "kg per persoon", "en": "kg per person"},
    "vote_title": {"fr": "Le budget participatif", "nl": "De participatieve begroting",
                   "en": "The participatory budget"},
    "vote_line": {"fr": "« {title} » (enveloppe {envelope}) : proposé comme {code} pour {cost}, "
                        "approuvé par {approvals} des {ballots} ménages qui ont voté.",
                  "nl": "„{title}” (enveloppe {envelope}): voorgesteld als {code} voor {cost}, "
                        "goedgekeurd door {approvals} van de {ballots} huishoudens die stemden.",
                  "en": "\"{title}\" (envelope {envelope}): proposed as {code} for {cost}, "
                        "approved by {approvals} of the {ballots} households that voted."},
    "vote_funded": {"fr": "{rule} : financé.", "nl": "{rule}: gefinancierd.",
                    "en": "{rule}: funded."},
    "vote_not_funded": {"fr": "{rule} : pas financé.", "nl": "{rule}: niet gefinancierd.",
                        "en": "{rule}: not funded."},
    "vote_open": {"fr": "Le tour est encore ouvert : le résultat n'est pas définitif.",
                  "nl": "De ronde is nog open: de uitslag is niet definitief.",
                  "en": "The round is still open: the outcome is not final."},
    "narrative": {"fr": "Rapport narratif", "nl": "Inhoudelijk verslag", "en": "Narrative report"},
    "narrative_done": {"fr": "Ce qui a été fait", "nl": "Wat er gedaan werd",
                       "en": "What was done"},
    "narrative_reach": {"fr": "Personnes touchées : prévu {planned}, réalisé ……",
                        "nl": "Bereikte mensen: gepland {planned}, gerealiseerd ……",
                        "en": "People reached: planned {planned}, reached ……"},
    "narrative_change": {"fr": "Ce qui a changé dans le quartier",
                         "nl": "Wat er veranderde in de wijk",
                         "en": "What changed in the neighbourhood"},
    "narrative_lessons": {"fr": "Difficultés et apprentissages", "nl": "Moeilijkheden en lessen",
                          "en": "Difficulties and lessons"},
    "narrative_next": {"fr": "Et la suite ?", "nl": "En nu?", "en": "What next?"},
    "financial": {"fr": "Rapport financier", "nl": "Financieel verslag",
                  "en": "Financial report"},
    "budgeted": {"fr": "Budgété", "nl": "Begroot", "en": "Budgeted"},
    "spent": {"fr": "Dépensé", "nl": "Uitgegeven", "en": "Spent"},
    "difference": {"fr": "Écart", "nl": "Verschil", "en": "Difference"},
    "receipts": {"fr": "Pièces justificatives", "nl": "Bewijsstukken", "en": "Receipts"},
    "final_report": {"fr": "Rapport de fin de projet", "nl": "Eindverslag van het project",
                     "en": "End-of-project report"},
    "part_report_filled": {"fr": "Le rapport de fin de projet", "nl": "Het eindverslag",
                           "en": "The end-of-project report"},
    "narrative_reached": {"fr": "Personnes touchées : prévu {planned}, réalisé {reached}",
                          "nl": "Bereikte mensen: gepland {planned}, gerealiseerd {reached}",
                          "en": "People reached: planned {planned}, reached {reached}"},
    "unforeseen": {"fr": "Hors budget", "nl": "Buiten begroting", "en": "Not budgeted"},
    "financial_note": {"fr": "Joindre une pièce justificative par dépense (facture, ticket), "
                             "numérotée comme dans la dernière colonne.",
                       "nl": "Voeg een bewijsstuk per uitgave toe (factuur, kasticket), "
                             "genummerd zoals in de laatste kolom.",
                       "en": "Attach a receipt for each expense (invoice, till receipt), "
                             "numbered as in the last column."},
}  # fmt: skip
