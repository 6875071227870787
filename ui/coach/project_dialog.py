"""A transition project's sheet, for a coach (issue 16; the *fiche projet*: quoi, comment,
pourquoi, qui, où, quand, combien), opened from a gap of the grid or from the list of the
neighbourhood's projects.

Four pages: the sheet (title, theme, stage, goal, how, why, who, where, people to reach); when
and how much (the milestones, the budget lines and their total); the diagnosis it answers (the
needs households named, the inventory's items, the carbon levers, each to tick); the
end-of-project report (what was done, people reached, the expenses by budget line). The dialog
checks the sheet with ``app.actions.projects.check_sheet`` before it hands it on
(``submitted``): a refusal is said under the pages, the field at fault is shown, and nothing
typed is lost. It stays open until the caller says the sheet was saved (``saved``) or not.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.actions.projects import (
    REPORT_TEXTS,
    TEXTS,
    Diagnosis,
    budget_total,
    cents_of,
    check_sheet,
    lever_labels,
    levers_in,
)
from app.actions.themes import IDEA, NEED_THEMES, stage_labels, theme_labels
from app.analysis import MIN_HOUSEHOLDS
from app.errors import InvalidOperation
from app.records import ProjectRecord
from survey_forms.builtin import INVENTORY_FORM, load_builtin
from survey_forms.model import Texts, text_in
from sync.wire.errors import QuartierError
from ui.errors import error_text
from ui.locale_format import format_count, format_date, parse_date, qt_locale
from ui.notices import busy_bar, hint, message_line, say

SHEET, PLAN, DIAGNOSIS, REPORT = range(4)
#: The kinds of the diagnosis a project links to, as the sheet names them.
NEEDS, ITEMS, LEVERS = "needs", "items", "levers"
LINK_ROLE = Qt.ItemDataRole.UserRole + 1


class Problem(Exception):
    """What the dialog itself finds wrong in a row (a window's words, not a command's)."""

    def __init__(self, text: str, page: int, widget: QWidget, row: int | None = None) -> None:
        super().__init__(text)
        self.text = text
        self.page = page
        self.widget = widget
        self.row = row


def inventory_kinds() -> dict[str, Texts]:
    """The inventory's kinds of items, with their names (« Besoin », « Ressource »...)."""
    form = load_builtin(INVENTORY_FORM)
    return {choice.name: choice.label for choice in form.choice_lists["kinds"]}


def euros_text(amount: int | Fraction, lang: str) -> str:
    """1200 is « 1 200 € » in French, « € 1.200 » in Dutch, « €1,200 » in English; a
    fraction of a euro is written with its cents."""
    value = Fraction(amount)
    if value.denominator == 1:
        number = format_count(int(value), lang)
    else:
        number = qt_locale(lang).toString(float(round(value, 2)), "f", 2)
    return {"fr": f"{number}\u202f€", "nl": f"€\u00a0{number}"}.get(lang, f"€{number}")


