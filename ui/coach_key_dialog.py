"""The coach's passphrase, asked by the window to open the residents' personal answers sealed
to the coaches (issue 12, `sync.wire.sealing`): this laptop keeps the coach's private key
locked by it. Unlocked, the key stays in the window's memory only (``WorkContext.coach_key``),
never written anywhere; the window forgets it when it closes.

Enter unlocks (off the UI thread: the key derivation takes about a second); a wrong passphrase
says so and keeps the dialog open; Escape continues without the personal data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.changes import Changes
from ui.errors import error_text
from ui.locale_format import format_count
from ui.operations import Operation

if TYPE_CHECKING:
    from nacl.public import PrivateKey

    from sync.wire.sealing import LockedKey
    from ui.work_context import WorkContext


def _unlock(locked: LockedKey, passphrase: str) -> PrivateKey:
    from sync.wire.sealing import unlock  # libsodium, loaded when first needed

    return unlock(locked, passphrase)


class CoachKeyDialog(QDialog):
    """Asks the passphrase of this laptop's coach key. Accepted once the key is unlocked
    (`key`); rejected (Escape, « Continuer sans ») leaves `key` None."""

    def __init__(self, locked: LockedKey, sealed: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locked = locked
        self.key: PrivateKey | None = None
        self.unlocking: Operation | None = None
        self.setWindowTitle(self.tr("Clé de coach"))
        self.explanation = QLabel(
            self.tr(
                "Entretiens aux données personnelles scellées pour les coaches (nom, "
                "téléphone, e-mail des habitants) : {n}. Tapez la phrase de passe de votre clé de "
                "coach pour les ouvrir dans cette fenêtre : la clé reste en mémoire jusqu'à sa "
                "fermeture, elle n'est écrite nulle part."
            ).format(n=format_count(sealed))
        )
        self.explanation.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(320)
        title = QLabel(self.tr("&Phrase de passe"))
        title.setBuddy(self.passphrase)
        self.message = QLabel()  # a wrong passphrase, or "unlocking…"
        self.message.setWordWrap(True)
        self.message.hide()

        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("&Déverrouiller"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        self.skip_button = self.buttons.addButton(
            self.tr("Continuer &sans données personnelles"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.skip_button.setAutoDefault(False)  # Enter unlocks, whichever button had focus
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(title)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def accept(self) -> None:
        """Unlock the key with what was typed, off the UI thread; the dialog closes only once
        it is unlocked."""
        if self.unlocking is not None:
            return
        locked, passphrase = self.locked, self.passphrase.text()
        self._busy(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Déverrouillage…"))
        self.message.show()
        self._fit()
        self.unlocking = Operation(lambda _ctx: _unlock(locked, passphrase), self)
        self.unlocking.succeeded.connect(self._unlocked)
        self.unlocking.failed.connect(self._refused)
        self.unlocking.start()

    def reject(self) -> None:
        self.unlocking = None  # an unlocking still under way is then dropped
        super().reject()

    def _unlocked(self, key: Any) -> None:
        if self.unlocking is None:  # the coach continued without it meanwhile
            return
        self.unlocking = None
        self.key = key
        super().accept()

    def _refused(self, error: BaseException) -> None:
        if self.unlocking is None:
            return
        self.unlocking = None
        self._busy(False)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(error_text(error))
        self._fit()

    def _fit(self) -> None:
        """Grow to show the message whole (the wrapped texts' height at this width)."""
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _busy(self, busy: bool) -> None:
        self.passphrase.setReadOnly(busy)  # keeps the focus, where Enter is typed again
        self.unlock_button.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.WaitCursor if busy else Qt.CursorShape.ArrowCursor)


def ask_coach_key(context: WorkContext, sealed: int, parent: QWidget) -> CoachKeyDialog | None:
    """Ask the passphrase of this laptop's coach key (None when it has none). Once unlocked,
    the key is the window's (`WorkContext.coach_key`), the interviews it opens are shared with
    the coaches who joined since (`app.store.seal_sharing`, sent at the next sync), and every
    section showing interviews gathers them again with the personal answers opened."""
    locked = context.locked_coach_key()
    if locked is None:
        return None
    context.coach_key_asked = True
    dialog = CoachKeyDialog(locked, sealed, parent)

    def unlocked() -> None:
        key, store = dialog.key, context.store
        context.coach_key = key
        assert key is not None
        # the interviews this key opens are shared with the coaches who joined since
        Operation(lambda _ctx: store.submissions.share_seals(key), parent).announce(
            context.changes, Changes(submissions=True, outbox=True), parent,
            if_failed=Changes(submissions=True),
        ).start()  # fmt: skip

    dialog.accepted.connect(unlocked)
    dialog.open()
    return dialog
