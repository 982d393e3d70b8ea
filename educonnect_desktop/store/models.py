"""peewee models of the local database.

The schema itself is created by the numbered migrations in `store.migrations`;
these classes only map it. `tests/store/test_schema.py` checks that both agree.
"""

from __future__ import annotations

import uuid

from peewee import (
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from ..core.clock import utc_now
from ..core.messages import stored

database_proxy = DatabaseProxy()


def new_uuid() -> str:
    return uuid.uuid4().hex


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class SchemaVersion(BaseModel):
    version = IntegerField()
    applied_at = DateTimeField(default=utc_now)
    app_version = CharField()

    class Meta:
        table_name = "schema_version"


class Establishment(BaseModel):
    uuid = CharField(unique=True, default=new_uuid)
    uai = CharField(unique=True)  # code UAI/RNE, e.g. 0751234A
    name = CharField()
    is_demo = BooleanField(default=False)
    created_at = DateTimeField(default=utc_now)


class AccountKind:
    STUDENT = "student"
    GUARDIAN = "guardian"
    STAFF = "staff"
    ALL = (STUDENT, GUARDIAN, STAFF)


class AccountState:
    PROVISIONAL = "provisional"  # created, not yet activated by its owner
    ACTIVE = "active"
    LOCKED = "locked"
    DISABLED = "disabled"
    ALL = (PROVISIONAL, ACTIVE, LOCKED, DISABLED)


class EmailState:
    NONE = "none"
    PENDING = "pending"
    CONFIRMED = "confirmed"
    ALL = (NONE, PENDING, CONFIRMED)


class StaffRole:
    ADMIN = "admin"
    SECRETARIAT = "secretariat"
    ALL = (ADMIN, SECRETARIAT)


class Account(BaseModel):
    uuid = CharField(unique=True, default=new_uuid)
    kind = CharField(index=True)
    identifier = CharField(unique=True)
    first_name = CharField()
    last_name = CharField()
    usage_name = CharField(null=True)
    birth_date = DateField(null=True)
    establishment = ForeignKeyField(Establishment, null=True, backref="accounts", on_delete="RESTRICT")
    class_code = CharField(null=True, index=True)
    state = CharField(default=AccountState.PROVISIONAL, index=True)
    staff_role = CharField(null=True)
    password_hash = CharField(null=True)
    provisional_expires_at = DateTimeField(null=True)
    must_change_password = BooleanField(default=True)
    charter_accepted_at = DateTimeField(null=True)
    email = CharField(null=True)  # the confirmed address, or the one waiting confirmation
    email_state = CharField(default=EmailState.NONE)
    pending_email = CharField(null=True)  # a new address waiting for confirmation
    mobile = CharField(null=True)  # E.164
    mobile_confirmed = BooleanField(default=False)
    siecle_eleve_id = CharField(null=True, index=True)
    siecle_personne_id = CharField(null=True, index=True)
    ine = CharField(null=True, index=True)
    last_login_at = DateTimeField(null=True)
    left_at = DateField(null=True)  # the student left the establishment (SIECLE DATE_SORTIE)
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)


class GuardianLink(BaseModel):
    uuid = CharField(unique=True, default=new_uuid)
    guardian = ForeignKeyField(Account, backref="student_links", on_delete="CASCADE")
    student = ForeignKeyField(Account, backref="guardian_links", on_delete="CASCADE")
    legal_level = IntegerField(default=1)  # 1, 2: legal guardians; 0: other contact
    reported_wrong = BooleanField(default=False)
    validated = BooleanField(default=False)
    review_offered = BooleanField(default=False)  # a reported link was shown again once
    created_at = DateTimeField(default=utc_now)

    class Meta:
        table_name = "guardian_link"
        indexes = ((("guardian", "student"), True),)


class SecretKind:
    CODE = "code"  # 6 digits, typed in
    TOKEN = "token"  # 256-bit link token


class OneTimeSecret(BaseModel):
    """A one-time code or link token; only its hash is kept."""

    kind = CharField()
    purpose = CharField(index=True)
    account = ForeignKeyField(Account, null=True, backref="secrets", on_delete="CASCADE")
    subject = CharField(null=True)  # what the secret proves (e.g. a mobile or an address)
    secret_hash = CharField()
    expires_at = DateTimeField()
    attempts = IntegerField(default=0)
    max_attempts = IntegerField(default=5)
    consumed_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utc_now)

    class Meta:
        table_name = "one_time_secret"


class OutboxStatus:
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"
    ALL = (QUEUED, SENDING, SENT, FAILED, CANCELLED)


