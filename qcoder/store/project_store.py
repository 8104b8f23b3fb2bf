"""Opening, creating and upgrading a project database; one transaction per unit of work.

Opening a project file also checks it (:mod:`qcoder.store.integrity`: a damaged file raises
:class:`ProjectDamaged` naming the newest good backup), makes a rolling backup when the
project changed since the last one (:mod:`qcoder.store.backup_files`), notes a cloud-synced
folder in :attr:`ProjectStore.warnings`, and respects the window lock
(:mod:`qcoder.store.locking`): a store opened with ``window=True`` holds it; any other store
refuses to write while another process's window holds it. A store that writes holds the writer
lock (:mod:`qcoder.store.writer_lock`) until it closes, and never writes into a file that another
process replaced since it was opened. Encrypted files are opened with a passphrase
(:mod:`qcoder.store.crypto`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from qcoder.core.errors import NotAProject, ProjectError, SchemaTooNew
from qcoder.core.model import new_id
from qcoder.store import backup_files, migrate, schema_sql, verified
from qcoder.store.backup_files import BACKUP_EVERY_MINUTES, BACKUP_KEEP, BackupInfo, automatic_backups_on
from qcoder.store.crypto import (
    SQLITE_MAGIC,
    PassphraseRequired,
    WrongPassphrase,
    connect_any,
    has_plain_header_fields,
    looks_encrypted,
    passphrase_from_env,
)
from qcoder.store.dialect import search_document_ids
from qcoder.store.engine import is_url, make_engine, read_only_place
from qcoder.store.integrity import IntegrityReport, check_engine, check_file
from qcoder.store.locking import (
    CloudFolderWarning,
    ProjectReadOnly,
    WindowLock,
    check_no_window,
    cloud_sync_provider,
)
from qcoder.store.private_files import create_private, private_folder
from qcoder.store.repair import repair as repair_rows
from qcoder.store.repair import repairable, set_aside_rows
from qcoder.store.repository import SqlRepository
from qcoder.store.urls import redact, redact_in
from qcoder.store.writer_lock import WriterLock


class ProjectDamaged(ProjectError):
    """The project file fails its integrity check (or cannot be read as a database)."""

    def __init__(self, path: Path, problems: list[str], backup: BackupInfo | None) -> None:
        shown = problems[0] if problems else "unknown damage"
        if len(problems) > 1:
            more = f"{len(problems) - 1}+" if len(problems) >= 50 else str(len(problems) - 1)
            shown += f" (and {more} more problem{'s' if len(problems) > 2 else ''}; 'qcoder check' lists them)"
        if repairable(problems):
            shown += f"; rows breaking qcoder's rules can be set aside with: qcoder check {path} --repair"
        if backup is not None:
            offer = (
                f" The newest good backup is {backup.path} ({backup.label()}); restore it with: "
                f"qcoder restore {path} --from {backup.path}"
            )
        else:
            offer = f" No good backup was found in {backup_files.backup_dir(path)}."
        super().__init__(f"{path.name} is damaged: {shown}.{offer}")
        self.path = path
        self.problems = problems
        self.backup = backup


def _cannot_open(
    location: str | Path, path: Path | None, key: str | None, exc: DatabaseError | UnicodeDecodeError
) -> ProjectError:
    """Why the database at ``location`` cannot be opened: damaged (with backups), or not a project.
    (A damaged schema page can make SQLite's own message undecodable: UnicodeDecodeError.)"""
    detail = getattr(exc, "orig", None) or "the file's schema is unreadable"
    if path is not None and backup_files.list_backups(path):
        return ProjectDamaged(path, [f"SQLite: {detail}"], backup_files.newest_good_backup(path, key))
    shown = redact(str(location))
    return NotAProject(f"{shown} cannot be opened as a project: {redact_in(str(detail), location)}")


def _read_only_place(path: Path) -> bool:
    """Whether ``path`` is a project in a read-only place, to be read without writing beside
    it; raises when its journal holds changes not yet in the file (reading it would miss them)."""
    if not read_only_place(path):
        return False
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise ProjectError(
            f"{path.name} is in a read-only place and its journal ({wal.name}) holds changes not yet saved "
            "into it; copy the folder to a writable place and open the copy"
        )
    return True


def _check_sqlite_file(path: Path, passphrase: str | None) -> bool:
    """True for a plain SQLite file, False for one that needs ``passphrase``."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise ProjectError(f"cannot read {path}: {exc.strerror}") from exc
    if head == SQLITE_MAGIC:
        return True
    if passphrase is not None and (looks_encrypted(path) or backup_files.list_backups(path)):
        return False
    if looks_encrypted(path):
        raise PassphraseRequired(path)
    if backup_files.list_backups(path) or has_plain_header_fields(path):  # a damaged plain project
        raise ProjectDamaged(
            path, ["the file does not start like a database"], backup_files.newest_good_backup(path, passphrase)
        )
    raise NotAProject(f"{path} is not a qcoder project (not an SQLite database)")


def sqlite_backup(source: Path, target: Path, passphrase: str | None = None) -> Path:
    """Copy a live SQLite database with the online backup API (never a file copy); the copy of
    an encrypted database is encrypted with the same passphrase. Never over an existing file
    (least of all the project itself)."""
    if target.exists():
        raise ProjectError(f"{target} already exists; a backup is written to a new file")
    private_folder(target.parent)
    backup_files.online_backup(source, target, passphrase)
    return target


def _file_identity(path: Path | None) -> tuple[int, int] | None:
    try:
        st = path.stat() if path is not None else None
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if st is not None else None


class ProjectStore:
    """A project's database. Use :meth:`create` or :meth:`open`."""

    def __init__(
        self, location: str | Path, engine: Engine, *, passphrase: str | None = None, read_only: bool = False
    ) -> None:
        self.location = location
        self.engine = engine
        self._writer = engine.execution_options(qcoder_write=True)
        self.upgraded_from: str | None = None
        self.upgrade_backup: Path | None = None
        self.passphrase = passphrase
        self.read_only = read_only
        self.window_lock: WindowLock | None = None
        self.writer_lock: WriterLock | None = None
        self._identity = _file_identity(self.path)  # the file this store reads and writes
        self.warnings: list[str] = []
        self.integrity: IntegrityReport | None = None
        self._checked_at: datetime | None = None  # when the file this session began from was checked
        self.open_backup: BackupInfo | None = None
        self.backup_error: str | None = None

    # --- opening ------------------------------------------------------------------------------
    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def path(self) -> Path | None:
        return None if is_url(self.location) else Path(self.location)

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None and self.path is not None

    @classmethod
    def create(
        cls, location: str | Path, name: str = "", *, passphrase: str | None = None, window: bool = False
    ) -> ProjectStore:
        """A new, empty project; with ``passphrase`` an encrypted file (SQLCipher)."""
        if not is_url(location):
            path = Path(location)
            if path.exists():
                raise ProjectError(f"{path} already exists")
            if not path.parent.is_dir():
                raise ProjectError(f"folder {path.parent} does not exist")
        elif passphrase is not None:
            raise ProjectError("encryption is for project files; a server protects its databases itself")
        if passphrase is not None and not passphrase:
            raise ProjectError("an empty passphrase cannot protect anything; choose a passphrase")
        if not is_url(location):
            create_private(Path(location))  # owner-only from the first byte
        store = cls(location, make_engine(location, passphrase), passphrase=passphrase)
        try:
            if window and store.path is not None:
                store.window_lock = WindowLock.acquire(store.path)
            store._note_cloud_folder()
            with store.engine.begin() as conn:
                if migrate.has_tables(conn):
                    raise ProjectError("the database is not empty; create projects in an empty database")
                # SQLite: one script instead of replaying the migrations (0.2 s less per new project)
                if conn.dialect.name != "sqlite" or not schema_sql.create(conn.exec_driver_sql):
                    migrate.upgrade(conn)
            with store.transaction() as repo:
                repo.set_meta("project_id", new_id())
                repo.set_meta("name", name or (Path(location).stem if not is_url(location) else "project"))
                repo.set_meta("created_at", datetime.now(UTC).isoformat())
            if store.path is not None:  # the migrations' table rebuilds leave free pages behind
                with store.engine.connect() as conn:  # outside a transaction: the DB-API connection
                    conn.connection.dbapi_connection.execute("VACUUM")  # type: ignore[union-attr]
        except OperationalError as exc:
            store.close()
            raise ProjectError(f"cannot create the project: {exc.orig}") from exc
        except Exception:
            store.close()
            raise
        return store

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
    ) -> ProjectStore:
        """Open a project.

        ``passphrase``: for an encrypted file (default: the ``QCODER_PASSPHRASE`` environment
        variable). ``window``: take the exclusive window lock (raises ``ProjectLocked`` while
        another window holds it). ``read_only``: SQLite refuses every write. ``check``: run the
        integrity check (raises :class:`ProjectDamaged`). ``backup``: make a rolling backup if the
        project changed since the last one (default: on, unless ``QCODER_BACKUPS=0``).
        """
        path: Path | None = None
        plain = True
        if not is_url(location):
            path = Path(location)
            if not path.exists():
                raise ProjectError(f"no project at {path}")
            if passphrase is None:
                passphrase = passphrase_from_env()
            plain = _check_sqlite_file(path, passphrase)
        key = None if plain else passphrase
        fixed = path is not None and _read_only_place(path)
        read_only = read_only or fixed
        engine = make_engine(location, key, read_only=read_only, immutable=fixed)
        store = cls(location, engine, passphrase=key, read_only=read_only)
        try:
            if window and path is not None and not fixed:  # no one can write a file in a read-only place
                store.window_lock = WindowLock.acquire(path)
            if not plain:
                store._check_key()
            found = store._read_revision()
            if check:
                store._check_integrity(path)
            store._upgrade(found)
            if path is not None:
                store._note_cloud_folder()
                do_backup = (automatic_backups_on() if backup is None else backup) and not fixed
                if do_backup:
                    # at most one per BACKUP_EVERY_MINUTES, so that a script of short commands
                    # does not back up a large project before every one of them
                    store.backup_if_changed("open", min_age_minutes=BACKUP_EVERY_MINUTES)
        except (OperationalError, DatabaseError, UnicodeDecodeError) as exc:
            # a damaged schema page can make SQLite's own message undecodable (UnicodeDecodeError)
            store.close()
            raise _cannot_open(location, path, key, exc) from exc
        except BaseException:
            store.close()
            raise
        return store

    def _check_key(self) -> None:
        assert self.path is not None
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except DatabaseError as exc:
            raise WrongPassphrase(self.path) from exc

    def _check_integrity(self, path: Path | None) -> None:
        """The check on open, skipped when the file is as a clean close left it after a check
        (:mod:`qcoder.store.verified`); never after a crash, which leaves the file changed."""
        checked = verified.last_checked(path) if path is not None else None
        if checked is not None:
            self.integrity = IntegrityReport(
                True, skipped=f"unchanged since it was checked on {checked:%Y-%m-%d %H:%M}"
            )
            self._checked_at = checked
            return
        report = check_engine(self.engine, full=False)
        self.integrity = report
        self._checked_at = datetime.now(UTC)
        if not report.ok:
            if self.path is None:
                raise ProjectError(
                    f"the project database fails its integrity check: {report.summary()}; rows breaking "
                    "qcoder's rules can be set aside with: qcoder check URL --repair"
                )
            raise ProjectDamaged(
                self.path, report.problems, backup_files.newest_good_backup(self.path, self.passphrase)
            )

    def check(self, full: bool = True) -> IntegrityReport:
        """Run the integrity check now (full: every index, the search index too)."""
        if self.path is not None and full:
            return check_file(self.path, self.passphrase, full=True)
        return check_engine(self.engine, full=full)

    def _note_cloud_folder(self) -> None:
        if self.path is None:
            return
        provider = cloud_sync_provider(self.path.expanduser().resolve())
        if provider is not None:
            self.warnings.append(CloudFolderWarning(provider, self.path))

    def _read_revision(self) -> str:
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
        return found

    def _upgrade(self, found: str) -> None:
        head = migrate.head_revision()
        if found != head:
            if self.read_only:
                raise ProjectError(
                    f"{self.location} needs a schema upgrade, which cannot happen while it is "
                    "open read-only; open it where it can be changed"
                )
            self._check_can_write()
            if self.path is not None:
                self.upgrade_backup = sqlite_backup(
                    self.path,
                    self.path.with_name(f"{self.path.stem}.before-upgrade-{found}{self.path.suffix}"),
                    self.passphrase,
                )
            with self.engine.begin() as conn:
                migrate.upgrade(conn)
            self.upgraded_from = found

    # --- units of work ----------------------------------------------------------------------------
    def _check_can_write(self) -> None:
        if self.read_only:
            raise ProjectReadOnly(self.location)
        path = self.path
        if path is None:
            return
        taken = None
        if self.writer_lock is None:
            taken = WriterLock.shared(path)
        try:
            check_no_window(path, self.window_lock)
            if _file_identity(path) != self._identity:
                raise ProjectError(
                    f"{path.name} was replaced by another process (encrypted, decrypted or restored) after "
                    "it was opened here; nothing was written. Open it again."
                )
        except BaseException:
            if taken is not None:
                taken.release()
            raise
        if taken is not None:
            self.writer_lock = taken

    @contextmanager
    def exclusive_writes(self, action: str) -> Iterator[None]:
        """Write in the block while no other process writes (``ProjectBusy`` otherwise)."""
        self._check_can_write()
        if self.writer_lock is None:
            yield
            return
        with self.writer_lock.exclusively(action):
            yield

    @contextmanager
    def transaction(self) -> Iterator[SqlRepository]:
        """A writing transaction: committed when the block ends, rolled back on any error.

        Refused (``ProjectLocked``) while a window of another process holds the project, and
        (``ProjectReadOnly``) in a store opened read-only.
        """
        self._check_can_write()
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield SqlRepository(session)

    @contextmanager
    def reader(self) -> Iterator[SqlRepository]:
        """A read-only unit of work (a consistent snapshot; nothing is committed)."""
        with Session(self.engine) as session:  # closing the session rolls back
            yield SqlRepository(session)

    def repair(self) -> list[str]:
        """Repair rows that break qcoder's rules (:mod:`qcoder.store.repair`); what was done."""
        self._check_can_write()
        with self._writer.begin() as conn:
            return repair_rows(conn)

    def set_aside_count(self) -> int:
        with self.engine.connect() as conn:
            return len(set_aside_rows(conn))

    def search_documents(self, query: str) -> list[str]:
        with Session(self.engine) as session:
            return search_document_ids(session, query)

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return migrate.current_revision(conn)

    def backup(self, target: Path) -> Path:
        if self.path is None:
            raise ProjectError("backups of server projects are made with the server's own tools (pg_dump)")
        return sqlite_backup(self.path, target, self.passphrase)

    @staticmethod
    def checkpoint_file(path: Path, passphrase: str | None = None) -> None:
        """Fold the write-ahead log of the closed project file ``path`` into the file itself
        (``PRAGMA wal_checkpoint(TRUNCATE)``), so the file alone holds everything."""
        conn = connect_any(path, passphrase)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()

    @staticmethod
    def project_id_of_file(path: Path, passphrase: str | None = None) -> str:
        """The project id stored in the closed project file ``path`` ("" when it has none)."""
        conn = connect_any(path, passphrase)
        try:
            row = conn.execute("SELECT value FROM project_meta WHERE key = 'project_id'").fetchone()
        finally:
            conn.close()
        return str(row[0]) if row else ""

    # --- rolling backups -------------------------------------------------------------------------
    def make_backup(self, reason: str = "manual") -> BackupInfo:
        """A backup in the project's backups folder (``<project>.backups/``)."""
        if self.path is None:
            raise ProjectError("backups of server projects are made with the server's own tools (pg_dump)")
        return self._backup(reason)

    def _backup(self, reason: str) -> BackupInfo:
        assert self.path is not None
        raw = self.engine.raw_connection()  # an already keyed connection for encrypted files
        try:
            return backup_files.make_backup(self.path, self.passphrase, reason, source_conn=raw.driver_connection)
        finally:
            raw.close()

    def backup_if_changed(
        self, reason: str = "auto", keep: int = BACKUP_KEEP, min_age_minutes: float = 0.0
    ) -> BackupInfo | None:
        """A rolling backup if the project changed since the last backup (and the newest automatic
        backup is at least ``min_age_minutes`` old); older automatic ones beyond ``keep`` are
        deleted. A failure is recorded in :attr:`backup_error`, not raised: a failed backup must
        not stop the work it protects."""
        if self.path is None or not backup_files.backup_due(self.path, min_age_minutes):
            return None
        try:
            info = self._backup(reason)
            backup_files.rotate(self.path, keep)
        except (OSError, ProjectError, DatabaseError) as exc:
            self.backup_error = str(exc)
            return None
        except Exception as exc:  # noqa: BLE001 - sqlite3/sqlcipher errors are not SQLAlchemy's
            self.backup_error = f"{type(exc).__name__}: {exc}"
            return None
        self.backup_error = None
        if reason == "open":
            self.open_backup = info
        return info

    def close(self) -> None:
        self.engine.dispose()
        if self.path is not None and self.integrity is not None and self.integrity.ok and self._checked_at is not None:
            verified.record_clean_close(self.path, self._checked_at)
            self._checked_at = None  # closing twice records once
        if self.writer_lock is not None:
            self.writer_lock.release()
        if self.window_lock is not None:
            self.window_lock.release()

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
