"""The participatory budget in the coach's « Actions » tab (issue 16): a round of the
neighbourhood (a title, an envelope), the projects proposed with their cost (each candidate
says why it may not be, ``app.actions.budget_rounds.eligibility``), numbered paper ballots to
print, the ballots entered at the residents' meeting (a household's number and a box per
project), and the tally by both rules side by side, greedy by approval and the Method of Equal
Shares, with each rule's audit, step by step; the tally prints on A4.

One ballot per household: the same ballot entered twice is kept and counted once; a different
ballot for a household already entered replaces the first once the coach says so (the first is
withdrawn). Everything is read and written off the UI thread; rounds stay on this laptop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.actions import budget_rounds as rounds_
from app.actions.ballot_codes import household_of
from app.actions.budget import COMPLETION, FUNDED, GREEDY, Election, Tally, tie_order
from app.actions.projects import budget_total
from app.actions.words import WORDS
from app.errors import InvalidOperation
from app.printing.texts import Languages
from app.records import ProjectRecord
from app.store import Store
from app.store.budget_rounds import REPEATED, BallotRecord, ProposalRecord, RoundRecord
from survey_forms.model import Texts, text_in
from ui.coach.one_at_a_time import ActionsPage
from ui.coach.project_dialog import euros_text
from ui.errors import error_text, show_error
from ui.locale_format import format_count, format_date, interface_language
from ui.notices import busy_bar, hint, message_line, say
from ui.operations import Operation
from ui.work_context import WorkContext

MARK = "✓"
#: What entering a ballot did (besides the store's RECORDED and REPEATED).
REPLACED = "replaced"
#: Ballots printed by default, and at most.
BALLOTS, MOST_BALLOTS = 60, 2000


@dataclass(frozen=True)
class Candidate:
    """A project of the neighbourhood, its cost (its budget's total) and why it may not be
    proposed (message keys; none: it may)."""

    project: ProjectRecord
    cost: int
    reasons: list[str]
    proposed: str | None = None


@dataclass(frozen=True)
class BudgetState:
    """What the panel shows of a neighbourhood's rounds, read at once."""

    rounds: list[RoundRecord]
    round: RoundRecord | None = None
    proposals: list[ProposalRecord] = field(default_factory=list)
    ballots: list[BallotRecord] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    election: Election | None = None
    tallies: list[Tally] = field(default_factory=list)


def budget_state(store: Store, neighbourhood_id: str | None, round_id: str | None) -> BudgetState:
    """The neighbourhood's rounds; of the one chosen (else the latest), its proposals, ballots,
    the candidates and, with proposals, the tally by both rules."""
    if neighbourhood_id is None:
        return BudgetState([])
    rounds = store.budget_rounds.all(neighbourhood_id)
    chosen = next((r for r in rounds if r.id == round_id), rounds[0] if rounds else None)
    if chosen is None:
        return BudgetState(rounds)
    proposals = store.budget_rounds.proposals(chosen.id)
    ballots = store.budget_rounds.ballots(chosen.id)
    codes = {p.project_id: p.code for p in proposals}
    candidates = []
    for project in store.projects.all(neighbourhood_id):
        cost = budget_total(project.data)
        candidates.append(Candidate(project, cost, rounds_.eligibility(project, cost, chosen),
                                    codes.get(project.id)))  # fmt: skip
    election: Election | None = None
    tallies: list[Tally] = []
    if proposals:
        election, tallies = rounds_.tally(store, chosen.id)
    return BudgetState(rounds, chosen, proposals, ballots, candidates, election, tallies)


def enter_ballot(
    store: Store, round_id: str, household: str, codes: list[str], replace: bool
) -> str:
    """RECORDED, REPEATED (the same ballot again: counted once) or REPLACED (the household's
    earlier ballot withdrawn, this one entered)."""
    if replace:
        store.budget_rounds.withdraw(round_id, household)
        store.budget_rounds.record_ballot(round_id, household, codes)
        return REPLACED
    return store.budget_rounds.record_ballot(round_id, household, codes)


def euros(amount: int | Fraction, lang: str) -> str:
    return euros_text(amount, lang)


def in_euros(box: QSpinBox, lang: str) -> QSpinBox:
    """« 4 000 € » in French, « € 4.000 » in Dutch and English."""
    if lang == "fr":
        box.setSuffix(" €")
    else:
        box.setPrefix("€ ")
    box.setGroupSeparatorShown(True)
    return box


class RoundDialog(QDialog):
    """A new round: its title and envelope."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ouvrir un tour de budget participatif"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("par exemple « Budget participatif 2027 »"))
        self.envelope = QSpinBox()
        self.envelope.setRange(1, 10_000_000)
        self.envelope.setSingleStep(100)
        self.envelope.setValue(4000)
        in_euros(self.envelope, interface_language())
        self.message = message_line()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ouvrir le tour"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Titre"), self.title)
        layout.addRow(self.tr("&Enveloppe"), self.envelope)
        layout.addRow(self.message)
        layout.addRow(buttons)

    def _accept(self) -> None:
        if not self.title.text().strip():
            say(self.message, self.tr("Donnez un titre au tour."), error=True)
            self.title.setFocus()
            return
        self.accept()


class BudgetPanel(ActionsPage):
    """Emits ``loaded`` each time the round is shown again, ``ballot_entered(what)`` once a
    ballot is in (RECORDED, REPEATED or REPLACED) and ``printed(path)`` once a PDF is
    written."""

    loaded = Signal()
    ballot_entered = Signal(str)
    printed = Signal(object)

    def __init__(
        self,
        context: WorkContext,
        languages: Callable[[], Languages],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, languages, parent)
        self.state = BudgetState([])
        self.round_dialog: RoundDialog | None = None
        self.boxes: list[QCheckBox] = []
        self._build()
        self._enable()

    def say(self, texts: Texts, **params: object) -> str:
        return text_in(texts, self.lang, "fr").format(**params)

    # -- building --------------------------------------------------------------------------

    def _table(
        self, headers: list[str], stretch: int | None = None, fitted: bool = True
    ) -> QTableWidget:
        """A read-only table; ``fitted``: as tall as its rows (the page scrolls)."""
        table = QTableWidget(0, len(headers))
        if fitted:
            table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        # wrapped texts keep their lines when the columns change width
        header.sectionResized.connect(lambda *_args: table.resizeRowsToContents())
        return table

    def _build(self) -> None:
        self.round = QComboBox()
        self.round.setAccessibleName(self.tr("Tour de budget participatif"))
        self.round.activated.connect(lambda _i: self.reload())
        self.open_button = QPushButton(self.tr("Ouvrir un tour…"))
        self.open_button.clicked.connect(self.ask_open_round)
        self.close_button = QPushButton(self.tr("Clôturer le tour…"))
        self.close_button.clicked.connect(self.ask_close_round)
        self.round_state = QLabel()
        self.round_state.setWordWrap(True)
        self.busy = busy_bar()
        self.message = message_line()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tour :")))
        top.addWidget(self.round, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.close_button)
        top.addWidget(self.busy)

        # the projects proposed, and the neighbourhood's projects that may be
        self.proposals = self._table([self.tr("Code"), self.tr("Projet proposé"),
                                      self.tr("Coût")], stretch=1)  # fmt: skip
        self.candidates = self._table([self.tr("Projet du quartier"), self.tr("Coût"),
                                       self.tr("Peut-il être proposé ?")], stretch=2)  # fmt: skip
        self.candidates.itemSelectionChanged.connect(self._candidate_chosen)
        self.cost = QSpinBox()
        self.cost.setRange(0, 10_000_000)
        in_euros(self.cost, self.lang)
        self.cost.setAccessibleName(self.tr("Coût proposé"))
        self.cost.valueChanged.connect(lambda _v: self._show_eligibility())
        self.eligible = QLabel()
        self.eligible.setWordWrap(True)
        self.propose_button = QPushButton(self.tr("Proposer au vote"))
        self.propose_button.clicked.connect(lambda: self.propose())
        propose = QHBoxLayout()
        propose.addWidget(QLabel(self.tr("Coût proposé :")))
        propose.addWidget(self.cost)
        propose.addWidget(self.propose_button)
        propose.addStretch(1)
        left = QGroupBox(self.tr("Les projets"))
        column = QVBoxLayout(left)
        column.addWidget(self.proposals)
        column.addWidget(self.candidates)
        column.addLayout(propose)
        column.addWidget(self.eligible)
        column.addStretch(1)

        # the ballots
        self.household = QLineEdit()
        self.household.setPlaceholderText(self.tr("n° du bulletin, par exemple 017"))
        self.household.setAccessibleName(self.tr("Numéro du ménage"))
        self.household.setMaximumWidth(200)
        self.household.returnPressed.connect(lambda: self.enter())
        self.box_area = QWidget()
        self.box_grid = QGridLayout(self.box_area)
        self.box_grid.setContentsMargins(0, 0, 0, 0)
        self.no_boxes = QLabel(self.tr("Proposez d'abord des projets au vote."))
        self.no_boxes.setStyleSheet("color: palette(placeholder-text);")
        self.box_grid.addWidget(self.no_boxes, 0, 1)
        self.enter_button = QPushButton(self.tr("Enregistrer le bulletin"))
        self.enter_button.clicked.connect(lambda: self.enter())
        self.ballot_message = QLabel()
        self.ballot_message.setWordWrap(True)
        self.ballot_message.hide()
        self.ballots = self._table([self.tr("N°"), self.tr("Ménage"), self.tr("Projets approuvés"),
                                    self.tr("Compté")], stretch=3, fitted=False)  # fmt: skip
        self.ballots.setMinimumHeight(180)
        self.ballots.itemSelectionChanged.connect(self._enable)
        self.ballot_count = QLabel()
        self.ballot_count.setWordWrap(True)
        self.withdraw_button = QPushButton(self.tr("Retirer le bulletin de ce ménage"))
        self.withdraw_button.clicked.connect(lambda: self.withdraw())
        self.print_count = QSpinBox()
        self.print_count.setRange(1, MOST_BALLOTS)
        self.print_count.setValue(BALLOTS)
        self.print_count.setAccessibleName(self.tr("Nombre de bulletins à imprimer"))
        self.print_first = QSpinBox()
        self.print_first.setRange(1, 99999)
        self.print_first.setAccessibleName(self.tr("Numéro du premier bulletin"))
        self.ballots_button = QPushButton(self.tr("Imprimer les bulletins…"))
        self.ballots_button.clicked.connect(self.ask_print_ballots)
        entry = QFormLayout()
        entry.addRow(self.tr("&Ménage n°"), self.household)
        entry.addRow(self.tr("Approuve"), self.box_area)
        entry.addRow("", self.enter_button)
        printing = QHBoxLayout()
        printing.addWidget(QLabel(self.tr("Bulletins numérotés :")))
        printing.addWidget(self.print_count)
        printing.addWidget(QLabel(self.tr("à partir du n°")))
        printing.addWidget(self.print_first)
        printing.addWidget(self.ballots_button)
        printing.addStretch(1)
        middle = QGroupBox(self.tr("Les bulletins (un par ménage)"))
        column = QVBoxLayout(middle)
        column.addWidget(hint(self.tr("Tapez le numéro du bulletin (celui du ménage), cochez les "
                                      "projets qu'il approuve, puis Entrée. Le même ménage encodé "
                                      "deux fois ne compte qu'une fois.")))  # fmt: skip
        column.addLayout(entry)
        column.addWidget(self.ballot_message)
        column.addWidget(self.ballots, 1)
        counted = QHBoxLayout()
        counted.addWidget(self.ballot_count, 1)
        counted.addWidget(self.withdraw_button)
        column.addLayout(counted)
        column.addLayout(printing)

        # the tally, both rules side by side
        self.outcome = self._table([self.tr("Projet"), self.tr("Coût"), self.tr("Voix"),
                                    self.say(WORDS["rule_greedy"]),
                                    self.say(WORDS["rule_equal_shares"])], stretch=0)  # fmt: skip
        self.audits: dict[str, tuple[QLabel, QTableWidget]] = {}
        rules = QHBoxLayout()
        for rule in (GREEDY, "equal_shares"):
            box = QGroupBox(self.say(WORDS[f"rule_{rule}"]))
            inner = QVBoxLayout(box)
            about = hint(self.say(WORDS[f"about_{rule}"]))
            selected = QLabel()
            selected.setWordWrap(True)
            selected.setStyleSheet("font-weight: bold;")
            headers = [self.say(WORDS["step"]), self.say(WORDS["project"]),
                       self.say(WORDS["approvals"]), self.say(WORDS["cost"]),
                       *([self.say(WORDS["share"])] if rule != GREEDY else []),
                       self.say(WORDS["decision"]), self.say(WORDS["left"])]  # fmt: skip
            table = self._table(headers, stretch=len(headers) - 2)
            inner.addWidget(selected)
            inner.addWidget(table)
            inner.addWidget(about)
            inner.addStretch(1)
            rules.addWidget(box)
            self.audits[rule] = (selected, table)
        self.tally_note = QLabel()
        self.tally_note.setWordWrap(True)
        self.tally_button = QPushButton(self.tr("Imprimer le dépouillement…"))
        self.tally_button.clicked.connect(self.ask_print_tally)
        tally_head = QHBoxLayout()
        tally_head.addWidget(self.tally_note, 1)
        tally_head.addWidget(self.tally_button)
        bottom = QGroupBox(self.tr("Le dépouillement"))
        column = QVBoxLayout(bottom)
        column.addLayout(tally_head)
        column.addWidget(self.outcome)
        column.addLayout(rules)
        column.addWidget(hint(self.say(WORDS["ties"])))

        upper = QHBoxLayout()
        upper.addWidget(left, 1)
        upper.addWidget(middle, 1)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(upper)
        column.addWidget(bottom)
        column.addStretch(1)
        self.page = QScrollArea()
        self.page.setWidget(content)
        self.page.setWidgetResizable(True)
        self.page.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.round_state)
        layout.addWidget(self.message)
        layout.addWidget(self.page, 1)

    # -- loading ---------------------------------------------------------------------------

    def set_neighbourhood(self, neighbourhood_id: str | None) -> None:
        if neighbourhood_id != self.neighbourhood_id:
            self.neighbourhood_id = neighbourhood_id
            self.round.clear()
        self.reload()

    def round_id(self) -> str | None:
        data = self.round.currentData()
        return str(data) if data else None

    def reload(self, round_id: str | None = None) -> Operation:
        store, hood, chosen = self.store, self.neighbourhood_id, round_id or self.round_id()
        operation = Operation(lambda _ctx: budget_state(store, hood, chosen), self)
        operation.succeeded.connect(self.show_state)
        operation.failed.connect(lambda error: show_error(self, error))
        return operation.start()

    def show_state(self, state: BudgetState) -> None:
        self.state = state
        self.round.blockSignals(True)
        self.round.clear()
        for r in state.rounds:
            shown = (self.tr("{title} — {envelope} — clôturé").format(
                        title=r.title, envelope=euros(r.envelope, self.lang))
                     if r.closed_at else
                     self.tr("{title} — {envelope} — ouvert").format(
                        title=r.title, envelope=euros(r.envelope, self.lang)))  # fmt: skip
            self.round.addItem(shown, r.id)
        if state.round is not None:
            self.round.setCurrentIndex(self.round.findData(state.round.id))
        self.round.blockSignals(False)
        self._show_round()
        self._show_proposals()
        self._show_boxes()
        self._show_ballots()
        self._show_tally()
        self._enable()
        self.loaded.emit()

    def _show_round(self) -> None:
        r = self.state.round
        if r is None:
            self.round_state.setText(
                self.tr("Aucun tour de budget participatif dans ce quartier : ouvrez-en un, "
                        "avec son enveloppe, puis proposez-y les projets.")
            )  # fmt: skip
        elif r.closed_at:
            self.round_state.setText(
                self.tr("Tour « {title} », enveloppe {envelope}, clôturé le {date} : le "
                        "résultat est définitif.").format(
                    title=r.title, envelope=euros(r.envelope, self.lang),
                    date=format_date(r.closed_at))
            )  # fmt: skip
        else:
            self.round_state.setText(
                self.tr("Tour « {title} », enveloppe {envelope}, ouvert le {date}.").format(
                    title=r.title, envelope=euros(r.envelope, self.lang),
                    date=format_date(r.opened_at))
            )  # fmt: skip

    def _item(self, text: str, right: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _show_proposals(self) -> None:
        proposals = self.state.proposals
        self.proposals.setRowCount(len(proposals))
        for row, p in enumerate(proposals):
            self.proposals.setItem(row, 0, self._item(p.code))
            self.proposals.setItem(row, 1, self._item(p.title))
            self.proposals.setItem(row, 2, self._item(euros(p.cost, self.lang), right=True))
        selected = self.current_candidate()
        candidates = self.state.candidates
        self.candidates.setRowCount(len(candidates))
        for row, c in enumerate(candidates):
            self.candidates.setItem(row, 0, self._item(c.project.title))
            self.candidates.setItem(row, 1, self._item(euros(c.cost, self.lang) if c.cost
                                                       else "—", right=True))  # fmt: skip
            verdict = self._verdict(c, c.cost)
            item = self._item(verdict)
            item.setToolTip(verdict)
            if c.proposed:
                item.setForeground(Qt.GlobalColor.darkGray)
            elif verdict != self.tr("oui"):
                item.setForeground(Qt.GlobalColor.darkRed)
            self.candidates.setItem(row, 2, item)
            if selected is not None and c.project.id == selected.project.id:
                self.candidates.selectRow(row)
        self.candidates.resizeRowsToContents()
        self._show_eligibility()

    def _reason(self, key: str, cost: int) -> str:
        """Why a project may not be proposed, in the window's words."""
        envelope = self.state.round.envelope if self.state.round else 0
        texts = {
            rounds_.NOT_HERE: self.tr("il est d'un autre quartier que le tour"),
            rounds_.DELETED: self.tr("il a été supprimé"),
            rounds_.DONE: self.tr("il est déjà terminé"),
            rounds_.NO_BUDGET: self.tr("sa fiche n'a pas de ligne de budget (ouvrez la fiche, "
                                       "page « Quand et combien »)"),
            rounds_.NOTHING: self.tr("son coût doit être plus que 0 €"),
            rounds_.TOO_DEAR: self.tr("il coûte {cost}, plus que l'enveloppe ({envelope})"),
        }  # fmt: skip
        return texts.get(key, key).format(cost=euros(cost, self.lang),
                                          envelope=euros(envelope, self.lang))  # fmt: skip

    def _verdict(self, candidate: Candidate, cost: int) -> str:
        if candidate.proposed:
            return self.tr("déjà proposé ({code})").format(code=candidate.proposed)
        if self.state.ballots:
            return self.tr("non : le vote a commencé")
        round_ = self.state.round
        reasons = rounds_.eligibility(candidate.project, cost, round_) if round_ else []
        if not reasons:
            return self.tr("oui")
        return self.tr("non : {reasons}").format(
            reasons=" ; ".join(self._reason(key, cost) for key in reasons)
        )

    def current_candidate(self) -> Candidate | None:
        rows = self.candidates.selectionModel().selectedRows()
        found = self.state.candidates
        return found[rows[0].row()] if rows and rows[0].row() < len(found) else None

    def select_candidate(self, project_id: str) -> None:
        for row, c in enumerate(self.state.candidates):
            if c.project.id == project_id:
                self.candidates.selectRow(row)

    def _candidate_chosen(self) -> None:
        candidate = self.current_candidate()
        if candidate is not None:
            self.cost.blockSignals(True)
            self.cost.setValue(candidate.cost)
            self.cost.blockSignals(False)
        self._show_eligibility()
        self._enable()

    def _show_eligibility(self) -> None:
        candidate = self.current_candidate()
        if candidate is None or self.state.round is None:
            self.eligible.setText("")
            return
        verdict = self._verdict(candidate, self.cost.value())
        self.eligible.setText(
            self.tr("« {title} » à {cost} — peut être proposé : {verdict}").format(
                title=candidate.project.title, cost=euros(self.cost.value(), self.lang),
                verdict=verdict)
        )  # fmt: skip
        self.eligible.setStyleSheet("" if verdict == self.tr("oui") else "color: #8a1c1c;")
        self._enable()

    def _show_boxes(self) -> None:
        """A box per project proposed."""
        for box in self.boxes:
            self.box_grid.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        for index, p in enumerate(self.state.proposals):
            box = QCheckBox(f"{p.code} — {p.title} ({euros(p.cost, self.lang)})")
            box.setProperty("code", p.code)
            self.box_grid.addWidget(box, index, 0)
            self.boxes.append(box)
        self.no_boxes.setVisible(not self.boxes)

    def _show_ballots(self) -> None:
        ballots = self.state.ballots
        seen: dict[str, int] = {}
        for b in ballots:
            seen[b.household] = seen.get(b.household, 0) + 1
        selected = self.current_household()
        self.ballots.setRowCount(len(ballots))
        firsts: set[str] = set()
        for row, b in enumerate(ballots):
            again = b.household in firsts
            firsts.add(b.household)
            self.ballots.setItem(row, 0, self._item(str(b.seq), right=True))
            self.ballots.setItem(row, 1, self._item(b.household))
            self.ballots.setItem(row, 2, self._item(" ".join(b.approved) or self.tr("aucun")))
            note = (self.tr("non : encodé deux fois, compte une fois") if again
                    else self.tr("oui"))  # fmt: skip
            item = self._item(note)
            if again:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.ballots.setItem(row, 3, item)
            if b.household == selected and not again:
                self.ballots.selectRow(row)
        self.ballots.scrollToBottom()
        repeated = sum(1 for n in seen.values() if n > 1)
        text = self.tr("Bulletins encodés : {ballots} · ménages comptés : {households}").format(
            ballots=format_count(len(ballots)), households=format_count(len(seen)))  # fmt: skip
        if repeated:
            text += " · " + self.tr("encodés deux fois, comptés une fois : {n}").format(
                n=format_count(repeated))  # fmt: skip
        self.ballot_count.setText(text)

    def current_household(self) -> str | None:
        rows = self.ballots.selectionModel().selectedRows()
        ballots = self.state.ballots
        return ballots[rows[0].row()].household if rows and rows[0].row() < len(ballots) else None

    def _show_tally(self) -> None:
        election, tallies = self.state.election, self.state.tallies
        round_ = self.state.round
        if election is None or round_ is None:
            self.tally_note.setText(
                self.tr(
                    "Le dépouillement se fait dès qu'un projet est "
                    "proposé et se met à jour à chaque bulletin."
                )
            )
            self.outcome.setRowCount(0)
            for selected, table in self.audits.values():
                selected.setText("")
                table.setRowCount(0)
            return
        note = self.tr("Bulletins comptés, un par ménage : {ballots} · enveloppe : {envelope}.")
        note = note.format(ballots=format_count(len(election.ballots)),
                           envelope=euros(election.budget, self.lang))  # fmt: skip
        if not round_.closed_at:
            note += " " + self.say(WORDS["vote_open"])
        self.tally_note.setText(note)
        approvals = election.approvals()
        titles = {p.id: p.title for p in election.projects}
        order = tie_order(election)
        self.outcome.setRowCount(len(order))
        for row, p in enumerate(order):
            self.outcome.setItem(row, 0, self._item(f"{p.id} — {p.title}"))
            self.outcome.setItem(row, 1, self._item(euros(p.cost, self.lang), right=True))
            self.outcome.setItem(row, 2, self._item(format_count(approvals[p.id]), right=True))
            for column, t in enumerate(tallies, start=3):
                funded = p.id in t.selected
                item = self._item(f"{MARK} {self.say(WORDS['funded'])}" if funded else "—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.outcome.setItem(row, column, item)
        decisions = {FUNDED: "funded", COMPLETION: "completion"}
        for t in tallies:
            selected, table = self.audits[t.rule]
            chosen = ", ".join(f"{code} {titles[code]}" for code in t.selected)
            selected.setText(self.say(WORDS["selected"], projects=chosen or self.say(WORDS["none"]),
                                      spent=euros(t.spent, self.lang),
                                      budget=euros(t.budget, self.lang)))  # fmt: skip
            table.setRowCount(len(t.rounds))
            for row, r in enumerate(t.rounds):
                cells = [str(row + 1), r.project, format_count(r.approvals),
                         euros(r.cost, self.lang)]  # fmt: skip
                if t.rule != GREEDY:
                    cells.append(euros(r.rho, self.lang) if r.rho is not None else "")
                cells += [self.say(WORDS[decisions.get(r.outcome, "skipped")]),
                          euros(r.left, self.lang)]  # fmt: skip
                for column, text in enumerate(cells):
                    right = column in (0, 2, 3) or column == len(cells) - 1
                    table.setItem(row, column, self._item(text, right=right))
            table.resizeRowsToContents()

    def funded(self) -> dict[str, tuple[str, ...]]:
        """Each rule's funded projects (codes), as shown."""
        return {t.rule: t.selected for t in self.state.tallies}

    def _enable(self) -> None:
        idle = self.operation is None
        round_ = self.state.round
        open_ = round_ is not None and not round_.closed_at
        voting = bool(self.state.ballots)
        candidate = self.current_candidate()
        can_propose = (round_ is not None and open_ and not voting and candidate is not None
                       and not candidate.proposed and self.cost.value() > 0
                       and not rounds_.eligibility(candidate.project, self.cost.value(),
                                                   round_))  # fmt: skip
        self.open_button.setEnabled(idle and self.neighbourhood_id is not None)
        self.close_button.setEnabled(idle and open_)
        self.propose_button.setEnabled(idle and can_propose)
        self.cost.setEnabled(open_ and not voting)
        self.propose_button.setToolTip(
            self.tr("Le vote a commencé : la liste des projets ne change plus.") if voting else ""
        )
        has_proposals = bool(self.state.proposals)
        for widget in (self.household, self.enter_button, *self.boxes):
            widget.setEnabled(idle and open_ and has_proposals)
        self.withdraw_button.setEnabled(idle and open_ and self.current_household() is not None)
        self.ballots_button.setEnabled(idle and has_proposals)
        self.tally_button.setEnabled(idle and self.state.election is not None)

    # -- a round ---------------------------------------------------------------------------

    def ask_open_round(self) -> RoundDialog | None:
        if self.neighbourhood_id is None:
            return None
        self.round_dialog = RoundDialog(self)
        self.round_dialog.accepted.connect(self._round_chosen)
        self.round_dialog.open()
        return self.round_dialog

    def _round_chosen(self) -> None:
        assert self.round_dialog is not None
        self.open_round(self.round_dialog.title.text().strip(), self.round_dialog.envelope.value())

    def open_round(self, title: str, envelope: int) -> Operation | None:
        store, hood = self.store, self.neighbourhood_id
        if hood is None:
            return None

        def opened(made: RoundRecord) -> None:
            say(self.message, self.tr("Tour « {title} » ouvert, enveloppe {envelope} : proposez-y "
                                      "les projets.").format(
                title=made.title, envelope=euros(made.envelope, self.lang)))  # fmt: skip
            self.reload(made.id)

        return self._run(lambda: store.budget_rounds.open(hood, title, envelope), opened)

    def ask_close_round(self) -> Operation | None:
        round_ = self.state.round
        if round_ is None or round_.closed_at:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Clôturer le tour"),
            self.tr("Clôturer le tour « {title} » ? Plus aucun bulletin ne pourra y entrer et "
                    "le dépouillement sera définitif.").format(title=round_.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return None
        store, rid = self.store, round_.id

        def closed(made: RoundRecord) -> None:
            self.reload(made.id)

        return self._run(lambda: store.budget_rounds.close(rid), closed)

    # -- proposals -------------------------------------------------------------------------

    def propose(self) -> Operation | None:
        candidate, round_ = self.current_candidate(), self.state.round
        if candidate is None or round_ is None:
            return None
        store, rid, pid, cost = self.store, round_.id, candidate.project.id, self.cost.value()

        def proposed(made: ProposalRecord) -> None:
            say(self.message, self.tr("{code} : « {title} » proposé au vote pour {cost}.").format(
                code=made.code, title=made.title, cost=euros(made.cost, self.lang)))  # fmt: skip
            self.reload(rid)

        return self._run(lambda: rounds_.propose(store, rid, pid, cost), proposed)

    # -- ballots ---------------------------------------------------------------------------

    def approved(self) -> list[str]:
        return [str(box.property("code")) for box in self.boxes if box.isChecked()]

    def set_ballot(self, household: str, codes: list[str]) -> None:
        """Type a household's number and tick its projects (as a coach does)."""
        self.household.setText(household)
        for box in self.boxes:
            box.setChecked(str(box.property("code")) in codes)

    def enter(self) -> Operation | None:
        """Enter the ballot typed: a household already entered with another ballot is
        replaced once the coach said so."""
        round_ = self.state.round
        if round_ is None or self.operation is not None:
            return None
        try:  # typed, or read from the ballot's QR code by a hand scanner
            household = household_of(self.household.text(), round_.id)
        except InvalidOperation as error:
            say(self.ballot_message, error_text(error), error=True)
            self.household.selectAll()
            return None
        if not household:
            say(self.ballot_message, self.tr("Tapez d'abord le numéro du ménage (celui de son "
                                             "bulletin)."), error=True)  # fmt: skip
            self.household.setFocus()
            return None
        codes = self.approved()
        earlier = [b for b in self.state.ballots if b.household == household]
        replace = bool(earlier) and sorted(earlier[0].approved) != sorted(codes)
        before = " ".join(earlier[0].approved) if earlier else ""
        if replace:
            answer = QMessageBox.question(
                self,
                self.tr("Un bulletin par ménage"),
                self.tr("Le ménage {household} a déjà un bulletin ({before}). Le remplacer par "
                        "celui-ci ({after}) ? Le ménage ne compte qu'une fois.").format(
                    household=household, before=before or self.tr("aucun projet"),
                    after=" ".join(codes) or self.tr("aucun projet")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                say(self.ballot_message, self.tr("Bulletin du ménage {household} non remplacé : "
                                                 "le premier reste.").format(
                    household=household), error=True)  # fmt: skip
                return None
        store, rid = self.store, round_.id
        after = " ".join(codes) or self.tr("aucun projet")

        def entered(what: str) -> None:
            if what == REPEATED:
                text = self.tr("Le ménage {household} avait déjà exactement ce bulletin : encodé "
                               "deux fois, il ne compte qu'une fois.")  # fmt: skip
            elif what == REPLACED:
                text = self.tr("Le bulletin du ménage {household} remplace le précédent "
                               "({before} → {after}) : il compte une fois.")  # fmt: skip
            else:
                text = self.tr("Bulletin du ménage {household} enregistré : {after}.")
            say(self.ballot_message, text.format(household=household, before=before,
                                                 after=after))  # fmt: skip
            self.set_ballot("", [])
            self.household.setFocus()
            self.reload(rid)
            self.ballot_entered.emit(what)

        self.ballot_message.hide()
        return self._run(lambda: enter_ballot(store, rid, household, codes, replace), entered)

    def withdraw(self, household: str | None = None) -> Operation | None:
        chosen, round_ = household or self.current_household(), self.state.round
        if chosen is None or round_ is None:
            return None
        store, rid = self.store, round_.id

        def withdrawn(count: int) -> None:
            say(self.ballot_message, self.tr("Bulletin du ménage {household} retiré (encodages "
                                             "retirés : {n}).").format(
                household=chosen, n=format_count(count)))  # fmt: skip
            self.reload(rid)

        return self._run(lambda: store.budget_rounds.withdraw(rid, chosen), withdrawn)

    # -- printing --------------------------------------------------------------------------

    def ask_print_ballots(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Imprimer les bulletins"), "bulletins.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.print_ballots(Path(path))

    def print_ballots(self, path: Path) -> Operation | None:
        round_ = self.state.round
        if round_ is None:
            return None
        proposals, languages = self.state.proposals, self.languages()
        count, first = self.print_count.value(), self.print_first.value()

        def write() -> int:
            from app.printing.ballots import draw_ballots

            return draw_ballots(round_, proposals, count, path, languages, first=first)

        def written(pages: int) -> None:
            say(self.message, self.tr("Bulletins numérotés de {first} à {last} : {path} (pages "
                                      "A4 : {pages})").format(
                first=f"{first:03d}", last=f"{first + count - 1:03d}",
                pages=format_count(pages), path=path))  # fmt: skip
            self.printed.emit(path)

        return self._run(write, written)

    def ask_print_tally(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Imprimer le dépouillement"), "depouillement.pdf",
            self.tr("PDF (*.pdf)"),
        )  # fmt: skip
        if path:
            self.print_tally(Path(path))

    def print_tally(self, path: Path) -> Operation | None:
        election, tallies, round_ = self.state.election, self.state.tallies, self.state.round
        if election is None or round_ is None:
            return None
        languages = self.languages()

        def write() -> Path:
            from app.printing.budget_tally import draw_tally

            draw_tally(election, tallies, path, languages, round_title=round_.title)
            return path

        def written(_path: Path) -> None:
            say(self.message, self.tr("Dépouillement enregistré : {path}").format(path=path))
            self.printed.emit(path)

        return self._run(write, written)

    # -- off the UI thread -----------------------------------------------------------------
