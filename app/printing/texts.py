"""The words printed on posters and reports, in French and Dutch, and the language choice:
French, Dutch, or both side by side ("fr+nl"); the names of places in each language, quotation
marks and dates as each language writes them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from app.errors import PrintingError
from app.printing.footprint_texts import FOOTPRINT_WORDS
from survey_forms.model import Texts, text_in

LANGUAGE_CHOICES = ("fr", "nl", "fr+nl")
#: Where the groups live, for times printed from UTC stamps (interview hours, a card's expiry).
LOCAL_TIME = ZoneInfo("Europe/Brussels")
#: The language of a document's text, declared in its PDF (screen readers read it aloud so).
LANGUAGE_TAGS = {"fr": "fr-BE", "nl": "nl-BE"}
#: The communes of Brussels (and Laeken) in Dutch, by their French name.
COMMUNES_NL = {
    "Anderlecht": "Anderlecht", "Auderghem": "Oudergem",
    "Berchem-Sainte-Agathe": "Sint-Agatha-Berchem", "Bruxelles": "Brussel",
    "Etterbeek": "Etterbeek", "Evere": "Evere", "Forest": "Vorst", "Ganshoren": "Ganshoren",
    "Ixelles": "Elsene", "Jette": "Jette", "Koekelberg": "Koekelberg", "Laeken": "Laken",
    "Molenbeek-Saint-Jean": "Sint-Jans-Molenbeek", "Saint-Gilles": "Sint-Gillis",
    "Saint-Josse-ten-Noode": "Sint-Joost-ten-Node", "Schaerbeek": "Schaarbeek",
    "Uccle": "Ukkel", "Watermael-Boitsfort": "Watermaal-Bosvoorde",
    "Woluwe-Saint-Lambert": "Sint-Lambrechts-Woluwe", "Woluwe-Saint-Pierre": "Sint-Pieters-Woluwe",
}  # fmt: skip
_COMMUNE = re.compile(r"\b(" + "|".join(sorted(COMMUNES_NL, key=len, reverse=True)) + r")\b")
_BEFORE_PUNCTUATION = re.compile(r"[ \u00a0]+([:;!?»])")
_AFTER_GUILLEMET = re.compile(r"«[ \u00a0]*")
_BEFORE_PERCENT = re.compile(r"(\d) %")

WORDS: dict[str, Texts] = {
    "poster_title": {"fr": "Ce que le quartier nous a dit", "nl": "Wat de wijk ons vertelde"},
    "households": {"fr": "ménages rencontrés", "nl": "bezochte huishoudens"},
    "volunteers": {"fr": "bénévoles", "nl": "vrijwilligers"},
    "resources": {"fr": "ressources inventoriées", "nl": "geïnventariseerde hulpbronnen"},
    "needs_title": {"fr": "Les besoins et envies cités en premier",
                    "nl": "De meest genoemde noden en wensen"},
    "quotes_title": {"fr": "Paroles d'habitants", "nl": "Bewoners aan het woord"},
    "inventory_title": {"fr": "Déjà dans le quartier", "nl": "Al in de wijk"},
    "invitation_title": {"fr": "Venez en parler !", "nl": "Kom erover praten!"},
    "invitation_default": {
        "fr": "Le groupe d'habitants se retrouve bientôt pour choisir les premiers projets. "
              "Rejoignez-nous !",
        "nl": "De bewonersgroep komt binnenkort samen om de eerste projecten te kiezen. Doe mee!",
    },
    "no_items": {"fr": "L'inventaire partagé est encore vide.",
                 "nl": "De gedeelde inventaris is nog leeg."},
    "qr_caption": {"fr": "Rejoignez le groupe", "nl": "Doe mee met de groep"},
    "no_personal": {"fr": "Réalisé sans aucune donnée personnelle des habitants.",
                    "nl": "Gemaakt zonder persoonsgegevens van bewoners."},
    "report_title": {"fr": "Diagnostic partagé du quartier", "nl": "Gedeelde wijkdiagnose"},
    "contents": {"fr": "Table des matières", "nl": "Inhoudstafel"},
    "summary": {"fr": "Les constats en bref", "nl": "De vaststellingen in het kort"},
    "method": {"fr": "Méthode", "nl": "Methode"},
    "results": {"fr": "Résultats question par question", "nl": "Resultaten per vraag"},
    "quotes": {"fr": "Paroles d'habitants", "nl": "Bewoners aan het woord"},
    "inventory": {"fr": "L'inventaire partagé", "nl": "De gedeelde inventaris"},
    "needs_ranked": {"fr": "Les besoins par thème", "nl": "Noden per thema"},
    "comparison": {"fr": "Comparaison avec la campagne précédente",
                   "nl": "Vergelijking met de vorige campagne"},
    "annex": {"fr": "Annexe : le questionnaire", "nl": "Bijlage: de vragenlijst"},
    "recommendations": {"fr": "Recommandations et prochaines étapes",
                        "nl": "Aanbevelingen en volgende stappen"},
    "thanks": {"fr": "Remerciements", "nl": "Dankwoord"},
    "contact": {"fr": "Contact", "nl": "Contact"},
    "contact_line": {"fr": "Contact : {contact}", "nl": "Contact: {contact}"},
    "page": {"fr": "page", "nl": "pagina"},
    "campaign": {"fr": "Campagne", "nl": "Campagne"},
    "dates": {"fr": "Dates", "nl": "Data"},
    "from_to": {"fr": "du {start} au {end}", "nl": "van {start} tot {end}"},
    "target": {"fr": "Ménages visés", "nl": "Beoogde huishoudens"},
    "reached": {"fr": "Ménages rencontrés", "nl": "Bezochte huishoudens"},
    "response_rate": {"fr": "Taux de réponse", "nl": "Responsgraad"},
    "volunteers_count": {"fr": "Bénévoles", "nl": "Vrijwilligers"},
    "answer": {"fr": "Réponse", "nl": "Antwoord"},
    "count": {"fr": "Ménages", "nl": "Huishoudens"},
    "share": {"fr": "Part", "nl": "Aandeel"},
    "answered": {"fr": "{n} réponses", "nl": "{n} antwoorden"},
    "answered_one": {"fr": "{n} réponse", "nl": "{n} antwoord"},
    "mean": {"fr": "moyenne {mean}, médiane {median}", "nl": "gemiddelde {mean}, mediaan {median}"},
    "theme": {"fr": "Thème", "nl": "Thema"},
    "kind": {"fr": "Type", "nl": "Soort"},
    "name": {"fr": "Nom", "nl": "Naam"},
    "address": {"fr": "Adresse", "nl": "Adres"},
    "status": {"fr": "Statut", "nl": "Status"},
    "before": {"fr": "Avant", "nl": "Vooraf"},
    "now": {"fr": "Maintenant", "nl": "Nu"},
    "change": {"fr": "Écart", "nl": "Verschil"},
    "question": {"fr": "Question", "nl": "Vraag"},
    "type": {"fr": "Type de réponse", "nl": "Soort antwoord"},
    "personal_left_out": {
        "fr": "Les questions marquées « personnel » (adresse exacte, nom, téléphone, e-mail) "
              "ne figurent jamais dans ce rapport : seules leurs places dans le questionnaire "
              "sont indiquées.",
        "nl": "Vragen die als « persoonlijk » gemarkeerd zijn (huisnummer, naam, telefoon, "
              "e-mail) staan nooit in dit rapport: alleen hun plaats in de vragenlijst wordt "
              "vermeld.",
    },
    "personal": {"fr": "personnel — non publié", "nl": "persoonlijk — niet gepubliceerd"},
    "no_data": {"fr": "Pas encore de réponse.", "nl": "Nog geen antwoord."},
    "quotes_unchecked": {
        "fr": "Les paroles d'habitants viendront quand un coach aura vérifié qu'elles ne "
              "nomment personne.",
        "nl": "De woorden van bewoners volgen zodra een coach nagekeken heeft dat ze niemand "
              "noemen.",
    },
    "mean_value": {"fr": "moyenne", "nl": "gemiddelde"},
    "needs_caption": {"fr": "Part des {n} ménages ayant répondu qui l'ont cité",
                      "nl": "Aandeel van de {n} huishoudens die antwoordden, dat het noemde"},
    "fact_reached": {"fr": "{n} ménages rencontrés dans {s} rues par {v} bénévoles ({period}).",
                     "nl": "{n} huishoudens bezocht in {s} straten door {v} vrijwilligers "
                           "({period})."},
    "fact_target": {"fr": "C'est {p} % des {t} ménages visés.",
                    "nl": "Dat is {p} % van de {t} beoogde huishoudens."},
    "fact_needs": {"fr": "Les besoins cités en premier : {top}.",
                   "nl": "De meest genoemde noden: {top}."},
    "fact_participate": {"fr": "{w} ménages veulent participer à la suite.",
                         "nl": "{w} huishoudens willen meedoen."},
    "fact_inventory": {"fr": "L'inventaire partagé compte {i} fiches, dont {r} ressources.",
                       "nl": "De gedeelde inventaris telt {i} fiches, waarvan {r} hulpbronnen."},
    "consent_rate": {"fr": "Accord pour noter les réponses", "nl": "Akkoord om te noteren"},
    "method_intro": {
        "fr": "Des bénévoles du quartier ont frappé aux portes, rue par rue, avec un "
              "questionnaire commun. Chaque entretien commence par l'accord de la personne ; "
              "sans accord, seules les réponses non personnelles sont gardées. Les entretiens "
              "rejetés lors de la relecture ne sont pas comptés.",
        "nl": "Vrijwilligers uit de wijk klopten straat per straat aan met een gemeenschappelijke "
              "vragenlijst. Elk gesprek begint met het akkoord van de bewoner; zonder akkoord "
              "worden alleen niet-persoonlijke antwoorden bewaard. Gesprekken die bij het "
              "nalezen afgewezen werden, tellen niet mee.",
    },
    "by_street": {"fr": "Ménages rencontrés par rue", "nl": "Bezochte huishoudens per straat"},
    "street": {"fr": "Rue", "nl": "Straat"},
    "multiple": {"fr": "plusieurs réponses possibles", "nl": "meerdere antwoorden mogelijk"},
    "see_quotes": {"fr": "Réponses libres : les plus fréquentes figurent parmi les paroles "
                         "d'habitants.",
                   "nl": "Vrije antwoorden: de meest gegeven staan bij « Bewoners aan het "
                         "woord »."},
    "quotes_intro": {
        "fr": "Les réponses libres les plus souvent données, telles quelles. Aucune réponse "
              "contenant un numéro de téléphone ou une adresse e-mail n'est citée.",
        "nl": "De vaakst gegeven vrije antwoorden, letterlijk. Antwoorden met een "
              "telefoonnummer of e-mailadres worden nooit geciteerd.",
    },
    "quote_times": {"fr": "{n} ménages", "nl": "{n} huishoudens"},
    "few_answers": {"fr": "trop peu de réponses", "nl": "te weinig antwoorden"},
    "fewer_than": {"fr": "moins de {n}", "nl": "minder dan {n}"},
    "too_few": {
        "fr": "Trop peu de réponses ({n}) pour donner des pourcentages : il en faut au moins {m}.",
        "nl": "Te weinig antwoorden ({n}) om percentages te geven: er zijn er minstens {m} nodig.",
    },
    "no_interviews": {
        "fr": "Aucun entretien n'est encore enregistré pour cette campagne : ce document ne donne "
              "donc aucun résultat. Il sera complet dès les premiers entretiens.",
        "nl": "Voor deze campagne is nog geen gesprek geregistreerd: dit document geeft dus geen "
              "resultaten. Het wordt volledig na de eerste gesprekken.",
    },
    "no_interviews_short": {"fr": "Pas encore d'entretien enregistré.",
                            "nl": "Nog geen gesprek geregistreerd."},
    "interval": {"fr": "Fourchette 95 %", "nl": "Marge 95 %"},
    "spread": {"fr": "la moitié des ménages entre {q1} et {q3}",
               "nl": "de helft van de huishoudens tussen {q1} en {q3}"},
    "interviews": {"fr": "Entretiens", "nl": "Gesprekken"},
    "bin": {"fr": "Tranche", "nl": "Klasse"},
    "scale_caption": {"fr": "Part des {n} ménages qui ont répondu ; trait fin : fourchette à 95 %",
                      "nl": "Aandeel van de {n} huishoudens die antwoordden; dunne lijn: "
                            "marge van 95 %"},
    "method_figures_title": {"fr": "Comment chaque chiffre est calculé",
                             "nl": "Hoe elk cijfer berekend wordt"},
    "method_figures": {
        "fr": "Chaque pourcentage est le nombre de ménages qui ont donné une réponse, divisé par "
              "le nombre de ménages qui ont répondu à la question (indiqué sous chaque titre) ; "
              "quand plusieurs réponses sont possibles, le total dépasse 100 %. La fourchette à "
              "95 % (intervalle de Wilson) indique où se situerait la part si tous les ménages "
              "du quartier avaient répondu, 19 fois sur 20, pour autant que les ménages "
              "rencontrés leur ressemblent. Aucun pourcentage n'est donné pour moins de {m} "
              "ménages : « moins de {m} » ou « trop peu de réponses » le remplace, pour que "
              "les chiffres parlent du quartier et ne désignent personne. Une réponse libre "
              "n'est citée que si au moins {m} ménages ont répondu à la question. Les "
              "histogrammes comptent les ménages par tranche ; la médiane partage les ménages "
              "en deux moitiés. Les entretiens rejetés à la relecture (doublons, données "
              "inutilisables) ne sont pas comptés.",
        "nl": "Elk percentage is het aantal huishoudens dat een antwoord gaf, gedeeld door het "
              "aantal huishoudens dat de vraag beantwoordde (vermeld onder elke titel); waar "
              "meerdere antwoorden mogelijk zijn, is het totaal meer dan 100 %. De marge van "
              "95 % (Wilson-interval) geeft aan waar het aandeel zou liggen als alle "
              "huishoudens van de wijk geantwoord hadden, 19 keer op 20, op voorwaarde dat de "
              "bezochte huishoudens op hen lijken. Onder {m} huishoudens wordt geen percentage "
              "gegeven: „minder dan {m}” of „te weinig antwoorden” staat in de plaats, zodat "
              "de cijfers over de wijk gaan en niemand aanwijzen. Een vrij antwoord wordt "
              "alleen geciteerd als minstens {m} huishoudens de vraag beantwoordden. De "
              "histogrammen tellen de huishoudens per klasse; de mediaan verdeelt de "
              "huishoudens in twee helften. Gesprekken die bij het nalezen afgewezen werden "
              "(dubbels, onbruikbare gegevens), tellen niet mee.",
    },
    "method_limits_title": {"fr": "Limites", "nl": "Beperkingen"},
    "method_limits": {
        "fr": "Les ménages rencontrés sont ceux qui ont ouvert leur porte aux heures des "
              "visites : ce n'est pas un échantillon tiré au hasard. Ceux qui sont rarement "
              "chez eux à ces heures peuvent être moins représentés. Les portes restées "
              "fermées et les refus de répondre ne sont pas enregistrés.",
        "nl": "De bezochte huishoudens zijn wie de deur opendeed op de uren van de bezoeken: "
              "dit is geen willekeurige steekproef. Wie op die uren zelden thuis is, kan "
              "ondervertegenwoordigd zijn. Gesloten deuren en weigeringen worden niet "
              "geregistreerd.",
    },
    "visit_times": {"fr": "Heures des entretiens", "nl": "Uren van de gesprekken"},
    "morning": {"fr": "matin (avant 12 h)", "nl": "ochtend (voor 12 uur)"},
    "afternoon": {"fr": "après-midi (12 h – 17 h)", "nl": "namiddag (12 – 17 uur)"},
    "evening": {"fr": "soir (après 17 h)", "nl": "avond (na 17 uur)"},
    "needs_intro": {
        "fr": "Chaque besoin proposé dans le questionnaire appartient à un thème ; un ménage "
              "compte pour un thème s'il a cité au moins un de ses besoins.",
        "nl": "Elke voorgestelde nood hoort bij een thema; een huishouden telt mee voor een "
              "thema als het minstens één van zijn noden noemde.",
    },
    "needs_cited": {"fr": "Besoins cités (mentions)", "nl": "Genoemde noden (vermeldingen)"},
    "comparison_intro": {
        "fr": "« {b} » ({n0} ménages) comparée à « {a} » ({n1} ménages). Les écarts sont en "
              "points de pourcentage ; pour les nombres, c'est la moyenne qui est comparée.",
        "nl": "« {b} » ({n0} huishoudens) vergeleken met « {a} » ({n1} huishoudens). "
              "Verschillen in procentpunten; voor getallen wordt het gemiddelde vergeleken.",
    },
    **FOOTPRINT_WORDS,
}  # fmt: skip


@dataclass(frozen=True)
class Languages:
    """The language(s) a document is printed in (French unless told). A person's choice
    ("fr", "nl" or "fr+nl") is parsed once where it is made, the command line's --lang or the
    Print section's list; printing takes this value, never the string."""

    codes: tuple[str, ...] = ("fr",)

    @classmethod
    def parse(cls, choice: str) -> Languages:
        if choice not in LANGUAGE_CHOICES:
            raise PrintingError("print.unknown_language", choice=choice)
        return cls(tuple(choice.split("+")))

    @property
    def first(self) -> str:
        return self.codes[0]

    @property
    def tag(self) -> str:
        """The document's language tag (its first language)."""
        return LANGUAGE_TAGS[self.first]

    def place(self, name: str) -> str:
        """A place's name in each language printed: 'Bruxelles' is 'Brussel' in Dutch, and a
        name written in both languages, 'Rue Haute / Hoogstraat' as on Brussels street signs,
        gives each language its own half."""
        return " / ".join(dict.fromkeys(place_in(name, code) for code in self.codes))

    def quoted(self, text: str) -> str:
        """A resident's words between the quotation marks of the first language."""
        return quoted(text, self.first)

    def each(self, texts: Texts, **params: object) -> list[str]:
        """The text in each language, without repeating a text that is the same in both."""
        found = [text_in(texts, code, "fr").format(**params) for code in self.codes]
        return list(dict.fromkeys(found))

    def join(self, texts: Texts, **params: object) -> str:
        return " / ".join(self.each(texts, **params))

    def months(self, start: str | None, end: str | None) -> str:
        """A campaign's months in each language: 'mars – avril 2026 · maart – april 2026'."""
        return " · ".join(dict.fromkeys(month_period(start, end, c) for c in self.codes))

    def word(self, key: str, **params: object) -> str:
        return self.join(WORDS[key], **params)

    def words(self, key: str, **params: object) -> list[str]:
        return self.each(WORDS[key], **params)


