"""The local store: the one door through which the rest of Quartier reads and writes a
device's data. No SQL against these tables lives outside this package.

`Store` opens the database (instance lock, migrations, this device's id) and offers it in
parts that share its engine: `store.settings`, `store.directory` (neighbourhoods, campaigns,
people), `store.forms`, `store.submissions`, `store.reviews`, `store.inventory`,
`store.projects` (transition projects' sheets), `store.budget_rounds` (participatory
budget rounds), `store.catalogue` (actions other neighbourhoods share),
`store.attachments`, `store.outbox` (what waits for the server) and
`store.inbox` (changes brought from another device). Every public method of a part is one
transaction: when it returns, the change is on disk (WAL, synchronous=FULL); when it raises,
nothing of it was written.
"""

from __future__ import annotations

from pathlib import Path

from app.db import create_sqlite_engine, migrate, translated_errors
from app.errors import StoreError
from app.instance_lock import InstanceLock
from app.store.attachments import Attachments
from app.store.budget_rounds import BudgetRounds
from app.store.catalogue import Catalogue
from app.store.database import Database
from app.store.directory import Directory
from app.store.forms import Forms
from app.store.inbox import Inbox
from app.store.inventory import Inventory
from app.store.outbox import Outbox
from app.store.projects import Projects
from app.store.reviews import Reviews
from app.store.settings import Key, Settings
from app.store.submissions import Submissions, street_of, submission_payload
from app.store.vault import Vault

__all__ = ["Key", "Store", "street_of", "submission_payload"]


class Store:
    """A device's database. Open with `Store.open(path)`; close it (or use `with`)."""

    def __init__(self, path: Path, *, exclusive: bool = True) -> None:
        self.path = Path(path)
        self._lock = InstanceLock(self.path) if exclusive else None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self._lock:
                self._lock.acquire(self.path)
        except OSError as error:
            raise StoreError("db.cannot_open", path=self.path, reason=error.strerror) from error
        try:
            with translated_errors(self.path):
                self.engine = create_sqlite_engine(self.path)
                migrate(self.engine, self.path)
            db = Database(self.engine, self.path)
            self.settings = Settings(db)
            self.device_id = self.settings.ensure_device()
            # only the one writer seals what an older Quartier left in clear
            self.settings.keep_secrets_in(Vault(self.device_id), seal_clear=exclusive)
        except BaseException:
            self.close()
            raise
        self.directory = Directory(db)
        self.forms = Forms(db)
        self.submissions = Submissions(db, self.device_id)
        self.reviews = Reviews(db)
        self.inventory = Inventory(db, self.device_id)
        self.projects = Projects(db, self.device_id)
        self.budget_rounds = BudgetRounds(db)
        self.catalogue = Catalogue(db)
        self.attachments = Attachments(db)
        self.outbox = Outbox(db)
        self.inbox = Inbox(db)
        if exclusive:  # the one writer installs a built-in form's new version beside the old
            try:
                self.forms.upgrade_builtin()
            except BaseException:
                self.close()
                raise

    @classmethod
    def open(cls, path: Path | str, *, exclusive: bool = True) -> Store:
        return cls(Path(path), exclusive=exclusive)

    def close(self) -> None:
        if hasattr(self, "engine"):
            self.engine.dispose()
        if self._lock:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
