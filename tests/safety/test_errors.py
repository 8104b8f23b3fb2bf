"""Clear errors without user data (issue 22, items 12 and 18): every failure is one line on
stderr that names the problem, exits non-zero, writes nothing, and never quotes transcript text,
names or SQL parameters."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, OperationalError

from qcoder.app import Project, listing
from qcoder.app.errors import error_message
from qcoder.cli import main
from qcoder.core.errors import InvalidValue

MARKER = "Zebra-Quartz confided the shelter's address"
INTERVIEW = f"Interviewer: Where do you meet?\n\nRespondent: {MARKER}. We meet on Tuesdays.\n"
ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def error_line(err: str) -> str:
    """The one ``qcoder CMD: ...`` line of stderr (progress lines aside)."""
    lines = [line for line in err.splitlines() if line.startswith("qcoder ")]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "p.qcoder"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "HC-LE-01.txt").write_text(INTERVIEW, encoding="utf-8")
    assert run(capsys, "new", str(path))[0] == 0
    assert run(capsys, "import", str(path), str(tmp_path / "in"))[0] == 0
    return path


def fail_listing(monkeypatch: pytest.MonkeyPatch, failure: Callable[[object], object]) -> None:
    """``qcoder documents`` fails with ``failure`` (its quick read path is turned off, so the
    command opens the project and asks it for the documents)."""
    monkeypatch.setattr(listing, "document_listing", lambda *_a, **_k: None)
    monkeypatch.setattr(Project, "documents", failure)


def coders(path: Path) -> list[str]:
    with Project.open(path) as p:
        return sorted(c.name for c in p.coders())


def document_count(path: Path) -> int:
    with Project.open(path) as p:
        return len(p.documents())


def integrity_error() -> IntegrityError:
    """A real IntegrityError whose statement parameters hold transcript text."""
    engine = sa.create_engine("sqlite://")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (name TEXT UNIQUE)")
        conn.exec_driver_sql("INSERT INTO t VALUES (?)", (MARKER,))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO t VALUES (?)", (MARKER,))
    except IntegrityError as exc:
        assert MARKER in str(exc)  # what SQLAlchemy would print
        return exc
    raise AssertionError("no IntegrityError")


def disk_full_error() -> OperationalError:
    engine = sa.create_engine("sqlite://")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (text TEXT)")
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA max_page_count = 2")
            conn.exec_driver_sql("INSERT INTO t VALUES (?)", (MARKER * 2000,))
    except OperationalError as exc:
        assert MARKER in str(exc)
        return exc
    raise AssertionError("no OperationalError")


# --- item 12: no user data in errors ------------------------------------------------------------


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (integrity_error, "someone else made the same change"),
        (disk_full_error, "the disk is full"),
        (lambda: ValueError(f"cannot parse {MARKER!r}"), "internal error: ValueError"),
        (lambda: KeyError(MARKER), "internal error: KeyError"),
    ],
)
def test_errors_never_print_user_data(capsys, project, monkeypatch, raised, expected):
    exc = raised()

    def boom(self: object) -> object:
        raise exc

    fail_listing(monkeypatch, boom)
    code, out, err = run(capsys, "documents", str(project))
    line = error_line(err)
    assert code == 1 and expected in line, line
    assert MARKER not in err + out and "INSERT" not in err and "[SQL" not in err
    # the window's message is built the same way
    from qcoder.gui.errors import user_message

    shown = user_message(exc)
    assert MARKER not in shown and "INSERT" not in shown
    if "internal error" in expected:
        assert type(exc).__name__ in shown and "bug in qcoder" in shown


def test_error_message_keeps_what_a_user_can_act_on():
    assert error_message(InvalidValue("a coder needs a name")) == "a coder needs a name"
    assert error_message(OSError(28, "No space left on device", "/x/out.xlsx")).startswith("the disk is full")


def test_ctrl_c_is_one_line_and_exit_130(capsys, project, monkeypatch):
    def interrupted(self: object) -> object:
        raise KeyboardInterrupt

    fail_listing(monkeypatch, interrupted)
    code, _out, err = run(capsys, "documents", str(project))
    assert code == 130 and error_line(err) == "qcoder documents: interrupted"


def test_concurrent_creation_of_a_coder_returns_the_other_ones(project, monkeypatch):
    """Two processes registering the same coder: the loser's insert fails on the unique name;
    it gets the coder the other one made instead of an IntegrityError."""
    with Project.open(project) as a, Project.open(project) as b:
        made = a.ensure_coder("Maya")
        monkeypatch.setattr(type(b._team), "coder_by_name", _absent_once(type(b._team).coder_by_name))
        assert b.ensure_coder("Maya").id == made.id
    assert coders(project) == ["Maya"]


def _absent_once(real):  # type: ignore[no-untyped-def]
    calls = {"n": 0}

    def coder_by_name(self, name):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        return None if calls["n"] == 1 else real(self, name)

    return coder_by_name


# --- item 18: one clear line, non-zero, nothing written -----------------------------------------


def test_attribute_sheet_is_refused_before_anything_is_imported(capsys, tmp_path):
    path = tmp_path / "q.qcoder"
    run(capsys, "new", str(path))
    (tmp_path / "t.txt").write_text(INTERVIEW, encoding="utf-8")
    for sheet in ('doc,site\n"unterminated', "site,group\nHarbor City,x\n"):
        (tmp_path / "bad.csv").write_text(sheet, encoding="utf-8")
        code, _out, err = run(
            capsys, "import", str(path), str(tmp_path / "t.txt"), "--attributes", str(tmp_path / "bad.csv")
        )
        assert code == 1 and "error" in error_line(err)
        assert document_count(path) == 0
    code, _out, err = run(
        capsys, "import", str(path), str(tmp_path / "t.txt"), "--attributes", str(tmp_path / "no.csv")
    )
    assert code == 1 and document_count(path) == 0


def test_empty_folder_import_fails_clearly(capsys, project, tmp_path):
    (tmp_path / "empty").mkdir()
    code, _out, err = run(capsys, "import", str(project), str(tmp_path / "empty"))
    assert code == 1 and "no files to import" in error_line(err)


def test_garbage_codebook_is_not_0_created(capsys, project, tmp_path):
    for content in (b"\xff\xfe\x00garbage\x01\x02", b"code\n\n\n"):
        (tmp_path / "cb.csv").write_bytes(content)
        code, out, err = run(capsys, "codebook", "import", str(project), str(tmp_path / "cb.csv"))
        assert code == 1 and "no codes found" in error_line(err) and "0 created" not in out


@pytest.mark.parametrize(
    "args",
    [
        ("disagreements", "{p}", "--coders", "A,B", "--limit", "-5"),
        ("suggest", "{p}", "--limit", "-5"),
        ("suggest", "{p}", "--threshold", "nan"),
        ("words", "{p}", "--top", "-1"),
    ],
)
def test_negative_counts_are_usage_errors(capsys, project, args):
    with pytest.raises(SystemExit) as exit_:
        main([a.format(p=project) for a in args])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "error: argument" in err and "Traceback" not in err


def test_unknown_group_by_is_refused_and_a_missing_site_is_not(capsys, project):
    with Project.open(project) as p:
        p.ensure_coder("A")
        p.ensure_coder("B")
    code, _out, err = run(capsys, "agreement", str(project), "--coders", "A,B", "--group-by", "nope")
    assert code == 1 and "no attribute named 'nope'" in error_line(err)
    assert run(capsys, "agreement", str(project), "--coders", "A,B")[0] == 0  # default site, absent here


def test_failed_handout_does_not_create_the_coder(capsys, project, tmp_path):
    code, _out, err = run(capsys, "handout", str(project), "--coder", "Zed", "-o", str(tmp_path / "no" / "h.qcoder"))
    assert code == 1 and error_line(err)
    assert coders(project) == []
    out = tmp_path / "h.qcoder"
    assert run(capsys, "handout", str(project), "--coder", "Zed", "-o", str(out))[0] == 0
    assert coders(project) == ["Zed"] and coders(out) == ["Zed"]


def test_server_add_member_on_a_file_writes_nothing(capsys, project):
    code, _out, err = run(capsys, "server", "add-member", str(project), "--coder", "bob", "--db-user", "bob")
    assert code == 1 and "PostgreSQL" in error_line(err) and "internal error" not in err
    assert coders(project) == []


@pytest.mark.parametrize(
    "url", ["postgresql+asyncpg://u@localhost/db", "mysql://u@localhost/db", "postgresql+psycopg://u@[bad"]
)
def test_unsupported_database_urls_are_named(capsys, url):
    code, _out, err = run(capsys, "documents", url)
    line = error_line(err)
    assert code == 1 and "postgresql+psycopg://" in line and "internal error" not in line


def test_lead_only_refusal_is_a_sentence():
    from qcoder.core import commands as cmd
    from qcoder.core.model import Code, new_id
    from qcoder.core.permissions import PermissionDenied, Role, check

    with pytest.raises(PermissionDenied) as refused:
        check(cmd.CreateCode(Code(new_id(), "Trust")), Role.CODER, new_id(), None)  # type: ignore[arg-type]
    assert str(refused.value) == (
        "only a lead may make this change (New code); a coder may change only their own codings and memos"
    )


def test_damaged_plain_header_is_damaged_not_encrypted(capsys, project):
    data = bytearray(project.read_bytes())
    data[:16] = b"X" * 16
    project.write_bytes(bytes(data))
    for command in ("check", "documents"):
        code, out, err = run(capsys, command, str(project))
        assert (
            code == 1 and "DAMAGED" in out + err.upper() and "encrypted" not in (out + err).replace("encrypted: no", "")
        )


@pytest.fixture
def encrypted(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Path:
    from qcoder.app import safety

    if safety.encryption_unavailable_reason():
        pytest.skip("SQLCipher is not available")
    path = tmp_path / "e.qcoder"
    (tmp_path / "t.txt").write_text(INTERVIEW, encoding="utf-8")
    monkeypatch.setenv("QCODER_PASSPHRASE", "right horse battery staple")
    assert run(capsys, "new", "--encrypt", str(path))[0] == 0
    assert run(capsys, "import", str(path), str(tmp_path / "t.txt"))[0] == 0
    assert run(capsys, "backup", str(path))[0] == 0
    monkeypatch.setenv("QCODER_PASSPHRASE", "wrong")
    return path


def test_wrong_passphrase_is_not_damage(capsys, encrypted):
    for args in (("check", str(encrypted)), ("restore", str(encrypted), "--latest")):
        code, out, err = run(capsys, *args)
        assert code == 1 and "wrong passphrase" in error_line(err)
        assert "DAMAGED" not in out and "no good backup" not in err


# --- a project in a read-only place ------------------------------------------------------------

READ_ONLY_SCRIPT = """
import sys
from qcoder.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _read_only_run(src: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI on ``src``'s project seen through a read-only place: a read-only bind mount
    (as root, who ignores permission bits) or a folder without write permission."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QCODER_BACKUPS": "0"}
    command = [sys.executable, "-c", READ_ONLY_SCRIPT, *args]
    if os.geteuid() != 0:
        src.chmod(0o555)
        try:
            return subprocess.run(command, cwd=src, env=env, capture_output=True, text=True, timeout=120)
        finally:
            src.chmod(0o755)
    if not shutil.which("unshare"):
        pytest.skip("needs unshare to make a read-only place as root")
    dst = src.with_name(src.name + "-ro")
    dst.mkdir(exist_ok=True)
    shell = f'mount --bind "{src}" "{dst}" && mount -o remount,ro,bind "{dst}" && cd "{dst}" && exec "$@"'
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", shell, "sh", *command], env=env, capture_output=True, text=True, timeout=120
    )
    if "mount" in done.stderr and done.returncode != 0 and "qcoder" not in done.stderr:
        pytest.skip(f"cannot make a read-only mount here: {done.stderr.strip()}")
    return done


