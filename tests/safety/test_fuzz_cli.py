"""Every CLI command, driven in-process with generated bad arguments and bad files (issue 22).

The commands are enumerated from the parser, so a new command is fuzzed without a change here.
For each generated command line the contract is:

- the exit status is non-zero, or zero when the input happened to be valid;
- a failure prints exactly one ``qcoder COMMAND: error: ...`` line on stderr (argparse's usage
  errors: its usage text and one ``error:`` line), never a traceback and never an internal error;
- nothing in stdout or stderr of a failure quotes the project's transcript (a marker sentence);
- a failure leaves the project as it was: its check passes and a hash of every row is equal.

Examples per command: ``QCODER_FUZZ_EXAMPLES`` (default 15, derandomized for CI; set
``QCODER_FUZZ_RANDOM=1`` to explore new ones).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcoder.app import Project
from qcoder.app.safety import check_project
from qcoder.cli import main
from qcoder.cli.parser import build_parser

MARKER = "Zebra-Quartz confided the shelter's address"
INTERVIEW = f"Interviewer: Where do you meet?\n\nRespondent: {MARKER}. We meet on Tuesdays.\n"
EXAMPLES = int(os.environ.get("QCODER_FUZZ_EXAMPLES", "15"))
# `gui` starts the window's event loop; its arguments are checked by tests/gui and test_cli.
NOT_FUZZED = {"gui"}
ERROR_LINE = re.compile(r"^qcoder [\w-]+: (error|interrupted)\b")


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


COMMANDS = sorted(set(subcommands()) - NOT_FUZZED)


def rows_hash(path: Path) -> str:
    """A hash of every row of every table (the content, not the file's bytes)."""
    digest = hashlib.sha256()
    if not path.exists():
        return "missing"
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in tables:
            if table.startswith(("sqlite_", "documents_fts")):
                continue
            rows = sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"'))
            digest.update(f"{table}:{len(rows)}:{rows}".encode())
    except sqlite3.DatabaseError:  # e.g. encrypted by a valid `encrypt`
        return "unreadable"
    finally:
        conn.close()
    return digest.hexdigest()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A project with the marker transcript, two coders and a code; and bad files."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("QCODER_BACKUPS", "0")
        yield _workspace(tmp_path_factory.mktemp("fuzz-cli"))


def _workspace(root: Path) -> Path:
    (root / "t.txt").write_text(INTERVIEW, encoding="utf-8")
    project = root / "p.qcoder"
    assert main(["new", str(project)]) == 0
    assert main(["import", str(project), str(root / "t.txt")]) == 0
    (root / "codes.csv").write_text("code\nTrust\n", encoding="utf-8")
    assert main(["codebook", "import", str(project), str(root / "codes.csv")]) == 0
    with Project.open(project) as p:
        p.ensure_coder("Maya")
        p.ensure_coder("Jordan")
    (root / "garbage.bin").write_bytes(bytes(range(256)) * 8)
    (root / "empty.csv").write_bytes(b"")
    (root / "bad.csv").write_text('document,site\n"unterminated\x01', encoding="utf-8")
    (root / "latin1.csv").write_bytes("code,définition\nÅ,é\n".encode("latin-1"))
    (root / "fake.qcoder").write_bytes(b"SQLite format 3\x00" + b"\x00" * 1000)
    (root / "fake.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    (root / "fake.qdpx").write_bytes(b"PK\x03\x04 not really a zip")
    (root / "fake.qcodings").write_bytes(b"\x1f\x8b\x08 not gzip")
    (root / "folder").mkdir()
    (root / "other.txt").write_text("Interviewer: And then?\n\nRespondent: We left early.\n", encoding="utf-8")
    (root / "codes2.csv").write_text("code,definition\nSafety > Housing,Where people stay\n", encoding="utf-8")
    (root / "pristine.qcoder").write_bytes(project.read_bytes())
    return root


def values(root: Path) -> list[str]:
    """Bad (and a few good) argument values: numbers, names, paths, files, URLs."""
    return [
        "",
        " ",
        "-5",
        "0",
        "nan",
        "1e309",
        "x" * 300,
        "Maya",
        "Trust",
        "Nobody",
        "A,B",
        "site",
        "Ünïcode ✓ 😀",
        "'; DROP TABLE codings; --",
        "{site}_{",
        "accept:Nobody",
        str(root / "p.qcoder"),
        str(root / "missing" / "x.qcoder"),
        str(root / "folder"),
        str(root / "other.txt"),
        str(root / "codes2.csv"),
        str(root / "garbage.bin"),
        str(root / "empty.csv"),
        str(root / "bad.csv"),
        str(root / "latin1.csv"),
        str(root / "fake.qcoder"),
        str(root / "fake.xlsx"),
        str(root / "fake.qdpx"),
        str(root / "fake.qcodings"),
        str(root / "out" / "nowhere.docx"),
        "postgresql+asyncpg://u@localhost/db",
        "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1",
        "mysql://u@h/db",
    ]


@st.composite
def command_line(draw: st.DrawFn, name: str, parser: argparse.ArgumentParser, root: Path) -> list[str]:
    pool = values(root)
    value = st.sampled_from(pool)
    argv = [name]
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction | argparse._VersionAction):
            continue
        if not action.option_strings:  # positional
            if action.dest == "project" and draw(st.booleans()):
                argv.append(str(root / "p.qcoder"))
                continue
            if action.nargs == "?" and draw(st.booleans()):
                continue
            count = draw(st.integers(1, 2)) if action.nargs in ("+", "*") else 1
            for _ in range(count):
                choices = list(action.choices or [])
                argv.append(draw(st.sampled_from(choices) if choices and draw(st.booleans()) else value))
            continue
        if not draw(st.booleans()) and not action.required:
            continue
        argv.append(action.option_strings[-1])
        if action.nargs == 0:
            continue
        choices = list(action.choices or [])
        argv.append(draw(st.sampled_from(choices) if choices and draw(st.booleans()) else value))
    return argv


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse: usage errors
        code = exit_.code if isinstance(exit_.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err


def check_failure(argv: list[str], code: int, out: str, err: str) -> None:
    shown = f"qcoder {' '.join(argv)}\n--- stderr:\n{err}"
    assert "Traceback" not in err, shown
    assert "internal error" not in err, shown
    assert MARKER not in out + err, shown
    if code == 0:
        return
    lines = err.splitlines()
    if code == 2 and lines and lines[-1].startswith(f"qcoder {argv[0]}: error:"):
        return  # argparse's usage error (usage text, then the error line), or a UsageError
    errors = [line for line in lines if ERROR_LINE.match(line)]
    assert len(errors) == 1, shown


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_refuses_bad_input_cleanly(name: str, workspace: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("QCODER_BACKUPS", "0")
    monkeypatch.setenv("QCODER_NLP_CACHE", "off")
    monkeypatch.delenv("QCODER_PASSPHRASE", raising=False)
    monkeypatch.delenv("QCODER_DEBUG", raising=False)
    monkeypatch.chdir(workspace)
    project = workspace / "p.qcoder"
    pristine = (workspace / "pristine.qcoder").read_bytes()
    project.write_bytes(pristine)
    expected = rows_hash(project)
    parser = subcommands()[name]

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=not os.environ.get("QCODER_FUZZ_RANDOM"),
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )
    @given(argv=command_line(name, parser, workspace))
    def fuzz(argv: list[str]) -> None:
        code, out, err = run(argv, capsys)
        found = rows_hash(project)
        healthy = check_project(project).ok if found not in ("missing", "unreadable") else False
        if found != expected:  # every example starts from the original (valid commands change it)
            for leftover in (
                project,
                project.with_name(project.name + "-wal"),
                project.with_name(project.name + "-shm"),
            ):
                leftover.unlink(missing_ok=True)
            project.write_bytes(pristine)
            os.chmod(project, 0o600)
        check_failure(argv, code, out, err)
        if code != 0:
            assert found == expected, f"qcoder {' '.join(argv)} failed and changed the project"
            assert healthy

    fuzz()


def test_every_command_is_fuzzed() -> None:
    """The list comes from the parser: only the window's command is left to its own tests."""
    assert set(COMMANDS) | NOT_FUZZED == set(subcommands())
    assert {"import", "check", "restore", "server", "export", "codebook"} <= set(COMMANDS)