MONTHS: dict[str, tuple[str, ...]] = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
}  # fmt: skip


def month_period(start: str | None, end: str | None, lang: str) -> str:
    """Two ISO dates as months: 'mars – avril 2026', 'mars 2026', 'décembre 2025 – janvier 2026'."""
    if not start and not end:
        return ""
    first, last = (start or end or ""), (end or start or "")
    names = MONTHS.get(lang, MONTHS["fr"])

    def month(iso: str, with_year: bool) -> str:
        name = names[int(iso[5:7]) - 1]
        return f"{name} {iso[:4]}" if with_year else name

    if first[:7] == last[:7]:
        return month(first, True)
    return f"{month(first, first[:4] != last[:4])} – {month(last, True)}"


def long_date(iso: str | None, lang: str) -> str:
    """'2026-03-01' -> '1er mars 2026' / '1 maart 2026'."""
    if not iso:
        return "—"
    names = MONTHS.get(lang, MONTHS["fr"])
    day = int(iso[8:10])
    first = "1er" if lang == "fr" and day == 1 else str(day)
    return f"{first} {names[int(iso[5:7]) - 1]} {iso[:4]}"


def long_date_time(stamp: str, lang: str) -> str:
    """A UTC timestamp in local time: '4 décembre 2026 à 18 h 00' / '4 december 2026 om
    18.00 uur'."""
    moment = datetime.fromisoformat(stamp).astimezone(LOCAL_TIME)
    day = long_date(moment.date().isoformat(), lang)
    if lang == "nl":
        return f"{day} om {moment.hour}.{moment.minute:02d}\u00a0uur"
    return f"{day} à {moment.hour}\u00a0h\u00a0{moment.minute:02d}"


def place_in(name: str, lang: str) -> str:
    """A place's name in ``lang`` (see ``Languages.place``)."""
    halves = [half.strip() for half in name.split(" / ")]
    if len(halves) == 2:
        return halves[1] if lang == "nl" else halves[0]
    if lang == "nl":
        return _COMMUNE.sub(lambda match: COMMUNES_NL[match.group(1)], name)
    return name


def quoted(text: str, lang: str) -> str:
    """French « guillemets » with no-break spaces; Dutch „aanhalingstekens”."""
    if lang == "nl":
        return f"„{text}”"
    return french_spacing(f"« {text} »")


def french_spacing(text: str) -> str:
    """French typography: a no-break space before : ; ! ? » and after «, so that a
    line never starts with a lone punctuation mark, and between a number and its %."""
    text = _BEFORE_PERCENT.sub("\\1\u00a0%", text)
    return _AFTER_GUILLEMET.sub("«\u00a0", _BEFORE_PUNCTUATION.sub("\u00a0\\1", text))
