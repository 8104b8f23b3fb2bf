"""Opening, creating and closing a project; its storage facts and whole-project snapshot."""

from __future__ import annotations

from pathlib import Path
from typing import Self

from qcoder.app.services.core import ProjectCore
from qcoder.core.model import (
    Document,
)
from qcoder.core.snapshot import ProjectSnapshot
from qcoder.store.project_store import ProjectStore


class LifecycleService(ProjectCore):
    """Open/create/close, storage facts (location, encryption, read-only) and snapshots."""

    @classmethod
    def create(
        cls, location: str | Path, name: str = "", *, passphrase: str | None = None, window: bool = False
    ) -> Self:
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
    ) -> Self:
        """Open a project; the options are those of :meth:`ProjectStore.open` (encryption,
        read-only, the window lock, the integrity check, the rolling backup on open)."""
        return cls(
            ProjectStore.open(
                location, passphrase=passphrase, read_only=read_only, window=window, check=check, backup=backup
            )
        )

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

    @property
    def store(self) -> ProjectStore:
        """The project's storage, for the app layer's own services (backups, safety checks)."""
        return self._store

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
