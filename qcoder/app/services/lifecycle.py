"""Opening, creating and closing a project; its storage facts and whole-project snapshot."""

from __future__ import annotations

from pathlib import Path

from qcoder.app.services.core import ProjectCore
from qcoder.core.model import Document
from qcoder.core.snapshot import ProjectSnapshot


class LifecycleService:
    """Open/create/close, storage facts (location, encryption, read-only) and snapshots."""

    def __init__(self, core: ProjectCore) -> None:
        self._core = core
        self._store = core.store

    @property
    def encrypted(self) -> bool:
        return self._store.encrypted

    @property
    def is_encrypted(self) -> bool:
        """True for a project file encrypted with a passphrase (SQLCipher)."""
        return self._store.encrypted

    @property
    def read_only(self) -> bool:
        """True when the project was opened read-only (every write is refused)."""
        return self._store.read_only

    @property
    def passphrase(self) -> str | None:
        """The passphrase the project was opened with (kept only in memory), None if plain."""
        return self._store.passphrase

    def close(self) -> None:
        self._store.close()

    @property
    def location(self) -> str | Path:
        return self._store.location

    @property
    def path(self) -> Path | None:
        return self._store.path

    @property
    def backend(self) -> str:
        return self._store.dialect

    @property
    def upgraded_from(self) -> str | None:
        return self._store.upgraded_from

    @property
    def upgrade_backup(self) -> Path | None:
        return self._store.upgrade_backup

    @property
    def name(self) -> str:
        with self._store.reader() as repo:
            return repo.get_meta("name") or ""

    @property
    def project_id(self) -> str:
        with self._store.reader() as repo:
            return repo.get_meta("project_id") or ""

    def backup(self, target: Path) -> Path:
        return self._store.backup(target)

    def snapshot(self, with_text: bool = True) -> ProjectSnapshot:
        """The whole project as plain records (for analysis, exports, merging)."""
        with self._store.reader() as repo:
            infos = repo.document_infos()
            texts = repo.document_texts() if with_text else {}
            return ProjectSnapshot(
                name=repo.get_meta("name") or "",
                documents=[Document(i, texts.get(i.id, "")) for i in infos],
                speakers=repo.speakers(),
                turns=repo.turns(),
                participants=repo.participants(),
                attributes=repo.attributes(),
                codes=repo.codes(),
                coders=repo.coders(),
                codings=repo.codings(),
                memos=repo.memos(),
            )
