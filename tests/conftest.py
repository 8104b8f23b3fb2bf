"""Shared fixtures. Storage and service tests run on SQLite and, when QCODER_TEST_PG_URL
names a PostgreSQL server (``.ci/run`` starts one), on PostgreSQL too."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Reports follow the system's locale by default (qcoder --locale system): the tests pin English,
# so a French or Spanish developer machine writes what the assertions expect (the locale tests
# set their own).
for _var in ("LC_ALL", "LC_NUMERIC"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "C.UTF-8"

PG_URL = os.environ.get("QCODER_TEST_PG_URL", "")
PG_SKIP = (
    "PostgreSQL tests need a server: set QCODER_TEST_PG_URL=postgresql+psycopg://USER:PASSWORD@HOST/postgres "
    "(.ci/run starts one and sets it)"
)


@pytest.fixture
def pg_database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    if not PG_URL:
        pytest.skip(PG_SKIP)
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"qcoder_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | Path]:
    """Where a new project goes: a .qcoder file, or an empty PostgreSQL database."""
    if request.param == "sqlite":
        yield tmp_path / "project.qcoder"
    else:
        yield request.getfixturevalue("pg_database")


@pytest.fixture
def project(location: str | Path) -> Iterator[object]:
    from qcoder.app import Project

    p = Project.create(location, name="test")
    try:
        yield p
    finally:
        p.close()


@pytest.fixture(scope="session")
def demo_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo project (``qcoder demo``), built once per session: copy it (``demo_copy``) to write."""
    from qcoder.app.demo import build_demo

    return Path(build_demo(tmp_path_factory.mktemp("demo-built")).path)


@pytest.fixture
def demo_copy(demo_built: Path, tmp_path: Path) -> Path:
    """A private copy of the demo project."""
    import shutil

    copy = tmp_path / demo_built.name
    shutil.copyfile(demo_built, copy)
    return copy


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    skipped = terminalreporter.stats.get("skipped", [])
    pg = [r for r in skipped if "QCODER_TEST_PG_URL" in str(getattr(r, "longrepr", ""))]
    if pg:
        terminalreporter.write_line(f"{len(pg)} PostgreSQL test(s) skipped: {PG_SKIP}")
