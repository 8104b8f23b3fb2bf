"""Plain, immutable domain records.

These are what the service API returns to the CLI and GUI: no ORM objects and no
sessions ever cross that boundary. Ids are UUID strings, stable across exports.
Offsets are Python ``str`` code-point offsets into the document's stored (LF-normalized)
text, end exclusive.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class AttributeType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CATEGORY = "category"


class AttributeScope(StrEnum):
    DOCUMENT = "document"
    PARTICIPANT = "participant"


class MemoTarget(StrEnum):
    PROJECT = "project"
    DOCUMENT = "document"
    CODE = "code"
    PARTICIPANT = "participant"


# the document attribute that holds a document's language (an ISO 639-1 code: "es"), set on import
# when it is not the default; a document without one is analysed as English
LANGUAGE_ATTRIBUTE = "language"
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class AttributeDef:
    id: str
    name: str
    type: AttributeType
    scope: AttributeScope
    allowed: tuple[str, ...] = ()
    position: int = 0


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A document without its text (cheap to list)."""

    id: str
    name: str
    chars: int
    sha256: str
    source_name: str
    source_format: str
    imported_at: datetime
    attributes: Mapping[str, str] = field(default_factory=dict)
    speakers: tuple[str, ...] = ()
    codings: int = 0
    media: str = ""  # the linked recording's path ("" none): relative to the project file's folder, or absolute


@dataclass(frozen=True, slots=True)
class Document:
    info: DocumentInfo
    text: str

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def name(self) -> str:
        return self.info.name


@dataclass(frozen=True, slots=True)
class Participant:
    id: str
    name: str
    attributes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker label as it appears in one document."""

    id: str
    document_id: str
    label: str
    participant_id: str | None = None
    is_interviewer: bool = False


@dataclass(frozen=True, slots=True)
class Turn:
    """A span of a document spoken by one speaker. Times are seconds (VTT/SRT cues)."""

    id: str
    document_id: str
    speaker_id: str
    start: int
    end: int
    start_time: float | None = None
    end_time: float | None = None


@dataclass(frozen=True, slots=True)
class Code:
    id: str
    name: str
    parent_id: str | None = None
    color: str = "#808080"
    definition: str = ""
    inclusion: str = ""
    exclusion: str = ""
    example: str = ""
    position: int = 0
    version: int = 1


@dataclass(frozen=True, slots=True)
class Coder:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Coding:
    id: str
    document_id: str
    code_id: str
    coder_id: str
    start: int
    end: int
    memo: str = ""
    exemplar: bool = False
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Memo:
    """A memo on the project, a document, a code or a participant (coding memos live on codings).

    One memo per document, code and participant, edited in place. The project's memos are its
    journal: a list of dated entries, each with its own ``target_id`` (a new id), beside the one
    project memo of older and imported projects (``target_id`` ""). The table keeps no creation
    time: ``updated_at`` is when the memo was last written.
    """

    target_kind: MemoTarget
    target_id: str  # "" for the project memo; a journal entry's own id
    text: str
    updated_at: datetime = field(default_factory=utcnow)
    author: str = ""  # the coder id of who wrote it last ("" unknown)


@dataclass(frozen=True, slots=True)
class Summary:
    """A coder's written summary of one cell of the framework matrix: what the respondents of a
    case (``site=Harbor City``, ``document:<id>``, ``participant:<id>``,
    ``site=A|stakeholder_group=B``) said about a theme (a code, by id: a renamed code keeps it)."""

    case_key: str
    code_id: str
    author: str  # the coder id of who wrote it ("" unknown)
    text: str
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)


@dataclass(frozen=True, slots=True)
class MediaLink:
    """A document's recording: where it is (relative to the project file's folder when it lies
    under it, else absolute; never copied unless the user asked) and its length in seconds."""

    document_id: str
    path: str
    duration: float | None = None
