"""What the domain says to people, French first, with Dutch and English beside it.

Errors and notices raised below the UI carry a message key and parameters; the window shows them
in the interface language, the CLI in French with the other two after it.
"""

from __future__ import annotations

from sync.wire.errors import Messages
from sync.wire.messages import MESSAGES as WIRE

MESSAGES: Messages = {
    # a coach resolves a conflict on this computer with the rule the server applies
    "sync.bad_resolution": WIRE["sync.bad_resolution"],
    "db.corrupt": {
        "fr": "Le fichier de données {path} est endommagé ou n'est pas une base Quartier. "
        "Rien n'y a été écrit. Restaurez une sauvegarde ou choisissez un autre fichier.",
        "nl": "Het gegevensbestand {path} is beschadigd of is geen Quartier-database. "
        "Er is niets in geschreven. Zet een back-up terug of kies een ander bestand.",
        "en": "The data file {path} is damaged or is not a Quartier database. Nothing was "
        "written to it. Restore a backup or choose another file.",
    },
    "db.empty": {
        "fr": "Le fichier de données {path} est vide (0 octet) : ce n'est pas une base Quartier, "
        "peut-être une copie interrompue. Quartier ne le remplace pas par une base neuve et n'y a "
        "rien écrit. Restaurez une sauvegarde, ou supprimez ce fichier pour commencer une base "
        "vide.",
        "nl": "Het gegevensbestand {path} is leeg (0 bytes): het is geen Quartier-database, "
        "misschien een onderbroken kopie. Quartier vervangt het niet door een nieuwe database en "
        "heeft er niets in geschreven. Zet een back-up terug, of verwijder dit bestand om met een "
        "lege database te beginnen.",
        "en": "The data file {path} is empty (0 bytes): it is not a Quartier database, perhaps an "
        "interrupted copy. Quartier does not replace it with a new database and wrote nothing to "
        "it. Restore a backup, or delete this file to start an empty database.",
    },
    "db.damaged": {
        "fr": "Quartier n'a pas été fermé normalement (arrêt forcé, panne de courant) et la "
        "vérification du fichier de données {path} y a trouvé des pages endommagées ({problem}). "
        "Rien n'y a été écrit et le fichier est laissé tel quel : restaurez une sauvegarde, ou "
        "gardez ce fichier et demandez de l'aide à votre coach.",
        "nl": "Quartier werd niet normaal afgesloten (geforceerd gestopt, stroomuitval) en de "
        "controle van het gegevensbestand {path} vond beschadigde pagina's ({problem}). Er is "
        "niets in geschreven en het bestand blijft zoals het is: zet een back-up terug, of bewaar "
        "dit bestand en vraag hulp aan uw coach.",
        "en": "Quartier was not closed normally (forced stop, power cut) and checking the data "
        "file {path} found damaged pages ({problem}). Nothing was written to it and the file is "
        "left as it is: restore a backup, or keep this file and ask your coach for help.",
    },
    "db.read_only": {
        "fr": "Le fichier de données {path} est en lecture seule : impossible d'enregistrer. "
        "Vos réponses à l'écran ne sont pas perdues ; choisissez un dossier où vous pouvez écrire.",
        "nl": "Het gegevensbestand {path} is alleen-lezen: opslaan is onmogelijk. "
        "Uw antwoorden op het scherm zijn niet verloren; kies een map waarin u kunt schrijven.",
        "en": "The data file {path} is read-only: nothing can be saved. The answers on screen "
        "are not lost; choose a folder you can write to.",
    },
    "db.locked": {
        "fr": "Le fichier de données {path} est déjà ouvert par une autre fenêtre de Quartier. "
        "Fermez-la puis réessayez.",
        "nl": "Het gegevensbestand {path} is al geopend in een ander Quartier-venster. "
        "Sluit het en probeer opnieuw.",
        "en": "The data file {path} is already open in another Quartier window. "
        "Close it and try again.",
    },
    "db.busy": {
        "fr": "Le fichier de données {path} est occupé par un autre programme. "
        "L'enregistrement n'a pas eu lieu ; réessayez dans un instant.",
        "nl": "Het gegevensbestand {path} wordt door een ander programma gebruikt. "
        "Er is niet opgeslagen; probeer zo dadelijk opnieuw.",
        "en": "The data file {path} is busy in another program. Nothing was saved; "
        "try again in a moment.",
    },
    "db.disk_full": {
        "fr": "Le disque est plein : l'enregistrement n'a pas eu lieu. Ce qui était déjà "
        "enregistré est intact. Libérez de la place puis réessayez.",
        "nl": "De schijf is vol: er is niet opgeslagen. Wat al was opgeslagen is intact. "
        "Maak ruimte vrij en probeer opnieuw.",
        "en": "The disk is full: nothing was saved. What was already saved is intact. "
        "Free some space and try again.",
    },
    "db.cannot_open": {
        "fr": "Impossible d'ouvrir ou de créer le fichier de données {path} ({reason}).",
        "nl": "Het gegevensbestand {path} kan niet worden geopend of aangemaakt ({reason}).",
        "en": "The data file {path} cannot be opened or created ({reason}).",
    },
    "db.too_new": {
        "fr": "Le fichier de données {path} a été créé par une version plus récente de "
        "Quartier (schéma {revision}). Installez la dernière version pour l'ouvrir ; "
        "le fichier n'a pas été modifié.",
        "nl": "Het gegevensbestand {path} is gemaakt door een nieuwere versie van Quartier "
        "(schema {revision}). Installeer de nieuwste versie om het te openen; het bestand "
        "is niet gewijzigd.",
        "en": "The data file {path} was created by a newer version of Quartier (schema "
        "{revision}). Install the latest version to open it; the file was not changed.",
    },
    "db.error": {
        "fr": "Erreur de la base de données : {reason}. Rien n'a été enregistré.",
        "nl": "Databasefout: {reason}. Er is niets opgeslagen.",
        "en": "Database error: {reason}. Nothing was saved.",
    },
    "record.not_found": {
        "fr": "Aucun enregistrement {id}.",
        "nl": "Geen record {id}.",
        "en": "No record {id}.",
    },
    "record.finalized": {
        "fr": "L'entretien {id} est finalisé : il ne peut plus être modifié. "
        "Créez une correction (nouvelle version).",
        "nl": "Het interview {id} is afgerond en kan niet meer worden gewijzigd. "
        "Maak een correctie (nieuwe versie).",
        "en": "Interview {id} is finalized and can no longer be changed. "
        "Make a correction (new version).",
    },
    "record.not_finalized": {
        "fr": "L'entretien {id} est un brouillon : finalisez-le avant de le corriger.",
        "nl": "Het interview {id} is een concept: rond het af voordat u het corrigeert.",
        "en": "Interview {id} is a draft: finalize it before correcting it.",
    },
    "record.already_corrected": {
        "fr": "L'entretien {id} a déjà une correction ({other}) : corrigez la dernière version.",
        "nl": "Het interview {id} heeft al een correctie ({other}): corrigeer de laatste versie.",
        "en": "Interview {id} already has a correction ({other}): correct the latest version.",
    },
    "form.unknown": {
        "fr": "Formulaire inconnu : {form_id} (version {version}). Importez-le d'abord.",
        "nl": "Onbekend formulier: {form_id} (versie {version}). Importeer het eerst.",
        "en": "Unknown form: {form_id} (version {version}). Import it first.",
    },
    "record.stale": {
        "fr": "La fiche {id} a changé entre-temps (version {current}, vous partiez de la "
        "version {base}). Rechargez-la pour voir les modifications des autres.",
        "nl": "De fiche {id} is intussen gewijzigd (versie {current}, u vertrok van versie "
        "{base}). Laad ze opnieuw om de wijzigingen van anderen te zien.",
        "en": "Item {id} has changed meanwhile (version {current}, you started from version "
        "{base}). Reload it to see the others' changes.",
    },
    "attachment.mismatch": {
        "fr": "Le fichier joint {sha256} ne correspond pas à son empreinte : il est refusé.",
        "nl": "De bijlage {sha256} komt niet overeen met haar vingerafdruk: ze is geweigerd.",
        "en": "The attachment {sha256} does not match its digest: it is refused.",
    },
    "campaign.unknown": {
        "fr": "Campagne inconnue : {id}.",
        "nl": "Onbekende campagne: {id}.",
        "en": "Unknown campaign: {id}.",
    },
    "demo.exists": {
        "fr": "{path} existe déjà : ajoutez --replace pour le remplacer.",
        "nl": "{path} bestaat al: voeg --replace toe om het te vervangen.",
        "en": "{path} already exists: add --replace to replace it.",
    },
    "review.unknown_state": {
        "fr": "État de relecture inconnu : {state} (attendu : {known}).",
        "nl": "Onbekende beoordelingsstatus: {state} (verwacht: {known}).",
        "en": "Unknown review state: {state} (expected: {known}).",
    },
    "export.unknown_format": {
        "fr": "Format d'export inconnu : {format} (attendu : {known}).",
        "nl": "Onbekend exportformaat: {format} (verwacht: {known}).",
        "en": "Unknown export format: {format} (expected: {known}).",
    },
    "carbon.unknown_region": {
        "fr": "Pas de table de facteurs d'émission pour la région {region} (connues : {known}).",
        "nl": "Geen tabel met emissiefactoren voor regio {region} (bekend: {known}).",
        "en": "No emission factor table for region {region} (known: {known}).",
    },
    "carbon.no_households": {
        "fr": "Aucun ménage de cette campagne n'a répondu aux questions sur ses habitudes : "
        "pas d'empreinte à calculer.",
        "nl": "Geen enkel huishouden van deze campagne beantwoordde de vragen over zijn "
        "gewoonten: er is geen voetafdruk te berekenen.",
        "en": "No household of this campaign answered the questions on its habits: there is "
        "no footprint to compute.",
    },
    "carbon.too_few_households": {
        "fr": "{count} ménages seulement ont répondu aux questions sur leurs habitudes : il en "
        "faut au moins {needed} pour donner une empreinte qui ne désigne personne.",
        "nl": "Slechts {count} huishoudens beantwoordden de vragen over hun gewoonten: er zijn "
        "er minstens {needed} nodig voor een voetafdruk die niemand aanwijst.",
        "en": "Only {count} households answered the questions on their habits: a footprint "
        "that points at no one needs at least {needed}.",
    },
    "carbon.too_few_for_profiles": {
        "fr": "{count} ménages seulement : il en faut au moins {needed} pour former des profils "
        "d'usages.",
        "nl": "Slechts {count} huishoudens: er zijn er minstens {needed} nodig om "
        "gebruiksprofielen te vormen.",
        "en": "Only {count} households: usage profiles need at least {needed}.",
    },
    "carbon.unknown_heating": {
        "fr": "Énergie de chauffage inconnue : {energy} (attendu : {known}).",
        "nl": "Onbekende verwarmingsenergie: {energy} (verwacht: {known}).",
        "en": "Unknown heating energy: {energy} (expected: {known}).",
    },
    "carbon.unknown_output": {
        "fr": "Le fichier {path} doit finir par .csv ou .xlsx.",
        "nl": "Het bestand {path} moet eindigen op .csv of .xlsx.",
        "en": "The file {path} must end in .csv or .xlsx.",
    },
    "analysis.personal_field": {
        "fr": "{name} est une donnée personnelle : elle n'entre dans aucune synthèse.",
        "nl": "{name} is een persoonsgegeven: het komt in geen enkele samenvatting.",
        "en": "{name} is personal data: it is left out of every summary.",
    },
    "analysis.personal_quote": {
        "fr": "Données personnelles, jamais citées : {names}.",
        "nl": "Persoonsgegevens, nooit geciteerd: {names}.",
        "en": "Personal data, never quoted: {names}.",
    },
    "print.no_campaign": {
        "fr": "Aucune campagne dans ce fichier : rien à imprimer.",
        "nl": "Dit bestand bevat geen campagne: er valt niets af te drukken.",
        "en": "This file holds no campaign: there is nothing to print.",
    },
    "print.unknown_size": {
        "fr": "Format de papier inconnu : {size} (A4, A3 ou A2).",
        "nl": "Onbekend papierformaat: {size} (A4, A3 of A2).",
        "en": "Unknown paper size: {size} (A4, A3 or A2).",
    },
    "print.unknown_poster": {
        "fr": "Affiche inconnue : {kind} (findings : ce que le quartier a dit ; footprint : "
        "notre empreinte).",
        "nl": "Onbekende affiche: {kind} (findings: wat de wijk vertelde; footprint: onze "
        "voetafdruk).",
        "en": "Unknown poster: {kind} (findings: what the neighbourhood said; footprint: our "
        "footprint).",
    },
    "print.no_proposals": {
        "fr": "Aucun projet n'est proposé au tour « {title} » : pas de bulletin à imprimer.",
        "nl": "Er is geen project voorgesteld in de ronde „{title}”: geen stembiljet te drukken.",
        "en": 'No project is proposed in the round "{title}": no ballot to print.',
    },
    "print.too_many_proposals": {
        "fr": "{count} projets ne tiennent pas sur un bulletin (au plus {most}).",
        "nl": "{count} projecten passen niet op een stembiljet (hoogstens {most}).",
        "en": "{count} projects do not fit on a ballot (at most {most}).",
    },
    "print.unknown_theme": {
        "fr": "Thème de couleurs inconnu : {name} (thèmes : {known}).",
        "nl": "Onbekend kleurthema: {name} (thema's: {known}).",
        "en": "Unknown colour theme: {name} (themes: {known}).",
    },
    "print.unknown_language": {
        "fr": "Langue d'impression inconnue : {choice} (fr, nl ou fr+nl).",
        "nl": "Onbekende druktaal: {choice} (fr, nl of fr+nl).",
        "en": "Unknown print language: {choice} (fr, nl or fr+nl).",
    },
    "print.bad_logo": {
        "fr": "Logo illisible (PNG ou JPEG attendu) : {path}",
        "nl": "Het logo is onleesbaar (PNG of JPEG verwacht): {path}",
        "en": "The logo cannot be read (PNG or JPEG expected): {path}",
    },
    "print.text_too_long": {
        "fr": "Texte trop long pour rester lisible sur la page ; raccourcissez-le : « {text} »",
        "nl": "Tekst te lang om leesbaar te blijven op de pagina; maak hem korter: „{text}”",
        "en": "Text too long to stay readable on the page; please shorten it: “{text}”",
    },
    "budget.bad_budget": {
        "fr": "L'enveloppe doit être un montant positif (reçu : {budget}).",
        "nl": "De enveloppe moet een positief bedrag zijn (ontvangen: {budget}).",
        "en": "The envelope must be a positive amount (given: {budget}).",
    },
    "budget.bad_cost": {
        "fr": "Le projet {project} doit avoir un coût entier positif, en euros (reçu : {cost}).",
        "nl": "Project {project} moet positieve kosten hebben, in hele euro (ontvangen: {cost}).",
        "en": "Project {project} must have a positive whole cost in euros (given: {cost}).",
    },
    "budget.project_twice": {
        "fr": "Le projet {project} figure deux fois dans la liste des projets.",
        "nl": "Project {project} staat twee keer in de projectenlijst.",
        "en": "Project {project} is listed twice among the projects.",
    },
    "budget.unknown_project": {
        "fr": "Le bulletin du ménage {household} approuve un projet inconnu : {project}.",
        "nl": "Het stembiljet van huishouden {household} keurt een onbekend project goed: "
        "{project}.",
        "en": "The ballot of household {household} approves an unknown project: {project}.",
    },
    "budget.household_twice": {
        "fr": "Le ménage {household} a deux bulletins différents. Un seul bulletin par ménage : "
        "gardez celui qui vaut et retirez l'autre.",
        "nl": "Huishouden {household} heeft twee verschillende stembiljetten. Eén stembiljet per "
        "huishouden: behoud het geldige en verwijder het andere.",
        "en": "Household {household} has two different ballots. One ballot per household: keep "
        "the one that stands and remove the other.",
    },
    "budget.unreadable": {
        "fr": "Impossible de lire {path} comme fichier CSV (UTF-8).",
        "nl": "{path} kan niet gelezen worden als CSV-bestand (UTF-8).",
        "en": "{path} cannot be read as a CSV file (UTF-8).",
    },
    "budget.missing_columns": {
        "fr": "{path} : il manque les colonnes {columns} (la première ligne nomme les colonnes).",
        "nl": "{path}: de kolommen {columns} ontbreken (de eerste rij benoemt de kolommen).",
        "en": "{path}: the columns {columns} are missing (the first row names the columns).",
    },
    # budget rounds kept in the store (app.store.budget_rounds, app.actions.budget_rounds)
    "budget.no_household": {
        "fr": "Un bulletin a besoin du numéro du ménage.",
        "nl": "Een stembiljet heeft het nummer van het huishouden nodig.",
        "en": "A ballot needs the household's number.",
    },
    "budget.other_round_ballot": {
        "fr": "Ce bulletin est celui d'un autre tour ({found}) : il ne compte pas dans celui-ci.",
        "nl": "Dit stembiljet hoort bij een andere ronde ({found}): het telt hier niet mee.",
        "en": "This ballot belongs to another round ({found}): it does not count in this one.",
    },
    "budget.round_closed": {
        "fr": "Le tour « {title} » est clôturé : plus aucun bulletin ni projet n'y entre.",
        "nl": "De ronde „{title}” is afgesloten: er komen geen stembiljetten of projecten "
        "meer bij.",
        "en": 'The round "{title}" is closed: no more ballots or projects.',
    },
    "budget.voting_started": {
        "fr": "Le vote du tour {round} a commencé : la liste des projets ne change plus.",
        "nl": "De stemming van ronde {round} is begonnen: de lijst van projecten ligt vast.",
        "en": "Voting in round {round} has started: the list of projects is fixed.",
    },
    "budget.no_proposals": {
        "fr": "Aucun projet n'est proposé au tour « {title} ».",
        "nl": "Er is geen project voorgesteld in de ronde „{title}”.",
        "en": 'No project is proposed in the round "{title}".',
    },
    "budget.not_eligible": {
        "fr": "Le projet « {project} » ne peut pas être proposé : {reason}",
        "nl": "Het project „{project}” kan niet voorgesteld worden: {reason}",
        "en": 'The project "{project}" cannot be proposed: {reason}',
    },
    "budget.other_neighbourhood": {
        "fr": "il est d'un autre quartier que le tour.",
        "nl": "het hoort bij een andere wijk dan de ronde.",
        "en": "it belongs to another neighbourhood than the round.",
    },
    "budget.deleted_project": {
        "fr": "il a été supprimé.",
        "nl": "het werd verwijderd.",
        "en": "it was deleted.",
    },
    "budget.finished_project": {
        "fr": "il est déjà terminé.",
        "nl": "het is al afgerond.",
        "en": "it is already finished.",
    },
    "budget.no_budget_lines": {
        "fr": "sa fiche n'a pas de budget (ajoutez des lignes avec --budget-line).",
        "nl": "de fiche heeft geen begroting (voeg lijnen toe met --budget-line).",
        "en": "its sheet has no budget (add lines with --budget-line).",
    },
    "budget.zero_cost": {
        "fr": "son coût ({cost} €) doit être un nombre entier positif.",
        "nl": "de kosten ({cost} €) moeten een positief geheel getal zijn.",
        "en": "its cost (€{cost}) must be a positive whole number.",
    },
    "budget.over_envelope": {
        "fr": "il coûte {cost} €, plus que l'enveloppe ({envelope} €).",
        "nl": "het kost {cost} €, meer dan de enveloppe ({envelope} €).",
        "en": "it costs €{cost}, more than the envelope (€{envelope}).",
    },
    # projects' sheets (app.actions.projects)
    "project.no_title": {
        "fr": "Un projet a besoin d'un titre.",
        "nl": "Een project heeft een titel nodig.",
        "en": "A project needs a title.",
    },
    "project.too_long": {
        "fr": "Le champ {field} du projet est trop long (au plus {limit} caractères).",
        "nl": "Het veld {field} van het project is te lang (hoogstens {limit} tekens).",
        "en": "The project's {field} is too long (at most {limit} characters).",
    },
    "project.unknown_theme": {
        "fr": "Thème inconnu : {theme}. Thèmes possibles : {known}.",
        "nl": "Onbekend thema: {theme}. Mogelijke thema's: {known}.",
        "en": "Unknown theme: {theme}. Known themes: {known}.",
    },
    "project.unknown_stage": {
        "fr": "Étape inconnue : {stage}. Étapes possibles : {known}.",
        "nl": "Onbekende fase: {stage}. Mogelijke fasen: {known}.",
        "en": "Unknown stage: {stage}. Known stages: {known}.",
    },
    "project.bad_milestone": {
        "fr": "Étape du calendrier illisible : « {milestone} ». Écrivez AAAA-MM-JJ:ce qui se "
        "passe.",
        "nl": "Onleesbare mijlpaal: „{milestone}”. Schrijf JJJJ-MM-DD:wat er gebeurt.",
        "en": 'Unreadable milestone: "{milestone}". Write YYYY-MM-DD:what happens.',
    },
    "project.bad_date": {
        "fr": "Date impossible : « {date} » (attendu : AAAA-MM-JJ, par exemple 2027-05-15).",
        "nl": "Onmogelijke datum: „{date}” (verwacht: JJJJ-MM-DD, bijvoorbeeld 2027-05-15).",
        "en": 'Impossible date: "{date}" (expected: YYYY-MM-DD, e.g. 2027-05-15).',
    },
    "project.bad_budget_line": {
        "fr": "Ligne de budget illisible : « {line} ». Écrivez libellé:montant en euros.",
        "nl": "Onleesbare begrotingslijn: „{line}”. Schrijf omschrijving:bedrag in euro.",
        "en": 'Unreadable budget line: "{line}". Write label:amount in euros.',
    },
    "project.bad_amount": {
        "fr": "{label} : « {amount} » n'est pas un nombre entier positif.",
        "nl": "{label}: „{amount}” is geen positief geheel getal.",
        "en": '{label}: "{amount}" is not a positive whole number.',
    },
    "project.unknown_lever": {
        "fr": "Levier inconnu : {lever}. Leviers du diagnostic carbone : {known}.",
        "nl": "Onbekende hefboom: {lever}. Hefbomen van de koolstofdiagnose: {known}.",
        "en": "Unknown lever: {lever}. The carbon diagnosis' levers: {known}.",
    },
    "project.bad_report": {
        "fr": "Le rapport de fin de projet est illisible.",
        "nl": "Het eindverslag van het project is onleesbaar.",
        "en": "The project's end-of-year report is unreadable.",
    },
    "project.bad_expense": {
        "fr": "Dépense illisible : « {expense} ». Écrivez poste:montant:numéro de la pièce.",
        "nl": "Onleesbare uitgave: „{expense}”. Schrijf post:bedrag:nummer van het bewijsstuk.",
        "en": 'Unreadable expense: "{expense}". Write line:amount:receipt number.',
    },
    "project.bad_photo": {
        "fr": "Photo illisible dans le rapport de fin de projet : « {photo} ».",
        "nl": "Onleesbare foto in het eindverslag van het project: „{photo}”.",
        "en": 'Unreadable photo in the end-of-project report: "{photo}".',
    },
    "project.too_many_photos": {
        "fr": "Le rapport de fin de projet garde au plus {limit} photos.",
        "nl": "Het eindverslag van het project bevat hoogstens {limit} foto's.",
        "en": "The end-of-project report keeps at most {limit} photos.",
    },
    "project.photo_unreadable": {
        "fr": "{path} n'est pas une photo JPEG ou PNG lisible.",
        "nl": "{path} is geen leesbare JPEG- of PNG-foto.",
        "en": "{path} is not a readable JPEG or PNG photo.",
    },
    "project.photo_too_large": {
        "fr": "{path} pèse {size} Mo : une photo du rapport pèse au plus {limit} Mo.",
        "nl": "{path} weegt {size} MB: een foto van het verslag weegt hoogstens {limit} MB.",
        "en": "{path} weighs {size} MB: a report photo weighs at most {limit} MB.",
    },
    "project.ambiguous": {
        "fr": "« {ref} » désigne {count} projets : donnez plus de caractères de l'identifiant.",
        "nl": "„{ref}” wijst {count} projecten aan: geef meer tekens van de code.",
        "en": '"{ref}" names {count} projects: give more characters of the id.',
    },
    "catalogue.ambiguous": {
        "fr": "« {ref} » désigne {count} actions partagées : donnez plus de caractères de "
        "l'identifiant.",
        "nl": "„{ref}” wijst {count} gedeelde acties aan: geef meer tekens van de code.",
        "en": '"{ref}" names {count} shared actions: give more characters of the id.',
    },
    "catalogue.unknown_action": {
        "fr": "Aucune action partagée « {ref} » sur cet ordinateur : synchronisez, puis "
        "consultez le catalogue (quartier actions catalogue).",
        "nl": "Geen gedeelde actie „{ref}” op deze computer: synchroniseer en bekijk dan de "
        "catalogus (quartier actions catalogue).",
        "en": 'No shared action "{ref}" on this computer: sync, then browse the catalogue '
        "(quartier actions catalogue).",
    },
    "project.choose_neighbourhood": {
        "fr": "Cet ordinateur connaît {count} quartiers : choisissez-en un avec --neighbourhood.",
        "nl": "Deze computer kent {count} wijken: kies er een met --neighbourhood.",
        "en": "This computer knows {count} neighbourhoods: choose one with --neighbourhood.",
    },
    "project.not_a_gap": {
        "fr": "« {theme} » n'est pas un manque de ce quartier : {actions} action(s) existent, "
        "{households} ménage(s) y ont cité un besoin. Créez le projet avec --theme.",
        "nl": "„{theme}” is geen hiaat van deze wijk: er bestaan {actions} actie(s), "
        "{households} huishouden(s) noemden er een nood. Maak het project met --theme.",
        "en": '"{theme}" is not a gap of this neighbourhood: {actions} action(s) exist, '
        "{households} household(s) named a need in it. Create the project with --theme.",
    },
    # quartier import-interviews (app.interview_import): files from KoboToolbox, ODK Central,
    # Quartier's export or typed paper questionnaires
    "import.unsupported": {
        "fr": "{path} : format non pris en charge ({suffix}). Importez un fichier .csv ou "
        ".xlsx (un fichier .xls s'enregistre en .xlsx depuis Excel ou LibreOffice ; l'archive "
        "d'ODK Central se décompresse : importez son fichier CSV principal).",
        "nl": "{path}: formaat niet ondersteund ({suffix}). Importeer een .csv- of .xlsx-bestand "
        "(een .xls-bestand slaat u op als .xlsx in Excel of LibreOffice; pak het archief van "
        "ODK Central uit en importeer het hoofd-CSV-bestand).",
        "en": "{path}: unsupported format ({suffix}). Import a .csv or .xlsx file (save an "
        ".xls file as .xlsx from Excel or LibreOffice; unzip ODK Central's archive and import "
        "its main CSV file).",
    },
    "import.unreadable": {
        "fr": "{path} est illisible ({reason}) : rien n'a été importé.",
        "nl": "{path} is onleesbaar ({reason}): er is niets geïmporteerd.",
        "en": "{path} cannot be read ({reason}): nothing was imported.",
    },
    "import.labels": {
        "fr": "Les en-têtes du fichier sont les libellés des questions (« {header} »), pas leurs "
        "noms : rien n'a été importé. Exportez depuis KoboToolbox avec « XML values and "
        "headers » (valeurs et en-têtes XML), ou depuis Quartier avec --values.",
        "nl": "De kolomkoppen van het bestand zijn de labels van de vragen (‘{header}’), niet "
        "hun namen: er is niets geïmporteerd. Exporteer uit KoboToolbox met ‘XML values and "
        "headers’, of uit Quartier met --values.",
        "en": "The file's headers are the questions' labels (\"{header}\"), not their names: "
        'nothing was imported. Export from KoboToolbox with "XML values and headers", or '
        "from Quartier with --values.",
    },
    "import.refused": {
        "fr": "{path} est refusé ({count} problème(s)) : rien n'a été importé. Corrigez ces "
        "cellules puis importez le fichier à nouveau.",
        "nl": "{path} is geweigerd ({count} probleem/problemen): er is niets geïmporteerd. "
        "Verbeter deze cellen en importeer het bestand opnieuw.",
        "en": "{path} is refused ({count} problem(s)): nothing was imported. Correct these "
        "cells, then import the file again.",
    },
    "import.problem": {
        "fr": "  ligne {row}, colonne {column} : {reason}",
        "nl": "  rij {row}, kolom {column}: {reason}",
        "en": "  row {row}, column {column}: {reason}",
    },
    "import.problem_row": {
        "fr": "  ligne {row} : {reason}",
        "nl": "  rij {row}: {reason}",
        "en": "  row {row}: {reason}",
    },
    "import.more": {
        "fr": "  … et {count} autre(s).",
        "nl": "  … en nog {count}.",
        "en": "  … and {count} more.",
    },
    "import.unknown_column": {
        "fr": "colonne inconnue du formulaire (ni une question, ni une métadonnée).",
        "nl": "kolom onbekend in het formulier (geen vraag en geen metagegeven).",
        "en": "column unknown to the form (neither a question nor metadata).",
    },
    "import.duplicate_column": {
        "fr": "une autre colonne répond déjà à la question {key}.",
        "nl": "een andere kolom beantwoordt de vraag {key} al.",
        "en": "another column already answers question {key}.",
    },
    "import.not_integer": {
        "fr": "« {value} » n'est pas un nombre entier.",
        "nl": "‘{value}’ is geen geheel getal.",
        "en": '"{value}" is not a whole number.',
    },
    "import.not_number": {
        "fr": "« {value} » n'est pas un nombre.",
        "nl": "‘{value}’ is geen getal.",
        "en": '"{value}" is not a number.',
    },
    "import.not_date": {
        "fr": "« {value} » n'est pas une date lisible (par exemple {expected}).",
        "nl": "‘{value}’ is geen leesbare datum (bijvoorbeeld {expected}).",
        "en": '"{value}" is not a readable date (for example {expected}).',
    },
    "import.not_geopoint": {
        "fr": "« {value} » n'est pas un emplacement (latitude longitude, par exemple "
        "« 50.8366 4.3458 »).",
        "nl": "‘{value}’ is geen locatie (breedtegraad lengtegraad, bijvoorbeeld "
        "‘50.8366 4.3458’).",
        "en": '"{value}" is not a location (latitude longitude, for example "50.8366 4.3458").',
    },
    "import.unknown_choice": {
        "fr": "« {value} » n'est pas un choix de cette question (choix : {choices}).",
        "nl": "‘{value}’ is geen keuze van deze vraag (keuzes: {choices}).",
        "en": '"{value}" is not a choice of this question (choices: {choices}).',
    },
    "import.choice_is_label": {
        "fr": "« {value} » est le libellé du choix {name}, pas son nom : exportez les valeurs "
        "(« XML values and headers » dans KoboToolbox, --values dans Quartier).",
        "nl": "‘{value}’ is het label van de keuze {name}, niet haar naam: exporteer de waarden "
        "(‘XML values and headers’ in KoboToolbox, --values in Quartier).",
        "en": '"{value}" is the label of choice {name}, not its name: export values '
        '("XML values and headers" in KoboToolbox, --values in Quartier).',
    },
    "import.required": {
        "fr": "réponse manquante : {message}",
        "nl": "antwoord ontbreekt: {message}",
        "en": "missing answer: {message}",
    },
    "import.constraint": {
        "fr": "« {value} » ne respecte pas la règle du formulaire : {message}",
        "nl": "‘{value}’ volgt de regel van het formulier niet: {message}",
        "en": '"{value}" breaks the form\'s rule: {message}',
    },
    "import.same_row": {
        "fr": "même entretien que la ligne {other} (même identifiant). S'il s'agit de deux "
        "ménages, ajoutez une colonne _id avec le numéro de chaque questionnaire.",
        "nl": "hetzelfde interview als rij {other} (dezelfde identificatie). Gaat het om twee "
        "huishoudens, voeg dan een kolom _id toe met het nummer van elke vragenlijst.",
        "en": "the same interview as row {other} (same identifier). If these are two "
        "households, add an _id column with each questionnaire's number.",
    },
}