class OutboxMessage(BaseModel):
    channel = CharField()  # email / sms
    recipient = CharField()
    subject = CharField(null=True)
    body_text = TextField()
    body_html = TextField(null=True)
    kind = CharField()
    status = CharField(default=OutboxStatus.QUEUED, index=True)
    attempts = IntegerField(default=0)
    max_attempts = IntegerField(default=8)
    next_attempt_at = DateTimeField(default=utc_now, index=True)
    last_error = TextField(null=True)  # French, as the CLI prints it
    last_error_text = TextField(null=True)  # the same, translatable: core.messages.stored() (migration 12)
    account = ForeignKeyField(Account, null=True, backref="messages", on_delete="SET NULL")
    confidential = BooleanField(default=False)  # carries a code: never shown at the kiosk
    created_at = DateTimeField(default=utc_now)
    sent_at = DateTimeField(null=True)
    context = TextField(null=True)  # JSON: the template's non-secret values
    sealed = TextField(null=True)  # the code / link, sealed with the outbox key until sent (migration 6)

    class Meta:
        table_name = "outbox_message"

    @staticmethod
    def last_error_columns(reason: str | None) -> dict[str, str | None]:
        """The two columns of a last error, for an update: its French, and the same kept
        translatable for the window."""
        return {"last_error": None if reason is None else str(reason), "last_error_text": stored(reason)}


class AuditEvent(BaseModel):
    """Append-only (triggers refuse UPDATE and DELETE)."""

    at = DateTimeField(default=utc_now, index=True)
    actor = CharField(null=True)  # identifier of who acted; None for the kiosk / system
    action = CharField(index=True)
    target = CharField(null=True)  # identifier of the account acted upon
    outcome = CharField(default="success")
    details = TextField(null=True)  # JSON, allow-listed keys only: never a secret
    chain = CharField(null=True)  # SHA-256 link to the previous row (services/audit_chain.py)

    class Meta:
        table_name = "audit_event"


class JournalEntry(BaseModel):
    """Change journal for the future sync, written in the same transaction as the change."""

    at = DateTimeField(default=utc_now)
    entity = CharField()
    entity_uuid = CharField(index=True)
    operation = CharField()  # insert / update / delete
    payload = TextField()  # JSON of the changed fields, secrets excluded
    synced_at = DateTimeField(null=True, index=True)
    # The service call (one sync operation) this entry belongs to, its audit action and actor,
    # and the operation's sequence number once `sync/` numbered it for sending.
    op_key = CharField(null=True)
    op_name = CharField(null=True)
    op_actor = CharField(null=True)
    sync_seq = IntegerField(null=True, index=True)

    class Meta:
        table_name = "journal_entry"


class SyncShadow(BaseModel):
    """The server version of a synced row as last seen, and its password hash then (to send a
    password change, which the journal never carries, only when it really changed here)."""

    entity = CharField()
    uuid = CharField()
    version = IntegerField()
    password_hash = CharField(null=True)

    class Meta:
        table_name = "sync_shadow"
        primary_key = CompositeKey("entity", "uuid")


class IdentifierAlias(BaseModel):
    """A former identifier of an account (renamed by the central server after a clash), accepted
    at login until `valid_until`: the letter printed with it stays usable."""

    old_identifier = CharField(unique=True)
    account = ForeignKeyField(Account, backref="aliases", on_delete="CASCADE")
    valid_until = DateTimeField()

    class Meta:
        table_name = "identifier_alias"


class LegacyAccount(BaseModel):
    """An old ATEN account imported for the transition journey; usable once."""

    login = CharField(unique=True)
    password_hash = CharField()
    siecle_id = CharField(index=True)
    used_at = DateTimeField(null=True)
    imported_at = DateTimeField(default=utc_now)

    class Meta:
        table_name = "legacy_account"


class Throttle(BaseModel):
    """Failure counter and lockout for one guessable thing (see migration 3)."""

    key = CharField(primary_key=True)
    failures = IntegerField(default=0)
    window_start = DateTimeField(default=utc_now)
    locked_until = DateTimeField(null=True)


class Setting(BaseModel):
    """Small key/value settings that belong to this database (not to the workstation)."""

    key = CharField(primary_key=True)
    value = TextField()


ALL_MODELS = (
    SchemaVersion,
    Establishment,
    Account,
    GuardianLink,
    OneTimeSecret,
    OutboxMessage,
    AuditEvent,
    JournalEntry,
    SyncShadow,
    IdentifierAlias,
    LegacyAccount,
    Throttle,
    Setting,
)
