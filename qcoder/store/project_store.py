"""Opening, creating and upgrading a project database; one transaction per unit of work."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from qcoder.core.errors import NotAProject, ProjectError, SchemaTooNew
from qcoder.core.model import new_id
from qcoder.store import migrate
from qcoder.store.dialect import search_document_ids
from qcoder.store.engine import is_url, make_engine
from qcoder.store.repository import SqlRepository

SQLITE_MAGIC = b"SQLite format 3\x00"


def _check_sqlite_file(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise ProjectError(f"cannot read {path}: {exc.strerror}") from exc
    if head != SQLITE_MAGIC:
        raise NotAProject(f"{path} is not a qcoder project (not an SQLite database)")


def sqlite_backup(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with the online backup API (never a file copy)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


class ProjectStore:
    """A project's database. Use :meth:`create` or :meth:`open`."""

    def __init__(self, location: str | Path, engine: Engine) -> None:
        self.location = location
        self.engine = engine
        self._writer = engine.execution_options(qcoder_write=True)
        self.upgraded_from: str | None = None
        self.upgrade_backup: Path | None = None

    # --- opening ------------------------------------------------------------------------------
    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def path(self) -> Path | None:
        return None if is_url(self.location) else Path(self.location)

    @classmethod
    def create(cls, location: str | Path, name: str = "") -> ProjectStore:
        if not is_url(location):
            path = Path(location)
            if path.exists():
                raise ProjectError(f"{path} already exists")
            if not path.parent.is_dir():
                raise ProjectError(f"folder {path.parent} does not exist")
        store = cls(location, make_engine(location))
        try:
            with store.engine.begin() as conn:
                if migrate.has_tables(conn):
                    raise ProjectError("the database is not empty; create projects in an empty database")
                migrate.upgrade(conn)
            with store.transaction() as repo:
                repo.set_meta("project_id", new_id())
                repo.set_meta("name", name or (Path(location).stem if not is_url(location) else "project"))
                repo.set_meta("created_at", datetime.now(UTC).isoformat())
        except OperationalError as exc:
            store.close()
            raise ProjectError(f"cannot create the project: {exc.orig}") from exc
        except Exception:
            store.close()
            raise
        return store

    @classmethod
    def open(cls, location: str | Path) -> ProjectStore:
        if not is_url(location):
            path = Path(location)
            if not path.exists():
                raise ProjectError(f"no project at {path}")
            _check_sqlite_file(path)
        store = cls(location, make_engine(location))
        try:
            store._check_schema()
        except (OperationalError, DatabaseError) as exc:
            store.close()
            raise NotAProject(f"{location} cannot be opened as a project: {exc.orig}") from exc
        except Exception:
            store.close()
            raise
        return store

    def _check_schema(self) -> None:
        with self.engine.connect() as conn:
            found = migrate.current_revision(conn)
            tables = migrate.has_tables(conn)
        if found is None:
            raise NotAProject(
                f"{self.location} is a database but not a qcoder project"
                if tables
                else f"{self.location} is an empty database, not a qcoder project"
            )
        if found not in migrate.known_revisions():
            raise SchemaTooNew(found)
        head = migrate.head_revision()
        if found != head:
            if self.path is not None:
                self.upgrade_backup = sqlite_backup(
                    self.path, self.path.with_name(f"{self.path.stem}.before-upgrade-{found}{self.path.suffix}")
                )
            with self.engine.begin() as conn:
                migrate.upgrade(conn)
            self.upgraded_from = found

    # --- units of work ----------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[SqlRepository]:
        """A writing transaction: committed when the block ends, rolled back on any error."""
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield SqlRepository(session)

    @contextmanager
    def reader(self) -> Iterator[SqlRepository]:
        """A read-only unit of work (a consistent snapshot; nothing is committed)."""
        with Session(self.engine) as session:  # closing the session rolls back
            yield SqlRepository(session)

    def search_documents(self, query: str) -> list[str]:
        with Session(self.engine) as session:
            return search_document_ids(session, query)

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return migrate.current_revision(conn)

    def backup(self, target: Path) -> Path:
        if self.path is None:
            raise ProjectError("backups of server projects are made with the server's own tools (pg_dump)")
        return sqlite_backup(self.path, target)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

