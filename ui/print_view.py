"""The Print section: choose the poster (A3, A2, A4 flyer), the poster « Notre empreinte »
(the carbon footprint of everyday uses) or the report, its language and options, see its
pages, then save it as PDF or print it.

The PDF is made by ``app.printing`` in the thread pool (``ui.operations``); its pages are
rendered to images there too, with PDFium (``pypdfium2``: QtPdf is not part of PySide6
Essentials). What is saved or printed is exactly the PDF shown in the preview.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from io import BytesIO
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt, QThreadPool, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.printing.findings import Findings
from app.printing.poster import (
    FINDINGS,
    FOOTPRINT,
    Invitation,
    PosterOptions,
    draw_poster,
    poster_findings,
)
from app.printing.report import ReportOptions, report_findings, write_report
from app.printing.texts import Languages
from app.printing.theme import DEFAULT_THEME, THEMES
from app.store import Store
from ui.changes import Follower
from ui.coach_key_dialog import CoachKeyDialog, ask_coach_key
from ui.errors import error_text
from ui.locale_format import campaign_title, format_count
from ui.operations import Operation, OperationContext
from ui.preferences import preferences
from ui.report_texts_dialog import ReportTextsDialog
from ui.work_context import WorkContext

POSTER, REPORT, FOOTPRINT_POSTER = "poster", "report", "footprint_poster"
#: The documents that are posters, and what each shows (app.printing.poster.POSTER_KINDS).
POSTERS = {POSTER: FINDINGS, FOOTPRINT_POSTER: FOOTPRINT}
PREVIEW_WIDTH = 620  # pixels of a previewed page
PRINT_DPI = 300


@dataclass(frozen=True)
class PrintRequest:
    """Everything the form says: what to make and how."""

    kind: str = POSTER
    languages: Languages = field(default_factory=Languages)
    campaign_id: str | None = None
    compare_with: str | None = None
    poster: PosterOptions = field(default_factory=PosterOptions)
    theme: str = DEFAULT_THEME

    def findings_key(self) -> tuple[Any, ...]:
        return (self.kind, self.languages, self.campaign_id, self.compare_with)


@dataclass(frozen=True)
class PrintResult:
    request: PrintRequest
    pdf: bytes
    pages: list[QImage]


def make_pdf(
    store: Store, request: PrintRequest, findings: Findings | None, coach_key: Any = None
) -> tuple[bytes, Findings]:
    """The PDF of a request (the findings are gathered unless given: they depend only on the
    campaign and languages, not on the layout options; `coach_key`, the coach's unlocked key,
    opens the sealed personal answers so that no quote naming them is printed)."""
    poster = replace(request.poster, languages=request.languages, theme=request.theme,
                     kind=POSTERS.get(request.kind, FINDINGS))  # fmt: skip
    if findings is None and request.kind in POSTERS:
        findings = poster_findings(
            store, poster, request.campaign_id, request.compare_with, coach_key=coach_key
        )
    elif findings is None:
        findings = report_findings(
            store, request.languages, request.campaign_id, request.compare_with, coach_key=coach_key
        )
    buffer = BytesIO()
    if request.kind in POSTERS:
        draw_poster(findings, buffer, poster)
    else:
        write_report(findings, buffer, ReportOptions(languages=request.languages,
                                                     theme=request.theme,
                                                     logo=request.poster.logo))  # fmt: skip
    return buffer.getvalue(), findings


def render_pages(
    pdf: bytes,
    *,
    width: int | None = None,
    dpi: int | None = None,
    ctx: OperationContext | None = None,
) -> list[QImage]:
    """The pages of a PDF as images, ``width`` pixels wide or at ``dpi``."""
    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for index in range(len(document)):
            if ctx is not None and ctx.cancelled:
                break
            page = document[index]
            scale = (width / page.get_width()) if width else (dpi or 72) / 72
            bitmap = page.render(scale=scale, rev_byteorder=True)
            image = bitmap.to_pil().convert("RGB")
            bitmap.close()
            data = image.tobytes()
            qimage = QImage(data, image.width, image.height, 3 * image.width,
                            QImage.Format.Format_RGB888).copy()  # fmt: skip
            images.append(qimage)
            page.close()
            if ctx is not None:
                ctx.progress(index + 1, len(document))
    finally:
        document.close()
    return images


class PrintView(QWidget):
    """The Print section of the main window. What it prints is made again when the data
    behind it changes (announced on the window's change bus), when next shown if hidden."""

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.result: PrintResult | None = None
        self._findings: dict[tuple[Any, ...], Findings] = {}
        self._gathering = 0  # findings gathered before the last _forget_findings() are stale
        self._operation: Operation | None = None
        self._running: set[Operation] = set()
        # one PDF at a time: a superseded preview finishes (or is skipped) before the next
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self, singleShot=True, interval=500)
        self._timer.timeout.connect(self.refresh)
        self.followed: str | None = None  # the window's campaign when the list was made
        self._build()
        self._restore_options()
        self._load_campaigns()
        self._kind_changed()
        Follower(
            self, context.changes,
            lambda c, _by: (c.submissions or c.reviews or c.inventory or c.campaigns
                            or self.context.campaign_id != self.followed),
            self._data_changed, stale=True,
        )  # fmt: skip
        Follower(  # the report's texts are the coach's: shown once the person here is one
            self, context.changes, lambda c, _by: c.settings, self._show_report_texts
        )

    # -- the form ---------------------------------------------------------------------

    def _build(self) -> None:
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Affiche ou flyer"), POSTER)
        self.kind.addItem(self.tr("Rapport du diagnostic"), REPORT)
        self.kind.addItem(self.tr("Affiche « Notre empreinte » (carbone des usages)"),
                          FOOTPRINT_POSTER)  # fmt: skip
        self.page_size = QComboBox()
        for size, label in (("A3", self.tr("A3 — affiche")), ("A2", self.tr("A2 — grande affiche")),
                            ("A4", self.tr("A4 — flyer"))):  # fmt: skip
            self.page_size.addItem(label, size)
        self.language = QComboBox()
        for code, label in (("fr", "Français"), ("nl", "Nederlands"),
                            ("fr+nl", "Français + Nederlands")):  # fmt: skip
            self.language.addItem(label, code)
        self.campaign = QComboBox()
        self.compare = QComboBox()
        self.theme = QComboBox()
        for name, theme in THEMES.items():
            self.theme.addItem(theme.label["fr"], name)
        self.bleed = QCheckBox(self.tr("Fond perdu de 3 mm et traits de coupe (imprimeur)"))
        self.qr = QLineEdit(placeholderText=self.tr("https://… (rejoindre le groupe)"))
        self.when = QLineEdit(placeholderText=self.tr("Samedi 16 mai, 14 h"))
        self.where = QLineEdit(placeholderText=self.tr("Maison de quartier, rue Blaes 154"))
        self.invitation = QPlainTextEdit(placeholderText=self.tr("Quelques mots d'invitation"))
        self.invitation.setMaximumHeight(90)
        self.logo = QLineEdit(placeholderText=self.tr("Logo du groupe (PNG ou JPEG)"))
        choose_logo = QPushButton(self.tr("Choisir…"))
        choose_logo.clicked.connect(self._choose_logo)
        self.logo_row = QHBoxLayout()
        self.logo_row.addWidget(self.logo, 1)
        self.logo_row.addWidget(choose_logo)
        self.report_texts = QPushButton(self.tr("&Textes du rapport…"))
        self.report_texts.setToolTip(self.tr("Recommandations et prochaines étapes, "
                                             "remerciements et contact du groupe"))  # fmt: skip
        self.report_texts.clicked.connect(self.edit_report_texts)

        form = QFormLayout()
        form.addRow(self.tr("Document"), self.kind)
        form.addRow(self.tr("Format"), self.page_size)
        form.addRow(self.tr("Langue"), self.language)
        form.addRow(self.tr("Campagne"), self.campaign)
        form.addRow(self.tr("Comparer avec"), self.compare)
        form.addRow(self.tr("Couleurs"), self.theme)
        form.addRow("", self.bleed)
        form.addRow(self.tr("QR code"), self.qr)
        form.addRow(self.tr("Quand"), self.when)
        form.addRow(self.tr("Où"), self.where)
        form.addRow(self.tr("Invitation"), self.invitation)
        form.addRow(self.tr("Logo"), self.logo_row)
        form.addRow("", self.report_texts)
        self.form = form
        self.poster_only: tuple[QWidget, ...] = (
            self.page_size, self.bleed, self.qr, self.when, self.where, self.invitation
        )  # fmt: skip

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.sealed_note = QLabel()
        self.sealed_note.setWordWrap(True)
        self.sealed_note.hide()
        self.unlock_button = QPushButton(self.tr("&Ouvrir avec ma clé de coach…"))
        self.unlock_button.clicked.connect(self.ask_coach_key)
        self.unlock_button.hide()
        self.key_dialog: CoachKeyDialog | None = None
        self._unopened = 0
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.save_button = QPushButton(self.tr("Enregistrer en PDF…"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("Imprimer…"))
        self.print_button.clicked.connect(self.print_)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)

        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.status)
        side.addWidget(self.sealed_note)
        side.addWidget(self.unlock_button)
        side.addWidget(self.progress)
        side.addStretch(1)
        side.addLayout(buttons)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(430)

        self.pages = QVBoxLayout()
        self.pages.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        pages_widget = QWidget()
        pages_widget.setLayout(self.pages)
        self.preview = QScrollArea()
        self.preview.setWidgetResizable(True)
        self.preview.setWidget(pages_widget)
        self.preview.setStyleSheet("QScrollArea { background: palette(mid); }")

        layout = QHBoxLayout(self)
        layout.addWidget(side_widget)
        layout.addWidget(self.preview, 1)

        self.campaign.currentIndexChanged.connect(self._campaign_changed)  # before changed()
        for combo in (self.kind, self.page_size, self.language, self.campaign, self.compare,
                      self.theme):  # fmt: skip
            combo.currentIndexChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.bleed.toggled.connect(self.changed)
        for line in (self.qr, self.when, self.where, self.logo):
            line.textChanged.connect(self.changed)
        self.invitation.textChanged.connect(self.changed)

    # the options a pilot group sets once and prints with many times; the campaigns follow
    # the window instead
    _KEPT_CHOICES = ("kind", "page_size", "language", "theme")
    _KEPT_TEXTS = ("qr", "when", "where", "logo")

    def _restore_options(self) -> None:
        # read everything first: each option set below is remembered at once (changed())
        kept = preferences()
        choices = {name: kept.value(f"print/{name}") for name in self._KEPT_CHOICES}
        texts = {name: str(kept.value(f"print/{name}", "")) for name in self._KEPT_TEXTS}
        invitation = str(kept.value("print/invitation", ""))
        bleed = kept.value("print/bleed", False, type=bool)
        for name, value in choices.items():
            combo: QComboBox = getattr(self, name)
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        for name, text in texts.items():
            getattr(self, name).setText(text)
        self.invitation.setPlainText(invitation)
        self.bleed.setChecked(bool(bleed))

    def _remember_options(self) -> None:
        kept = preferences()
        for name in self._KEPT_CHOICES:
            kept.setValue(f"print/{name}", getattr(self, name).currentData())
        for name in self._KEPT_TEXTS:
            kept.setValue(f"print/{name}", getattr(self, name).text())
        kept.setValue("print/invitation", self.invitation.toPlainText())
        kept.setValue("print/bleed", self.bleed.isChecked())

    def _load_campaigns(self) -> None:
        """The campaigns to choose from; the one chosen stays chosen until the window works
        on another campaign (at first, and when a sync or the coach changes it)."""
        window = self.context.campaign_id
        kept = self.campaign.count() and window == self.followed
        chosen = self.campaign.currentData() if kept else window
        self.followed = window
        compared = self.compare.currentData() if self.compare.count() else ""
        for combo in (self.campaign, self.compare):
            combo.blockSignals(True)
            combo.clear()
        # "" rather than None as item data: PySide6 6.12 loses a reference to None each time
        # currentData() returns it, until the interpreter aborts
        for campaign in self.store.directory.campaigns():
            self.campaign.addItem(str(campaign["name"]), campaign["id"])
        self.campaign.setCurrentIndex(max(0, self.campaign.findData(chosen)))
        self._fill_compare(compared)
        for combo in (self.campaign, self.compare):
            combo.blockSignals(False)
        self._show_report_texts()

    def _fill_compare(self, compared: str) -> None:
        """The chosen campaign can be compared with its neighbourhood's earlier ones only."""
        self.compare.clear()
        self.compare.addItem(self.tr("La campagne précédente, s'il y en a une"), "")
        for campaign in self.store.directory.earlier_campaigns(self.campaign.currentData() or ""):
            self.compare.addItem(campaign_title(campaign), campaign["id"])
        self.compare.setCurrentIndex(max(0, self.compare.findData(compared)))

    def _campaign_changed(self) -> None:
        self.compare.blockSignals(True)
        self._fill_compare(self.compare.currentData())
        self.compare.blockSignals(False)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        poster = kind in POSTERS
        for row in self.poster_only:
            self.form.setRowVisible(row, poster)
        # the report and « Notre empreinte » compare with an earlier campaign
        self.form.setRowVisible(self.compare, kind != POSTER)
        self._show_report_texts()

    def _show_report_texts(self) -> None:
        """The report's texts are written by a coach (the Coach section's rule), for the
        report only."""
        shown = self.kind.currentData() == REPORT and self.context.is_coach()
        self.form.setRowVisible(self.report_texts, shown)
        self.report_texts.setEnabled(bool(self.campaign.currentData()))

    def edit_report_texts(self) -> None:
        """The chosen campaign's report texts in a dialog; once saved, the preview is made
        again with them."""
        campaign_id = self.campaign.currentData()
        if not campaign_id or not self.context.is_coach():
            return
        dialog = ReportTextsDialog(self.store, campaign_id, self.campaign.currentText(), self)
        try:
            if dialog.exec() != ReportTextsDialog.DialogCode.Accepted:
                return
        finally:
            dialog.deleteLater()
        self._forget_findings()  # the texts travel with the campaign's findings
        self.changed()
        self.status.setText(self.tr("Textes du rapport enregistrés ; mise à jour de l'aperçu…"))

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo du groupe"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo.setText(path)

    def request(self) -> PrintRequest:
        logo = self.logo.text().strip()
        poster = PosterOptions(
            size=str(self.page_size.currentData()),
            bleed=self.bleed.isChecked(),
            qr_url=self.qr.text().strip(),
            invitation=Invitation(
                self.when.text(), self.where.text(), self.invitation.toPlainText()
            ),
            logo=Path(logo) if logo else None,
        )
        return PrintRequest(
            kind=str(self.kind.currentData()),
            languages=Languages.parse(str(self.language.currentData())),
            campaign_id=self.campaign.currentData() or None,
            compare_with=self.compare.currentData() or None,
            poster=poster,
            theme=str(self.theme.currentData()),
        )

    # -- making the PDF ---------------------------------------------------------------

    def changed(self) -> None:
        """An option changed: the preview is out of date until it is made again (soon)."""
        self._remember_options()
        self.result = None
        self._set_ready(False)
        self.status.setText(self.tr("Mise à jour de l'aperçu…"))
        self._timer.start()

    def _data_changed(self) -> None:
        """Interviews, reviews, inventory or campaigns changed: gather the findings again."""
        self._forget_findings()
        self._load_campaigns()
        self.changed()

    def _forget_findings(self) -> None:
        """The data changed: no findings gathered so far are used again, not even those of a
        preview still being made."""
        self._findings.clear()
        self._gathering += 1

    def refresh(self) -> None:
        if self._operation is not None:
            self._operation.cancel()
        request = self.request()
        cached = self._findings.get(request.findings_key())
        gathering, key = self._gathering, self.context.coach_key

        def work(ctx: OperationContext) -> tuple[PrintResult, Findings, int] | None:
            if ctx.cancelled:  # a newer preview was asked for while this one waited
                return None
            pdf, findings = make_pdf(self.store, request, cached, key)
            return (
                PrintResult(request, pdf, render_pages(pdf, width=PREVIEW_WIDTH, ctx=ctx)),
                findings,
                gathering,
            )

        operation = Operation(work, self)
        operation.succeeded.connect(self._previewed)
        operation.failed.connect(self._preview_failed)
        self._operation = self._started(operation)

    def _started(self, operation: Operation) -> Operation:
        """Show the operation's progress: busy while the PDF is made, then page by page."""
        self.progress.setRange(0, 0)
        self.progress.show()
        self._running.add(operation)
        operation.progressed.connect(self._progressed)
        operation.done.connect(lambda: self._finished(operation))
        return operation.start(self._pool)

    def _finished(self, operation: Operation) -> None:
        self._running.discard(operation)
        self.progress.setVisible(bool(self._running))
        if self._operation is operation:
            self._operation = None
        # `done` comes from the worker thread, which may still be inside that emit: delete
        # the operation a moment later, never while the worker can still touch it.
        QTimer.singleShot(1000, operation.deleteLater)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _previewed(self, outcome: tuple[PrintResult, Findings, int]) -> None:
        result, findings, gathering = outcome
        if gathering != self._gathering:  # the data changed meanwhile: a newer one comes
            return
        self._findings[result.request.findings_key()] = findings
        if result.request != self.request():  # options changed meanwhile: a newer one comes
            return
        self.result = result
        self._show_pages(result.pages)
        self.status.setText(self.tr("Aperçu : ") + self._pages_text(len(result.pages)))
        self._show_sealed(findings.dataset.sealed_unopened)
        self._set_ready(True)

    def _show_sealed(self, unopened: int) -> None:
        """No quote is printed while some interviews keep their personal answers sealed (a
        quote could name one of those residents, and nothing here can check it): say so, and
        offer this laptop's coach key to open them."""
        self._unopened = unopened
        self.sealed_note.setVisible(bool(unopened))
        can_open = self.context.locked_coach_key() is not None and self.context.coach_key is None
        self.unlock_button.setVisible(bool(unopened) and can_open)
        note = self.tr(
            "Sans citations : {n} entretien(s) gardent leurs données personnelles scellées ; "
            "une citation pourrait nommer l'un de ces habitants et rien ici ne peut le vérifier."
        )
        self.sealed_note.setText(note.format(n=format_count(unopened)))

    def ask_coach_key(self) -> None:
        if self.key_dialog is not None and self.key_dialog.isVisible():
            return
        self.key_dialog = ask_coach_key(self.context, self._unopened, self)

    def _preview_failed(self, error: BaseException) -> None:
        self._show_pages([])
        self.status.setText(self.tr("Aperçu impossible : ") + error_text(error))

    def _show_pages(self, images: list[QImage]) -> None:
        while self.pages.count():
            item = self.pages.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for image in images:
            label = QLabel()
            pixmap = QPixmap.fromImage(image)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())
            label.setStyleSheet("border: 1px solid #999; background: white;")
            self.pages.addWidget(label)

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def page_count(self) -> int:
        return len(self.result.pages) if self.result else 0

    # -- saving and printing ----------------------------------------------------------

    def save(self) -> None:
        if self.result is None:
            return
        suggested = {POSTER: "affiche.pdf", FOOTPRINT_POSTER: "notre-empreinte.pdf"}.get(
            self.result.request.kind, "rapport.pdf"
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer en PDF"), suggested, self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        assert self.result is not None
        try:
            path.write_bytes(self.result.pdf)
        except OSError as error:
            QMessageBox.warning(self, "Quartier", self.tr("Impossible d'écrire le fichier : ")
                                + str(error))  # fmt: skip
            return
        self.status.setText(self.tr("Enregistré : ") + str(path))

    def print_(self) -> None:
        if self.result is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> Operation | None:
        """Render the pages at the printer's resolution off the UI thread, then paint them."""
        if self.result is None:
            return None
        pdf = self.result.pdf
        dpi = min(printer.resolution(), PRINT_DPI)
        self.status.setText(self.tr("Préparation de l'impression…"))
        operation = Operation(lambda ctx: render_pages(pdf, dpi=dpi, ctx=ctx), self)
        operation.succeeded.connect(lambda images: self._paint(printer, images))
        operation.failed.connect(self._preview_failed)
        return self._started(operation)

    def _paint(self, printer: QPrinter, images: list[QImage]) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("L'imprimante n'a pas pu démarrer."))
            return
        for index, image in enumerate(images):
            if index:
                printer.newPage()
            target = QRectF(painter.viewport())
            size = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.topLeft(), size.toSizeF()), image)
        painter.end()
        self.status.setText(self.tr("Envoyé à l'imprimante : ") + self._pages_text(len(images)))

    def _pages_text(self, count: int) -> str:
        return self.tr("1 page") if count == 1 else self.tr("{n} pages").format(n=count)
