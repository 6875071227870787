"""The sync protocol: the messages both ends exchange, validated the same way on each side.

Every model refuses unknown fields (`extra="forbid"`): a message from a newer or a broken
client is refused rather than half-understood. Payloads are checked against the entity they
claim to be, so a submission cannot smuggle inventory fields in, or the other way round.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from sync.wire.canonical import canonical_hash as canonical_hash
from sync.wire.canonical import canonical_json as canonical_json
from sync.wire.limits import MAX_ITEMS, MAX_KEY, FeedPayload, FormJson, JsonObject, unicode_text
from sync.wire.signing import PUBLIC_KEY

MAX_BATCH = 500
#: Coaches an interview's personal answers may be sealed to.
MAX_RECIPIENTS = 50
#: A 32-byte data key in a libsodium sealed box (48 bytes more), in base64.
SealedKey = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9+/]{107}=$")]

Entity = Literal["submission", "inventory", "project", "review", "seal"]
FeedEntity = Literal[
    "submission", "inventory", "project", "erasure", "campaign", "review", "device"
]
#: A coach's decision on an interview.
ReviewState = Literal["received", "approved", "has_issues", "rejected"]
Status = Literal["accepted", "duplicate", "refused"]
Outcome = Literal["created", "applied", "parallel_update", "conflict", "resolved", "none"]
Role = Literal["admin", "coach", "volunteer"]
#: An id made on a device or the server (a UUID), a form's id or version, an ISO 8601 time:
#: no longer than the server's columns that keep them.
Id = Annotated[str, StringConstraints(min_length=1, max_length=36)]
FormName = Annotated[str, StringConstraints(min_length=1, max_length=100)]
Stamp = Annotated[str, StringConstraints(max_length=32)]
FieldName = Annotated[str, StringConstraints(max_length=MAX_KEY)]
Sha256 = Annotated[str, StringConstraints(pattern="^[0-9a-fA-F]{64}$", to_lower=True)]


class Message(BaseModel):
    """Free-form fields are bounded (`sync.wire.limits`); every other text must be valid
    Unicode too: a lone surrogate would fail where it is stored or sent on."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="after")
    def _valid_unicode(self) -> Self:
        for value in self.__dict__.values():
            for text in value if isinstance(value, list) else [value]:
                if isinstance(text, str):
                    unicode_text(text)
        return self


class Payload(Message):
    """What a change says about its entity. The model is the one list of the entity's fields:
    code that writes or stores a payload takes the list from here, never names them again."""

    @property
    def entity_id(self) -> str:
        raise NotImplementedError

    @classmethod
    def fields_of(cls, checked: Mapping[str, Any]) -> dict[str, Any]:
        """The fields of a payload already checked against this model (`Change` checks every
        payload), defaults filled in, without building the model again: a push stores hundreds."""
        return {name: checked.get(name, field.default) for name, field in cls.model_fields.items()}


class SubmissionPayload(Payload):
    """A finalized interview, as a device sends it."""

    id: Id
    form_id: FormName
    form_version: FormName
    campaign_id: Id | None = None
    author_id: Id | None = None
    #: The volunteer's name as their laptop knows it, so that coaches see who went where.
    author_name: str = Field(default="", max_length=200)
    device_id: Id | None = None
    answers: JsonObject
    created_at: Stamp
    finalized_at: Stamp | None = None
    replaces_id: Id | None = None

    @property
    def entity_id(self) -> str:
        return self.id


class InventoryPayload(Payload):
    """A change to a shared-inventory item, made from `base_version` (the outbox payload of
    `app.store.inventory.Inventory.save`). `data` is the whole item as the device saw it."""

    item_id: Id
    neighbourhood_id: Id
    base_version: int = Field(ge=0, le=2**31)
    #: `sync.wire.merge.base_hash` of the item the change was made from: the base the server
    #: merges against. Laptops before it send none (the server then goes by `base_version`).
    base_hash: str | None = Field(default=None, pattern="^[0-9a-f]{64}$")
    data: JsonObject
    changed_fields: list[FieldName] = Field(max_length=MAX_ITEMS)
    deleted: bool = False
    author_id: Id | None = None
    device_id: Id | None = None
    created_at: Stamp

    @property
    def entity_id(self) -> str:
        return self.item_id


