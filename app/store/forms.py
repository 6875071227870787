"""Form versions: each kept with its parsed definition and the XLSForm it came from."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, insert, select, update

from app import models as m
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
            if conn.scalar(select(m.Form.form_id).where(m.Form.form_id == form.form_id)):
                conn.execute(
                    update(m.Form).where(m.Form.form_id == form.form_id).values(title=form.title)
                )
            else:
                conn.execute(insert(m.Form).values(form_id=form.form_id, title=form.title))
            key = and_(
                m.FormVersion.form_id == form.form_id, m.FormVersion.version == (form.version or "")
            )
            values = {"definition": form.to_dict(), "source": source, "imported_at": now_iso()}
            if not conn.execute(update(m.FormVersion).where(key).values(**values)).rowcount:
                conn.execute(
                    insert(m.FormVersion).values(
                        form_id=form.form_id, version=form.version or "", **values
                    )
                )

    def ensure_builtin(self, form_ids: Iterable[str] = BUILTIN_IDS) -> None:
        """Keep Quartier's own forms among these that this laptop has no version of (a
        laptop working without a server, an import of interviews made with one)."""
        from survey_forms.builtin import load_builtin

        with self._db.read() as conn:
            here = set(conn.scalars(select(m.Form.form_id)))
        for form_id in dict.fromkeys(form_ids):
            if form_id in BUILTIN_IDS and form_id not in here:
                self.add(load_builtin(form_id))

    def get(self, form_id: str, version: str | None = None) -> Form:
        """A form version (the latest imported when `version` is None)."""
        from survey_forms.model import Form

        query = select(m.FormVersion.definition).where(m.FormVersion.form_id == form_id)
        if version is not None:
            query = query.where(m.FormVersion.version == version)
        with self._db.read() as conn:
            definition = conn.scalar(query.order_by(m.FormVersion.imported_at.desc()).limit(1))
        if definition is None:
            raise RecordNotFound("form.unknown", form_id=form_id, version=version or "?")
        return Form.from_dict(definition)

    def source(self, form_id: str, version: str) -> bytes | None:
        """The XLSForm a version came from (None for a form built in code)."""
        with self._db.read() as conn:
            return conn.scalar(
                select(m.FormVersion.source).where(
                    m.FormVersion.form_id == form_id, m.FormVersion.version == version
                )
            )

    def versions(self) -> list[dict[str, Any]]:
        """Every form version: form_id, version, title, imported_at."""
        query = (
            select(m.Form.form_id, m.Form.title, m.FormVersion.version, m.FormVersion.imported_at)
            .join(m.FormVersion)
            .order_by(m.Form.form_id, m.FormVersion.imported_at)
        )
        with self._db.read() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]
