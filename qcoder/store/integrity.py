"""Integrity checks of a project database.

Three layers, each reported as plain sentences:

1. the file: SQLite's ``PRAGMA quick_check`` (on open: page structure, fast) or
   ``PRAGMA integrity_check`` (full: also every index against its table);
2. references: ``PRAGMA foreign_key_check`` (every coding's document, code and coder exist…);
3. qcoder's own rules: a document's ``chars`` is the length of its text; every coding and
   turn is a span inside its document's text (0 ≤ start < end ≤ chars for codings,
   0 ≤ start ≤ end ≤ chars for turns); the full check also runs the FTS5 index's own check
   and verifies each document's text against its stored SHA-256 (a transcript altered in the
   file, or in a backup, is named; merges and imports match documents by that hash).

On PostgreSQL the server guards its pages and references; layer 3 runs there too.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # SQLAlchemy is imported where it is used: the quick read path checks nothing
    from sqlalchemy import Connection, Engine

Rows = list[tuple[Any, ...]]
Run = Callable[[str], Rows]
Stream = Callable[[str], Iterable[tuple[Any, ...]]]
MAX_PROBLEMS = 50
_STREAM = {"stream_results": True}  # the texts row by row, not all in memory


@dataclass
class IntegrityReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    full: bool = False
    seconds: float = 0.0
    skipped: str = ""  # why the check did not run (the file is as it was when last checked)

    def summary(self) -> str:
        if self.ok:
            return "ok"
        shown = "; ".join(self.problems[:3])
        more = f" (and {len(self.problems) - 3} more)" if len(self.problems) > 3 else ""
        return shown + more


_DOCUMENT_CHARS_BEFORE_0006 = "SELECT name, chars, length(text) FROM documents WHERE chars != length(text) LIMIT 20"
_DOCUMENT_CHARS = (
    "SELECT d.name, d.chars, length(t.text) FROM documents d LEFT JOIN document_texts t ON t.document_id = d.id "
    "WHERE t.text IS NULL OR d.chars != length(t.text) LIMIT 20"
)
_CODINGS_OUTSIDE = (
    'SELECT c.id, d.name, c.start, c."end", d.chars FROM codings c JOIN documents d ON d.id = c.document_id '
    'WHERE c.start < 0 OR c."end" <= c.start OR c."end" > d.chars LIMIT 20'
)
_TURNS_OUTSIDE = (
    't.id, d.name, t.start, t."end", d.chars FROM turns t JOIN documents d ON d.id = t.document_id '
    'WHERE t.start < 0 OR t."end" < t.start OR t."end" > d.chars LIMIT 20'
)
_REQUIRED_TABLES = ("documents", "codes", "coders", "codings", "turns", "speakers", "project_meta")
_TEXTS = "SELECT d.name, d.sha256, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id"
_TEXTS_BEFORE_0006 = "SELECT name, sha256, text FROM documents"


def _text_hashes(rows: Iterable[tuple[Any, ...]]) -> list[str]:
    """Each document's text against its stored SHA-256 (of the UTF-8 text); read row by row."""
    differ = []
    for name, sha, text_ in rows:
        if text_ is None:
            continue  # reported as a lost text
        data = text_.encode("utf-8", "surrogatepass") if isinstance(text_, str) else bytes(text_)
        if hashlib.sha256(data).hexdigest() != sha:
            differ.append(str(name))
    if not differ:
        return []
    shown = ", ".join(repr(n) for n in differ[:10]) + (f" and {len(differ) - 10} more" if len(differ) > 10 else "")
    return [
        f"{len(differ)} document text(s) differ from their stored fingerprint (SHA-256), changed outside "
        f"qcoder: {shown}"
    ]


def _qcoder_rules(run: Run, texts_apart: bool) -> list[str]:
    """``texts_apart``: the texts are in ``document_texts`` (schema 0006 on; the check on open
    runs before an older project is upgraded)."""
    problems: list[str] = []
    for name, chars, length in run(_DOCUMENT_CHARS if texts_apart else _DOCUMENT_CHARS_BEFORE_0006):
        if length is None:
            problems.append(f"document {name!r} has lost its text")
        else:
            problems.append(f"document {name!r} says it has {chars} characters but its text has {length}")
    for cid, name, start, end, chars in run(_CODINGS_OUTSIDE):
        problems.append(f"coding {cid} in {name!r} spans [{start}, {end}) outside its {chars} characters")
    for tid, name, start, end, chars in run("SELECT " + _TURNS_OUTSIDE):
        problems.append(f"turn {tid} in {name!r} spans [{start}, {end}) outside its {chars} characters")
    return problems


