"""Source of the built-in forms: run ``python -m survey_forms.builtin.build`` to rewrite the
.xlsx files beside this script (they are committed, and read by ``load_builtin``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from survey_forms.builtin import ACTION_FORM, INTERVIEW_FORM, INTERVIEW_VERSION, INVENTORY_FORM
from survey_forms.model import Choice, Element, Form, Group, Question, Texts

HERE = Path(__file__).resolve().parent
LANGUAGES = {"fr": "Français (fr)", "nl": "Nederlands (nl)", "en": "English (en)"}
PHONE = r"regex(., '^\+?[0-9 ./-]{8,20}$')"
EMAIL = r"regex(., '^[^@ ]+@[^@ ]+\.[A-Za-z]{2,}$')"
#: The household habits feed the carbon footprint (app.carbon): every question may stay
#: unanswered ("je ne sais pas": a choice, or a blank number), and a documented default of the
#: factor table takes its place.
OWNS_CAR = "${car_use} = 'occasional' or ${car_use} = 'daily'"


def t(fr: str, nl: str, en: str) -> Texts:
    return {"fr": fr, "nl": nl, "en": en}


def q(qtype: str, name: str, label: Texts, **kw: Any) -> Question:
    """A question; ``select_one yes_no`` style types name their list."""
    base, _, list_name = qtype.partition(" ")
    if kw.get("required") == "yes":
        kw["required"] = "true()"
    return Question(name=name, type=base, label=label, list_name=list_name or None, **kw)


def group(name: str, label: Texts, *children: Element, **kw: Any) -> Group:
    return Group(name=name, label=label, children=list(children), **kw)


def choices(*rows: tuple[Any, ...]) -> list[Choice]:
    """Rows of (name, fr, nl, en[, theme])."""
    return [Choice(r[0], t(*r[1:4]), r[4] if len(r) > 4 else None) for r in rows]


THEMES = choices(
    ("ressources", "Ressources et déchets", "Grondstoffen en afval", "Resources and waste"),
    ("alimentation", "Alimentation", "Voeding", "Food"),
    ("biodiversite", "Biodiversité et espaces verts", "Biodiversiteit en groen", "Biodiversity"),
    ("mobilite", "Mobilité douce", "Zachte mobiliteit", "Soft mobility"),
    ("espace_public", "Espace public", "Openbare ruimte", "Public space"),
    ("energie", "Énergie et logement", "Energie en wonen", "Energy and housing"),
    ("solidarite", "Solidarité", "Solidariteit", "Solidarity"),
)
YES_NO = choices(("yes", "Oui", "Ja", "Yes"), ("no", "Non", "Nee", "No"))
DONT_KNOW = ("dont_know", "Je ne sais pas", "Weet ik niet", "Don't know")
DONT_KNOW_BLANK = t("Laissez vide si la personne ne sait pas.",
                    "Laat leeg als de persoon het niet weet.",
                    "Leave blank if the person does not know.")  # fmt: skip
MEALS_HINT = t("Sur 14 repas (midi et soir). Vide : je ne sais pas.",
               "Op 14 maaltijden (middag en avond). Leeg: weet ik niet.",
               "Out of 14 meals (lunch and dinner). Blank: don't know.")  # fmt: skip


def form(
    form_id: str,
    title: Texts,
    children: list[Element],
    lists: dict[str, list[Choice]],
    version: str = "1",
) -> Form:
    return Form(
        form_id=form_id,
        version=version,
        title=title,
        default_language="fr",
        languages=list(LANGUAGES),
        language_names=dict(LANGUAGES),
        children=children,
        choice_lists=lists,
    )


def porte_a_porte() -> Form:
    consented = "${consent} = 'yes'"
    participating = "${participate} = 'yes' or ${participate} = 'maybe'"
    children: list[Element] = [
        q("start", "start", {}),
        q("today", "today", {}),
        q("select_one yes_no", "consent", t(
            "Acceptez-vous que nous notions vos réponses, y compris vos coordonnées ?",
            "Mogen we uw antwoorden noteren, ook uw contactgegevens?",
            "Do you agree that we record your answers, including your contact details?"),
          hint=t("Sans accord, seules les réponses non personnelles sont gardées.",
                 "Zonder akkoord bewaren we alleen niet-persoonlijke antwoorden.",
                 "Without consent, only non-personal answers are kept."),
          required="yes"),
        group("address", t("Adresse", "Adres", "Address"),
            q("text", "street", t("Rue", "Straat", "Street"), required="yes"),
            q("text", "house_number", t("Numéro", "Huisnummer", "House number"),
              personal=True, relevant=consented),
        ),
        group("household", t("Le ménage", "Het huishouden", "The household"),
            q("integer", "household_size", t("Combien de personnes vivent ici ?",
              "Hoeveel mensen wonen hier?", "How many people live here?"), required="yes",
              constraint=". >= 1 and . <= 20", constraint_message=t(
                  "Entre 1 et 20 personnes.", "Tussen 1 en 20 personen.",
                  "Between 1 and 20 people.")),
            q("select_multiple age_bands", "age_bands", t("Tranches d'âge présentes",
              "Aanwezige leeftijdsgroepen", "Age bands present")),
            q("select_one tenure", "tenure", t("Vous êtes…", "U bent…", "You are…")),
            q("select_one years", "years_here", t("Depuis quand habitez-vous le quartier ?",
              "Hoe lang woont u in de wijk?", "How long have you lived here?")),
        ),
        group("living", t("Vivre le quartier", "De wijk beleven", "Living the neighbourhood"),
            q("text", "likes", t("Qu'aimez-vous dans le quartier ?",
              "Wat vindt u fijn aan de wijk?", "What do you like about the neighbourhood?")),
            q("text", "missing", t("Qu'est-ce qui manque ?", "Wat ontbreekt er?",
              "What is missing?")),
            q("text", "meeting_places", t("Où rencontrez-vous vos voisins ?",
              "Waar ontmoet u uw buren?", "Where do you meet your neighbours?")),
        ),
        group("needs_group", t("Besoins et envies", "Noden en wensen", "Needs and wishes"),
            q("select_multiple needs", "needs", t("De quoi le quartier a-t-il besoin ?",
              "Wat heeft de wijk nodig?", "What does the neighbourhood need?")),
            q("text", "wishes", t("Vos envies, en quelques mots", "Uw wensen, in enkele woorden",
              "Your wishes, in a few words"), relevant="count-selected(${needs}) > 0"),
        ),
        group("footprint", t("Habitudes du ménage", "Gewoonten van het huishouden",
                             "Household habits"),
            q("select_one dwelling", "dwelling_type", t("Type de logement", "Soort woning",
              "Type of dwelling"), theme="energie"),
            q("integer", "surface", t("Surface habitable (m²)", "Bewoonbare oppervlakte (m²)",
              "Living area (m²)"), hint=DONT_KNOW_BLANK, constraint=". >= 10 and . <= 1000",
              theme="energie"),
            q("select_one period", "building_period", t("Construit quand ? (ou isolé depuis)",
              "Wanneer gebouwd? (of sindsdien geïsoleerd)", "Built when? (or insulated since)"),
              theme="energie"),
            q("select_one heating", "heating", t("Chauffage principal", "Hoofdverwarming",
              "Main heating"), theme="energie"),
            q("select_one heating_known", "heating_known", t(
              "Connaissez-vous votre consommation de chauffage sur un an ?",
              "Kent u uw verbruik voor verwarming over een jaar?",
              "Do you know your heating consumption over a year?"),
              relevant="${heating} != '' and ${heating} != 'dont_know'", theme="energie"),
            q("decimal", "heating_amount", t("Consommation de chauffage par an",
              "Verbruik voor verwarming per jaar", "Heating consumption per year"),
              hint=t("Dans l'unité choisie juste avant (kWh, litres ou euros).",
                     "In de eenheid die u net koos (kWh, liter of euro).",
                     "In the unit chosen just before (kWh, litres or euros)."),
              relevant="${heating_known} = 'kwh' or ${heating_known} = 'litres' or "
                       "${heating_known} = 'euros'",
              constraint=". > 0 and . <= 200000", theme="energie"),
            q("integer", "electricity_kwh", t("Électricité par an (kWh, sur la facture)",
              "Elektriciteit per jaar (kWh, op de factuur)", "Electricity per year (kWh, on "
              "the bill)"), hint=DONT_KNOW_BLANK, constraint=". >= 0 and . <= 100000",
              theme="energie"),
            q("select_one car_use", "car_use", t("Utilisation d'une voiture",
              "Gebruik van een auto", "Car use"), theme="mobilite"),
            q("integer", "cars", t("Combien de voitures dans le ménage ?",
              "Hoeveel auto's heeft het huishouden?", "How many cars in the household?"),
              hint=DONT_KNOW_BLANK, relevant=OWNS_CAR, constraint=". >= 0 and . <= 10",
              theme="mobilite"),
            q("select_one fuel", "car_fuel", t("Motorisation de la voiture principale",
              "Aandrijving van de hoofdauto", "Main car's engine"), relevant=OWNS_CAR,
              theme="mobilite"),
            q("integer", "car_km", t("Kilomètres en voiture par an", "Autokilometers per jaar",
              "Car kilometres per year"), relevant="${car_use} != 'none' and ${car_use} != ''",
              hint=DONT_KNOW_BLANK, constraint=". >= 0 and . <= 200000", theme="mobilite"),
            q("select_one frequency", "public_transport", t(
              "Transports en commun (tram, bus, métro, train)",
              "Openbaar vervoer (tram, bus, metro, trein)",
              "Public transport (tram, bus, metro, train)"), theme="mobilite"),
            q("select_one frequency", "bike", t("Vélo ou marche pour les trajets du quotidien",
              "Fiets of te voet voor dagelijkse verplaatsingen",
              "Bike or walking for everyday trips"), theme="mobilite"),
            q("integer", "flights", t("Vols en avion par an (aller-retour)",
              "Vluchten per jaar (heen en terug)", "Return flights per year"),
              hint=t("Pour tout le ménage : un aller-retour à deux compte pour deux. Vide : "
                     "je ne sais pas.",
                     "Voor het hele huishouden: een heen-en-terugreis met twee telt voor twee. "
                     "Leeg: weet ik niet.",
                     "For the whole household: a return trip for two counts as two. Blank: "
                     "don't know."),
              constraint=". >= 0 and . <= 100", theme="mobilite"),
            q("integer", "flights_long", t("Dont vols long-courriers (hors d'Europe)",
              "Waarvan langeafstandsvluchten (buiten Europa)",
              "Of which long-haul (outside Europe)"),
              relevant="${flights} > 0", constraint=". >= 0 and . <= ${flights}",
              constraint_message=t("Pas plus que le nombre de vols.",
                                   "Niet meer dan het aantal vluchten.",
                                   "No more than the number of flights."),
              theme="mobilite"),
            q("select_one diet", "diet", t("Alimentation", "Voeding", "Diet"),
              theme="alimentation"),
            q("integer", "meals_red_meat", t("Repas avec viande rouge par semaine (par personne)",
              "Maaltijden met rood vlees per week (per persoon)",
              "Meals with red meat a week (per person)"), hint=MEALS_HINT,
              constraint=". >= 0 and . <= 14", theme="alimentation"),
            q("integer", "meals_white_meat", t("Repas avec volaille ou porc par semaine",
              "Maaltijden met gevogelte of varkensvlees per week",
              "Meals with poultry or pork a week"), hint=MEALS_HINT,
              constraint=". >= 0 and . <= 14", theme="alimentation"),
            q("integer", "meals_fish", t("Repas avec poisson par semaine",
              "Maaltijden met vis per week", "Meals with fish a week"), hint=MEALS_HINT,
              constraint=". >= 0 and . <= 14", theme="alimentation"),
            q("select_one local_food", "local_food", t("Produits locaux et de saison",
              "Lokale seizoensproducten", "Local and seasonal food"), theme="alimentation"),
            q("select_one clothes", "clothes", t("Vêtements neufs achetés par an (par personne)",
              "Nieuwe kleren per jaar (per persoon)", "New clothes bought a year (per person)"),
              theme="ressources"),
            q("integer", "devices", t(
              "Appareils électroniques achetés neufs cette année (téléphone, ordinateur, écran)",
              "Nieuw gekochte elektronische toestellen dit jaar (telefoon, computer, scherm)",
              "Electronic devices bought new this year (phone, computer, screen)"),
              hint=DONT_KNOW_BLANK, constraint=". >= 0 and . <= 30", theme="ressources"),
            q("select_one purchases", "purchases", t("Achats (vêtements, objets)",
              "Aankopen (kleding, spullen)", "Purchases (clothes, goods)"), theme="ressources"),
            q("select_one repair", "repair", t("Faites-vous réparer ou réparez-vous vos objets ?",
              "Laat u uw spullen herstellen of herstelt u ze zelf?",
              "Do you repair your things or have them repaired?"), theme="ressources"),
        ),
        group("participation", t("Participation", "Deelname", "Taking part"),
            q("select_one participate", "participate", t("Voulez-vous participer ?",
              "Wilt u meedoen?", "Would you like to take part?")),
            q("select_multiple themes", "participate_in", t("Dans quels thèmes ?",
              "In welke thema's?", "In which themes?"), relevant=participating),
            q("text", "contact_name", t("Nom", "Naam", "Name"), personal=True,
              relevant=participating),
            q("text", "contact_phone", t("Téléphone", "Telefoon", "Phone"), personal=True,
              relevant=participating, constraint=PHONE, constraint_message=t(
                  "Numéro de téléphone invalide.", "Ongeldig telefoonnummer.",
                  "Invalid phone number.")),
            q("text", "contact_email", t("E-mail", "E-mail", "E-mail"), personal=True,
              relevant=participating, constraint=EMAIL, constraint_message=t(
                  "Adresse e-mail invalide.", "Ongeldig e-mailadres.", "Invalid e-mail address.")),
        ),
        q("text", "notes", t("Notes du ou de la bénévole", "Notities van de vrijwilliger",
          "Volunteer's notes"), appearance="multiline"),
        q("end", "end", {}),
    ]  # fmt: skip
    lists = {
        "yes_no": YES_NO,
        "age_bands": choices(
            ("0_11", "0–11 ans", "0–11 jaar", "0–11 years"),
            ("12_17", "12–17 ans", "12–17 jaar", "12–17 years"),
            ("18_64", "18–64 ans", "18–64 jaar", "18–64 years"),
            ("65_plus", "65 ans et plus", "65 jaar en ouder", "65 and over"),
        ),
        "tenure": choices(
            ("owner", "Propriétaire", "Eigenaar", "Owner"),
            ("tenant", "Locataire", "Huurder", "Tenant"),
            ("social", "Locataire social", "Sociale huurder", "Social housing tenant"),
            ("other", "Autre", "Andere", "Other"),
        ),
        "years": choices(
            ("lt2", "Moins de 2 ans", "Minder dan 2 jaar", "Under 2 years"),
            ("2_10", "2 à 10 ans", "2 tot 10 jaar", "2 to 10 years"),
            ("gt10", "Plus de 10 ans", "Meer dan 10 jaar", "Over 10 years"),
        ),
        "needs": choices(
            ("repair", "Un repair café", "Een repair café", "A repair café", "ressources"),
            (
                "compost",
                "Un compost collectif",
                "Een buurtcompost",
                "A shared compost",
                "ressources",
            ),
            ("food_coop", "Un groupe d'achats", "Een aankoopgroep", "A food co-op", "alimentation"),
            (
                "garden",
                "Un potager collectif",
                "Een moestuin",
                "A community garden",
                "biodiversite",
            ),
            ("trees", "Plus d'arbres", "Meer bomen", "More trees", "biodiversite"),
            ("bike", "Des parkings vélo", "Fietsenstallingen", "Bike parking", "mobilite"),
            (
                "benches",
                "Des bancs, des lieux pour se poser",
                "Banken, rustplekken",
                "Benches, places to sit",
                "espace_public",
            ),
            ("insulation", "Aide à l'isolation", "Hulp bij isolatie", "Insulation help", "energie"),
            ("mutual_aid", "De l'entraide entre voisins", "Burenhulp", "Mutual aid", "solidarite"),
        ),
        "themes": THEMES,
        "dwelling": choices(
            ("apartment", "Appartement", "Appartement", "Flat"),
            ("terraced", "Maison 2 façades", "Rijwoning (2 gevels)", "Terraced house"),
            ("semi_detached", "Maison 3 façades", "Halfopen (3 gevels)", "Semi-detached house"),
            ("detached", "Maison 4 façades", "Vrijstaande woning (4 gevels)", "Detached house"),
            DONT_KNOW,
        ),
        "period": choices(
            ("before_1945", "Avant 1945", "Voor 1945", "Before 1945"),
            ("1945_1970", "1945 à 1970", "1945 tot 1970", "1945 to 1970"),
            ("1971_1990", "1971 à 1990", "1971 tot 1990", "1971 to 1990"),
            ("1991_2010", "1991 à 2010", "1991 tot 2010", "1991 to 2010"),
            ("after_2010", "Après 2010", "Na 2010", "After 2010"),
            ("renovated", "Ancien bien isolé", "Oud, goed geïsoleerd", "Old, well insulated"),
            DONT_KNOW,
        ),
        "heating": choices(
            ("gas", "Gaz", "Gas", "Gas"),
            ("oil", "Mazout", "Stookolie", "Heating oil"),
            ("electric", "Électrique", "Elektrisch", "Electric"),
            ("heat_pump", "Pompe à chaleur", "Warmtepomp", "Heat pump"),
            ("wood", "Bois", "Hout", "Wood"),
            ("district", "Réseau de chaleur", "Warmtenet", "District heating"),
            ("pellets", "Pellets", "Pellets", "Wood pellets"),
            DONT_KNOW,
        ),
        "heating_known": choices(
            ("kwh", "Oui, en kWh", "Ja, in kWh", "Yes, in kWh"),
            ("litres", "Oui, en litres", "Ja, in liter", "Yes, in litres"),
            ("euros", "Oui, en euros", "Ja, in euro", "Yes, in euros"),
            DONT_KNOW,
        ),
        "car_use": choices(
            ("none", "Pas de voiture", "Geen auto", "No car"),
            ("shared", "Voiture partagée", "Deelauto", "Car sharing"),
            ("occasional", "Occasionnelle", "Af en toe", "Occasional"),
            ("daily", "Quotidienne", "Dagelijks", "Daily"),
            DONT_KNOW,
        ),
        "fuel": choices(
            ("petrol", "Essence", "Benzine", "Petrol"),
            ("diesel", "Diesel", "Diesel", "Diesel"),
            ("hybrid", "Hybride", "Hybride", "Hybrid"),
            ("electric", "Électrique", "Elektrisch", "Electric"),
            DONT_KNOW,
        ),
        "frequency": choices(
            ("daily", "Presque tous les jours", "Bijna elke dag", "Almost every day"),
            ("weekly", "Chaque semaine", "Elke week", "Every week"),
            ("rarely", "Rarement", "Zelden", "Rarely"),
            ("never", "Jamais", "Nooit", "Never"),
            DONT_KNOW,
        ),
        "diet": choices(
            ("vegan", "Végétalienne", "Veganistisch", "Vegan"),
            ("vegetarian", "Végétarienne", "Vegetarisch", "Vegetarian"),
            ("little_meat", "Peu de viande", "Weinig vlees", "Little meat"),
            ("meat_daily", "Viande tous les jours", "Elke dag vlees", "Meat every day"),
            DONT_KNOW,
        ),
        "local_food": choices(
            ("mostly", "Surtout", "Vooral", "Mostly"),
            ("sometimes", "Parfois", "Soms", "Sometimes"),
            ("rarely", "Rarement", "Zelden", "Rarely"),
            DONT_KNOW,
        ),
        "clothes": choices(
            ("few", "Moins de 5 pièces", "Minder dan 5 stuks", "Fewer than 5 pieces"),
            ("some", "5 à 20 pièces", "5 tot 20 stuks", "5 to 20 pieces"),
            ("many", "Plus de 20 pièces", "Meer dan 20 stuks", "More than 20 pieces"),
            DONT_KNOW,
        ),
        "purchases": choices(
            ("second_hand", "Surtout de seconde main", "Vooral tweedehands", "Mostly second-hand"),
            ("mixed", "Un peu des deux", "Van beide wat", "A bit of both"),
            ("new", "Surtout du neuf", "Vooral nieuw", "Mostly new"),
            DONT_KNOW,
        ),
        "repair": choices(
            ("often", "Souvent", "Vaak", "Often"),
            ("sometimes", "Parfois", "Soms", "Sometimes"),
            ("never", "Jamais", "Nooit", "Never"),
            DONT_KNOW,
        ),
        "participate": choices(
            ("yes", "Oui", "Ja", "Yes"),
            ("maybe", "Peut-être", "Misschien", "Maybe"),
            ("no", "Non", "Nee", "No"),
        ),
    }
    title = t("Enquête porte-à-porte", "Deur-aan-deurbevraging", "Door-to-door survey")
    # version 2: the household habits of the carbon diagnosis (18 questions, issue 15); a
    # laptop with version 1 installs it beside (app.store.forms.Forms.ensure_builtin)
    return form(INTERVIEW_FORM, title, children, lists, version=INTERVIEW_VERSION)


def inventaire() -> Form:
    children: list[Element] = [
        q("select_one kinds", "kind", t("Type d'élément", "Soort element", "Kind of item"),
          required="yes"),
        q("select_one themes", "theme", t("Thème", "Thema", "Theme"), required="yes"),
        q("text", "name", t("Nom", "Naam", "Name"), required="yes"),
        q("text", "description", t("Description", "Beschrijving", "Description"),
          appearance="multiline"),
        q("text", "address", t("Adresse", "Adres", "Address")),
        q("geopoint", "location", t("Emplacement", "Locatie", "Location"),
          required="${address} = ''", required_message=t(
              "Donnez une adresse ou un emplacement.", "Geef een adres of een locatie.",
              "Give an address or a location.")),
        q("image", "photo", t("Photo", "Foto", "Photo")),
        q("text", "run_by", t("Porté par", "Gedragen door", "Run by"),
          relevant="${kind} != 'need'"),
        q("select_one status", "status", t("Statut", "Status", "Status"),
          relevant="${kind} != 'need'"),
    ]  # fmt: skip
    lists = {
        "kinds": choices(
            ("resource", "Ressource", "Hulpbron", "Resource"),
            ("need", "Besoin", "Nood", "Need"),
            ("place", "Lieu", "Plek", "Place"),
            ("actor", "Acteur", "Actor", "Actor"),
            ("project_idea", "Idée de projet", "Projectidee", "Project idea"),
        ),
        "themes": THEMES,
        "status": choices(
            ("active", "Actif", "Actief", "Active"),
            ("planned", "En projet", "Gepland", "Planned"),
            ("paused", "En pause", "Gepauzeerd", "Paused"),
            ("closed", "Fermé", "Gesloten", "Closed"),
        ),
    }
    title = t("État des lieux partagé", "Gedeelde stand van zaken", "Shared inventory")
    return form(INVENTORY_FORM, title, children, lists)


def action_transition() -> Form:
    children: list[Element] = [
        q("select_one qpv_themes", "theme", t("Thème", "Thema", "Theme"), required="yes"),
        q("text", "title", t("Titre de l'action", "Titel van de actie", "Action title"),
          required="yes", constraint="string-length(.) <= 120"),
        q("text", "actors", t("Qui porte l'action ?", "Wie draagt de actie?",
          "Who runs the action?")),
        q("select_one stages", "stage", t("Où en est-elle ?", "Hoe ver staat ze?",
          "What stage is it at?"), required="yes"),
        q("integer", "reach", t("Combien de personnes touchées ?", "Hoeveel mensen bereikt?",
          "How many people reached?"), constraint=". >= 0"),
        q("text", "description", t("Description", "Beschrijving", "Description"),
          appearance="multiline"),
        q("select_one yes_no", "shareable", t(
            "Partager l'action avec les autres quartiers ?",
            "De actie delen met de andere wijken?",
            "Share the action with the other neighbourhoods?"),
          hint=t("Seuls le titre, le thème, la description, l'étape et qui la porte sont "
                 "partagés, jamais les données d'un habitant.",
                 "Alleen titel, thema, beschrijving, fase en wie ze draagt worden gedeeld, "
                 "nooit gegevens van een bewoner.",
                 "Only the title, theme, description, stage and who runs it are shared, "
                 "never a resident's data.")),
    ]  # fmt: skip
    lists = {
        "yes_no": YES_NO,
        "qpv_themes": choices(
            ("habiter", "Habiter", "Wonen", "Housing"),
            ("circuler", "Circuler", "Zich verplaatsen", "Getting around"),
            ("se_nourrir", "Se nourrir", "Zich voeden", "Food"),
            ("proteger", "Protéger", "Beschermen", "Protecting nature"),
            ("cultiver", "(Se) cultiver", "Telen en cultuur", "Growing and culture"),
            ("travailler", "Travailler", "Werken", "Work"),
            ("consommer", "Consommer", "Consumeren", "Consumption"),
        ),
        "stages": choices(
            ("idee", "Idée", "Idee", "Idea"),
            ("en_preparation", "En préparation", "In voorbereiding", "In preparation"),
            ("en_cours", "En cours", "Lopend", "Under way"),
            ("terminee", "Terminée", "Afgerond", "Finished"),
        ),
    }
    title = t("Action de transition", "Transitieactie", "Transition action")
    return form(ACTION_FORM, title, children, lists, version="2")


BUILDERS = {INTERVIEW_FORM: porte_a_porte, INVENTORY_FORM: inventaire,
            ACTION_FORM: action_transition}  # fmt: skip


def main() -> None:
    from survey_forms.xlsform_writer import write_xlsform

    for form_id, build in BUILDERS.items():
        path = HERE / f"{form_id}.xlsx"
        write_xlsform(build(), path)
        print(f"écrit {path}")


if __name__ == "__main__":
    main()
