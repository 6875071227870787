"""The interview list: a lazy table over `store.submissions.summaries` with the list's filters."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt

from app.records import DRAFT, SubmissionQuery, SubmissionSummary
from app.review import state_label
from app.store import Store
from survey_forms.model import text_in
from ui.models.paged_table import Column, PagedTableModel, local_time


class SubmissionsModel(PagedTableModel[SubmissionSummary]):
    def __init__(self, store: Store, lang: str, parent: QObject | None = None) -> None:
        self.store = store
        self.lang = lang
        self.query = SubmissionQuery()
        titles = {f["form_id"]: f["title"] for f in store.forms.versions()}
        self.form_titles = {
            form_id: text_in(title, lang) if isinstance(title, dict) else str(title or form_id)
            for form_id, title in titles.items()
        }
        super().__init__(
            [
                Column(self.tr("Modifié le"), lambda s: local_time(s.updated_at), "updated_at"),
                Column(self.tr("Rue"), lambda s: s.street or "—", "street"),
                Column(self.tr("Statut"), self.status_text, "status"),
                Column(self.tr("Bénévole"), lambda s: s.author_name or ""),
                Column(self.tr("Formulaire"), lambda s: self.form_titles.get(s.form_id, s.form_id)),
            ],
            parent,
        )

    def status_text(self, summary: SubmissionSummary) -> str:
        """Draft or finalized, and the coach's review of a finalized one ("Finalisé · Rejeté")."""
        status = self.tr("Brouillon") if summary.status == DRAFT else self.tr("Finalisé")
        if summary.replaces_id:
            status = f"{status} ({self.tr('correction')})"
        if summary.status != DRAFT:
            status = f"{status} · {state_label(summary.review_state, self.lang)}"
        return status

    def fetch_page(self, offset: int, limit: int) -> list[SubmissionSummary]:
        return self.store.submissions.summaries(self.query, offset, limit)

    def set_query(self, query: SubmissionQuery) -> None:
        if query != self.query:
            self.query = query
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key
        if key is not None:
            descending = order == Qt.SortOrder.DescendingOrder
            self.set_query(replace(self.query, order_by=key, descending=descending))