class ProjectPayload(InventoryPayload):
    """A change to a transition project's sheet (`app.store.projects`): versioned and merged
    exactly as an inventory item is, so it has the same fields; `item_id` names the project."""


class ReviewPayload(Payload):
    """A coach's review decision on a finalized interview (duplicate decisions are reviews
    too). Only a coach's own laptop may push one."""

    id: str = Field(min_length=1, max_length=100)
    review_state: ReviewState
    review_comment: str = Field(default="", max_length=2000)
    reviewed_at: Stamp

    @property
    def entity_id(self) -> str:
        return self.id


class SealPayload(Payload):
    """A coach shares an interview's sealed personal answers with coaches who joined after it
    was finalized: its data key sealed to each of their public keys (`sync.wire.sealing`).
    Only a coach's own laptop may push one; the server adds them, never replaces any."""

    id: Id
    to: dict[Annotated[str, StringConstraints(pattern=PUBLIC_KEY)], SealedKey] = Field(
        min_length=1, max_length=MAX_RECIPIENTS
    )

    @property
    def entity_id(self) -> str:
        return self.id


PAYLOADS: dict[str, type[Payload]] = {
    "submission": SubmissionPayload,
    "inventory": InventoryPayload,
    "project": ProjectPayload,
    "review": ReviewPayload,
    "seal": SealPayload,
}


class Change(Message):
    """One change born on a device, identified by its change_id wherever it travels."""

    change_id: uuid.UUID
    entity: Entity
    entity_id: str = Field(min_length=1, max_length=100)
    payload: dict[str, Any]

    @model_validator(mode="after")
    def _payload_matches_entity(self) -> Change:
        parsed = PAYLOADS[self.entity].model_validate(self.payload)
        if parsed.entity_id != self.entity_id:
            raise ValueError("entity_id differs from the payload's id")
        return self

    def content_hash(self) -> str:
        """SHA-256 of the canonical JSON of what the change says (not of how it was sent)."""
        return canonical_hash({"entity": self.entity, "entity_id": self.entity_id, **self.payload})


class PushRequest(Message):
    changes: list[Change] = Field(max_length=MAX_BATCH)


class ChangeResult(Message):
    """What became of one pushed change. `duplicate` is an acknowledgement too: the server
    already had exactly this change. `refused` (HTTP 409 in spirit) means the change id was
    already used for different content, or the change is not allowed; it is not marked sent."""

    change_id: uuid.UUID
    status: Status
    outcome: Outcome = "none"
    reason: str | None = None

    @property
    def acknowledged(self) -> bool:
        return self.status in ("accepted", "duplicate")


class PushResponse(Message):
    results: list[ChangeResult]


class FeedEntry(Message):
    """One entry of the server's change feed. For inventory (and projects) the payload is the
    item's whole state after the change (the server is the reference); for an erasure, the
    ids erased."""

    seq: int
    change_id: Id
    entity: FeedEntity
    entity_id: str = Field(min_length=1, max_length=100)
    neighbourhood_id: Id
    payload: FeedPayload


class PullResponse(Message):
    changes: list[FeedEntry] = Field(max_length=MAX_BATCH)
    next_cursor: int
    more: bool


class Resolution(Message):
    """A coach's decision on an item's conflicts: the value each listed field keeps."""

    change_id: uuid.UUID
    values: JsonObject


class LoginRequest(Message):
    name: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=500)


class TokenResponse(Message):
    token: str
    role: Role
    neighbourhood_ids: list[str]


