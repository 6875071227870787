"""Transition projects' sheets (issue 16): written by a coach from the diagnosis, versioned and
synced like inventory items (`app.store.versioned`): each change is made from the version it
started from, kept in the project's history and merged by the server field by field. What a
sheet holds, and its checks, are `app.actions.projects`; this part only keeps it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from app import tables as t
from app.records import ProjectChange, ProjectRecord
from app.store.database import Database
from app.store.versioned import Kind, Versioned, move_records

PROJECT = t.PROJECT
PROJECT_VERSION = t.PROJECT_VERSION
PROJECTS = Kind("project", PROJECT, PROJECT_VERSION, "project_id", ("title", "theme", "stage"))


class Projects(Versioned):
    def __init__(self, db: Database, device_id: str) -> None:
        super().__init__(db, device_id, PROJECTS)

    def save(
        self,
        neighbourhood_id: str,
        data: dict[str, Any],
        *,
        project_id: str | None = None,
        base_version: int = 0,
        author_id: str | None = None,
        deleted: bool = False,
    ) -> ProjectRecord:
        """Create a project (no `project_id`) or change it from `base_version`; a change made
        from an older version than the current one is refused (`record.stale`)."""
        with self._db.tx() as conn:
            pid = self._save(
                conn,
                neighbourhood_id,
                data,
                record_id=project_id,
                base_version=base_version,
                author_id=author_id,
                deleted=deleted,
            )
            return _project(self, conn, pid)

    def get(self, project_id: str) -> ProjectRecord:
        with self._db.read() as conn:
            return _project(self, conn, project_id)

    def all(
        self,
        neighbourhood_id: str | None = None,
        *,
        theme: str | None = None,
        include_deleted: bool = False,
    ) -> list[ProjectRecord]:
        """The projects by title (of a neighbourhood, of a theme when asked)."""
        stmt = select(PROJECT).order_by(PROJECT.c.title, PROJECT.c.id)
        if neighbourhood_id is not None:
            stmt = stmt.where(PROJECT.c.neighbourhood_id == neighbourhood_id)
        if theme is not None:
            stmt = stmt.where(PROJECT.c.theme == theme)
        if not include_deleted:
            stmt = stmt.where(PROJECT.c.deleted.is_(False))
        with self._db.read() as conn:
            return [ProjectRecord(**r._mapping) for r in conn.execute(stmt)]

    def history(self, project_id: str) -> list[ProjectChange]:
        """Who changed what, oldest first."""
        return [
            ProjectChange(project_id=row.pop("record_id"), **row)
            for row in self._history(project_id)
        ]

    def resolve(
        self,
        project_id: str,
        data: dict[str, Any],
        payload: dict[str, Any],
        *,
        change_id: str,
        deleted: bool,
    ) -> ProjectRecord:
        """A coach's decision on a project's conflicts (`app.conflicts`), sent at the next
        sync to the server's resolve route for projects."""
        with self._db.tx() as conn:
            self._resolve(conn, project_id, data, payload, change_id=change_id, deleted=deleted)
            return _project(self, conn, project_id)


def move_projects(conn: Connection, neighbourhood_id: str, to: str) -> None:
    """A neighbourhood's projects, and their changes waiting to be sent, move to another."""
    move_records(conn, PROJECTS, neighbourhood_id, to)


def _project(projects: Projects, conn: Connection, project_id: str) -> ProjectRecord:
    return ProjectRecord(**projects._row(conn, project_id)._mapping)
