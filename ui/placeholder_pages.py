"""Sections whose work comes with other issues: printing (posters, report) and the coach's
workspace (shown when `ui.coach.workspace` is there)."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.work_context import WorkContext


def notice(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("font-size: 12pt; color: palette(placeholder-text); padding: 40px;")
    return label


def print_page() -> QWidget:
    return notice(
        QCoreApplication.translate(
            "Sections",
            "Impression : l'affiche A3/A2, les flyers avec QR code et le rapport du "
            "diagnostic arrivent avec le module d'impression.",
        )
    )


def coach_page(context: WorkContext) -> QWidget:
    try:
        module = importlib.import_module("ui.coach.workspace")
    except ModuleNotFoundError:
        return notice(
            QCoreApplication.translate(
                "Sections",
                "Coach : la fusion, le dédoublonnage et la comparaison des quartiers "
                "arrivent avec l'espace de travail du coach.",
            )
        )
    workspace: QWidget = module.CoachWorkspace(context.store)
    return workspace
