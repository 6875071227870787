"""What the desktop remembers between runs (window state, interface language, where a draft
was left): an INI file in the user's configuration folder, through QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

LANGUAGES = ("fr", "nl", "en")


def preferences() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Quartier", "Quartier")


def interface_language() -> str:
    lang = str(preferences().value("interface/language", "fr"))
    return lang if lang in LANGUAGES else "fr"
