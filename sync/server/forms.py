"""Published forms: what devices download."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    insert,
    select,
    update,
)

from survey_forms.builtin import EARLIER_VERSIONS, is_outdated, load_builtin
from sync.server import schema as t
from sync.server.database import Database
from sync.wire.clock import now_iso


class Forms(Database):
    """Form versions as devices receive them; the built-in ones published on demand."""

    def put_form(self, form_id: str, version: str, definition: dict[str, Any]) -> None:
        with self._write() as w:
            key = (t.form.c.form_id == form_id) & (t.form.c.version == version)
            if not w.conn.execute(update(t.form).where(key).values(definition=definition)).rowcount:
                w.conn.execute(
                    insert(t.form).values(
                        form_id=form_id,
                        version=version,
                        definition=definition,
                        created_at=now_iso(),
                    )
                )

    def _publish_builtin_forms(self, form_ids: Iterable[str]) -> None:
        """A campaign names its forms: the built-in ones are published when the server lacks
        them, so a group starts from nothing without a spreadsheet, and their current version
        beside an earlier built-in one (devices download it; interviews keep their version).
        A group's own version of a form is never replaced."""
        newest = self._newest_versions()
        for form_id in form_ids:
            if is_outdated(form_id, newest.get(form_id)):
                form = load_builtin(form_id)
                self.put_form(form.form_id, form.version or "", form.to_dict())

    def _newest_versions(self) -> dict[str, str]:
        """Each form's newest version: the latest published, an earlier built-in version
        never before a later one."""
        with self._read() as conn:
            rows = conn.execute(
                select(t.form.c.form_id, t.form.c.version).order_by(t.form.c.created_at)
            ).all()
        newest: dict[str, str] = {}
        for row in rows:
            earlier = EARLIER_VERSIONS.get(row.form_id, ())
            if row.form_id not in newest or row.version not in earlier:
                newest[row.form_id] = row.version
        return newest

    def forms(self) -> list[dict[str, str]]:
        """Every form version the server offers: form_id and version."""
        with self._read() as conn:
            rows = conn.execute(
                select(t.form.c.form_id, t.form.c.version).order_by(
                    t.form.c.form_id, t.form.c.version
                )
            )
            return [{"form_id": r.form_id, "version": r.version} for r in rows]

    def form_definition(self, form_id: str, version: str) -> dict[str, Any] | None:
        with self._read() as conn:
            return conn.scalar(
                select(t.form.c.definition).where(
                    t.form.c.form_id == form_id, t.form.c.version == version
                )
            )