def test_a_healthy_project_in_a_read_only_place_is_readable(capsys, project):
    folder = project.parent / "place"
    folder.mkdir()
    shutil.copy(project, folder / project.name)
    check = _read_only_run(folder, "check", project.name)
    assert check.returncode == 0 and f"{project.name}: ok" in check.stdout, check.stdout + check.stderr
    docs = _read_only_run(folder, "documents", project.name)
    assert docs.returncode == 0 and "HC-LE-01" in docs.stdout, docs.stderr
    (project.parent / "new.txt").write_text("A: another text\n", encoding="utf-8")
    imported = _read_only_run(folder, "import", project.name, str(project.parent / "new.txt"))
    assert imported.returncode == 1 and "read-only" in imported.stderr and "Traceback" not in imported.stderr


class _PgError(Exception):
    """Stands for a psycopg error: its text quotes the row (``DETAIL: Key (name)=(...)``)."""

    def __init__(self, sqlstate: str) -> None:
        super().__init__(f'duplicate key value\nDETAIL:  Key (name)=({MARKER}) already exists. "{MARKER}"')
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("kind", "sqlstate", "expected"),
    [
        (sa.exc.ProgrammingError, "42501", "lacks the permission"),  # row-level security, grants
        (IntegrityError, "23505", "someone else made the same change"),
        (OperationalError, "53100", "disk is full"),
        (OperationalError, "08006", "connection to the server failed"),
        (sa.exc.DataError, "22P02", "SQLSTATE 22P02"),
    ],
)
def test_server_errors_are_described_by_kind_only(kind, sqlstate, expected):
    exc = kind("INSERT INTO coders (name) VALUES (%(name)s)", {"name": MARKER}, _PgError(sqlstate))
    assert MARKER in str(exc)
    said = error_message(exc)
    assert expected in said and MARKER not in said and "INSERT" not in said


