"""SQLAlchemy 2 ORM tables. Changes here need an Alembic migration in ``migrations/versions``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID = String(36)


class Base(DeclarativeBase):
    pass


def table(row: type[Base]) -> Table:
    """The Core table of a mapped class: bulk inserts through it skip the ORM's per-row work."""
    found = row.__table__
    assert isinstance(found, Table)
    return found


class MetaRow(Base):
    __tablename__ = "project_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DocumentRow(Base):
    __tablename__ = "documents"
    # listings and numbering read these covering indexes, never the rows with their text (0005)
    __table_args__ = (
        Index(
            "ix_documents_listing",
            "position",
            "name",
            "id",
            "chars",
            "sha256",
            "source_name",
            "source_format",
            "imported_at",
        ),
        Index("ix_documents_id_chars", "id", "chars", "name"),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(400), unique=True)
    chars: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    source_name: Mapped[str] = mapped_column(String(400), default="")
    source_format: Mapped[str] = mapped_column(String(20), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    position: Mapped[int] = mapped_column(Integer, default=0)


class DocumentTextRow(Base):
    """A document's text, apart from the row that listings and joins read (0006)."""

    __tablename__ = "document_texts"
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class ParticipantRow(Base):
    __tablename__ = "participants"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(400), unique=True)


class SpeakerRow(Base):
    __tablename__ = "speakers"
    __table_args__ = (UniqueConstraint("document_id", "label"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(200))
    participant_id: Mapped[str | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), nullable=True, index=True
    )
    is_interviewer: Mapped[bool] = mapped_column(Boolean, default=False)


class TurnRow(Base):
    __tablename__ = "turns"
    __table_args__ = (
        Index("ix_turns_doc_start", "document_id", "start"),
        CheckConstraint('start >= 0 AND "end" >= start', name="ck_turns_span"),  # 0007
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    speaker_id: Mapped[str] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[float | None] = mapped_column(Float, nullable=True)
    end_time: Mapped[float | None] = mapped_column(Float, nullable=True)


class AttributeRow(Base):
    __tablename__ = "attributes"
    __table_args__ = (UniqueConstraint("scope", "name"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(20))
    scope: Mapped[str] = mapped_column(String(20))
    allowed: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    position: Mapped[int] = mapped_column(Integer, default=0)


class AttributeValueRow(Base):
    """A value of an attribute on a document or participant (by the attribute's scope)."""

    __tablename__ = "attribute_values"
    attribute_id: Mapped[str] = mapped_column(ForeignKey("attributes.id", ondelete="CASCADE"), primary_key=True)
    target_id: Mapped[str] = mapped_column(ID, primary_key=True, index=True)
    value: Mapped[str] = mapped_column(Text)


class CodeRow(Base):
    __tablename__ = "codes"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("codes.id"), nullable=True, index=True)
    name: Mapped[str] = mapped_column(String(400))
    color: Mapped[str] = mapped_column(String(9), default="#808080")
    definition: Mapped[str] = mapped_column(Text, default="")
    inclusion: Mapped[str] = mapped_column(Text, default="")
    exclusion: Mapped[str] = mapped_column(Text, default="")
    example: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)  # optimistic concurrency, bumped by hand


class CoderRow(Base):
    __tablename__ = "coders"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class CodingRow(Base):
    __tablename__ = "codings"
    __table_args__ = (
        Index("ix_codings_doc_start", "document_id", "start"),
        Index("ix_codings_code", "code_id"),
        Index("ix_codings_coder", "coder_id"),
        CheckConstraint('start >= 0 AND "end" > start', name="ck_codings_span"),  # 0007
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    code_id: Mapped[str] = mapped_column(ForeignKey("codes.id"))
    coder_id: Mapped[str] = mapped_column(ForeignKey("coders.id"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    memo: Mapped[str] = mapped_column(Text, default="")
    exemplar: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class MemoRow(Base):
    __tablename__ = "memos"
    target_kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    target_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # who wrote it (0007): filled in by a team server (server_pg), so that coders cannot
    # overwrite each other's memos; "" in project files
    author: Mapped[str] = mapped_column(String(36), server_default="")


class SummaryRow(Base):
    """A coder's summary of a framework-matrix cell (0008): a case key and a theme (code id, no
    foreign key: a deleted code's summaries come back with its undo), one per author."""

    __tablename__ = "summaries"
    __table_args__ = (Index("ix_summaries_code", "code_id"),)
    case_key: Mapped[str] = mapped_column(String(400), primary_key=True)
    code_id: Mapped[str] = mapped_column(ID, primary_key=True)
    # filled in by a team server when not given (server_pg): coders write only their own
    author: Mapped[str] = mapped_column(String(36), primary_key=True, server_default="")
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class MediaRow(Base):
    """A document's recording (0009): a path relative to the project file's folder (or absolute)
    and its duration in seconds when known."""

    __tablename__ = "media"
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    path: Mapped[str] = mapped_column(String(1000))
    duration: Mapped[float | None] = mapped_column(Float, nullable=True)


class AssignmentRow(Base):
    """Which documents a coder was assigned (agreement treats the others as missing)."""

    __tablename__ = "assignments"
    coder_id: Mapped[str] = mapped_column(ForeignKey("coders.id", ondelete="CASCADE"), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)


class AuditRow(Base):
    """Reconciliation and merge decisions: who decided what, when."""

    __tablename__ = "audit_log"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str] = mapped_column(String(200))  # coder name of who decided
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text)  # JSON


class ChangeRow(Base):
    """One row per committed command: lets other clients of a shared project refresh
    precisely (they poll for rows past the last one they saw)."""

    __tablename__ = "change_log"
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(36), default="")  # coder id, "" when unknown
    changes: Mapped[str] = mapped_column(Text)  # JSON of the ChangeSet


class MemberRow(Base):
    """Who may do what. No rows: a single-user project where everyone is lead."""

    __tablename__ = "members"
    coder_id: Mapped[str] = mapped_column(ForeignKey("coders.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(10))  # "lead" | "coder"
    db_user: Mapped[str | None] = mapped_column(String(63), nullable=True, unique=True)


class SetAsideRow(Base):
    """Rows that broke qcoder's rules, taken out of their table by migration 0007 or by
    ``qcoder check --repair`` (kept, never deleted: each row as JSON with the reason)."""

    __tablename__ = "set_aside"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    source_table: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(Text)
    data: Mapped[str] = mapped_column(Text)  # JSON of the row
