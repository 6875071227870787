"""What the command line itself says (the layers below say the rest): French first, with Dutch
and English beside it."""

from __future__ import annotations

from sync.wire.errors import Messages

MESSAGES: Messages = {
    "cli.no_desktop": {
        "fr": "L'interface graphique n'est pas installée (PySide6 manque) : "
        "pip install 'quartier[desktop]'. ({reason})",
        "nl": "De grafische interface is niet geïnstalleerd (PySide6 ontbreekt): "
        "pip install 'quartier[desktop]'. ({reason})",
        "en": "The desktop interface is not installed (PySide6 is missing): "
        "pip install 'quartier[desktop]'. ({reason})",
    },
    "cli.grid_format": {
        "fr": "{path} : la grille s'écrit en {known} (l'extension du fichier choisit le format).",
        "nl": "{path}: het rooster wordt geschreven als {known} (de extensie kiest het formaat).",
        "en": "{path}: the grid is written as {known} (the file's extension picks the format).",
    },
    "cli.grid_server_user": {
        "fr": "Avec --server, donnez le compte d'administration : --user NOM.",
        "nl": "Geef met --server de beheeraccount: --user NAAM.",
        "en": "With --server, give the admin account: --user NAME.",
    },
    "cli.tally_round_or_files": {
        "fr": "Dépouillez un tour gardé sur cet ordinateur (--round) ou des fichiers "
        "(BULLETINS.csv avec --budget et --projects), l'un ou l'autre.",
        "nl": "Tel een ronde op deze computer (--round) of bestanden (STEMBILJETTEN.csv met "
        "--budget en --projects), het een of het ander.",
        "en": "Tally a round kept on this computer (--round) or files (BALLOTS.csv with --budget "
        "and --projects), one or the other.",
    },
    "cli.dossier_project": {
        "fr": "Nommez le projet du dossier, une fois : quartier dossier PROJET (ou --project).",
        "nl": "Noem het project van het dossier, één keer: quartier dossier PROJECT (of "
        "--project).",
        "en": "Name the dossier's project, once: quartier dossier PROJECT (or --project).",
    },
    "cli.resolve_side": {
        "fr": "« {given} » : gardez « premiere », « seconde » ou « avant » ({known}).",
        "nl": "„{given}”: behoud « premiere » (de eerste), « seconde » (de tweede) of "
        "« avant » (ervoor) ({known}).",
        "en": '"{given}": keep "first", "second" or "before" ({known}).',
    },
    "cli.resolve_pair": {
        "fr": "« {given} » : écrivez CHAMP=VALEUR (par exemple goal=premiere).",
        "nl": "„{given}”: schrijf VELD=WAARDE (bijvoorbeeld goal=premiere).",
        "en": '"{given}": write FIELD=VALUE (for instance goal=first).',
    },
    "cli.project_theme_or_gap": {
        "fr": "Donnez le thème du projet (--theme) ou le manque dont il naît (--from-gap), "
        "l'un ou l'autre.",
        "nl": "Geef het thema van het project (--theme) of het hiaat waaruit het ontstaat "
        "(--from-gap), het een of het ander.",
        "en": "Give the project's theme (--theme) or the gap it comes from (--from-gap), "
        "one or the other.",
    },
}
