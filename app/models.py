"""The local store's tables (`app.tables`) mapped as ORM classes, for Alembic's comparison of
the schema and for tests that like `m.Campaign.id`. The store itself never imports this module:
it queries `app.tables` with SQLAlchemy Core, so the ORM stays out of the start (issue 18).
"""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from app import tables as t


class Base(DeclarativeBase):
    metadata = t.METADATA


class Neighbourhood(Base):
    __table__ = t.NEIGHBOURHOOD


class Campaign(Base):
    __table__ = t.CAMPAIGN


class ReviewDecision(Base):
    __table__ = t.REVIEW_DECISION


class Person(Base):
    __table__ = t.PERSON


class Device(Base):
    __table__ = t.DEVICE


class Form(Base):
    __table__ = t.FORM


class FormVersion(Base):
    __table__ = t.FORM_VERSION


class Submission(Base):
    __table__ = t.SUBMISSION


class InventoryItem(Base):
    __table__ = t.INVENTORY_ITEM


class InventoryVersion(Base):
    __table__ = t.INVENTORY_VERSION


class Project(Base):
    __table__ = t.PROJECT


class ProjectVersion(Base):
    __table__ = t.PROJECT_VERSION


class BudgetRound(Base):
    __table__ = t.BUDGET_ROUND


class BudgetProposal(Base):
    __table__ = t.BUDGET_PROPOSAL


class Ballot(Base):
    __table__ = t.BALLOT


class SharedAction(Base):
    __table__ = t.SHARED_ACTION


class Attachment(Base):
    __table__ = t.ATTACHMENT


class Outbox(Base):
    __table__ = t.OUTBOX


class Setting(Base):
    __table__ = t.SETTING


__all__ = [
    "Attachment",
    "Ballot",
    "Base",
    "BudgetProposal",
    "BudgetRound",
    "Campaign",
    "Device",
    "Form",
    "FormVersion",
    "InventoryItem",
    "InventoryVersion",
    "Neighbourhood",
    "Outbox",
    "Person",
    "Project",
    "ProjectVersion",
    "ReviewDecision",
    "Setting",
    "SharedAction",
    "Submission",
]
