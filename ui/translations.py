"""The interface speaks French by default; Dutch and English come from Qt translation files
(ui/i18n/quartier_<lang>.ts, compiled to .qm with pyside6-lrelease)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from ui.locale_format import set_interface_language

I18N = Path(__file__).parent / "i18n"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load Quartier's and Qt's own translations for `lang` (Qt's from PySide6's translations
    folder: standard buttons, file dialogs, calendars) and make `lang`'s number format the
    default; keep the result alive."""
    set_interface_language(lang)
    installed: list[QTranslator] = []
    if lang == "fr":
        sources = [("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    else:
        sources = [
            ("quartier", str(I18N)),
            ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ]
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(f"{name}_{lang}", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