def _sqlite_checks(run: Run, full: bool, fts: bool = False, stream: Stream | None = None) -> list[str]:
    rows = run("PRAGMA integrity_check(50)" if full else "PRAGMA quick_check(50)")
    # one row per problem, though a row may hold several lines under a "*** in database ***" heading
    problems = [
        f"SQLite: {line.strip()}"
        for r in rows
        if r and r[0] != "ok"
        for line in str(r[0]).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    # a row breaking a CHECK constraint (0007) was written past it: qcoder's rules below name it
    problems = [p for p in problems if "CHECK constraint failed" not in p]
    if problems:
        return problems  # a damaged file: the checks below could only add noise (or fail)
    tables = {r[0] for r in run("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = [t for t in _REQUIRED_TABLES if t not in tables]
    if missing:
        return [f"missing table(s): {', '.join(missing)}"]
    fk: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fkid in run("PRAGMA foreign_key_check"):
        fk[(table, parent)] = fk.get((table, parent), 0) + 1
    problems += [f"{n} row(s) of {table} refer to missing {parent}" for (table, parent), n in sorted(fk.items())]
    problems += _qcoder_rules(run, "document_texts" in tables)
    if full:
        problems += _text_hashes((stream or run)(_TEXTS if "document_texts" in tables else _TEXTS_BEFORE_0006))
    if fts and "documents_fts" in tables:
        try:
            run("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 0)")
        except Exception as exc:  # noqa: BLE001 - the FTS check reports by raising
            if "readonly database" not in str(exc):  # an encrypted file in a read-only place: not checked
                problems.append(f"the search index does not match the documents ({exc}); it can be rebuilt")
    return problems


def check_dbapi(conn: Any, full: bool = True) -> IntegrityReport:
    """Check a DB-API connection to a SQLite (or SQLCipher) database."""
    t0 = time.perf_counter()

    def run(sql: str) -> Rows:
        return [tuple(r) for r in conn.execute(sql).fetchall()]

    try:
        problems = _sqlite_checks(run, full, fts=full, stream=conn.execute)
    except Exception as exc:  # noqa: BLE001 - a damaged file fails in many ways; each is a finding
        problems = [f"SQLite: {exc}"]
    return IntegrityReport(not problems, problems[:MAX_PROBLEMS], full, time.perf_counter() - t0)


def check_connection(conn: Connection, full: bool = False) -> IntegrityReport:
    """Check through a SQLAlchemy connection (SQLite or PostgreSQL)."""
    from sqlalchemy import text

    t0 = time.perf_counter()

    def run(sql: str) -> Rows:
        return [tuple(r) for r in conn.exec_driver_sql(sql).fetchall()]

    try:
        if conn.dialect.name == "sqlite":
            problems = _sqlite_checks(
                run, full, stream=lambda sql: conn.exec_driver_sql(sql, execution_options=_STREAM)
            )
        else:
            apart = bool(conn.execute(text("SELECT to_regclass('document_texts') IS NOT NULL")).scalar())
            problems = _qcoder_rules(lambda sql: [tuple(r) for r in conn.execute(text(sql)).fetchall()], apart)
            if full:
                texts = text(_TEXTS if apart else _TEXTS_BEFORE_0006)
                problems += _text_hashes(conn.execute(texts, execution_options=_STREAM))
    except Exception as exc:  # noqa: BLE001
        problems = [f"{conn.dialect.name}: {exc}"]
    return IntegrityReport(not problems, problems[:MAX_PROBLEMS], full, time.perf_counter() - t0)


def check_engine(engine: Engine, full: bool = False) -> IntegrityReport:
    with engine.connect() as conn:
        report = check_connection(conn, full)
        conn.rollback()
    return report


def check_file(path: Path, passphrase: str | None = None, full: bool = True) -> IntegrityReport:
    """Check a project or backup file without opening it as a project (read-only)."""
    from qcoder.store.crypto import connect_any

    t0 = time.perf_counter()
    try:
        conn = _in_memory_if_read_only(path, connect_any(path, passphrase))
    except Exception as exc:  # noqa: BLE001 - wrong passphrase and unreadable files are findings too
        return IntegrityReport(False, [str(exc)], full, time.perf_counter() - t0)
    try:
        # FTS5's 'integrity-check' command is spelled as an INSERT, so no query_only here; the
        # connection never commits anything (each statement is checked, nothing is written)
        return check_dbapi(conn, full)
    finally:
        conn.close()


def _in_memory_if_read_only(path: Path, conn: Any) -> Any:
    """For a plain file in a read-only place, a copy in memory: FTS5's check is spelled as an
    INSERT, which SQLite refuses on a read-only database."""
    import sqlite3

    from qcoder.store.engine import read_only_place

    if not isinstance(conn, sqlite3.Connection) or not read_only_place(path):
        return conn
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        conn.backup(memory)
    finally:
        conn.close()
    return memory


def first_problems(problems: Sequence[str], n: int = 3) -> str:
    return "; ".join(problems[:n]) + (f" (and {len(problems) - n} more)" if len(problems) > n else "")
