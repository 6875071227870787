"""Form versions: each kept with its parsed definition and the XLSForm it came from."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, insert, select, update

from app import tables as t
from app.errors import RecordNotFound
from app.store.database import Database
from survey_forms.builtin import BUILTIN_IDS
from sync.wire.clock import now_iso

if TYPE_CHECKING:
    from survey_forms.model import Form


class Forms:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, form: Form, source: bytes | None = None) -> None:
        """Keep a form version (its parsed definition and the XLSForm it came from).
        Importing the same version again replaces its definition."""
        with self._db.tx() as conn:
            if conn.scalar(select(t.FORM.c.form_id).where(t.FORM.c.form_id == form.form_id)):
                conn.execute(
                    update(t.FORM).where(t.FORM.c.form_id == form.form_id).values(title=form.title)
                )
            else:
                conn.execute(insert(t.FORM).values(form_id=form.form_id, title=form.title))
            key = and_(
                t.FORM_VERSION.c.form_id == form.form_id,
                t.FORM_VERSION.c.version == (form.version or ""),
            )
            values = {"definition": form.to_dict(), "source": source, "imported_at": now_iso()}
            if not conn.execute(update(t.FORM_VERSION).where(key).values(**values)).rowcount:
                conn.execute(
                    insert(t.FORM_VERSION).values(
                        form_id=form.form_id, version=form.version or "", **values
                    )
                )

    def ensure_builtin(self, form_ids: Iterable[str] = BUILTIN_IDS) -> None:
        """Keep the current version of Quartier's own forms among these: installed where
        this laptop has no version of one (a laptop working without a server, an import of
        interviews made with one), and beside an earlier built-in version, as ODK installs a
        new form version: interviews keep the version they were made with (and open with
        it), new ones take the newest. A group's own version of a form is never replaced."""
        from survey_forms.builtin import is_outdated, load_builtin

        for form_id in dict.fromkeys(form_ids):
            if is_outdated(form_id, self._newest_version(form_id)):
                self.add(load_builtin(form_id))

    def upgrade_builtin(self) -> None:
        """At each opening: the built-in forms this laptop holds get their current version
        (an earlier release of Quartier installed version 1 of the interview form)."""
        with self._db.read() as conn:
            here = set(conn.scalars(select(t.FORM.c.form_id)))
        self.ensure_builtin(f for f in BUILTIN_IDS if f in here)

    def _newest_version(self, form_id: str) -> str | None:
        versions = self._versions_newest_first(form_id)
        return versions[0][0] if versions else None

    def _versions_newest_first(self, form_id: str) -> list[tuple[str, dict[str, Any]]]:
        """(version, definition), the newest first: the latest imported, except that an
        earlier built-in version never comes before a later one (a server still offering
        version 1 does not bring it back in front of version 2)."""
        from survey_forms.builtin import EARLIER_VERSIONS

        earlier = EARLIER_VERSIONS.get(form_id, ())
        query = (
            select(
                t.FORM_VERSION.c.version, t.FORM_VERSION.c.definition, t.FORM_VERSION.c.imported_at
            )
            .where(t.FORM_VERSION.c.form_id == form_id)
            .order_by(t.FORM_VERSION.c.imported_at.desc())
        )
        with self._db.read() as conn:
            rows = conn.execute(query).all()
        ranked = sorted(rows, key=lambda r: r.version in earlier)  # stable: by date within
        return [(r.version, r.definition) for r in ranked]

    def get(self, form_id: str, version: str | None = None) -> Form:
        """A form version (the newest when `version` is None: the latest imported, never an
        earlier built-in version before a later one)."""
        from survey_forms.model import Form

        if version is None:
            versions = self._versions_newest_first(form_id)
            definition = versions[0][1] if versions else None
        else:
            query = select(t.FORM_VERSION.c.definition).where(
                t.FORM_VERSION.c.form_id == form_id, t.FORM_VERSION.c.version == version
            )
            with self._db.read() as conn:
                definition = conn.scalar(query)
        if definition is None:
            raise RecordNotFound("form.unknown", form_id=form_id, version=version or "?")
        return Form.from_dict(definition)

    def source(self, form_id: str, version: str) -> bytes | None:
        """The XLSForm a version came from (None for a form built in code)."""
        with self._db.read() as conn:
            return conn.scalar(
                select(t.FORM_VERSION.c.source).where(
                    t.FORM_VERSION.c.form_id == form_id, t.FORM_VERSION.c.version == version
                )
            )

    def versions(self) -> list[dict[str, Any]]:
        """Every form version: form_id, version, title, imported_at."""
        query = (
            select(
                t.FORM.c.form_id,
                t.FORM.c.title,
                t.FORM_VERSION.c.version,
                t.FORM_VERSION.c.imported_at,
            )
            .join(t.FORM_VERSION)
            .order_by(t.FORM.c.form_id, t.FORM_VERSION.c.imported_at)
        )
        with self._db.read() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]
