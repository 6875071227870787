"""Numbers and dates as the interface language writes them: « 1 504 » and « 12 % » in French,
« 1.504 » and « 12% » in Dutch, « 1,504 » in English; dates are dd/MM/yyyy in all three (the
Belgian way in both national languages). `set_interface_language` (called at start by
ui.translations.install_translators) chooses the language; number functions also take one."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QLocale

LOCALES = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}
DATE_FORMAT = "dd/MM/yyyy"  # Qt's pattern, for QDateEdit.setDisplayFormat
_current = ["fr"]


def set_interface_language(lang: str) -> None:
    """Make `lang` the default of every function here and Qt's default locale (calendars,
    spin boxes, QDateEdit)."""
    _current[0] = lang if lang in LOCALES else "fr"
    QLocale.setDefault(qt_locale())


def interface_language() -> str:
    return _current[0]


def qt_locale(lang: str | None = None) -> QLocale:
    return QLocale(LOCALES.get(lang or _current[0], "fr_BE"))


def format_count(n: int, lang: str | None = None) -> str:
    return qt_locale(lang).toString(int(n))


def format_number(value: float, decimals: int = 1, lang: str | None = None) -> str:
    """`decimals` places at most, trailing zeros dropped: 12,5 · 12 · 1 504,3."""
    text = qt_locale(lang).toString(float(value), "f", decimals)
    point = qt_locale(lang).decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def format_percent(value: float, decimals: int = 0, lang: str | None = None) -> str:
    number = format_number(value, decimals, lang)
    return f"{number}\u202f%" if (lang or _current[0]) == "fr" else f"{number}%"


def format_date(day: date | str | None) -> str:
    """dd/MM/yyyy; an ISO text is read first (its date part); nothing gives ''."""
    if day is None or day == "":
        return ""
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def campaign_title(campaign: Mapping[str, Any]) -> str:
    """A campaign's name with the day it began, to tell survey rounds apart in a list."""
    name = str(campaign["name"])
    return f"{name} ({format_date(campaign['starts_on'])})" if campaign["starts_on"] else name


def format_datetime(moment: datetime | str | None) -> str:
    """dd/MM/yyyy HH:mm in local time; an ISO text (a 'Z' included) is read first. A naive
    datetime is taken as local already."""
    if moment is None or moment == "":
        return ""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{format_date(moment.date())} {moment:%H:%M}"


_DMY = re.compile(r"\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2}|\d{4})\s*")
_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")


def parse_date(text: str) -> date | None:
    """A date as a volunteer types it: 01/12/2026, 1/12/26, 1-12-2026, 1.12.2026 or
    2026-12-01 (day before month in all three languages). None if it is no date."""
    if match := _ISO.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DMY.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
        year += 2000 if year < 100 else 0
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