def cents_text(cents: int) -> str:
    return f"{cents // 100},{cents % 100:02d}" if cents % 100 else str(cents // 100)


class ProjectDialog(QDialog):
    """``sheet``: the sheet to edit (a new one from ``from_gap``, or a project's data);
    ``project``: the project it is a version of (None: a new project)."""

    submitted = Signal(dict)

    def __init__(
        self,
        sheet: dict[str, Any],
        diagnosis: Diagnosis,
        lang: str,
        project: ProjectRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.original = dict(sheet)
        self.diagnosis = diagnosis
        self.lang = lang if lang in ("fr", "nl", "en") else "fr"
        self.project = project
        self.linked: dict[str, list[str]] = {
            kind: list(sheet.get(kind, [])) for kind in (NEEDS, ITEMS, LEVERS)
        }
        self.setWindowTitle(
            self.tr("Fiche projet — {title}").format(title=project.title)
            if project is not None
            else self.tr("Nouvelle fiche projet")
        )
        self.setModal(True)
        self.resize(820, 700)
        self.pages = QTabWidget()
        self.pages.addTab(self._sheet_page(), self.tr("La fiche"))
        self.pages.addTab(self._plan_page(), self.tr("Quand et combien"))
        self.pages.addTab(self._diagnosis_page(), self.tr("Le diagnostic"))
        self.pages.addTab(self._report_page(), self.tr("Rapport de fin de projet"))
        self.message = message_line()
        self.busy = busy_bar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        origin = self.original.get("origin") == "gap"
        if origin:
            layout.addWidget(
                hint(self.tr("Né d'un manque de la grille : des habitants ont exprimé des "
                             "besoins dans ce thème et aucune action n'y existe. Les besoins, "
                             "fiches et leviers du diagnostic sont déjà liés (page « Le "
                             "diagnostic »)."))
            )  # fmt: skip
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self._fill(sheet)
        self.title.setFocus()  # typing starts in the sheet, not nowhere

    # -- pages -----------------------------------------------------------------------------

    def _text_box(self, height: int = 64) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setFixedHeight(height)
        return box

    def _sheet_page(self) -> QWidget:
        self.title = QLineEdit()
        self.theme = QComboBox()
        for key, texts in theme_labels().items():
            self.theme.addItem(text_in(texts, self.lang), key)
        self.theme.currentIndexChanged.connect(lambda _i: self._show_links())
        self.stage = QComboBox()
        for key, texts in stage_labels().items():
            self.stage.addItem(text_in(texts, self.lang), key)
        self.texts: dict[str, QPlainTextEdit | QLineEdit] = {
            "goal": self._text_box(),
            "how": self._text_box(),
            "why": self._text_box(),
            "who": self._text_box(48),
            "where": QLineEdit(),
        }
        self.reach = QLineEdit()
        self.reach.setPlaceholderText(self.tr("par exemple 150"))
        page = QWidget()
        column = QVBoxLayout(page)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        form.addRow(self.tr("&Titre"), self.title)
        form.addRow(self.tr("T&hème"), self.theme)
        form.addRow(self.tr("Étape"), self.stage)
        form.addRow(self.tr("Quoi (le but)"), self.texts["goal"])
        form.addRow(self.tr("Comment"), self.texts["how"])
        form.addRow(self.tr("Pourquoi"), self.texts["why"])
        form.addRow(self.tr("Qui (le groupe, ses partenaires)"), self.texts["who"])
        form.addRow("", hint(self.tr("Le groupe et ses partenaires, jamais les données "
                                     "personnelles d'un habitant.")))  # fmt: skip
        form.addRow(self.tr("Où"), self.texts["where"])
        form.addRow(self.tr("Personnes visées"), self.reach)
        return page

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _row_buttons(
        self, table: QTableWidget, add: str, remove: str, extra: QWidget | None = None
    ) -> QHBoxLayout:
        add_button = QPushButton(add)
        add_button.clicked.connect(lambda: self._add_row(table))
        remove_button = QPushButton(remove)
        remove_button.clicked.connect(lambda: self._remove_row(table))
        row = QHBoxLayout()
        row.addWidget(add_button)
        row.addWidget(remove_button)
        row.addStretch(1)
        if extra is not None:
            row.addWidget(extra)
        return row

    def _plan_page(self) -> QWidget:
        self.milestones = self._table([self.tr("Date (JJ/MM/AAAA)"), self.tr("Ce qui se passe")])
        self.milestones.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.budget = self._table([self.tr("Poste"), self.tr("Montant (€, entier)")])
        self.budget.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.budget.itemChanged.connect(lambda _item: self._show_total())
        self.total = QLabel()
        self.total.setStyleSheet("font-weight: bold;")
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("Quand : les étapes du projet"))
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        layout.addWidget(self.milestones, 1)
        layout.addLayout(self._row_buttons(self.milestones, self.tr("Ajouter une étape"),
                                           self.tr("Retirer l'étape")))  # fmt: skip
        title = QLabel(self.tr("Combien : les lignes du budget"))
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        layout.addWidget(self.budget, 1)
        layout.addLayout(self._row_buttons(self.budget, self.tr("Ajouter une ligne"),
                                           self.tr("Retirer la ligne"), self.total))  # fmt: skip
        return page

    def _diagnosis_page(self) -> QWidget:
        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Ce que le diagnostic a montré"))
        page = QWidget()
        layout = QVBoxLayout(page)
        campaign = self.diagnosis.campaign
        layout.addWidget(
            hint(self.tr("Cochez ce que le projet veut changer : les besoins cités par les "
                         "ménages ({n} entretiens, campagne « {campaign} »), les fiches de "
                         "l'état des lieux et, quand le diagnostic carbone est là, ses "
                         "leviers. Des nombres de ménages, jamais leurs réponses.").format(
                n=format_count(self.diagnosis.households),
                campaign=campaign["name"] if campaign else "—"))
        )  # fmt: skip
        layout.addWidget(self.links, 1)
        return page

    def _report_page(self) -> QWidget:
        self.report_texts = {name: self._text_box(56) for name in REPORT_TEXTS}
        self.reached = QLineEdit()
        self.expenses = self._table(
            [self.tr("Poste du budget"), self.tr("Montant (€)"), self.tr("N° de la pièce")]
        )
        self.expenses.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(hint(self.tr("À remplir quand le projet se termine : le rapport de fin de "
                                 "projet s'imprime avec ces réponses.")))  # fmt: skip
        form.addRow(self.tr("Ce qui a été fait"), self.report_texts["done"])
        form.addRow(self.tr("Ce qui a changé"), self.report_texts["changed"])
        form.addRow(self.tr("Difficultés et apprentissages"), self.report_texts["lessons"])
        form.addRow(self.tr("Et la suite ?"), self.report_texts["next"])
        form.addRow(self.tr("Personnes touchées"), self.reached)
        form.addRow(self.tr("Dépenses"), self.expenses)
        form.addRow(self._row_buttons(self.expenses, self.tr("Ajouter une dépense"),
                                      self.tr("Retirer la dépense")))  # fmt: skip
        return page

    # -- rows ------------------------------------------------------------------------------

    def _add_row(self, table: QTableWidget, values: tuple[str, ...] = ()) -> int:
        row = table.rowCount()
        table.blockSignals(True)
        table.insertRow(row)
        for column in range(table.columnCount()):
            text = values[column] if column < len(values) else ""
            table.setItem(row, column, QTableWidgetItem(text))
        table.blockSignals(False)
        if table is self.budget:
            self._show_total()
        first = table.item(row, 0)
        if not values and first is not None:
            table.setCurrentCell(row, 0)
            table.editItem(first)
        return row

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            if table is self.budget:
                self._show_total()

    def add_milestone(self, day: str, what: str) -> int:
        return self._add_row(self.milestones, (day, what))

    def add_budget_line(self, label: str, amount: str) -> int:
        return self._add_row(self.budget, (label, amount))

    def set_cell(self, table: QTableWidget, row: int, column: int, text: str) -> None:
        item = table.item(row, column)
        assert item is not None
        item.setText(text)

    def _cell(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _show_total(self) -> None:
        try:
            lines = self._budget_lines()
            total = budget_total({"budget": [{"amount": int(str(line["amount"]).replace(" ", ""))}
                                             for line in lines]})  # fmt: skip
        except (Problem, ValueError):
            self.total.setText(self.tr("Total : —"))
            return
        self.total.setText(self.tr("Total : {total}").format(total=euros_text(total, self.lang)))

    # -- filling and reading ---------------------------------------------------------------

    def _fill(self, sheet: dict[str, Any]) -> None:
        self.title.setText(str(sheet.get("title") or ""))
        theme = self.theme.findData(sheet.get("theme"))
        self.theme.setCurrentIndex(max(theme, 0))
        self.stage.setCurrentIndex(max(self.stage.findData(sheet.get("stage") or IDEA), 0))
        for name, box in self.texts.items():
            if isinstance(box, QLineEdit):
                box.setText(str(sheet.get(name) or ""))
            else:
                box.setPlainText(str(sheet.get(name) or ""))
        self.reach.setText(str(sheet.get("reach") if sheet.get("reach") is not None else ""))
        for m in sheet.get("milestones", []):
            self.add_milestone(format_date(m["date"]), m["what"])
        for line in sheet.get("budget", []):
            self.add_budget_line(line["label"], str(line["amount"]))
        self._show_total()
        self._show_links()
        report = sheet.get("report", {})
        for name, box in self.report_texts.items():
            box.setPlainText(str(report.get(name) or ""))
        self.reached.setText(str(report.get("reached") if report.get("reached") is not None
                                 else ""))  # fmt: skip
        for expense in report.get("expenses", []):
            self._add_row(self.expenses, (expense["line"], cents_text(expense["cents"]),
                                          expense.get("receipt", "")))  # fmt: skip

    def _show_links(self) -> None:
        """The needs, items and levers of the chosen theme, and those already linked; the ones
        ticked stay ticked when the theme changes."""
        if not hasattr(self, "links"):
            return  # the pages are being built
        if self.links.count():
            self.linked = self.checked_links()
        theme = self.theme.currentData()
        d = self.diagnosis
        self.links.clear()
        needs = [
            n
            for n in d.needs
            if n.key in self.linked[NEEDS] or (n.theme == theme and n.share.count > 0)
        ]
        needs.sort(key=lambda n: (n.theme != theme, -n.share.count, n.key))  # fmt: skip
        self._heading(self.tr("Besoins cités par les ménages"))
        for need in needs:
            count = need.share.count
            if 0 < count < MIN_HOUSEHOLDS:
                said = self.tr("moins de {m} ménages").format(m=MIN_HOUSEHOLDS)
            else:
                said = self.tr("{count} ménages sur {n}").format(
                    count=format_count(count), n=format_count(need.share.n)
                )
            self._link(NEEDS, need.key, f"{text_in(need.label, self.lang)} — {said}")
        known = {n.key for n in needs}
        for key in self.linked[NEEDS]:
            if key not in known:
                self._link(NEEDS, key, self.tr("{key} (pas dans ce diagnostic)").format(key=key))
        items = [i for i in d.items if i.id in self.linked[ITEMS]
                 or (not i.deleted and NEED_THEMES.get(i.theme) == theme)]  # fmt: skip
        self._heading(self.tr("Fiches de l'état des lieux"))
        kinds = inventory_kinds()
        for item in items:
            kind = text_in(kinds[item.kind], self.lang) if item.kind in kinds else item.kind
            self._link(ITEMS, item.id, f"{item.name} ({kind.lower()})")
        shown = {i.id for i in items}
        for item_id in self.linked[ITEMS]:
            if item_id not in shown:  # kept linked, though this laptop does not hold it
                self._link(ITEMS, item_id, self.tr("{key} (pas dans ce diagnostic)").format(
                    key=item_id[:8]))  # fmt: skip
        levers = lever_labels()
        wanted = list(dict.fromkeys([*self.linked[LEVERS],
                                     *(levers_in(theme) if d.has_carbon else [])]))  # fmt: skip
        self._heading(self.tr("Leviers du diagnostic carbone"))
        for key in wanted:
            self._link(LEVERS, key, text_in(levers[key], self.lang) if key in levers else key)

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.NoItemFlags | Qt.ItemFlag.ItemIsEnabled)
        self.links.addItem(item)

    def _link(self, kind: str, key: str, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(LINK_ROLE, (kind, key))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key in self.linked[kind]
                           else Qt.CheckState.Unchecked)  # fmt: skip
        self.links.addItem(item)

    def checked_links(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {NEEDS: [], ITEMS: [], LEVERS: []}
        for index in range(self.links.count()):
            item = self.links.item(index)
            link = item.data(LINK_ROLE)
            if link is not None and item.checkState() == Qt.CheckState.Checked:
                found[link[0]].append(link[1])
        return found

    def _milestones(self) -> list[dict[str, str]]:
        found = []
        for row in range(self.milestones.rowCount()):
            when, what = (self._cell(self.milestones, row, c) for c in (0, 1))
            if not when and not what:
                continue
            day = parse_date(when)
            if day is None:
                raise Problem(self.tr("Étape {n} du calendrier : « {date} » n'est pas une date "
                                      "(écrivez JJ/MM/AAAA, par exemple 15/05/2027).").format(
                    n=row + 1, date=when), PLAN, self.milestones, row)  # fmt: skip
            if not what:
                raise Problem(self.tr("Étape {n} du calendrier ({date}) : dites ce qui se "
                                      "passe ce jour-là.").format(
                    n=row + 1, date=format_date(day)), PLAN, self.milestones, row)  # fmt: skip
            found.append({"date": day.isoformat(), "what": what})
        return found

    def _budget_lines(self) -> list[dict[str, Any]]:
        found = []
        for row in range(self.budget.rowCount()):
            label, amount = (self._cell(self.budget, row, c) for c in (0, 1))
            if not label and not amount:
                continue
            if not label:
                raise Problem(self.tr("Ligne {n} du budget : donnez-lui un libellé (à quoi "
                                      "servent les {amount} €).").format(n=row + 1, amount=amount),
                              PLAN, self.budget, row)  # fmt: skip
            found.append({"label": label, "amount": amount.removesuffix("€").strip()})
        return found

    def _expenses(self) -> list[dict[str, Any]]:
        found = []
        for row in range(self.expenses.rowCount()):
            line, amount, receipt = (self._cell(self.expenses, row, c) for c in (0, 1, 2))
            if not line and not amount and not receipt:
                continue
            try:
                cents = cents_of(amount)
            except InvalidOperation:
                raise Problem(self.tr("Dépense {n} : « {amount} » n'est pas un montant en euros "
                                      "(par exemple 182,40).").format(n=row + 1, amount=amount),
                              REPORT, self.expenses, row) from None  # fmt: skip
            found.append({"line": line, "cents": cents, "receipt": receipt})
        return found

    def sheet(self) -> dict[str, Any]:
        """What the dialog holds, as a sheet (fields it does not show are kept as they were);
        raises ``Problem`` for a row it cannot read."""
        data = dict(self.original)
        data["title"] = self.title.text()
        data["theme"] = self.theme.currentData()
        data["stage"] = self.stage.currentData()
        for name in TEXTS:
            box = self.texts[name]
            data[name] = box.text() if isinstance(box, QLineEdit) else box.toPlainText()
        data["reach"] = self.reach.text().strip()
        data["milestones"] = self._milestones()
        data["budget"] = self._budget_lines()
        data.update(self.checked_links())
        report = dict(self.original.get("report") or {})
        for name, box in self.report_texts.items():
            report[name] = box.toPlainText()
        report["reached"] = self.reached.text().strip()
        report["expenses"] = self._expenses()
        data["report"] = report
        return data

    # -- checking and saving ---------------------------------------------------------------

    def checked(self) -> dict[str, Any] | None:
        """The sheet as ``check_sheet`` keeps it, or None once the problem is said."""
        try:
            return check_sheet(self.sheet())
        except Problem as problem:
            self._show_problem(problem.text, problem.page, problem.widget, problem.row)
        except QuartierError as error:
            self._show_refusal(error)
        return None

    def submit(self) -> None:
        sheet = self.checked()
        if sheet is not None:
            self.message.hide()
            self.submitted.emit(sheet)

    def _show_refusal(self, error: QuartierError) -> None:
        """``check_sheet``'s refusal, with the field it concerns shown."""
        params = error.params
        text = error_text(error)
        if error.key == "project.no_title":
            self._show_problem(text, SHEET, self.title)
        elif error.key == "project.bad_amount" and params.get("label") == "reach":
            self._show_problem(self.tr("Personnes visées : « {value} » n'est pas un nombre "
                                       "entier.").format(value=params.get("amount")),
                               SHEET, self.reach)  # fmt: skip
        elif error.key == "project.bad_amount" and params.get("label") == "reached":
            self._show_problem(self.tr("Personnes touchées : « {value} » n'est pas un nombre "
                                       "entier.").format(value=params.get("amount")),
                               REPORT, self.reached)  # fmt: skip
        elif error.key == "project.bad_amount":
            row = next((r for r in range(self.budget.rowCount())
                        if self._cell(self.budget, r, 0) == params.get("label")), None)  # fmt: skip
            self._show_problem(
                self.tr("Ligne {n} du budget — {reason} Écrivez un montant entier en euros, "
                        "par exemple 1200.").format(n=(row or 0) + 1, reason=text),
                PLAN, self.budget, row,
            )  # fmt: skip
        elif error.key == "project.too_long":
            field = str(params.get("field"))
            widget = self.texts.get(field) or self.report_texts.get(field) or self.title
            page = REPORT if field in self.report_texts else SHEET
            self._show_problem(text, page, widget)
        else:
            self._show_problem(text, SHEET, self.title)

    def _show_problem(self, text: str, page: int, widget: QWidget, row: int | None = None) -> None:
        say(self.message, text, error=True)
        self.pages.setCurrentIndex(page)
        if isinstance(widget, QTableWidget) and row is not None:
            widget.setCurrentCell(row, 0 if widget is self.milestones else 1)
        widget.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.save_button.setEnabled(not busy)

    def refused(self, error: BaseException) -> None:
        """The store refused the sheet (another version was saved meanwhile...): said, and
        everything typed stays."""
        self.set_busy(False)
        say(self.message, error_text(error), error=True)
