"""Numbers and dates in the interface language (ui.locale_format)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ui.locale_format import (
    format_count,
    format_date,
    format_datetime,
    format_percent,
    parse_date,
    set_interface_language,
)
from ui.translations import install_translators


@pytest.mark.parametrize(
    ("lang", "count", "percent"),
    [("fr", "1\u202f504", "12,5\u202f%"), ("nl", "1.504", "12,5%"), ("en", "1,504", "12.5%")],
)
def test_counts_and_percents_in_each_language(lang: str, count: str, percent: str) -> None:
    assert format_count(1504, lang) == count
    assert format_percent(12.5, 1, lang) == percent
    assert format_percent(40, 1, lang).startswith("40")  # no "40,0"


def test_the_interface_language_is_the_default() -> None:
    set_interface_language("nl")
    assert format_count(1504) == "1.504"
    assert QLocale().language() == QLocale.Language.Dutch
    set_interface_language("fr")
    assert format_count(1504) == "1\u202f504"


def test_dates_are_day_first() -> None:
    assert format_date(date(2026, 12, 1)) == "01/12/2026"
    assert format_date("2026-03-04T10:00:00Z") == "04/03/2026"
    assert format_date(None) == ""
    moment = datetime(2026, 12, 1, 9, 5, tzinfo=UTC).astimezone()
    assert format_datetime(moment) == f"01/12/2026 {moment:%H:%M}"
    assert format_datetime(moment.isoformat()) == format_datetime(moment)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("01/12/2026", date(2026, 12, 1)),
        ("1/12/26", date(2026, 12, 1)),
        ("1-12-2026", date(2026, 12, 1)),
        (" 1.12.2026 ", date(2026, 12, 1)),
        ("2026-12-01", date(2026, 12, 1)),
        ("31/02/2026", None),
        ("1122026", None),
        ("", None),
    ],
)
def test_typed_dates(typed: str, expected: date | None) -> None:
    assert parse_date(typed) == expected


def test_qt_standard_buttons_in_dutch(qtbot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "nl")
    try:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text().replace("&", "") == "Annuleren"
        assert QCoreApplication.translate("QFileDialog", "Open") == "Openen"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
