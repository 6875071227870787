"""The coach's "Empreinte" tab: the carbon diagnosis of the campaign's households.

The footprint per person and per household by sector with its 95 % interval (bootstrap), the
neighbourhood against the Brussels average and the 2050 target, the usage profiles (never one
of fewer than five households), the levers ranked by potential, a what-if scenario for
everyone or one profile, the second diagnosis against an earlier campaign (the latest one by
default), and the factors used. Every figure comes from ``app.carbon`` and is computed off the
UI thread; charts start at zero and say how many households they count.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.carbon.diagnosis import MIN_PROFILE, Diagnosis, SecondDiagnosis, diagnose
from app.carbon.factor_table import DEFAULT_REGION, REGIONS, load_factors
from app.carbon.footprint import SECTORS
from app.carbon.levers import Saving, Scenario, saving
from app.carbon.summary import MIN_STREET, Estimate
from app.carbon.texts import SECTOR_LABELS
from app.dataset import Dataset, load_dataset
from app.errors import InvalidOperation
from ui.coach.bar_chart import BarChart
from ui.errors import show_error
from ui.locale_format import format_count, format_date, format_number, format_percent, qt_locale
from ui.operations import Operation
from ui.work_context import WorkContext

#: Rows of the sector table and bars of the sector chart, public services last (a fixed share).
SECTOR_ROWS = (*SECTORS, "services_publics", "total")


@dataclass(frozen=True)
class FootprintRequest:
    dataset: Dataset
    region: str
    earlier_id: str | None
    earlier_name: str


@dataclass(frozen=True)
class FootprintView:
    request: FootprintRequest
    diagnosis: Diagnosis | None
    #: Why there is no diagnosis: no household, or too few, answered the usage questions.
    missing: InvalidOperation | None = None


def compute(
    store: Any, request: FootprintRequest, coach_key: Any = None, merges: Any = None
) -> FootprintView:
    """The diagnosis the tab shows, off the UI thread (`coach_key`: the coach's unlocked key,
    which opens the earlier campaign's personal answers too; `merges`: the session's merge
    cache)."""
    earlier = None
    if request.earlier_id is not None:
        earlier = load_dataset(
            store, campaign_id=request.earlier_id, coach_key=coach_key, cache=merges
        )
    try:
        found = diagnose(request.dataset, load_factors(request.region), earlier=earlier)
    except InvalidOperation as error:
        if error.key not in ("carbon.no_households", "carbon.too_few_households"):
            raise
        return FootprintView(request, None, error)
    return FootprintView(request, found)


def tonnes(kg: float, decimals: int = 1) -> str:
    """Tonnes with a fixed number of decimals ("5,0", "0,87"): figures of one table line up."""
    return qt_locale().toString(kg / 1000, "f", decimals)


def interval(estimate: Estimate, decimals: int = 1) -> str:
    return f"{tonnes(estimate.low, decimals)} – {tonnes(estimate.high, decimals)}"


def signed(kg: float, decimals: int = 2) -> str:
    """A change in tonnes with its sign: '+0,12', '−0,30', '0,00'."""
    value = round(kg / 1000, decimals)
    text = tonnes(abs(value) * 1000, decimals)
    return f"+{text}" if value > 0 else f"−{text}" if value < 0 else text


class FootprintPanel(QWidget):
    """Emits ``updated`` each time its figures are redrawn, ``scenario_updated`` each time
    the scenario's saving is."""

    updated = Signal()
    scenario_updated = Signal()

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = context.lang if context.lang in ("fr", "nl", "en") else "fr"
        self.dataset: Dataset | None = None
        self.view: FootprintView | None = None
        self.last_saving: Saving | None = None
        self._stale = False
        self._generation = 0
        self._scenario_generation = 0

        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Table de facteurs d'émission"))
        for region in REGIONS:
            self.region.addItem(load_factors(region).title.get(self.lang, region), region)
        self.region.setCurrentIndex(self.region.findData(DEFAULT_REGION))
        self.compare = QComboBox()
        self.compare.setAccessibleName(self.tr("Comparer avec une campagne précédente"))
        for combo in (self.region, self.compare):
            combo.currentIndexChanged.connect(self.refresh)

        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.references = BarChart(self.tr("Par personne et par an (t CO2e)"))
        self.sectors = BarChart(self.tr("Par personne et par secteur (t CO2e par an)"))
        self.sector_table = self._table(
            self.tr("Empreinte par secteur"),
            [self.tr("Secteur"), self.tr("Par personne (t)"), self.tr("IC 95 %"),
             self.tr("Par ménage (t)"), self.tr("IC 95 %")],
        )  # fmt: skip
        self.streets_title = QLabel()
        self.streets_title.setWordWrap(True)
        self.streets_title.setStyleSheet("font-weight: bold;")
        self.streets = self._table(
            self.tr("Empreinte par rue"),
            [self.tr("Rue"), self.tr("Ménages"), self.tr("t / pers."), self.tr("IC 95 %")],
        )  # fmt: skip
        self.profiles_note = QLabel()
        self.profiles_note.setWordWrap(True)
        self.profiles = self._table(
            self.tr("Profils d'usages"),
            [self.tr("Profil"), self.tr("Ménages"), self.tr("t / pers."),
             self.tr("Secteurs les plus lourds"), self.tr("Leviers du profil")],
        )  # fmt: skip
        self.profiles.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.profiles.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.profiles.itemSelectionChanged.connect(self._show_members)
        self.members_title = QLabel()
        self.members_title.setWordWrap(True)
        self.members = self._table(
            self.tr("Ménages du profil"),
            [self.tr("Rue"), self.tr("Personnes"), self.tr("Participer"), self.tr("Nom"),
             self.tr("Téléphone"), self.tr("E-mail")],
        )  # fmt: skip
        self.levers_chart = BarChart(self.tr("Leviers : économie possible (t CO2e par an)"))
        self.levers = self._table(
            self.tr("Leviers classés par potentiel"),
            [self.tr("Levier"), self.tr("t CO2e / an"), self.tr("% de l'empreinte"),
             self.tr("kg / pers."), self.tr("Ménages concernés")],
        )  # fmt: skip
        self.comparison_title = QLabel()
        self.comparison_title.setWordWrap(True)
        self.comparison_title.setStyleSheet("font-weight: bold;")
        self.comparison = self._table(
            self.tr("Second diagnostic"),
            [self.tr("Secteur"), self.tr("Avant (t/pers.)"), self.tr("Maintenant (t/pers.)"),
             self.tr("Écart (IC 95 %)"), self.tr("Mêmes adresses : écart (IC 95 %)")],
        )  # fmt: skip
        self.by_profile_title = QLabel()
        self.by_profile_title.setWordWrap(True)
        self.by_profile = self._table(
            self.tr("Second diagnostic par profil"),
            [self.tr("Profil (de la campagne précédente)"), self.tr("Ménages avant"),
             self.tr("Ménages maintenant"), self.tr("Avant (t/pers.)"),
             self.tr("Maintenant (t/pers.)"), self.tr("Écart (IC 95 %)")],
        )  # fmt: skip
        self.factors_title = QLabel()
        self.factors_title.setStyleSheet("font-weight: bold;")
        self.factors = self._table(
            self.tr("Facteurs utilisés"),
            [self.tr("Facteur"), self.tr("Valeur"), self.tr("Unité"), self.tr("Source"),
             self.tr("Année"), self.tr("Licence")],
        )  # fmt: skip
        self._build_scenario()

        figures = QWidget()
        column = QVBoxLayout(figures)
        column.addWidget(self.headline)
        column.addWidget(self.references)
        column.addWidget(self.sectors)
        column.addWidget(self.sector_table)
        column.addWidget(self.streets_title)
        column.addWidget(self.streets)
        column.addWidget(self._bold(self.tr("Profils d'usages")))
        column.addWidget(self.profiles_note)
        column.addWidget(self.profiles)
        column.addWidget(self.members_title)
        column.addWidget(self.members)
        column.addWidget(self.levers_chart)
        column.addWidget(self.levers)
        column.addWidget(self.scenario_box)
        column.addWidget(self.comparison_title)
        column.addWidget(self.comparison)
        column.addWidget(self.by_profile_title)
        column.addWidget(self.by_profile)
        column.addWidget(self.factors_title)
        column.addWidget(self.factors)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(figures)
        filters = QHBoxLayout()
        for text, combo in ((self.tr("&Facteurs :"), self.region),
                            (self.tr("Co&mparer avec :"), self.compare)):  # fmt: skip
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(scroll, 1)
        self._show_comparison(None)

    # -- building --------------------------------------------------------------------

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setAccessibleName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _bold(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold;")
        return label

    def _build_scenario(self) -> None:
        """What if some households changed a habit: shares in %, for everyone or a profile."""
        self.scenario_box = QGroupBox(self.tr("Scénario : et si…"))
        self.scenario_for = QComboBox()
        self.scenario_for.setAccessibleName(self.tr("Ménages du scénario"))
        self.car = self._percent()
        self.meat = self._percent()
        self.flights = self._percent()
        self.insulation = self._percent()
        self.goods = self._percent()
        self.oil = QCheckBox(self.tr("Chauffages au mazout remplacés par des pompes à chaleur"))
        self.scenario_result = QLabel()
        self.scenario_result.setWordWrap(True)
        self.scenario_result.setStyleSheet("font-weight: bold;")
        form = QFormLayout(self.scenario_box)
        form.addRow(self.tr("Ménages :"), self.scenario_for)
        form.addRow(self.tr("Km en voiture faits à vélo ou en transports en commun :"), self.car)
        form.addRow(self.tr("Repas avec viande remplacés par des repas végétariens :"), self.meat)
        form.addRow(self.tr("Vols en avion évités :"), self.flights)
        form.addRow(self.tr("Chaleur économisée en isolant :"), self.insulation)
        form.addRow(self.tr("Achats neufs remplacés (seconde main, réparation) :"), self.goods)
        form.addRow("", self.oil)
        form.addRow(self.scenario_result)
        for box in (self.car, self.meat, self.flights, self.insulation, self.goods):
            box.valueChanged.connect(self.update_scenario)
        self.oil.toggled.connect(self.update_scenario)
        self.scenario_for.currentIndexChanged.connect(self.update_scenario)

    def _percent(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 100)
        box.setSingleStep(10)
        box.setSuffix(" %")
        return box

    # -- data ------------------------------------------------------------------------

    def set_dataset(self, dataset: Dataset) -> None:
        """The campaign's merged interviews: computed now if the tab is shown, else when it
        is next shown (profiles take a moment)."""
        self.dataset = dataset
        self._fill_compare(dataset)
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _fill_compare(self, dataset: Dataset) -> None:
        """The neighbourhood's earlier campaigns; the latest is chosen unless the coach chose."""
        campaign = dataset.campaign_id
        earlier = self.context.store.directory.earlier_campaigns(campaign) if campaign else []
        kept = self.compare.currentData() if self.compare.count() else None
        self.compare.blockSignals(True)
        self.compare.clear()
        self.compare.addItem(self.tr("(aucune comparaison)"), "")
        for c in earlier:
            name = f"{c['name']} ({format_date(c['starts_on'])})" if c["starts_on"] else c["name"]
            self.compare.addItem(name, c["id"])
        chosen = self.compare.findData(kept) if kept is not None else -1
        self.compare.setCurrentIndex(chosen if chosen >= 0 else 1 if earlier else 0)
        self.compare.blockSignals(False)

    def request(self) -> FootprintRequest | None:
        if self.dataset is None:
            return None
        earlier = self.compare.currentData() or None
        name = next(
            (c["name"] for c in self.context.store.directory.campaigns() if c["id"] == earlier),
            "",
        )
        return FootprintRequest(self.dataset, str(self.region.currentData()), earlier, name)

    def refresh(self) -> None:
        """Compute the diagnosis off the UI thread; a result that arrives after a newer
        request is dropped."""
        request = self.request()
        if request is None:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        store, key, merges = self.context.store, self.context.coach_key, self.context.merges
        self.headline.setText(self.tr("Calcul de l'empreinte…"))
        operation = Operation(lambda _ctx: compute(store, request, key, merges), self)
        operation.succeeded.connect(lambda view: self._show(view, generation))
        operation.failed.connect(lambda error: show_error(self, error))
        operation.start()

    # -- showing ---------------------------------------------------------------------

    def _show(self, view: FootprintView, generation: int) -> None:
        if generation != self._generation:
            return
        self.view = view
        found = view.diagnosis
        if found is None:
            missing = view.missing
            self.headline.setText(missing.text(self.lang) if missing is not None else "")
            for chart in (self.references, self.sectors, self.levers_chart):
                chart.set_bars([])
            for table in (self.sector_table, self.streets, self.profiles, self.levers,
                          self.factors):  # fmt: skip
                table.setRowCount(0)
            self.streets_title.setText("")
            self.profiles_note.setText("")
            self._show_comparison(None)
            self.updated.emit()
            return
        self._show_headline(found)
        self._show_sectors(found)
        self._show_streets(found)
        self._show_profiles(found)
        self._show_levers(found)
        self._show_comparison(found)
        self._show_factors(found)
        self.updated.emit()
        self.update_scenario()

    def _show_headline(self, found: Diagnosis) -> None:
        s = found.summary
        total, household = s.per_person["total"], s.per_household["total"]
        text = self.tr(
            "{n} ménages ({people} personnes) : {t} t CO2e par personne et par an (IC 95 % "
            "{low} – {high}), {h} t par ménage (IC 95 % {hlow} – {hhigh}). Moyenne "
            "bruxelloise : {brussels} t ; objectif 2050 : {target} t par personne."
        ).format(
            n=format_count(s.households), people=format_count(round(s.people)),
            t=tonnes(total.mean), low=tonnes(total.low), high=tonnes(total.high),
            h=tonnes(household.mean), hlow=tonnes(household.low), hhigh=tonnes(household.high),
            brussels=tonnes(s.brussels), target=tonnes(s.target, 0),
        )  # fmt: skip
        if found.without_usage:
            text += " " + self.tr(
                "{n} entretiens sans réponse aux habitudes ne sont pas comptés."
            ).format(n=format_count(found.without_usage))
        self.headline.setText(text)
        self.references.title = self.tr(
            "Par personne et par an (t CO2e ; {n} ménages ; trait fin : IC 95 %)"
        ).format(n=format_count(s.households))
        self.references.set_bars(
            [(self.tr("Notre quartier"), total.mean / 1000),
             (self.tr("Moyenne bruxelloise"), s.brussels / 1000),
             (self.tr("Objectif 2050"), s.target / 1000)],
            " t", None, None, [(total.low / 1000, total.high / 1000), None, None],
        )  # fmt: skip

    def _label(self, sector: str) -> str:
        return SECTOR_LABELS[sector][self.lang]

    def _show_sectors(self, found: Diagnosis) -> None:
        s = found.summary
        rows = [r for r in SECTOR_ROWS if r != "total"]
        names = [
            self._label(r) + (self.tr(" (part fixe)") if r == "services_publics" else "")
            for r in rows
        ]
        self.sectors.title = self.tr(
            "Par personne et par secteur (t CO2e par an ; {n} ménages ; trait fin : IC 95 %)"
        ).format(n=format_count(s.households))
        self.sectors.set_bars(
            [(name, s.per_person[r].mean / 1000) for name, r in zip(names, rows, strict=True)],
            " t", None,
            [tonnes(s.per_person[r].mean, 2) + " t" for r in rows],
            [(s.per_person[r].low / 1000, s.per_person[r].high / 1000) for r in rows],
        )  # fmt: skip
        cells = [
            [self._label(r), tonnes(s.per_person[r].mean, 2), interval(s.per_person[r], 2),
             tonnes(s.per_household[r].mean, 2), interval(s.per_household[r], 2)]
            for r in SECTOR_ROWS
        ]  # fmt: skip
        self._fill(self.sector_table, cells)

    def _show_streets(self, found: Diagnosis) -> None:
        """The mean per person of each street of at least MIN_STREET households; the others
        together, never one by one."""
        s = found.summary
        self.streets_title.setText(
            self.tr("Par rue (t CO2e par personne et par an) : seules les rues d'au moins {m} "
                    "ménages sont montrées, les autres comptées ensemble dans « autres rues ».")
            .format(m=MIN_STREET)
        )  # fmt: skip
        cells = [
            [e.street, format_count(e.households), tonnes(e.total.mean, 2), interval(e.total, 2)]
            for e in s.streets
        ]
        others = s.other_streets
        if others is not None:
            few = math.isnan(others.total.mean)
            cells.append([
                self.tr("Autres rues"), format_count(others.households),
                "—" if few else tonnes(others.total.mean, 2),
                self.tr("trop peu de ménages pour une moyenne") if few
                else interval(others.total, 2),
            ])  # fmt: skip
        self._fill(self.streets, cells)

    def _show_members(self) -> None:
        """The households of the profile chosen in the table, to form its group: street and
        size, and the contact of those who agreed to take part (personal: the coach's only)."""
        found = self.view.diagnosis if self.view is not None else None
        rows = self.profiles.selectionModel().selectedRows() if found is not None else []
        if found is None or not rows or self.dataset is None:
            self.members_title.setText(
                self.tr("Choisissez un profil pour voir ses ménages et, pour ceux qui veulent "
                        "participer, leur contact.")
            )  # fmt: skip
            self._fill(self.members, [])
            return
        view = found.profiles[rows[0].row()]
        frame = self.dataset.interviews
        members = frame[frame["_id"].astype(str).isin(set(view.profile.household_ids))]
        cells = []
        willing = 0
        for record in members.to_dict("records"):
            takes_part = record.get("participate") in ("yes", "maybe")
            willing += takes_part
            contacts = [
                str(value) if takes_part and isinstance(value, str) else ""
                for value in (record.get(n) for n in ("contact_name", "contact_phone",
                                                      "contact_email"))
            ]  # fmt: skip
            size = pd.to_numeric(record.get("household_size"), errors="coerce")
            cells.append([
                str(record.get("street") or ""),
                format_count(int(size)) if pd.notna(size) else "",
                self._participation(record.get("participate")),
                *contacts,
            ])  # fmt: skip
        cells.sort(key=lambda c: (c[3] == "", c[0]))
        self.members_title.setText(
            self.tr("« {profile} » : {n} ménages, dont {w} veulent participer (contacts : "
                    "données personnelles, pour le coach seulement).").format(
                profile=view.profile.name[self.lang], n=format_count(len(cells)),
                w=format_count(willing))
        )  # fmt: skip
        self._fill(self.members, cells)

    def _participation(self, answer: object) -> str:
        labels = {"yes": self.tr("oui"), "maybe": self.tr("peut-être"), "no": self.tr("non")}
        return labels.get(str(answer), "")

    def _show_profiles(self, found: Diagnosis) -> None:
        if found.profiles_needed is not None:
            self.profiles_note.setText(
                self.tr("Trop peu de ménages ({n}) pour former des profils : il en faut au "
                        "moins {m}.").format(n=format_count(found.summary.households),
                                             m=found.profiles_needed)
            )  # fmt: skip
        else:
            note = self.tr(
                "{k} profils formés sur les parts des secteurs et quelques habitudes "
                "(silhouette {s}) ; aucun profil de moins de {m} ménages n'est montré."
            ).format(k=found.k, s=format_number(found.silhouette, 2), m=MIN_PROFILE)
            if found.hidden_households:
                note += " " + self.tr("{n} ménages sont dans des profils trop petits.").format(
                    n=format_count(found.hidden_households)
                )
            self.profiles_note.setText(note)
        cells = [
            [f"{v.profile.number}. {v.profile.name[self.lang]}", format_count(v.profile.size),
             tonnes(v.profile.per_person),
             ", ".join(self._label(sector) for sector in v.profile.levers),
             "; ".join(e.lever.label[self.lang] for e in v.levers)]
            for v in found.profiles
        ]  # fmt: skip
        self._fill(self.profiles, cells)
        self._show_members()
        current = self.scenario_for.currentData()
        self.scenario_for.blockSignals(True)
        self.scenario_for.clear()
        self.scenario_for.addItem(
            self.tr("Tous les ménages ({n})").format(n=format_count(found.summary.households)), 0
        )
        for v in found.profiles:
            self.scenario_for.addItem(
                f"{v.profile.number}. {v.profile.name[self.lang]} ({format_count(v.profile.size)})",
                v.profile.number,
            )
        self.scenario_for.setCurrentIndex(max(self.scenario_for.findData(current), 0))
        self.scenario_for.blockSignals(False)

    def _show_levers(self, found: Diagnosis) -> None:
        n = format_count(found.summary.households)
        self.levers_chart.title = self.tr(
            "Leviers : économie possible pour les {n} ménages rencontrés (t CO2e par an)"
        ).format(n=n)
        self.levers_chart.set_bars(
            [(e.lever.label[self.lang], e.tonnes) for e in found.levers], " t"
        )
        cells = [
            [e.lever.label[self.lang], format_number(e.tonnes, 1),
             format_percent(e.percent, 1), format_number(e.per_person, 0),
             format_count(e.households)]
            for e in found.levers
        ]  # fmt: skip
        self._fill(self.levers, cells)

    def _show_comparison(self, found: Diagnosis | None) -> None:
        second = found.second if found is not None else None
        shown = second is not None
        for widget in (self.comparison_title, self.comparison, self.by_profile_title,
                       self.by_profile):  # fmt: skip
            widget.setVisible(shown)
        if found is None or second is None or self.view is None:
            return
        request = self.view.request
        self.comparison_title.setText(
            self.tr("Second diagnostic : « {before} » ({n0} ménages) → cette campagne ({n1} "
                    "ménages), t CO2e par personne et par an").format(
                before=request.earlier_name, n0=format_count(second.households_before),
                n1=format_count(found.summary.households))
        )  # fmt: skip
        cells = []
        for change in second.changes:
            d = change.difference
            paired = "—"
            if change.paired is not None:
                p = change.paired
                paired = self.tr("{d} ({low} à {high}) — {n} adresses").format(
                    d=signed(p.mean), low=signed(p.low), high=signed(p.high),
                    n=format_count(change.pairs))  # fmt: skip
            cells.append([
                self._label(change.sector), tonnes(change.before.mean, 2),
                tonnes(change.after.mean, 2),
                f"{signed(d.mean)} ({signed(d.low)} {self.tr('à')} {signed(d.high)})", paired,
            ])  # fmt: skip
        self._fill(self.comparison, cells)
        self._show_by_profile(second, request.earlier_name)

    def _show_by_profile(self, second: SecondDiagnosis, earlier_name: str) -> None:
        """The second diagnosis by the earlier campaign's profiles, this campaign's households
        assigned to them; none of fewer than MIN_PROFILE households in either round."""
        if not second.profiles_before:
            self.by_profile_title.setText(
                self.tr("Par profil : « {before} » a trop peu de ménages pour former des "
                        "profils.").format(before=earlier_name)
            )  # fmt: skip
            self.by_profile.setVisible(False)
            return
        text = self.tr(
            "Par profil d'usages : les profils de « {before} », les ménages de cette campagne "
            "rangés dans ces mêmes profils (un profil de moins de {m} ménages à l'une des deux "
            "campagnes n'est pas montré)."
        ).format(before=earlier_name, m=MIN_PROFILE)
        if second.hidden_before or second.hidden_after:
            text += " " + self.tr(
                "Profils trop petits : {n0} ménages avant, {n1} maintenant."
            ).format(n0=format_count(second.hidden_before), n1=format_count(second.hidden_after))
        self.by_profile_title.setText(text)
        cells = []
        for change in second.by_profile:
            profile, d = second.profile(change.group), change.difference
            cells.append([
                f"{profile.number}. {profile.name[self.lang]}",
                format_count(change.households_before), format_count(change.households_after),
                tonnes(change.before.mean, 2), tonnes(change.after.mean, 2),
                f"{signed(d.mean)} ({signed(d.low)} {self.tr('à')} {signed(d.high)})",
            ])  # fmt: skip
        self._fill(self.by_profile, cells)
        self.by_profile.setVisible(bool(cells))

    def _show_factors(self, found: Diagnosis) -> None:
        table = found.table
        self.factors_title.setText(
            self.tr("Facteurs utilisés : {title}, version {version}").format(
                title=table.title.get(self.lang, table.region), version=table.version)
        )  # fmt: skip
        cells = [
            [r["key"], f"{r['value']:g}", r["unit"], r["source"], str(r["year"]), r["licence"]]
            for r in table.rows()
        ]
        self._fill(self.factors, cells)

    def _fill(self, table: QTableWidget, cells: list[list[str]]) -> None:
        table.setRowCount(len(cells))
        for row, values in enumerate(cells):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column > 0 and text[:1] in "0123456789+−-" and text:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        if table is not self.factors:  # whole, without a scroll bar of its own
            rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
            frame = 2 * table.frameWidth() + table.horizontalHeader().height()
            table.setFixedHeight(rows + frame + 2)
        else:
            table.setMinimumHeight(320)

    # -- the scenario ----------------------------------------------------------------

    def scenario(self) -> Scenario:
        return Scenario(
            car_km_moved=self.car.value() / 100,
            meat_meals_cut=self.meat.value() / 100,
            flights_avoided=self.flights.value() / 100,
            insulation=self.insulation.value() / 100,
            new_goods_cut=self.goods.value() / 100,
            heating_from="oil" if self.oil.isChecked() else None,
            heating_to="heat_pump" if self.oil.isChecked() else None,
        )

    def update_scenario(self) -> None:
        """The scenario's saving, off the UI thread (a lever on 100,000 households takes a
        moment)."""
        found = self.view.diagnosis if self.view is not None else None
        if found is None:
            self.scenario_result.setText("")
            return
        self._scenario_generation += 1
        generation = self._scenario_generation
        profile = self.scenario_for.currentData() or 0
        scenario, fp, table = self.scenario(), found.households, found.table
        members = None
        if profile:
            ids = set(next(v.profile.household_ids for v in found.profiles
                           if v.profile.number == profile))  # fmt: skip
            members = fp["_id"].astype(str).isin(ids).to_numpy()

        def work(_ctx: object) -> tuple[Saving, float]:
            chosen = fp if members is None else fp[np.asarray(members, bool)]
            return saving(fp, table, scenario, members), float(chosen["total"].sum())

        operation = Operation(work, self)
        operation.succeeded.connect(lambda result: self._show_saving(result, generation))
        operation.failed.connect(lambda error: show_error(self, error))
        operation.start()

    def _show_saving(self, result: tuple[Saving, float], generation: int) -> None:
        if generation != self._scenario_generation:
            return
        found, total = result
        self.last_saving = found
        share = 100 * found.tonnes * 1000 / total if total else 0.0
        self.scenario_result.setText(
            self.tr("Économie : {t} t CO2e par an pour ces {n} ménages ({p} de leur "
                    "empreinte).").format(t=format_number(found.tonnes, 1),
                                          n=format_count(found.households),
                                          p=format_percent(share, 1))
        )  # fmt: skip
        self.scenario_updated.emit()
