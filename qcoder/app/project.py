"""One open project: queries return plain records; every mutation is an undoable command
run in one transaction.

:class:`Project` is the one service API the GUI and CLI call. It only delegates: the work
lives in per-area services (:mod:`qcoder.app.services`) that share one
:class:`~qcoder.app.services.core.ProjectCore` (store, undo history, actor and role, change
log and listeners). Applying a code: ``Project.add_codings`` → ``CodingService.add_codings``
→ ``ProjectCore.execute`` → command → repository → change set.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcoder.app.services.attributes import AttributeService
from qcoder.app.services.codebook import CodebookService
from qcoder.app.services.coding import CodingService
from qcoder.app.services.core import Listener, ProjectCore
from qcoder.app.services.documents import KEEP, DocumentService
from qcoder.app.services.lifecycle import LifecycleService
from qcoder.app.services.memos import MemoService
from qcoder.app.services.search import SearchHit, SearchService
from qcoder.app.services.settings import ProjectSettingsService
from qcoder.app.services.team import TeamService
from qcoder.core import commands as cmd
from qcoder.core.changes import ChangeSet
from qcoder.core.history import History
from qcoder.core.model import (
    AttributeDef,
    AttributeScope,
    AttributeType,
    Code,
    Coder,
    Coding,
    Document,
    DocumentInfo,
    MediaLink,
    Memo,
    MemoTarget,
    Participant,
    Speaker,
    Summary,
    Turn,
)
from qcoder.core.permissions import Role
from qcoder.core.snapshot import ProjectSnapshot
from qcoder.core.stop_words import StopWords
from qcoder.importers.base import ImportedDocument
from qcoder.store.project_store import ProjectStore

if TYPE_CHECKING:
    from qcoder.analysis.index import ProjectIndex


class Project:
    """The service API over one open project (SQLite file or PostgreSQL URL)."""

    def __init__(self, store: ProjectStore) -> None:
        self._store = store
        self._core = ProjectCore(store)
        self._lifecycle = LifecycleService(self._core)
        self._team = TeamService(self._core)
        self._documents = DocumentService(self._core)
        self._search = SearchService(self._core)
        self._attributes = AttributeService(self._core)
        self._codebook = CodebookService(self._core)
        self._coding = CodingService(self._core)
        self._memos = MemoService(self._core)
        self._settings = ProjectSettingsService(self._core)

    @classmethod
    def create(
        cls, location: str | Path, name: str = "", *, passphrase: str | None = None, window: bool = False
    ) -> Project:
        """A new project; with ``passphrase`` an encrypted one (SQLCipher)."""
        return cls(ProjectStore.create(location, name, passphrase=passphrase, window=window))

    @classmethod
    def open(
        cls,
        location: str | Path,
        *,
        passphrase: str | None = None,
        read_only: bool = False,
        window: bool = False,
        check: bool = True,
        backup: bool | None = None,
    ) -> Project:
        """Open a project; the options are those of :meth:`ProjectStore.open` (encryption,
        read-only, the window lock, the integrity check, the rolling backup on open)."""
        return cls(
            ProjectStore.open(
                location, passphrase=passphrase, read_only=read_only, window=window, check=check, backup=backup
            )
        )

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def store(self) -> ProjectStore:
        """The project's storage, for the app layer's own services (backups, safety checks)."""
        return self._store

    # --- who acts, and through which history (shared by every service) ---
    @property
    def history(self) -> History:
        """Where :meth:`execute` sends commands (the GUI sets its undo stack adapter here)."""
        return self._core.history

    @history.setter
    def history(self, history: History) -> None:
        self._core.history = history

    @property
    def actor_id(self) -> str | None:
        """The coder using this client (set by :meth:`identify`)."""
        return self._core.actor_id

    @actor_id.setter
    def actor_id(self, coder_id: str | None) -> None:
        self._core.actor_id = coder_id

    @property
    def role(self) -> Role:
        return self._core.role

    @role.setter
    def role(self, role: Role) -> None:
        self._core.role = role

    # --- commands, undo, change notification (ProjectCore) ---
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        return self._core.subscribe(listener)

    def run_do(self, command: cmd.Command) -> ChangeSet:
        return self._core.run_do(command)

    def run_undo(self, command: cmd.Command) -> ChangeSet:
        return self._core.run_undo(command)

    def poll_changes(self) -> ChangeSet:
        """Changes other clients committed since the last poll (and tell the listeners)."""
        return self._core.poll_changes()

    def execute(self, command: cmd.Command) -> ChangeSet:
        """Run ``command`` as one undoable step (through the GUI's undo stack when one is set)."""
        return self._core.execute(command)

    def undo(self) -> ChangeSet | None:
        return self._core.undo()

    def redo(self) -> ChangeSet | None:
        return self._core.redo()

    # --- lifecycle (LifecycleService) ---
    @property
    def encrypted(self) -> bool:
        return self._lifecycle.encrypted

    @property
    def is_encrypted(self) -> bool:
        return self._lifecycle.is_encrypted

    @property
    def read_only(self) -> bool:
        return self._lifecycle.read_only

    @property
    def passphrase(self) -> str | None:
        return self._lifecycle.passphrase

    def close(self) -> None:
        return self._lifecycle.close()

    @property
    def location(self) -> str | Path:
        return self._lifecycle.location

    @property
    def path(self) -> Path | None:
        return self._lifecycle.path

    @property
    def backend(self) -> str:
        return self._lifecycle.backend

    @property
    def upgraded_from(self) -> str | None:
        return self._lifecycle.upgraded_from

    @property
    def upgrade_backup(self) -> Path | None:
        return self._lifecycle.upgrade_backup

    @property
    def name(self) -> str:
        return self._lifecycle.name

    @property
    def project_id(self) -> str:
        return self._lifecycle.project_id

    def backup(self, target: Path) -> Path:
        return self._lifecycle.backup(target)

    def snapshot(self, with_text: bool = True) -> ProjectSnapshot:
        """The whole project as plain records (for analysis, exports, merging)."""
        return self._lifecycle.snapshot(with_text)

    def counting_index(self, with_text: bool = False, with_ids: bool = False) -> ProjectIndex:
        """The project ready for counting, its codings read as columns (see the lifecycle service)."""
        return self._lifecycle.counting_index(with_text, with_ids)

    # --- team (TeamService) ---
    def identify(self, coder_id: str) -> Role:
        return self._team.identify(coder_id)

    def members(self) -> dict[str, tuple[str, str | None]]:
        return self._team.members()

    def install_server_security(self) -> tuple[str, str]:
        """Roles, grants and row-level security on a PostgreSQL project (owner only)."""
        return self._team.install_server_security()

    def add_server_login(self, db_user: str, role: Role, password: str | None) -> None:
        return self._team.add_server_login(db_user, role, password)

    def set_member(self, coder_id: str, role: Role | None, db_user: str | None = None) -> None:
        """Give a coder a role (None removes them). Only a lead may, once members exist."""
        return self._team.set_member(coder_id, role, db_user)

    def coders(self) -> list[Coder]:
        return self._team.coders()

    def coder_by_name(self, name: str) -> Coder | None:
        return self._team.coder_by_name(name)

    def ensure_coder(self, name: str, coder_id: str | None = None) -> Coder:
        """The coder called ``name``, registered if new (coders are not undoable)."""
        return self._team.ensure_coder(name, coder_id)

    def assignments(self) -> dict[str, set[str]]:
        """coder id -> documents assigned to that coder (coders without an entry: all documents)."""
        return self._team.assignments()

    def assign_documents(self, coder_id: str, document_ids: Sequence[str]) -> None:
        return self._team.assign_documents(coder_id, document_ids)

    @property
    def blind_mode(self) -> bool:
        return self._team.blind_mode

    def set_blind_mode(self, on: bool) -> None:
        return self._team.set_blind_mode(on)

    def audit_log(self) -> list[tuple[str, datetime, str, str, dict[str, Any]]]:
        return self._team.audit_log()

    def stop_words(self) -> StopWords:
        return self._settings.stop_words()

    def set_stop_words(self, words: StopWords) -> None:
        """Save the stop-word choice in the project (not undoable, like other settings)."""
        self._settings.set_stop_words(words)

    # --- documents (DocumentService) ---
    def documents(self) -> list[DocumentInfo]:
        return self._documents.documents()

    def document_info(self, document_id: str) -> DocumentInfo:
        return self._documents.document_info(document_id)

    def document(self, document_id: str) -> Document:
        return self._documents.document(document_id)

    def document_by_name(self, name: str) -> DocumentInfo:
        return self._documents.document_by_name(name)

    def document_texts(self, document_ids: Sequence[str] | None = None) -> dict[str, str]:
        """Texts of several documents in one query (all when ``document_ids`` is None)."""
        return self._documents.document_texts(document_ids)

    def documents_with_text_hash(self, sha256: str) -> list[str]:
        return self._documents.documents_with_text_hash(sha256)

    def speakers(self, document_id: str | None = None) -> list[Speaker]:
        return self._documents.speakers(document_id)

    def turns(self, document_id: str | None = None) -> list[Turn]:
        return self._documents.turns(document_id)

    def media_links(self) -> list[MediaLink]:
        """The recordings linked to documents (see :mod:`qcoder.app.media`)."""
        return self._documents.media_links()

    def paragraph_times(self, document_id: str) -> list[tuple[int, float]]:
        return self._documents.paragraph_times(document_id)

    def all_paragraph_times(self) -> dict[str, list[tuple[int, float]]]:
        """:meth:`paragraph_times` of every document that has them."""
        return self._documents.all_paragraph_times()

    def document_names_and_hashes(self) -> list[tuple[str, str]]:
        """(name, sha256) of every document (cheap at any size: an import's duplicate check)."""
        return self._documents.document_names_and_hashes()

    def unique_document_name(self, wanted: str) -> str:
        return self._documents.unique_document_name(wanted)

    def add_document(self, imported: ImportedDocument, name: str | None = None) -> DocumentInfo:
        """Store an imported document with its speakers and turns (one undoable step)."""
        return self._documents.add_document(imported, name)

    def add_documents(
        self, items: Sequence[tuple[ImportedDocument, str]], text: str = "", once: bool = False
    ) -> list[DocumentInfo]:
        """Store several imported documents ``(document, name)`` in one transaction (one undo step);
        ``once``: as an import (a text already stored is refused, a taken name replaced)."""
        return self._documents.add_documents(items, text, once)

    def rename_document(self, document_id: str, name: str) -> None:
        return self._documents.rename_document(document_id, name)

    def delete_document(self, document_id: str) -> None:
        return self._documents.delete_document(document_id)

    def update_speaker(
        self,
        speaker_id: str,
        *,
        label: str | None = None,
        is_interviewer: bool | None = None,
        participant_id: str | None = KEEP,
    ) -> Speaker:
        """Rename, mark as interviewer, or link to a participant (``None`` unlinks)."""
        return self._documents.update_speaker(
            speaker_id, label=label, is_interviewer=is_interviewer, participant_id=participant_id
        )

    def merge_speakers(self, source_id: str, target_id: str) -> None:
        return self._documents.merge_speakers(source_id, target_id)

    def mark_turns(self, document_id: str, rule: str, marker: str = "", interviewer_first: bool = True) -> int:
        return self._documents.mark_turns(document_id, rule, marker, interviewer_first)

    # --- search (SearchService) ---
    def search(self, query: str, limit: int = 500, context: int = 60) -> list[SearchHit]:
        """Case-insensitive phrase search over all documents, with context around each hit."""
        return self._search.search(query, limit, context)

    # --- attributes (AttributeService) ---
    def participants(self) -> list[Participant]:
        return self._attributes.participants()

    def participant_by_name(self, name: str) -> Participant | None:
        return self._attributes.participant_by_name(name)

    def add_participant(self, name: str, attributes: dict[str, str] | None = None) -> Participant:
        return self._attributes.add_participant(name, attributes)

    def rename_participant(self, participant_id: str, name: str) -> None:
        return self._attributes.rename_participant(participant_id, name)

    def attributes(self, scope: AttributeScope | None = None) -> list[AttributeDef]:
        return self._attributes.attributes(scope)

    def attribute(self, name: str, scope: AttributeScope) -> AttributeDef | None:
        return self._attributes.attribute(name, scope)

    def define_attribute(
        self,
        name: str,
        type: AttributeType,
        scope: AttributeScope = AttributeScope.DOCUMENT,
        allowed: Sequence[str] = (),
    ) -> AttributeDef:
        return self._attributes.define_attribute(name, type, scope, allowed)

    def update_attribute(self, attribute: AttributeDef) -> None:
        return self._attributes.update_attribute(attribute)

    def delete_attribute(self, attribute_id: str) -> None:
        return self._attributes.delete_attribute(attribute_id)

    def set_attributes(self, scope: AttributeScope, values: dict[str, dict[str, str]], *, create: bool = True) -> None:
        """Set attribute values: ``{target id: {attribute name: value}}``, one undo step."""
        return self._attributes.set_attributes(scope, values, create=create)

    def attribute_commands(self, scope: AttributeScope, values: dict[str, dict[str, str]]) -> list[cmd.Command]:
        """The commands that would set these values (run them with others in one step)."""
        return self._attributes.attribute_commands(scope, values)

    # --- codebook (CodebookService) ---
    def codes(self) -> list[Code]:
        return self._codebook.codes()

    def code(self, code_id: str) -> Code:
        return self._codebook.code(code_id)

    def code_paths(self) -> dict[str, str]:
        return self._codebook.code_paths()

    def code_by_path(self, path: str) -> Code | None:
        return self._codebook.code_by_path(path)

    def coding_counts_by_coder(self) -> dict[str, int]:
        """coder id -> number of codings (coders without codings are absent)."""
        return self._codebook.coding_counts_by_coder()

    def coding_counts(self, code_ids: Sequence[str] | None = None) -> dict[str, int]:
        """code id -> number of codings (of ``code_ids`` only, when given)."""
        return self._codebook.coding_counts(code_ids)

    def document_coding_counts(self, document_ids: Sequence[str]) -> dict[str, int]:
        """document id -> number of codings, for a few documents (one indexed query)."""
        return self._codebook.document_coding_counts(document_ids)

    def create_code(
        self,
        name: str,
        parent_id: str | None = None,
        *,
        color: str | None = None,
        definition: str = "",
        inclusion: str = "",
        exclusion: str = "",
        example: str = "",
        code_id: str | None = None,
    ) -> Code:
        return self._codebook.create_code(
            name,
            parent_id,
            color=color,
            definition=definition,
            inclusion=inclusion,
            exclusion=exclusion,
            example=example,
            code_id=code_id,
        )

    def ensure_code_path(self, path: str, **fields: str) -> Code:
        """The code at ``path`` (``A > B > C``), creating missing levels."""
        return self._codebook.ensure_code_path(path, **fields)

    def update_code(self, code_id: str, *, expected_version: int | None = None, **fields: object) -> Code:
        """Change any of name, color, definition, inclusion, exclusion, example, parent_id, position."""
        return self._codebook.update_code(code_id, expected_version=expected_version, **fields)

    def move_code(self, code_id: str, parent_id: str | None, position: int | None = None) -> Code:
        return self._codebook.move_code(code_id, parent_id, position)

    def code_usage(self, code_id: str) -> int:
        """Codings that deleting ``code_id`` would remove (its subcodes' included)."""
        return self._codebook.code_usage(code_id)

    def delete_code(self, code_id: str) -> int:
        """Delete a code with its subcodes and codings; returns how many codings went."""
        return self._codebook.delete_code(code_id)

    def merge_codes(self, source_id: str, target_id: str) -> None:
        return self._codebook.merge_codes(source_id, target_id)

    # --- coding (CodingService) ---
    def codings(
        self,
        document_id: str | None = None,
        code_ids: Sequence[str] | None = None,
        coder_ids: Sequence[str] | None = None,
    ) -> list[Coding]:
        return self._coding.codings(document_id, code_ids, coder_ids)

    def codings_of_documents(self, document_ids: Sequence[str]) -> list[Coding]:
        """The codings of several documents in one read."""
        return self._coding.codings_of_documents(document_ids)

    def coding(self, coding_id: str) -> Coding:
        return self._coding.coding(coding_id)

    def codings_with_memos(self) -> list[Coding]:
        """The codings that carry a memo (the memo list reads only these)."""
        return self._coding.codings_with_memos()

    def add_coding(self, document_id: str, code_id: str, coder_id: str, start: int, end: int, memo: str = "") -> Coding:
        return self._coding.add_coding(document_id, code_id, coder_id, start, end, memo)

    def add_codings(self, codings: Sequence[Coding], label: str = "Apply codes") -> None:
        return self._coding.add_codings(codings, label)

    def remove_codings(self, coding_ids: Sequence[str]) -> None:
        return self._coding.remove_codings(coding_ids)

    def update_coding(self, coding_id: str, **fields: object) -> Coding:
        """Change start, end, code_id, memo or exemplar of a coding."""
        return self._coding.update_coding(coding_id, **fields)

    # --- memos (MemoService) ---
    def memo(self, kind: MemoTarget, target_id: str = "") -> str:
        return self._memos.memo(kind, target_id)

    def set_memo(self, kind: MemoTarget, target_id: str, text: str) -> None:
        return self._memos.set_memo(kind, target_id, text)

    def memos(self) -> list[Memo]:
        return self._memos.memos()

    # --- framework-matrix summaries (MemoService) ---
    def summaries(self, code_ids: Sequence[str] | None = None) -> list[Summary]:
        return self._memos.summaries(code_ids)

    def set_summary(self, case_key: str, code_id: str, text: str, author: str | None = None) -> None:
        return self._memos.set_summary(case_key, code_id, text, author)
