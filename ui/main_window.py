"""The main window: the current neighbourhood and campaign, and the sections of the work."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from app.records import SubmissionQuery
from app.store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        names = ", ".join(n["name"] for n in store.neighbourhoods()) or "aucun quartier"
        self.setWindowTitle(f"Quartier — {names}")
        count = store.count_submissions(SubmissionQuery())
        self.setCentralWidget(QLabel(f"{count} entretiens"))
        self.resize(1100, 720)