def test_driver_errors_outside_sqlalchemy_are_described_too():
    import sqlite3

    said = error_message(sqlite3.OperationalError("database or disk is full"))
    assert said.startswith("the disk is full")
    assert "internal error" not in error_message(sqlite3.DatabaseError(f"odd: {MARKER}"))
    assert MARKER not in error_message(sqlite3.DatabaseError(f"odd: {MARKER}"))


def test_deidentify_backup_never_overwrites_the_project(capsys, project):
    before = project.read_bytes()
    code, _out, err = run(capsys, "deidentify", str(project), "--in-place", "--backup", str(project))
    assert code == 1 and "already exists" in error_line(err)
    assert project.read_bytes() == before


def test_xlsx_export_of_a_project_without_site_or_group(capsys, project, tmp_path):
    """Regression (issue 22 #18): the default --by names attributes this project does not have."""
    code, _out, err = run(capsys, "export", str(project), "-o", str(tmp_path / "x.xlsx"))
    assert code == 0 and (tmp_path / "x.xlsx").stat().st_size > 0, err
    code, _out, err = run(capsys, "export", str(project), "-o", str(tmp_path / "y.xlsx"), "--by", "nope")
    assert code != 0 and "nope" in error_line(err) and not (tmp_path / "y.xlsx").exists()


