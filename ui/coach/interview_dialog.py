"""One interview as the coach reads it before deciding: its answers by group (personal ones
too, opened with the coach's unlocked key when they are sealed: the coach is entitled to
them), its versions, its review history and comment."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.dataset import choice_labels
from app.records import SubmissionRecord
from app.review import state_label
from app.store import Store
from survey_forms.model import METADATA_TYPES, Form, Group, Question, Repeat, text_in
from survey_forms.personal import SEALED
from ui.locale_format import format_datetime

if TYPE_CHECKING:
    from nacl.public import PrivateKey


def answer_text(question: Question, value: Any, lang: str) -> str:
    """An answer as a person reads it: choices by their labels, nothing for no answer."""
    if value is None or value == "" or value == []:
        return ""
    if question.is_select:
        labels = choice_labels(question, lang)
        names = value if isinstance(value, list) else str(value).split()
        return "; ".join(labels.get(str(name), str(name)) for name in names)
    return str(value)


def opened(answers: dict[str, Any], coach_key: PrivateKey | None) -> dict[str, Any]:
    """The answers with their sealed personal part opened when `coach_key` can (it stays
    sealed otherwise)."""
    if coach_key is None or SEALED not in answers:
        return answers
    from sync.wire.sealing import SealingError, open_answers

    try:
        return open_answers(answers, coach_key)
    except SealingError:  # sealed before this coach had a key
        return answers


class InterviewDialog(QDialog):
    def __init__(
        self,
        store: Store,
        submission_id: str,
        lang: str,
        parent: QWidget | None = None,
        coach_key: PrivateKey | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        record = store.submissions.get(submission_id)
        record = replace(record, answers=opened(record.answers, coach_key))
        form = store.forms.get(record.form_id)
        people = {p["id"]: p["name"] for p in store.directory.people()}
        self.setWindowTitle(self.tr("Entretien — {street}").format(street=record.street or "—"))
        self.resize(760, 640)
        heading = QLabel(
            self.tr("{street} · {volunteer} · envoyé le {sent}").format(
                street=record.street or "—",
                volunteer=people.get(record.author_id or "", ""),
                sent=format_datetime(record.finalized_at),
            )
        )
        heading.setStyleSheet("font-weight: bold;")
        review = QLabel(
            self.tr("État : {state}").format(state=state_label(record.review_state, lang))
            + (f"\n{record.review_comment}" if record.review_comment else "")
        )
        review.setWordWrap(True)
        self.answers = QTreeWidget()
        self.answers.setHeaderLabels([self.tr("Question"), self.tr("Réponse")])
        self.answers.setAccessibleName(self.tr("Réponses"))
        self._fill(self.answers.invisibleRootItem(), form.children, record.answers)
        if SEALED in record.answers:
            QTreeWidgetItem(self.answers, [
                self.tr("Réponses personnelles"),
                self.tr("scellées : déverrouillez votre clé de coach pour les lire"),
            ])  # fmt: skip
        self.answers.expandAll()
        self.answers.setColumnWidth(0, 340)
        self.versions = QTreeWidget()
        self.versions.setHeaderLabels([self.tr("Version"), self.tr("Par"), self.tr("Changé")])
        self.versions.setAccessibleName(self.tr("Versions"))
        versions = [
            replace(v, answers=opened(v.answers, coach_key))
            for v in store.submissions.versions(submission_id)
        ]
        self._list_versions(form, versions, people)
        self.history = QTreeWidget()
        self.history.setHeaderLabels([self.tr("Le"), self.tr("Par"), self.tr("État"),
                                      self.tr("Commentaire")])  # fmt: skip
        self.history.setAccessibleName(self.tr("Historique de relecture"))
        for decision in store.reviews.history(submission_id):
            QTreeWidgetItem(
                self.history,
                [format_datetime(decision["reviewed_at"]), decision["reviewed_by"],
                 state_label(decision["state"], lang), decision["comment"]],
            )  # fmt: skip
        if not self.history.topLevelItemCount():
            QTreeWidgetItem(self.history, ["", "", state_label(record.review_state, lang),
                                           record.review_comment])  # fmt: skip
        self.tabs = QTabWidget()
        self.tabs.addTab(self.answers, self.tr("&Réponses"))
        self.tabs.addTab(self.versions, self.tr("&Versions ({n})").format(
            n=self.versions.topLevelItemCount()))  # fmt: skip
        self.tabs.addTab(self.history, self.tr("&Historique"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(review)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.answers.setFocus()

    def _fill(self, parent: QTreeWidgetItem, elements: list[Any], answers: dict[str, Any]) -> None:
        for element in elements:
            label = text_in(element.label, self.lang) or element.name
            if isinstance(element, Repeat):
                for index, instance in enumerate(answers.get(element.name) or [], start=1):
                    item = QTreeWidgetItem(parent, [f"{label} {index}", ""])
                    self._fill(item, element.children, instance)
            elif isinstance(element, Group):
                item = QTreeWidgetItem(parent, [label, ""])
                self._fill(item, element.children, answers)
                if not item.childCount():
                    parent.removeChild(item)
            elif element.type != "note" and element.type not in METADATA_TYPES:
                value = answers.get(element.key, answers.get(element.name))
                QTreeWidgetItem(parent, [label, answer_text(element, value, self.lang)])

    def _list_versions(
        self, form: Form, versions: list[SubmissionRecord], people: dict[str, str]
    ) -> None:
        """Each version with what it changed from the one before."""
        labels = {q.key: text_in(q.label, self.lang) or q.name for q in form.questions()}
        labels[SEALED] = self.tr("réponses personnelles (scellées)")
        previous: dict[str, Any] = {}
        for version in versions:
            changed = [labels.get(k, k) for k, v in version.answers.items() if previous.get(k) != v]
            if previous:
                changed += [labels.get(k, k) for k in previous if k not in version.answers]
            QTreeWidgetItem(
                self.versions,
                [format_datetime(version.finalized_at or version.updated_at),
                 people.get(version.author_id or "", ""),
                 ", ".join(changed) if previous else self.tr("première version")],
            )  # fmt: skip
            previous = version.answers
