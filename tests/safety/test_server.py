"""Safety features on a PostgreSQL project: the integrity check runs qcoder's own rules there
(the server guards pages and references); file-only features refuse clearly."""

from __future__ import annotations

import pytest

from qcoder.app.backups import backup_now
from qcoder.app.safety import check_project, create_project, open_project
from qcoder.core.errors import ProjectError
from tests.helpers import imported

pytestmark = pytest.mark.postgres


def test_server_project_check_and_refusals(pg_database: str):
    with create_project(pg_database, "server") as p:
        doc = p.add_document(imported())
        code = p.create_code("Trust")
        coder = p.ensure_coder("ana")
        p.add_coding(doc.id, code.id, coder.id, 0, 10)
        with pytest.raises(ProjectError, match="pg_dump"):
            backup_now(p)
    with open_project(pg_database, window=True) as p:  # no lock file for a server: nothing to lock
        assert p._store.integrity is not None and p._store.integrity.ok
        assert p._store.window_lock is None
    assert check_project(pg_database).ok
    with pytest.raises(ProjectError, match="encryption is for project files"):
        create_project(pg_database + "_x", passphrase="pw")


def test_server_project_offsets_rule(pg_database: str):
    from sqlalchemy import text

    from qcoder.app.safety import ProjectDamaged  # noqa: F401 - a server project has no backups folder

    with create_project(pg_database, "server") as p:
        doc = p.add_document(imported())
        code = p.create_code("Trust")
        coder = p.ensure_coder("ana")
        p.add_coding(doc.id, code.id, coder.id, 0, 10)
        with p._store.engine.begin() as conn:
            conn.execute(text("ALTER TABLE codings DISABLE TRIGGER codings_inside"))  # the owner can
            conn.execute(text('UPDATE codings SET "end" = 99999'))
    report = check_project(pg_database)
    assert not report.ok and "outside its" in report.problems[0]
    with pytest.raises(ProjectError, match="fails its integrity check"):
        open_project(pg_database)
