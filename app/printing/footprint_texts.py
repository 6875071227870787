"""The words of the footprint chapter and of the poster « Notre empreinte », in French and
Dutch (part of ``app.printing.texts.WORDS``). Sectors, levers and profiles are named by
``app.carbon``."""

from __future__ import annotations

from survey_forms.model import Texts

FOOTPRINT_WORDS: dict[str, Texts] = {
    "footprint": {"fr": "Empreinte carbone des usages",
                  "nl": "Koolstofvoetafdruk van het dagelijks leven"},
    "footprint_intro": {
        "fr": "{n} ménages ({p} personnes) ont répondu aux questions sur leurs habitudes. Leur "
              "empreinte moyenne est de {t} t CO2e par personne et par an (fourchette à 95 % : "
              "{low} – {high} t), soit {h} t par ménage ({hlow} – {hhigh} t). C'est {x} fois "
              "l'objectif de {target} t par personne en 2050 ; la moyenne bruxelloise est de "
              "{brussels} t, calculée autrement (voir la méthode).",
        "nl": "{n} huishoudens ({p} personen) beantwoordden de vragen over hun gewoonten. Hun "
              "gemiddelde voetafdruk is {t} t CO2e per persoon per jaar (marge van 95 %: {low} – "
              "{high} t), of {h} t per huishouden ({hlow} – {hhigh} t). Dat is {x} keer de "
              "doelstelling van {target} t per persoon in 2050; het Brusselse gemiddelde is "
              "{brussels} t, anders berekend (zie de methode).",
    },
    "footprint_left_out": {
        "fr": "{n} entretiens sans réponse à ces questions ne sont pas comptés.",
        "nl": "{n} gesprekken zonder antwoord op deze vragen tellen niet mee.",
    },
    "footprint_sectors": {"fr": "Par secteur", "nl": "Per sector"},
    "footprint_caption": {
        "fr": "Tonnes de CO2e par personne et par an, {n} ménages ; trait fin : fourchette à "
              "95 %. Les services publics sont une part fixe, la même pour chacun.",
        "nl": "Ton CO2e per persoon per jaar, {n} huishoudens; dunne lijn: marge van 95 %. "
              "Openbare diensten zijn een vast deel, voor iedereen hetzelfde.",
    },
    "references_caption": {
        "fr": "Tonnes de CO2e par personne et par an ; trait fin : fourchette à 95 % ({n} "
              "ménages).",
        "nl": "Ton CO2e per persoon per jaar; dunne lijn: marge van 95 % ({n} huishoudens).",
    },
    "our_neighbourhood": {"fr": "Notre quartier", "nl": "Onze wijk"},
    "brussels_average": {"fr": "Moyenne bruxelloise", "nl": "Brussels gemiddelde"},
    "target_2050": {"fr": "Objectif 2050", "nl": "Doelstelling 2050"},
    "sector": {"fr": "Secteur", "nl": "Sector"},
    "per_person_t": {"fr": "Par personne (t)", "nl": "Per persoon (t)"},
    "per_household_t": {"fr": "Par ménage (t)", "nl": "Per huishouden (t)"},
    "profiles_title": {"fr": "Profils d'usages", "nl": "Gebruiksprofielen"},
    "profiles_intro": {
        "fr": "Les ménages aux habitudes proches sont regroupés en {k} profils (méthode des "
              "k-moyennes sur les parts des secteurs et quelques habitudes). Aucun profil de "
              "moins de {m} ménages n'est montré. Chaque profil peut former un groupe qui "
              "choisit ses propres solutions.",
        "nl": "Huishoudens met gelijkaardige gewoonten worden in {k} profielen gegroepeerd "
              "(k-means op de aandelen van de sectoren en enkele gewoonten). Geen enkel profiel "
              "van minder dan {m} huishoudens wordt getoond. Elk profiel kan een groep vormen "
              "die zijn eigen oplossingen kiest.",
    },
    "profiles_hidden": {
        "fr": "{n} ménages appartiennent à des profils trop petits pour être montrés.",
        "nl": "{n} huishoudens behoren tot profielen die te klein zijn om te tonen.",
    },
    "profiles_too_few": {
        "fr": "Trop peu de ménages ({n}) pour former des profils : il en faut au moins {m}.",
        "nl": "Te weinig huishoudens ({n}) om profielen te vormen: er zijn er minstens {m} "
              "nodig.",
    },
    "profile": {"fr": "Profil", "nl": "Profiel"},
    "t_per_person": {"fr": "t / pers.", "nl": "t / pers."},
    "heaviest": {"fr": "Secteurs les plus lourds", "nl": "Zwaarste sectoren"},
    "profile_levers": {"fr": "Ses leviers", "nl": "Zijn hefbomen"},
    "levers_title": {"fr": "Leviers classés par potentiel",
                     "nl": "Hefbomen gerangschikt volgens potentieel"},
    "levers_intro": {
        "fr": "Ce que chaque changement économiserait si les {n} ménages rencontrés le "
              "faisaient tous, calculé avec les mêmes facteurs. Ce n'est pas une projection "
              "sur tout le quartier : seulement sur les ménages rencontrés.",
        "nl": "Wat elke verandering zou besparen als de {n} bezochte huishoudens ze allemaal "
              "doorvoerden, berekend met dezelfde factoren. Dit is geen projectie voor de hele "
              "wijk: alleen voor de bezochte huishoudens.",
    },
    "lever": {"fr": "Levier", "nl": "Hefboom"},
    "tonnes_year": {"fr": "t CO2e / an", "nl": "t CO2e / jaar"},
    "share_footprint": {"fr": "% de l'empreinte", "nl": "% van de voetafdruk"},
    "kg_person": {"fr": "kg / pers.", "nl": "kg / pers."},
    "households_concerned": {"fr": "Ménages concernés", "nl": "Betrokken huishoudens"},
    "streets_title": {"fr": "Par rue", "nl": "Per straat"},
    "streets_intro": {
        "fr": "L'empreinte moyenne par personne de chaque rue où {m} ménages ou plus ont "
              "répondu, avec sa fourchette à 95 %. Les rues de moins de {m} ménages ne sont "
              "jamais montrées une à une : leurs ménages sont comptés ensemble dans « autres "
              "rues ». Avec si peu de ménages par rue, les fourchettes sont larges : un écart "
              "entre deux rues n'est une différence que si leurs fourchettes ne se recouvrent "
              "pas.",
        "nl": "De gemiddelde voetafdruk per persoon van elke straat waar {m} huishoudens of meer "
              "antwoordden, met zijn marge van 95 %. Straten met minder dan {m} huishoudens "
              "worden nooit apart getoond: hun huishoudens worden samen geteld onder „andere "
              "straten”. Met zo weinig huishoudens per straat zijn de marges breed: een verschil "
              "tussen twee straten is pas er een als hun marges elkaar niet overlappen.",
    },
    "street": {"fr": "Rue", "nl": "Straat"},
    "other_streets": {"fr": "Autres rues", "nl": "Andere straten"},
    "other_streets_few": {
        "fr": "trop peu de ménages pour une moyenne",
        "nl": "te weinig huishoudens voor een gemiddelde",
    },
    "second_profiles_title": {"fr": "Par profil d'usages", "nl": "Per gebruiksprofiel"},
    "second_profiles_intro": {
        "fr": "Les profils sont formés sur « {b} » ; les ménages de « {a} » sont rangés dans "
              "ces mêmes profils (mêmes habitudes de référence, même calcul), pour qu'un profil "
              "désigne la même chose aux deux campagnes. Un profil de moins de {m} ménages à "
              "l'une ou l'autre campagne n'est pas montré. Écart en tonnes de CO2e par personne "
              "et par an, avec sa fourchette à 95 %. Un ménage peut changer de profil d'une "
              "campagne à l'autre quand ses habitudes changent.",
        "nl": "De profielen worden gevormd op « {b} »; de huishoudens van « {a} » worden in "
              "dezelfde profielen ingedeeld (dezelfde referentiegewoonten, dezelfde berekening), "
              "zodat een profiel in beide campagnes hetzelfde betekent. Een profiel met minder "
              "dan {m} huishoudens in een van beide campagnes wordt niet getoond. Verschil in ton "
              "CO2e per persoon per jaar, met zijn marge van 95 %. Een huishouden kan van "
              "profiel veranderen wanneer zijn gewoonten veranderen.",
    },
    "second_profiles_hidden": {
        "fr": "Profils trop petits pour être montrés : {n0} ménages avant, {n1} maintenant.",
        "nl": "Profielen te klein om te tonen: {n0} huishoudens vooraf, {n1} nu.",
    },
    "second_profiles_none": {
        "fr": "« {b} » a trop peu de ménages pour former des profils : pas de comparaison par "
              "profil.",
        "nl": "« {b} » heeft te weinig huishoudens om profielen te vormen: geen vergelijking "
              "per profiel.",
    },
    "households_before": {"fr": "Ménages avant", "nl": "Huishoudens vooraf"},
    "households_now": {"fr": "Ménages maint.", "nl": "Huishoudens nu"},
    "second_title": {"fr": "Second diagnostic", "nl": "Tweede diagnose"},
    "second_intro": {
        "fr": "« {b} » ({n0} ménages) comparée à « {a} » ({n1} ménages), en tonnes de CO2e par "
              "personne et par an. L'écart est donné avec sa fourchette à 95 %. « Mêmes "
              "adresses » ne compare que les {p} ménages rencontrés aux deux campagnes à la "
              "même adresse : c'est la mesure la plus directe d'un changement d'habitudes.",
        "nl": "« {b} » ({n0} huishoudens) vergeleken met « {a} » ({n1} huishoudens), in ton "
              "CO2e per persoon per jaar. Het verschil staat er met zijn marge van 95 %. "
              "„Zelfde adressen” vergelijkt alleen de {p} huishoudens die in beide campagnes "
              "op hetzelfde adres bezocht werden: de meest rechtstreekse maat van veranderde "
              "gewoonten.",
    },
    "change_interval": {"fr": "Écart (fourchette 95 %)", "nl": "Verschil (marge 95 %)"},
    "same_addresses": {"fr": "Mêmes adresses", "nl": "Zelfde adressen"},
    "footprint_method_title": {"fr": "Comment l'empreinte est calculée",
                               "nl": "Hoe de voetafdruk berekend wordt"},
    "footprint_method": {
        "fr": "Chaque réponse devient une quantité (kWh de chauffage, km en voiture, repas par "
              "semaine…), multipliée par un facteur d'émission de la table « {table} » "
              "(version {version}), citée en annexe avec ses sources et ses licences. Une "
              "réponse « je ne sais pas » ou laissée vide prend une valeur par défaut "
              "documentée (en moyenne {d} par ménage). Le chauffage, l'électricité, la voiture "
              "et les appareils comptent pour le ménage ; les repas, les vêtements et les "
              "transports en commun pour chaque personne ; les services publics sont une part "
              "fixe par personne.",
        "nl": "Elk antwoord wordt een hoeveelheid (kWh verwarming, autokilometers, maaltijden "
              "per week…), vermenigvuldigd met een emissiefactor uit de tabel « {table} » "
              "(versie {version}), in de bijlage vermeld met bronnen en licenties. Een antwoord "
              "„weet ik niet” of een leeg antwoord krijgt een gedocumenteerde standaardwaarde "
              "(gemiddeld {d} per huishouden). Verwarming, elektriciteit, auto en toestellen "
              "tellen voor het huishouden; maaltijden, kleding en openbaar vervoer per persoon; "
              "openbare diensten zijn een vast deel per persoon.",
    },
    "footprint_method_interval": {
        "fr": "Les moyennes par personne additionnent les kg des ménages et les divisent par "
              "leur nombre de personnes. La fourchette à 95 % vient de 1 000 tirages avec "
              "remise parmi les ménages rencontrés (bootstrap) : elle dit la précision due au "
              "nombre de ménages, pas celle des facteurs.",
        "nl": "De gemiddelden per persoon tellen de kg van de huishoudens op en delen door hun "
              "aantal personen. De marge van 95 % komt uit 1 000 trekkingen met teruglegging "
              "onder de bezochte huishoudens (bootstrap): ze zegt hoe nauwkeurig het aantal "
              "huishoudens is, niet hoe nauwkeurig de factoren zijn.",
    },
    "footprint_limits": {
        "fr": "Limites : ce sont des ordres de grandeur tirés de quelques questions posées sur "
              "le pas de la porte, pas un bilan complet. La moyenne bruxelloise du Bureau "
              "fédéral du Plan compte toute la consommation des ménages avec une autre "
              "méthode : l'écart avec elle ne se lit pas comme un écart de comportements "
              "seulement.",
        "nl": "Beperkingen: dit zijn grootteordes uit enkele vragen aan de deur, geen volledige "
              "balans. Het Brusselse gemiddelde van het Federaal Planbureau telt alle "
              "consumptie van de huishoudens met een andere methode: het verschil ermee is niet "
              "alleen een verschil in gewoonten.",
    },
    "footprint_annex": {"fr": "Annexe : facteurs d'émission, sources et licences",
                        "nl": "Bijlage: emissiefactoren, bronnen en licenties"},
    "footprint_annex_intro": {
        "fr": "Table « {table} », version {version} : chaque facteur et chaque valeur par "
              "défaut avec son unité, sa source, son année et sa licence. Les règles de Nos "
              "Gestes Climat (ADEME) sont sous licence MIT ; les valeurs de la Base Carbone et "
              "d'AGRIBALYSE sont réutilisables en citant la source ; les hypothèses de "
              "Quartier sont dans le domaine public (CC0).",
        "nl": "Tabel « {table} », versie {version}: elke factor en elke standaardwaarde met "
              "eenheid, bron, jaar en licentie. De regels van Nos Gestes Climat (ADEME) staan "
              "onder MIT-licentie; de waarden van de Base Carbone en AGRIBALYSE mogen "
              "hergebruikt worden met bronvermelding; de aannames van Quartier zijn publiek "
              "domein (CC0).",
    },
    "sources_title": {"fr": "Sources et licences", "nl": "Bronnen en licenties"},
    "factors_title": {"fr": "La table de facteurs", "nl": "De factorentabel"},
    "factor": {"fr": "Facteur", "nl": "Factor"},
    "value": {"fr": "Valeur", "nl": "Waarde"},
    "unit_word": {"fr": "Unité", "nl": "Eenheid"},
    "source": {"fr": "Source", "nl": "Bron"},
    "year": {"fr": "Année", "nl": "Jaar"},
    "licence": {"fr": "Licence", "nl": "Licentie"},
    "entries": {"fr": "Entrées", "nl": "Items"},
    "section_factors": {"fr": "Facteurs d'émission", "nl": "Emissiefactoren"},
    "section_defaults": {"fr": "Valeurs par défaut (réponse inconnue)",
                         "nl": "Standaardwaarden (antwoord onbekend)"},
    "section_references": {"fr": "Repères", "nl": "Referentiepunten"},
    "fact_footprint": {
        "fr": "Empreinte carbone des usages : {t} t CO2e par personne et par an ({low} – "
              "{high} t), pour un objectif de {target} t en 2050.",
        "nl": "Koolstofvoetafdruk: {t} t CO2e per persoon per jaar ({low} – {high} t), voor een "
              "doelstelling van {target} t in 2050.",
    },
    "footprint_poster_title": {"fr": "Notre empreinte", "nl": "Onze voetafdruk"},
    "footprint_poster_subtitle": {"fr": "Le carbone de nos usages quotidiens",
                                  "nl": "De koolstof van onze dagelijkse gewoonten"},
    "per_person_year": {"fr": "t CO2e par personne et par an",
                        "nl": "t CO2e per persoon per jaar"},
    "poster_interval": {"fr": "fourchette à 95 % : {low} – {high} t",
                        "nl": "marge van 95 %: {low} – {high} t"},
    "poster_counted": {"fr": "{n} ménages, {p} personnes", "nl": "{n} huishoudens, {p} personen"},
    "poster_sectors": {"fr": "Où va notre carbone", "nl": "Waar onze koolstof naartoe gaat"},
    "poster_profiles": {"fr": "Nos profils d'usages", "nl": "Onze gebruiksprofielen"},
    "poster_profile_line": {"fr": "{n} ménages · {t} t par personne",
                            "nl": "{n} huishoudens · {t} t per persoon"},
    "households_word": {"fr": "ménages", "nl": "huishoudens"},
    "per_year": {"fr": "par an", "nl": "per jaar"},
    "poster_levers": {"fr": "Ce qu'on peut changer", "nl": "Wat we kunnen veranderen"},
    "poster_lever_line": {"fr": "−{t} t CO2e par an pour les ménages rencontrés",
                          "nl": "−{t} t CO2e per jaar voor de bezochte huishoudens"},
    "poster_second": {
        "fr": "En un an, aux mêmes adresses ({p} ménages) : {d} t par personne ({low} à "
              "{high} t).",
        "nl": "Op één jaar, op dezelfde adressen ({p} huishoudens): {d} t per persoon ({low} "
              "tot {high} t).",
    },
    "poster_second_unpaired": {
        "fr": "En un an : {d} t par personne ({low} à {high} t), {n0} puis {n1} ménages.",
        "nl": "Op één jaar: {d} t per persoon ({low} tot {high} t), {n0} en dan {n1} "
              "huishoudens.",
    },
    "no_footprint": {
        "fr": "Aucun ménage n'a encore répondu aux questions sur les habitudes : pas "
              "d'empreinte à montrer.",
        "nl": "Nog geen enkel huishouden beantwoordde de vragen over gewoonten: geen "
              "voetafdruk om te tonen.",
    },
}  # fmt: skip
