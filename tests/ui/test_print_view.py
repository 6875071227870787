"""The Print section: preview of the poster and the report, options, save as PDF, print."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from app.store import Key, Store
from ui.changes import Changes
from ui.print_view import REPORT, PrintView
from ui.report_texts_dialog import ReportTextsDialog
from ui.work_context import WorkContext


@pytest.fixture
def view(qtbot, demo_store: Store) -> PrintView:
    widget = PrintView(WorkContext.from_store(demo_store, "fr"))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.page_count() > 0, timeout=30_000)
    return widget


def test_the_poster_preview_appears_and_follows_the_options(qtbot, view: PrintView) -> None:
    assert view.page_count() == 1
    assert "Aperçu : 1 page" in view.status.text()
    qtbot.waitUntil(lambda: not view.progress.isVisible())
    first = view.result
    assert first is not None and first.pages[0].width() == 620
    assert first.pages[0].height() == pytest.approx(620 * 1190.55 / 841.89, abs=2)
    view.page_size.setCurrentIndex(view.page_size.findData("A4"))
    view.language.setCurrentIndex(view.language.findData("fr+nl"))
    assert not view.save_button.isEnabled()  # out of date until the new preview is made
    qtbot.waitUntil(lambda: view.result is not None, timeout=30_000)
    assert view.result.request.poster.size == "A4"
    assert view.result.request.languages.codes == ("fr", "nl")
    assert view.save_button.isEnabled() and view.print_button.isEnabled()


def test_the_report_preview_has_many_pages_and_hides_poster_options(qtbot, view: PrintView) -> None:
    view.kind.setCurrentIndex(view.kind.findData(REPORT))
    assert not view.qr.isVisible() and view.compare.isVisible()
    qtbot.waitUntil(lambda: view.page_count() > 5, timeout=30_000)
    assert view.result is not None and view.result.pdf.startswith(b"%PDF")


def test_save_as_pdf_writes_what_the_preview_shows(
    qtbot, view: PrintView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "affiche.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.save_button.click()
    assert view.result is not None and target.read_bytes() == view.result.pdf
    assert len(PdfReader(target).pages) == 1
    assert "Enregistré" in view.status.text()


def test_printing_paints_every_page(qtbot, view: PrintView, tmp_path: Path) -> None:
    assert QPrintDialog is not None  # QtPrintSupport is part of PySide6 Essentials
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(150)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    operation = view.print_to(printer)
    assert operation is not None
    qtbot.waitUntil(lambda: "Envoyé à l'imprimante" in view.status.text(), timeout=30_000)
    assert len(PdfReader(out).pages) == 1


def test_a_bad_logo_is_said_in_the_preview(qtbot, view: PrintView, tmp_path: Path) -> None:
    bad = tmp_path / "logo.png"
    bad.write_text("pas une image")
    view.logo.setText(str(bad))
    qtbot.waitUntil(lambda: "Logo illisible" in view.status.text(), timeout=30_000)
    assert view.page_count() == 0 and not view.save_button.isEnabled()


def test_the_options_are_kept_for_next_time(qtbot, view: PrintView, demo_store: Store) -> None:
    view.kind.setCurrentIndex(view.kind.findData(REPORT))
    view.language.setCurrentIndex(view.language.findData("nl"))
    view.bleed.setChecked(True)
    view.when.setText("Zaterdag 16 mei")
    view.invitation.setPlainText("Venez nombreux\nKom allemaal")
    again = PrintView(WorkContext.from_store(demo_store, "fr"))
    qtbot.addWidget(again)
    assert again.kind.currentData() == REPORT and again.language.currentData() == "nl"
    assert again.bleed.isChecked() and again.when.text() == "Zaterdag 16 mei"
    assert again.invitation.toPlainText() == "Venez nombreux\nKom allemaal"


def test_a_campaign_is_never_offered_as_its_own_comparison(
    qtbot, view: PrintView, demo_store: Store
) -> None:
    demo = demo_store.directory.campaigns()[0]
    later = demo_store.directory.add_campaign(
        demo["neighbourhood_id"], "Deuxième diagnostic", starts_on="2099-01-01"
    )
    view.kind.setCurrentIndex(view.kind.findData(REPORT))
    view._load_campaigns()

    def offered() -> list[str]:
        return [view.compare.itemData(i) for i in range(1, view.compare.count())]

    view.campaign.setCurrentIndex(view.campaign.findData(later))
    assert demo["id"] in offered() and later not in offered()
    view.campaign.setCurrentIndex(view.campaign.findData(demo["id"]))
    assert later not in offered() and demo["id"] not in offered()


def test_the_report_takes_the_logo_too(qtbot, view: PrintView, tmp_path: Path) -> None:
    view.kind.setCurrentIndex(view.kind.findData(REPORT))
    assert not view.logo.isHidden(), "the logo row stays for the report (its cover)"
    bad = tmp_path / "logo.png"
    bad.write_text("pas une image")
    view.logo.setText(str(bad))
    qtbot.waitUntil(lambda: "Logo illisible" in view.status.text(), timeout=60_000)
    assert view.page_count() == 0


def test_the_poster_notre_empreinte_is_a_document_of_its_own(qtbot, view: PrintView) -> None:
    """Chosen in the « Document » list: a one-page poster with the footprint of the demo's
    households, the poster's options shown and the comparison offered."""
    from io import BytesIO

    from ui.print_view import FOOTPRINT_POSTER

    view.kind.setCurrentIndex(view.kind.findData(FOOTPRINT_POSTER))
    assert view.qr.isVisible() and view.compare.isVisible()
    qtbot.waitUntil(
        lambda: view.result is not None and view.result.request.kind == FOOTPRINT_POSTER,
        timeout=60_000,
    )
    assert view.page_count() == 1
    text = " ".join(PdfReader(BytesIO(view.result.pdf)).pages[0].extract_text().split())
    assert "Notre empreinte" in text and "Où va notre carbone" in text
    assert "40 ménages" in text  # the demo's households that answered the usage questions