@pytest.mark.postgres
def test_server_refusals_say_so(pg_database: str, tmp_path: Path, capsys):
    """A coder's login refused by the server (grants, row-level security) reads as a refusal,
    not 'internal error: ProgrammingError', and never quotes the row it refused."""
    import uuid

    from sqlalchemy.engine import make_url

    from qcoder.app.team import add_member, push, server_init
    from qcoder.core.permissions import Role

    local = tmp_path / "local.qcoder"
    with Project.create(local) as p:
        p.add_document(_imported())
        p.create_code("Trust")
    push(local, pg_database)
    tag = uuid.uuid4().hex[:6]
    lead, maya = f"lead_{tag}", f"maya_{tag}"
    server_init(pg_database, "Lead", lead, "pw-lead")
    add_member(pg_database, "Maya", Role.CODER, maya, "pw-maya")
    as_maya = make_url(pg_database).set(username=maya, password="pw-maya").render_as_string(hide_password=False)
    try:
        code, _out, err = run(capsys, "server", "add-member", as_maya, "--coder", "Eve", "--db-user", f"eve_{tag}")
        line = error_line(err)
        assert code == 1 and "internal error" not in line and "pw-maya" not in err, line
        engine = sa.create_engine(as_maya)
        with pytest.raises(sa.exc.DBAPIError) as refused, engine.begin() as conn:
            conn.execute(sa.text("UPDATE codes SET name = :n"), {"n": MARKER})
        engine.dispose()
        said = error_message(refused.value)
        assert "lacks the permission" in said and MARKER not in said
    finally:
        admin = sa.create_engine(pg_database, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for user in (lead, maya):
                conn.execute(sa.text(f'DROP OWNED BY "{user}"'))
                conn.execute(sa.text(f'DROP ROLE IF EXISTS "{user}"'))
        admin.dispose()


def _imported():  # type: ignore[no-untyped-def]
    from tests.helpers import imported

    return imported(INTERVIEW, "HC-LE-01.txt")


@pytest.mark.parametrize("name", ["we?ird#name.qcoder", "100% done.qcoder", "x@y:z.qcoder"])
def test_file_names_a_url_would_misread(capsys, tmp_path, name):
    """'?' or '#' in a file name ended the SQLite URL: the project went to a file called 'we'."""
    path = tmp_path / name
    assert run(capsys, "new", str(path))[0] == 0
    (tmp_path / "t.txt").write_text(INTERVIEW, encoding="utf-8")
    assert run(capsys, "import", str(path), str(tmp_path / "t.txt"))[0] == 0
    assert document_count(path) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".backups" and p.is_file()) == sorted(
        [name, "t.txt"]
    )


def test_the_window_reports_an_uncaught_error_without_its_text(capsys, monkeypatch):
    """An exception no slot caught reaches sys.excepthook: the window's hook names its class
    only; QCODER_DEBUG=1 hands it to the previous hook (a traceback, with the data)."""
    from qcoder.gui.errors import safe_excepthook

    seen: list[BaseException] = []
    hook = safe_excepthook(lambda _kind, exc, _tb: seen.append(exc))
    exc = ValueError(f"cannot parse {MARKER!r}")
    monkeypatch.delenv("QCODER_DEBUG", raising=False)
    hook(ValueError, exc, None)
    err = capsys.readouterr().err
    assert "ValueError" in err and MARKER not in err and seen == []
    monkeypatch.setenv("QCODER_DEBUG", "1")
    hook(ValueError, exc, None)
    assert seen == [exc]