class EnrolRequest(Message):
    code: str = Field(min_length=4, max_length=100)
    device_name: str = Field(default="", max_length=200)
    #: The laptop's own id, made once: a retry after a lost answer gets the same enrolment.
    device_id: uuid.UUID | None = None
    #: The laptop's Ed25519 public key (its bundles are checked against it); set once.
    public_key: str | None = Field(default=None, pattern=PUBLIC_KEY)


class CoachDeviceRequest(Message):
    """A coach enrols their own laptop with their session (no code needed)."""

    neighbourhood_id: Id
    device_id: uuid.UUID
    device_name: str = Field(default="", max_length=200)
    public_key: str | None = Field(default=None, pattern=PUBLIC_KEY)


class DeviceKey(Message):
    """Feed entity `device` (coaches' laptops only): a device of the neighbourhood and its
    public key, so that a coach's laptop checks the bundles it is handed."""

    public_key: str = Field(pattern=PUBLIC_KEY)
    revoked: bool = False


class CoachKey(Message):
    """A coach's public sealing key (X25519, hexadecimal; `sync.wire.sealing`)."""

    public_key: str = Field(pattern=PUBLIC_KEY)


class CoachKeys(Message):
    """The coaches' public sealing keys of the caller's neighbourhoods, by neighbourhood."""

    neighbourhoods: dict[Id, list[Annotated[str, StringConstraints(pattern=PUBLIC_KEY)]]]


class EnrolResponse(Message):
    token: str
    device_id: str
    neighbourhood_id: str
    neighbourhood_name: str


class EnrolmentCodeRequest(Message):
    neighbourhood_id: Id
    uses: int | None = Field(default=1, ge=1, le=1000)
    valid_hours: int = Field(default=72, ge=1, le=24 * 90)


class EnrolmentCodeResponse(Message):
    id: str
    code: str
    neighbourhood_id: str
    expires_at: str
    uses: int | None
    qr_svg: str


class CampaignRequest(Message):
    """A survey round: what a coach or an admin creates or edits."""

    neighbourhood_id: Id
    name: str = Field(min_length=1, max_length=200)
    starts_on: date
    ends_on: date
    target_households: int | None = Field(default=None, ge=1, le=1_000_000)
    streets: list[Annotated[str, StringConstraints(max_length=200)]] = Field(
        default_factory=list, max_length=5000
    )
    forms: list[FormName] = Field(default_factory=list, max_length=50)
    closed: bool = False

    @model_validator(mode="after")
    def _dates_in_order(self) -> CampaignRequest:
        if self.ends_on < self.starts_on:
            raise ValueError("ends_on is before starts_on")
        return self


class CampaignState(Message):
    """A campaign as the server keeps it and devices receive it (feed entity `campaign`)."""

    id: str
    neighbourhood_id: str
    name: str
    starts_on: str
    ends_on: str
    target_households: int | None
    streets: list[str]
    forms: list[str]
    closed_at: str | None
    updated_at: str


class FormVersionInfo(Message):
    form_id: str
    version: str


class FormDefinition(FormVersionInfo):
    definition: FormJson


class MissingAttachments(Message):
    sha256: list[Sha256] = Field(max_length=MAX_BATCH)


#: The response header of every pull that names the server's epoch (its timeline): it changes
#: when the server's database is restored from a backup.
EPOCH_HEADER = "Quartier-Epoch"


class EpochInfo(Message):
    """Where a device that pulled in epoch `since` stands now. `resume_from` is None when
    that epoch is still the server's timeline; else the feed number where the two part
    (0 when that epoch is unknown here): the device pulls again from there and asks which of
    its acknowledged changes the server lacks."""

    epoch: Id
    resume_from: int | None


class MissingChanges(Message):
    """Change ids a device had acknowledged: the server answers with those it lacks."""

    change_ids: list[uuid.UUID] = Field(max_length=MAX_BATCH)