def as_coach(view: PrintView, store: Store) -> str:
    """The person working here becomes the demo's coach (the fixture's is a volunteer)."""
    coach = next(p for p in store.directory.people() if p["role"] == "coach")
    store.settings.set(Key.PERSON, coach["id"])
    view.context.changes.announce(Changes(settings=True))
    return str(coach["id"])


def in_report_texts_dialog(answer: Callable[[ReportTextsDialog], None]) -> list[bool]:
    """Run `answer` in the next modal dialog (its exec() blocks the test), which must be the
    report texts; the dialog is closed after 2 s if the answer did not close it."""
    seen: list[bool] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(5, run)
            return
        seen.append(isinstance(dialog, ReportTextsDialog))
        QTimer.singleShot(2000, dialog, dialog.close)
        answer(dialog)  # type: ignore[arg-type]

    QTimer.singleShot(0, run)
    return seen


def open_report_texts(qtbot, view: PrintView, seen: list[bool]) -> None:
    """« &Textes du rapport… » by its mnemonic, Alt+T (the button clicks a moment later),
    until the dialog is answered and closed."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view.campaign, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None)


def test_only_a_coach_writes_the_report_texts(qtbot, view: PrintView, demo_store: Store) -> None:
    view.kind.setCurrentIndex(view.kind.findData(REPORT))
    assert view.report_texts.isHidden(), "the fixture's person is a volunteer"
    as_coach(view, demo_store)
    assert not view.report_texts.isHidden()
    view.kind.setCurrentIndex(view.kind.findData("poster"))
    assert view.report_texts.isHidden(), "for the report only"


def test_the_coach_writes_the_report_texts_with_the_keyboard(
    qtbot, view: PrintView, demo_store: Store
) -> None:
    campaign = demo_store.directory.campaigns()[0]["id"]
    demo_store.directory.set_report_texts(campaign, thanks="Merci aux habitants")
    view.kind.setCurrentIndex(view.kind.findData(REPORT))
    as_coach(view, demo_store)
    qtbot.waitUntil(lambda: view.page_count() > 5, timeout=60_000)
    prefilled: list[str] = []

    def write(dialog: ReportTextsDialog) -> None:
        prefilled.append(dialog.thanks.toPlainText())
        focus = dialog.focusWidget  # offscreen, the dialog's window may not be active
        assert focus() is dialog.recommendations
        QTest.keyClicks(focus(), "Planter des arbres rue Blaes")
        QTest.keyClick(focus(), Qt.Key.Key_Return)  # a new line, not OK
        QTest.keyClick(focus(), Qt.Key.Key_Return)
        QTest.keyClicks(focus(), "- Ouvrir un potager")
        QTest.keyClick(focus(), Qt.Key.Key_Tab)
        QTest.keyClick(focus(), Qt.Key.Key_Tab)  # past the thanks, kept as they were
        assert focus() is dialog.contact
        QTest.keyClicks(focus(), "groupe@example.org")
        QTest.keyClick(focus(), Qt.Key.Key_Return)
        assert not dialog.isVisible(), "Enter in the contact line is OK"

    seen = in_report_texts_dialog(write)
    open_report_texts(qtbot, view, seen)
    assert seen == [True] and prefilled == ["Merci aux habitants"]
    assert demo_store.directory.report_texts(campaign) == {
        "recommendations": "Planter des arbres rue Blaes\n\n- Ouvrir un potager",
        "thanks": "Merci aux habitants",
        "contact": "groupe@example.org",
    }
    assert view.result is None, "the preview is made again"
    qtbot.waitUntil(lambda: view.result is not None, timeout=60_000)
    reader = PdfReader(BytesIO(view.result.pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Planter des arbres rue Blaes" in text and "Ouvrir un potager" in text
    assert "groupe@example.org" in text


def test_escape_saves_nothing(qtbot, view: PrintView, demo_store: Store) -> None:
    campaign = demo_store.directory.campaigns()[0]["id"]
    view.kind.setCurrentIndex(view.kind.findData(REPORT))
    as_coach(view, demo_store)

    def give_up(dialog: ReportTextsDialog) -> None:
        QTest.keyClicks(dialog.focusWidget(), "Rien de tout ceci")
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    seen = in_report_texts_dialog(give_up)
    open_report_texts(qtbot, view, seen)
    assert seen == [True]
    assert demo_store.directory.report_texts(campaign) == dict.fromkeys(
        ("recommendations", "thanks", "contact"), ""
    )
