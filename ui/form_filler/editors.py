"""One input widget per question type. An editor shows a value (`set_value`, silent) and emits
`edited(value)` when the volunteer changes it; the form view hands that to the FormSession.

Keyboard: number keys 1-9 pick a choice in a focused choice list; Enter is left to the form
view (it moves on to the next question), in open answers too, where Shift+Enter starts a new
line and Tab leaves the field."""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QDate, QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QPixmap,
    QRegularExpressionValidator,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from survey_forms import Choice, Question
from survey_forms.model import text_in
from ui.locale_format import format_date, parse_date

#: select_one lists longer than this become a searchable combo box.
LONG_LIST = 12
INTEGER = QRegularExpression(r"-?\d*")
DECIMAL = QRegularExpression(r"-?\d*([.,]\d*)?")
TIME = QRegularExpression(r"\d{0,2}(:\d{0,2})?")


class Attachments(Protocol):
    """Where photos go (the store's attachments): kept once by content, named by their
    SHA-256."""

    def add(self, content: bytes, media_type: str) -> str: ...

    def get(self, sha256: str) -> tuple[bytes, str]: ...


#: Keys a read-only answer still takes: to move on, leave, go back to the list, shortcuts.
PASSING_KEYS = (
    Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape,
)  # fmt: skip
EDITING_MOUSE = (
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel,
)  # fmt: skip


