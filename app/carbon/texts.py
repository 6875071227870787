"""The words of the carbon diagnosis in French, Dutch and English: sectors, profile traits."""

from __future__ import annotations

Texts = dict[str, str]


def t(fr: str, nl: str, en: str) -> Texts:
    return {"fr": fr, "nl": nl, "en": en}


SECTOR_LABELS: dict[str, Texts] = {
    "logement": t("Logement", "Wonen", "Housing"),
    "transport": t("Transport", "Vervoer", "Transport"),
    "alimentation": t("Alimentation", "Voeding", "Food"),
    "consommation": t("Consommation", "Consumptie", "Consumption"),
    "services_publics": t("Services publics", "Openbare diensten", "Public services"),
    "total": t("Total", "Totaal", "Total"),
}

#: Profile traits: a feature of ``app.carbon.profiles`` well above the neighbourhood's mean.
TRAIT_LABELS: dict[str, Texts] = {
    "car_km": t("grands rouleurs", "veelrijders", "heavy drivers"),
    "flight_hours": t("voyageurs en avion", "vliegreizigers", "frequent flyers"),
    "red_meat": t("grands mangeurs de viande rouge", "grote roodvleeseters",
                  "big red-meat eaters"),
    "oil": t("chauffage au mazout", "verwarming op stookolie", "heating oil"),
    "house": t("en maison 3 ou 4 façades", "in open of halfopen bebouwing",
               "in detached houses"),
    "bike": t("cyclistes", "fietsers", "cyclists"),
    "share_logement": t("logement énergivore", "energieverslindende woning",
                        "energy-hungry homes"),
    "share_transport": t("mobilité carbonée", "koolstofrijke mobiliteit", "carbon-heavy travel"),
    "share_alimentation": t("assiette carnée", "vleesrijk bord", "meat-heavy plates"),
    "share_consommation": t("gros acheteurs", "grote kopers", "big shoppers"),
}  # fmt: skip
SOBER = t("ménages sobres", "sobere huishoudens", "low-carbon households")
AVERAGE = t("ménages dans la moyenne", "gemiddelde huishoudens", "average households")
