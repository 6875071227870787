"""The duplicates queue: each proposed pair side by side, every differing answer listed and
highlighted; keep one, keep both or merge, each confirmed with what it will do; the pairs
already decided, each of which can be undone. Decisions and undos are reviews (they sync)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import duplicates
from app.analysis import question_label
from app.dataset import STREET, SUBMISSION_TIME, VOLUNTEER, Dataset, choice_labels
from app.duplicates import HOUSE_NUMBER, KEEP_BOTH, KEEP_ONE, MERGE, Decision, DuplicatePair
from survey_forms.model import METADATA_TYPES
from ui.changes import Changes
from ui.errors import show_error
from ui.locale_format import format_count, format_datetime, format_number
from ui.operations import Operation
from ui.work_context import WorkContext

DIFFERENT = QColor("#fde2b8")


class DuplicatesPanel(QWidget):
    """A decision, once stored, is announced on the window's change bus (the workspace then
    merges again). ``confirmation`` is the question being asked, if any."""

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.lang = context.lang
        self.pairs: list[DuplicatePair] = []
        self.decided: list[Decision] = []
        self.by_id: pd.DataFrame = pd.DataFrame()
        self.dataset: Dataset | None = None
        self.confirmation: QMessageBox | None = None
        self.queue = QListWidget()
        self.queue.setAccessibleName(self.tr("Doublons proposés"))
        self.queue.currentRowChanged.connect(self._compare)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Paires déjà décidées"))
        self.undo_button = QPushButton(self.tr("A&nnuler cette décision"))
        self.undo_button.clicked.connect(self.ask_undo)
        self.history.currentRowChanged.connect(
            lambda row: self.undo_button.setEnabled(0 <= row < len(self.decided))
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.comparison = QTableWidget(0, 3)
        self.comparison.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("Premier entretien"), self.tr("Second entretien")]
        )
        self.comparison.setAccessibleName(self.tr("Comparaison des réponses"))
        header = self.comparison.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.comparison.verticalHeader().hide()
        self.comparison.setWordWrap(False)
        self.comparison.setTabKeyNavigation(False)
        self.decisions: dict[str, QPushButton] = {
            "keep_first": QPushButton(self.tr("Garder le &premier")),
            "keep_second": QPushButton(self.tr("Garder le &second")),
            "keep_both": QPushButton(self.tr("Garder les &deux (ménages distincts)")),
            "merge": QPushButton(self.tr("&Fusionner dans le premier")),
        }
        buttons = QGridLayout()  # two by two: fits a narrow window (150 % scaling)
        for index, (name, button) in enumerate(self.decisions.items()):
            button.clicked.connect(lambda _=False, n=name: self.ask(n))
            buttons.addWidget(button, index // 2, index % 2)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.summary)
        detail_layout.addWidget(self.comparison, 1)
        detail_layout.addLayout(buttons)
        self.queue_title = QLabel()
        self.queue_title.setBuddy(self.queue)
        self.history_title = QLabel()
        self.history_title.setBuddy(self.history)
        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addWidget(self.queue_title)
        lists_layout.addWidget(self.queue, 2)
        lists_layout.addWidget(self.history_title)
        lists_layout.addWidget(self.history, 1)
        lists_layout.addWidget(self.undo_button)
        splitter = QSplitter()
        splitter.addWidget(lists)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 3)
        self.sealed_note = QLabel()
        self.sealed_note.setWordWrap(True)
        self.sealed_note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.sealed_note)
        layout.addWidget(splitter)
        self._enable(False)
        self.undo_button.setEnabled(False)

    def set_pairs(self, dataset: Dataset, pairs: list[DuplicatePair]) -> None:
        self.dataset, self.pairs = dataset, pairs
        frame = dataset.interviews
        self.by_id = frame.set_index("_id", drop=False) if "_id" in frame else frame
        self.decided = duplicates.decided_pairs(frame) if not frame.empty else []
        self.history_title.setText(
            self.tr("Déjà déc&idés ({n})").format(n=format_count(len(self.decided)))
        )
        self.queue_title.setText(self.tr("Pr&oposés ({n})").format(n=format_count(len(pairs))))
        self.queue.clear()
        for pair in pairs:
            self.queue.addItem(
                self.tr("{address} — ressemblance {score} % — {days} j d'écart").format(
                    address=self._address(pair.first_id),
                    score=round(pair.score * 100),
                    days=format_number(pair.days_apart, 1),
                )
            )
        self.history.clear()
        for decision in self.decided:
            self.history.addItem(self._decision_text(decision))
        self.sealed_note.setVisible(bool(dataset.sealed_unopened))  # house numbers sealed
        self.sealed_note.setText(
            self.tr("{n} entretien(s) gardent leur numéro de maison scellé : ils ne sont "
                    "comparés qu'une fois ouverts avec votre clé de coach.")
            .format(n=format_count(dataset.sealed_unopened))
        )  # fmt: skip
        if not pairs:
            self.summary.setText(self.tr("Aucun doublon proposé."))
            self.comparison.setRowCount(0)
            self._enable(False)
        else:
            self.queue.setCurrentRow(0)

    def _row(self, sid: str) -> pd.Series | None:
        return self.by_id.loc[sid] if sid in self.by_id.index else None

    def _address(self, sid: str) -> str:
        row = self._row(sid)
        if row is None:
            return sid[:8]
        return f"{_text(row.get(STREET))} {_text(row.get(HOUSE_NUMBER))}".strip()

    def _who(self, sid: str) -> str:
        """An interview as the coach recognises it: volunteer and when it was sent."""
        row = self._row(sid)
        if row is None:
            return sid[:8]
        return f"{_text(row.get(VOLUNTEER))}, {format_datetime(_text(row.get(SUBMISSION_TIME)))}"

    def _decision_text(self, decision: Decision) -> str:
        kinds = {
            KEEP_ONE: self.tr("gardé : {kept} ; écarté : {other}"),
            MERGE: self.tr("fusionné dans {kept} ; écarté : {other}"),
            KEEP_BOTH: self.tr("ménages distincts : {kept} et {other}"),
        }
        what = kinds[decision.kind].format(
            kept=self._who(decision.kept_id), other=self._who(decision.other_id)
        )
        return f"{self._address(decision.other_id)} — {what}"

    def _enable(self, enabled: bool) -> None:
        for button in self.decisions.values():
            button.setEnabled(enabled)

    def current(self) -> DuplicatePair | None:
        row = self.queue.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def differing(self, pair: DuplicatePair) -> list[str]:
        first, second = self._row(pair.first_id), self._row(pair.second_id)
        if self.dataset is None or first is None or second is None:
            return []
        return duplicates.differing_answers(self.dataset, first, second)

    def _compare(self, _row: int) -> None:
        pair = self.current()
        if pair is None or self.dataset is None:
            return
        first, second = self._row(pair.first_id), self._row(pair.second_id)
        if first is None or second is None:
            return
        differing = self.differing(pair)
        names = [question_label(self.dataset.question(n), self.lang) for n in differing]
        self.summary.setText(
            self.tr("Même adresse ; {n} réponses diffèrent (surlignées) : {fields}").format(
                n=len(names), fields=", ".join(names) or self.tr("aucune")
            )
        )
        lines: list[tuple[str, str, dict[str, str]]] = [
            (self.tr("Bénévole"), VOLUNTEER, {}),
            (self.tr("Envoyé le"), SUBMISSION_TIME, {}),
        ]
        lines += [
            (question_label(q, self.lang), q.key, choice_labels(q, self.lang))
            for q in self.dataset.questions
            if q.type not in METADATA_TYPES
        ]
        bold = QFont(self.comparison.font())
        bold.setBold(True)
        self.comparison.setRowCount(len(lines))
        for index, (label, key, labels) in enumerate(lines):
            values = [_text(first.get(key), labels), _text(second.get(key), labels)]
            if key == SUBMISSION_TIME:
                values = [format_datetime(v) for v in values]
            for column, text in enumerate([label, *values]):
                item = QTableWidgetItem(text)
                if key in differing or (key == VOLUNTEER and values[0] != values[1]):
                    item.setBackground(QBrush(DIFFERENT))
                    item.setFont(bold)
                self.comparison.setItem(index, column, item)
        self._enable(True)

    # ------------------------------------------------------------ decisions

    def consequences(self, action: str, pair: DuplicatePair) -> str:
        """What a decision will do, in words, before it is done."""
        first, second = self._who(pair.first_id), self._who(pair.second_id)
        undo = self.tr("Vous pourrez l'annuler dans « Déjà décidés ».")
        if action in ("keep_first", "keep_second"):
            kept, dropped = (first, second) if action == "keep_first" else (second, first)
            text = self.tr(
                "L'entretien de {dropped} sera rejeté : il ne comptera plus dans les résultats "
                "et son commentaire recevra la mention « Doublon de … ». L'entretien de {kept} "
                "reste tel quel."
            ).format(dropped=dropped, kept=kept)
        elif action == "keep_both":
            text = self.tr(
                "Les deux entretiens ({first} ; {second}) restent comptés, chacun dans son état "
                "de relecture ; leurs commentaires reçoivent la mention « Pas un doublon de … » "
                "et la paire ne sera plus proposée."
            ).format(first=first, second=second)
        else:
            filled = self._filled_by_merge(pair)
            text = self.tr(
                "Une nouvelle version de l'entretien de {first} sera enregistrée, datée "
                "d'aujourd'hui : ses réponses vides seront complétées par celles de {second} "
                "({fields}). Ses autres réponses ne changent pas. L'entretien de {second} sera "
                "rejeté avec la mention « Fusionné dans … »."
            ).format(first=first, second=second, fields=", ".join(filled) or self.tr("aucune"))
        return f"{text}\n\n{undo}"

    def _filled_by_merge(self, pair: DuplicatePair) -> list[str]:
        first, second = self._row(pair.first_id), self._row(pair.second_id)
        if self.dataset is None or first is None or second is None:
            return []
        return [
            question_label(self.dataset.question(key), self.lang)
            for key in self.differing(pair)
            if _text(first.get(key)) == "" and _text(second.get(key)) != ""
        ]

    def ask(self, action: str) -> None:
        pair = self.current()
        if pair is None:
            return
        titles = {
            "keep_first": self.tr("Garder le premier"),
            "keep_second": self.tr("Garder le second"),
            "keep_both": self.tr("Garder les deux"),
            "merge": self.tr("Fusionner"),
        }
        self._confirm(
            titles[action], self.consequences(action, pair), lambda: self.decide(action, pair)
        )

    def decide(self, action: str, pair: DuplicatePair) -> None:
        store, first, second = self.store, pair.first_id, pair.second_id
        person = self.context.person_id
        calls: dict[str, Callable[[], Any]] = {
            "keep_first": lambda: duplicates.keep_one(store, first, second),
            "keep_second": lambda: duplicates.keep_one(store, second, first),
            "keep_both": lambda: duplicates.keep_both(store, first, second),
            "merge": lambda: duplicates.merge(store, first, second, author_id=person),
        }
        self._run(calls[action], submissions=action == "merge")

    def ask_undo(self) -> None:
        row = self.history.currentRow()
        if not 0 <= row < len(self.decided):
            return
        decision = self.decided[row]
        if decision.kind == KEEP_BOTH:
            text = self.tr(
                "La mention « Pas un doublon de … » sera retirée des commentaires des deux "
                "entretiens ; la paire pourra être proposée à nouveau."
            )
        else:
            text = self.tr(
                "L'entretien écarté ({other}) reviendra à l'état « Reçu » et la mention sera "
                "retirée de son commentaire ; la paire pourra être proposée à nouveau."
            ).format(other=self._who(decision.other_id))
            if decision.kind == MERGE:
                text += " " + self.tr(
                    "Une nouvelle version de l'entretien gardé reprendra ses réponses "
                    "d'avant la fusion."
                )
        store, person = self.store, self.context.person_id
        self._confirm(
            self.tr("Annuler la décision"),
            text,
            lambda: self._run(
                lambda: duplicates.undo(store, decision, author_id=person),
                submissions=decision.kind == MERGE,
            ),
        )

    def _confirm(self, title: str, text: str, then: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        confirm = box.addButton(self.tr("Confirmer"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(confirm)
        box.setEscapeButton(box.buttons()[-1])
        box.finished.connect(lambda _r: self._answered(box.clickedButton() is confirm, then))
        self.confirmation = box
        box.open()

    def _answered(self, confirmed: bool, then: Callable[[], None]) -> None:
        self.confirmation = None
        if confirmed:
            then()
        else:
            self.queue.setFocus()

    def _run(self, call: Callable[[], Any], *, submissions: bool) -> None:
        self._enable(False)
        self.undo_button.setEnabled(False)
        operation = Operation(lambda _ctx: call(), self)
        operation.failed.connect(lambda error: show_error(self, error))
        operation.done.connect(self.queue.setFocus)
        changes = Changes(submissions=submissions, reviews=True, outbox=True)
        operation.announce(self.context.changes, changes, self).start()


def _text(value: Any, labels: dict[str, str] | None = None) -> str:
    """An answer as the coach reads it: choices by their labels, nothing for no answer."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if labels:
        return ", ".join(labels.get(name, name) for name in str(value).split())
    return str(value)