class ReadOnlyGuard(QObject):
    """Keeps a choice, a box or a slider as it is: clicks, the wheel and editing keys do
    nothing, while Tab, Enter, Escape and Ctrl shortcuts pass. The widget stays enabled, so it
    is read at normal contrast (a disabled one is pale grey) and takes the keyboard focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in EDITING_MOUSE:
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            shortcut = event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            return not shortcut and event.key() not in PASSING_KEYS
        return False


class QuestionEditor(QWidget):
    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: Any = None
        self._loading = False
        self.read_only = False
        self._guard = ReadOnlyGuard(self)

    @property
    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        if value == self._value:
            return
        self._value = value
        self._loading = True
        try:
            self.show_value(value)
        finally:
            self._loading = False

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        """A finalized answer: readable, selectable and focusable, never changed. Text fields
        become read-only, buttons that change the answer (a photo, the calendar) go, choices
        and sliders ignore clicks and editing keys."""
        self.read_only = read_only
        for widget in self.findChildren(QWidget):
            self.guard(widget)

    def guard(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setReadOnly(self.read_only)
        elif isinstance(widget, QPushButton | QToolButton):
            widget.setVisible(not self.read_only)
        elif self.read_only:
            widget.installEventFilter(self._guard)
        else:
            widget.removeEventFilter(self._guard)

    def commit(self, value: Any) -> None:
        if self.read_only:
            self._loading = True
            try:
                self.show_value(self._value)  # what is stored, as it was
            finally:
                self._loading = False
            return
        if not self._loading and value != self._value:
            self._value = value
            self.edited.emit(value)

    def focus_target(self) -> QWidget:
        return self

    def lay_out(self, *widgets: QWidget, stretch: QWidget | None = None) -> QHBoxLayout:
        """Put the widgets in a row; `stretch` takes the spare width (else the row's end)."""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget, 1 if widget is stretch else 0)
        if stretch is None:
            layout.addStretch()
        return layout

    def set_accessible_name(self, name: str) -> None:
        self.focus_target().setAccessibleName(name)

    def set_choices(self, choices: list[Choice], lang: str, default_lang: str) -> None:
        """Only choice editors care (a choice filter may change the list)."""


#: Text appearances asking for a shaped, one-line input (ODK's numbers, masked, url, ex:...).
ONE_LINE_APPEARANCES = ("numbers", "masked", "url", "ex:", "thousands-sep", "printer")
#: Visible lines of an open answer: at first, and at most before it scrolls.
OPEN_LINES = (2, 8)
MULTILINE_LINES = (4, 12)
DIGITS = QRegularExpression(r"[0-9 +.,/-]*")


def one_line(question: Question) -> bool:
    """A text question whose answer has a shape (an appearance such as ``numbers``, or a
    ``regex()`` constraint: a phone, an e-mail, a code) gets a one-line field; every other
    text question is an open answer."""
    appearance = question.appearance or ""
    if "multiline" in appearance:
        return False
    shaped = any(word in appearance for word in ONE_LINE_APPEARANCES)
    return shaped or "regex(" in (question.constraint or "")


class OpenTextEdit(QPlainTextEdit):
    """An open answer: the text wraps and the field grows with it (as in ODK Collect), from
    `lines[0]` to `lines[1]` lines, then scrolls. Keys: Enter moves on to the next question as
    everywhere in the form (the event goes up to the form view), Shift+Enter starts a new
    line, Tab and Shift+Tab leave the field (never a tab character)."""

    def __init__(self, lines: tuple[int, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Maj+Entrée : nouvelle ligne · Entrée : question suivante"))
        self.textChanged.connect(self.fit)
        self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and not self.isReadOnly():
                self.insertPlainText("\n")  # a new paragraph, never U+2028
                event.accept()
            else:
                event.ignore()  # the form view moves on
            return
        super().keyPressEvent(event)

    def visual_lines(self) -> int:
        """Lines the text takes at the field's width, wrapped lines included, as the field's
        own layout breaks them."""
        layout = self.document().documentLayout()
        total = 0
        block = self.document().begin()
        while block.isValid():
            layout.blockBoundingRect(block)  # lays the block out if it was not yet
            total += max(1, block.layout().lineCount())
            block = block.next()
        return total

    def fit(self) -> None:
        low, high = self.lines
        needed = self.visual_lines()
        shown = min(max(needed, low), high)
        self.setVerticalScrollBarPolicy(  # a bar only once the field stops growing
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if needed > high
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )  # fmt: skip
        margins = self.contentsMargins()  # the frame's width included
        height = (
            shown * self.fontMetrics().lineSpacing()
            + 2 * int(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 2  # the cursor's line: no scroll bar while the text fits
        )
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()  # narrower: more wrapped lines


class TextEditor(QuestionEditor):
    """A text answer: an open answer (OpenTextEdit) or, for shaped answers, one line."""

    def __init__(
        self, multiline: bool, one_line: bool = False, appearance: str = "",
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line: QLineEdit | None = None
        self.area: OpenTextEdit | None = None
        if one_line and not multiline:
            self.line = QLineEdit()
            if "numbers" in appearance:
                self.line.setValidator(QRegularExpressionValidator(DIGITS))
            if "masked" in appearance:
                self.line.setEchoMode(QLineEdit.EchoMode.Password)
            self.line.textEdited.connect(lambda _t: self.commit(self._text()))
            layout.addWidget(self.line)
        else:
            self.area = OpenTextEdit(MULTILINE_LINES if multiline else OPEN_LINES)
            self.area.textChanged.connect(lambda: self.commit(self._text()))
            layout.addWidget(self.area)

    def _text(self) -> str | None:
        text = self.area.toPlainText() if self.area else self.line.text() if self.line else ""
        return text or None

    def show_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.area is not None:
            if text != self.area.toPlainText():
                self.area.setPlainText(text)
                self.area.moveCursor(QTextCursor.MoveOperation.End)
        elif self.line is not None:
            self.line.setText(text)

    def focus_target(self) -> QWidget:
        return self.area or self.line or self


class NumberEditor(QuestionEditor):
    """Integers and decimals, typed freely (a comma works as decimal point); the form's
    constraint says what is allowed, not a spin box's range."""

    def __init__(self, decimal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decimal = decimal
        self.line = QLineEdit()
        self.line.setValidator(QRegularExpressionValidator(DECIMAL if decimal else INTEGER))
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("0") * 16)
        self.line.textEdited.connect(lambda t: self.commit(self.parse(t)))
        self.lay_out(self.line)

    def parse(self, text: str) -> int | float | None:
        try:
            return float(text.replace(",", ".")) if self.decimal else int(text)
        except ValueError:
            return None

    def show_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.line


class ChoiceListEditor(QuestionEditor):
    """select_one as radio buttons, select_multiple as check boxes; keys 1-9 pick."""

    def __init__(self, multiple: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.multiple = multiple
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        self.group.buttonToggled.connect(self._toggled)
        self.buttons: list[QAbstractButton] = []
        self.names: list[str] = []

    def set_choices(self, choices: list[Choice], lang: str, default_lang: str) -> None:
        names = [c.name for c in choices]
        labels = [text_in(c.label, lang, default_lang) or c.name for c in choices]
        if names == self.names and [b.text() for b in self.buttons] == self._numbered(labels):
            return
        for old in self.buttons:
            self.group.removeButton(old)
            self.layout_.removeWidget(old)
            old.hide()  # at once: deleteLater waits for the event loop, and they overlapped
            old.deleteLater()
        self.names = names
        self.buttons = []
        columns = 2 if len(choices) > 8 else 1
        rows = (len(choices) + columns - 1) // columns
        for i, text in enumerate(self._numbered(labels)):
            button: QAbstractButton = QCheckBox(text) if self.multiple else QRadioButton(text)
            button.installEventFilter(self)
            self.guard(button)
            self.group.addButton(button, i)
            self.layout_.addWidget(button, i % rows, i // rows)
            self.buttons.append(button)
        self._loading = True
        try:
            self.show_value(self._value)
        finally:
            self._loading = False

    @staticmethod
    def _numbered(labels: list[str]) -> list[str]:
        return [f"{i + 1}. {t}" if i < 9 else t for i, t in enumerate(labels)]

    def show_value(self, value: Any) -> None:
        chosen = set(value or []) if self.multiple else {value}
        if not self.multiple:
            self.group.setExclusive(False)  # lets every radio be cleared
        for name, button in zip(self.names, self.buttons, strict=True):
            button.setChecked(name in chosen)
        self.group.setExclusive(not self.multiple)

    def _toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        chosen = [n for n, b in zip(self.names, self.buttons, strict=True) if b.isChecked()]
        if self.multiple:
            self.commit(chosen or None)
        else:
            self.commit(chosen[0] if chosen else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            number = event.key() - Qt.Key.Key_0
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if plain and 1 <= number <= min(9, len(self.buttons)):
                button = self.buttons[number - 1]
                button.setFocus()
                button.setChecked(not button.isChecked() if self.multiple else True)
                return True
        return super().eventFilter(watched, event)

    def focus_target(self) -> QWidget:
        checked = [b for b in self.buttons if b.isChecked()]
        candidates: list[QWidget] = [*checked, *self.buttons, self]
        return candidates[0]

    def set_accessible_name(self, name: str) -> None:
        self.setAccessibleName(name)
        for button in self.buttons:
            button.setAccessibleDescription(name)


class ComboEditor(QuestionEditor):
    """A long select_one list: type a few letters anywhere in a label to find a choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        self.combo.currentIndexChanged.connect(
            lambda i: self.commit(self.combo.itemData(i) or None)
        )
        self.names: list[str] = []
        self.lay_out(self.combo, stretch=self.combo)

    def set_choices(self, choices: list[Choice], lang: str, default_lang: str) -> None:
        names = [c.name for c in choices]
        self._loading = True
        try:
            self.combo.clear()
            self.combo.addItem("", "")
            for choice in choices:
                self.combo.addItem(text_in(choice.label, lang, default_lang), choice.name)
            self.names = names
            self.show_value(self._value)
        finally:
            self._loading = False

    def show_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value or "")))

    def focus_target(self) -> QWidget:
        return self.combo


class DateEditor(QuestionEditor):
    """A date typed day first as a volunteer writes it (01/12/2026, 1/12/26, 1.12.2026 or
    2026-12-01: ui.locale_format.parse_date) or picked in a calendar (Alt+Down or F4, or the
    arrow button), which opens on the date typed, else on today's month. Empty is no answer.
    Tab leaves the field (a QDateEdit walked its day, month and year sections instead, read
    "01/12/2026" typed over its empty text as "1122026" and opened its calendar in 1900)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("00/00/0000") * 2)
        self.line.setToolTip(self.tr("Jour/mois/année · Alt+Bas : calendrier"))
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._finished)
        self.line.installEventFilter(self)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down from the field
        self.button.setToolTip(self.tr("Calendrier (Alt+Bas)"))
        self.button.clicked.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None
        self.lay_out(self.line, self.button)

    def _typed(self, text: str) -> None:
        """While typing, a date counts once its year has four digits (« 01/12/20 » is not
        yet 2020: the volunteer may be typing 2026)."""
        day = parse_date(text)
        complete = day is not None and re.search(r"\d{4}", text) is not None
        self._show_valid(True)
        self.commit(day.isoformat() if day is not None and complete else None)

    def _finished(self) -> None:
        """Leaving the field (Tab, Enter): a two-digit year counts, the date is written
        day first, and what is no date is said."""
        text = self.line.text()
        day = parse_date(text)
        self._show_valid(day is not None or not text.strip())
        if day is not None:
            self.line.setText(format_date(day))
        self.commit(day.isoformat() if day is not None else None)

    def _show_valid(self, valid: bool) -> None:
        self.line.setStyleSheet("" if valid else "QLineEdit { border: 2px solid #b00020; }")
        self.line.setAccessibleDescription(
            "" if valid else self.tr("Date non reconnue : jour/mois/année, par ex. 01/12/2026")
        )

    def show_value(self, value: Any) -> None:
        day = str(value or "")[:10]
        try:
            self.line.setText(format_date(day) if day else "")
        except ValueError:
            self.line.setText(day)
        self._show_valid(True)

    def open_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.activated.connect(self._picked)
            self.calendar.clicked.connect(self._picked)
            for widget in (self.calendar, *self.calendar.findChildren(QWidget)):
                widget.installEventFilter(self)  # Escape closes it, from its day grid too
        day = parse_date(self.line.text()) or date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)
        below = self.line.mapToGlobal(self.line.rect().bottomLeft())
        self.calendar.move(below)
        self.calendar.show()
        self.calendar.setFocus()

    def close_calendar(self) -> None:
        """Back to the field, in its window (the popup was the active one)."""
        if self.calendar is not None:
            self.calendar.hide()
        self.line.window().activateWindow()
        self.line.setFocus()

    def _picked(self, picked: QDate) -> None:
        chosen = date(picked.year(), picked.month(), picked.day())
        self.line.setText(format_date(chosen))
        self._show_valid(True)
        self.close_calendar()
        self.commit(chosen.isoformat())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            if (
                watched is self.line
                and not self.line.isReadOnly()
                and (
                    key == Qt.Key.Key_F4
                    or (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier)
                )
            ):
                self.open_calendar()
                return True
            calendar = self.calendar
            in_calendar = (
                calendar is not None
                and isinstance(watched, QWidget)
                and (watched is calendar or calendar.isAncestorOf(watched))
            )
            if in_calendar and key == Qt.Key.Key_Escape:
                self.close_calendar()
                return True
        return super().eventFilter(watched, event)

    def focus_target(self) -> QWidget:
        return self.line


class TimeEditor(QuestionEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setValidator(QRegularExpressionValidator(TIME))
        self.line.setPlaceholderText(self.tr("hh:mm"))
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("00:00") * 3)
        self.line.textEdited.connect(self._changed)
        self.lay_out(self.line)

    def _changed(self, text: str) -> None:
        hours, _, minutes = text.partition(":")
        complete = hours.isdigit() and len(minutes) == 2 and minutes.isdigit()
        valid = complete and int(hours) < 24 and int(minutes) < 60
        self.commit(f"{int(hours):02d}:{minutes}" if valid else None)

    def show_value(self, value: Any) -> None:
        self.line.setText(str(value or "")[:5])

    def focus_target(self) -> QWidget:
        return self.line


class GeopointEditor(QuestionEditor):
    """A place: an address anyone can type on a doorstep, or coordinates when known. The
    answer is `"lat lon"` when both coordinates are given, else the address text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("Adresse ou lieu"))
        self.lat = QLineEdit()
        self.lon = QLineEdit()
        for edit, hint in ((self.lat, self.tr("latitude")), (self.lon, self.tr("longitude"))):
            edit.setPlaceholderText(hint)
            edit.setValidator(QRegularExpressionValidator(DECIMAL))
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * 14)
            edit.setAccessibleName(hint)
        for edit in (self.address, self.lat, self.lon):
            edit.textEdited.connect(lambda _t: self.commit(self._answer()))
        self.lay_out(self.address, self.lat, self.lon, stretch=self.address)

    def _answer(self) -> str | None:
        try:
            lat = float(self.lat.text().replace(",", "."))
            lon = float(self.lon.text().replace(",", "."))
        except ValueError:
            return self.address.text().strip() or None
        return f"{lat} {lon}"

    def show_value(self, value: Any) -> None:
        parts = str(value or "").split()
        try:
            lat, lon = float(parts[0]), float(parts[1])
        except (IndexError, ValueError):
            self.address.setText(str(value or ""))
            return
        self.lat.setText(str(lat))
        self.lon.setText(str(lon))

    def focus_target(self) -> QWidget:
        return self.address


class ImageEditor(QuestionEditor):
    """A photo chosen from a file, kept in the store; the answer is its SHA-256."""

    THUMBNAIL = 160

    def __init__(self, attachments: Attachments, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachments = attachments
        self.button = QPushButton(self.tr("Choisir une photo…"))
        self.button.clicked.connect(self.choose)
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(self.THUMBNAIL, self.THUMBNAIL * 3 // 4)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setStyleSheet("border: 1px solid palette(mid);")
        self.lay_out(self.thumbnail, self.button).setAlignment(
            self.button, Qt.AlignmentFlag.AlignTop
        )

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choisir une photo"), "", self.tr("Images (*.png *.jpg *.jpeg *.webp)")
        )
        if path:
            self.attach_file(Path(path))

    def attach_file(self, path: Path) -> None:
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        sha = self.attachments.add(path.read_bytes(), media_type)
        self.show_value(sha)
        self.commit(sha)

    def show_value(self, value: Any) -> None:
        pixmap = QPixmap()
        if value:
            content, _ = self.attachments.get(str(value))
            pixmap.loadFromData(content)
        if pixmap.isNull():
            self.thumbnail.setText(self.tr("Pas de photo") if not value else "?")
        else:
            self.thumbnail.setPixmap(
                pixmap.scaled(
                    self.thumbnail.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def focus_target(self) -> QWidget:
        return self.button


class AcknowledgeEditor(QuestionEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self.tr("OK"))
        self.box.toggled.connect(lambda on: self.commit("OK" if on else None))
        self.lay_out(self.box)

    def show_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def focus_target(self) -> QWidget:
        return self.box


class RangeEditor(QuestionEditor):
    def __init__(self, parameters: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        start, end = float(parameters.get("start", 1)), float(parameters.get("end", 10))
        self.step = float(parameters.get("step", 1)) or 1.0
        self.start = start
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, round((end - start) / self.step))
        self.slider.valueChanged.connect(lambda p: self.commit(self._number(p)))
        self.shown = QLabel("—")
        self.lay_out(self.slider, self.shown, stretch=self.slider)
        self.edited.connect(self._show_number)

    def _number(self, position: int) -> float | int:
        value = self.start + position * self.step
        return int(value) if float(value).is_integer() else round(value, 6)

    def _show_number(self, value: Any) -> None:
        self.shown.setText("—" if value is None else str(value))

    def show_value(self, value: Any) -> None:
        if value is not None:
            self.slider.setValue(round((float(value) - self.start) / self.step))
        self._show_number(value)

    def focus_target(self) -> QWidget:
        return self.slider


class ReadOnlyEditor(QuestionEditor):
    """A calculation (or a read-only question): shown, never typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel("—")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.lay_out(self.label)

    def show_value(self, value: Any) -> None:
        self.label.setText("—" if value in (None, "") else str(value))

    def focus_target(self) -> QWidget:
        return self.label


def editor_for(question: Question, attachments: Attachments) -> QuestionEditor | None:
    """The editor of a question, or None when it has none (a note)."""
    kind = question.type
    makers: dict[str, Callable[[], QuestionEditor]] = {
        "integer": lambda: NumberEditor(decimal=False),
        "decimal": lambda: NumberEditor(decimal=True),
        "date": DateEditor,
        "time": TimeEditor,
        "geopoint": GeopointEditor,
        "image": lambda: ImageEditor(attachments),
        "acknowledge": AcknowledgeEditor,
        "range": lambda: RangeEditor(question.parameters),
        "calculate": ReadOnlyEditor,
    }
    if kind == "note":
        return None
    if question.read_only == "true()":
        return ReadOnlyEditor()
    if question.is_select:
        if not question.is_multiple and len(question.choices) > LONG_LIST:
            return ComboEditor()
        return ChoiceListEditor(multiple=question.is_multiple)
    if kind in makers:
        return makers[kind]()
    appearance = question.appearance or ""
    return TextEditor("multiline" in appearance, one_line(question), appearance)
