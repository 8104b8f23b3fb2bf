"""Team server mode on a real PostgreSQL: push/pull, live refresh between clients, optimistic
concurrency on codes, roles in the service layer and row-level security in the database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from qcoder.app import Project
from qcoder.app.memos import add_memo
from qcoder.app.team import add_member, pull, push, server_init
from qcoder.core.changes import Kind
from qcoder.core.errors import ConcurrentEdit, NotFound
from qcoder.core.permissions import PermissionDenied, Role
from tests.helpers import INTERVIEW, imported

pytestmark = pytest.mark.postgres


@pytest.fixture
def local(tmp_path: Path) -> Path:
    path = tmp_path / "local.qcoder"
    with Project.create(path, name="ECM") as p:
        doc = p.add_document(imported())
        code = p.create_code("Turnover", definition="Staff leave")
        maya = p.ensure_coder("Maya")
        p.add_coding(doc.id, code.id, maya.id, 60, 90, memo="clear")
    return path


@pytest.fixture
def server(pg_database: str, local: Path) -> str:
    push(local, pg_database)
    return pg_database


@pytest.fixture
def logins(server: str) -> Iterator[dict[str, str]]:
    """Database logins for a lead and two coders (removed afterwards)."""
    tag = uuid.uuid4().hex[:6]
    users = {"Lead": f"lead_{tag}", "Maya": f"maya_{tag}", "Jordan": f"jordan_{tag}"}
    server_init(server, "Lead", users["Lead"], "pw-lead")
    add_member(server, "Maya", Role.CODER, users["Maya"], "pw-maya")
    add_member(server, "Jordan", Role.CODER, users["Jordan"], "pw-jordan")
    url = make_url(server)
    yield {
        name: url.set(username=user, password=f"pw-{name.lower()}").render_as_string(hide_password=False)
        for name, user in users.items()
    }
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for user in users.values():
            conn.execute(text(f'DROP OWNED BY "{user}"'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{user}"'))
    admin.dispose()


def test_push_and_pull_round_trip(server: str, tmp_path: Path):
    copy = tmp_path / "copy.qcoder"
    pull(server, copy)
    with Project.open(copy) as p, Project.open(server) as s:
        assert [(c.id, c.start, c.end, c.memo) for c in p.codings()] == [
            (c.id, c.start, c.end, c.memo) for c in s.codings()
        ]
        assert [c.id for c in p.codes()] == [c.id for c in s.codes()]
        assert p.document(p.documents()[0].id).text == INTERVIEW


def test_clients_see_each_others_changes(server: str):
    with Project.open(server) as a, Project.open(server) as b:
        assert not b.poll_changes()
        doc = a.documents()[0]
        code = a.create_code("Colocation")
        coding = a.add_coding(doc.id, code.id, a.coder_by_name("Maya").id, 100, 120)
        seen = []
        b.subscribe(seen.append)
        changes = b.poll_changes()
        assert coding.id in changes.added[Kind.CODING] and code.id in changes.added[Kind.CODE]
        assert seen and not a.poll_changes()  # a's own changes are not echoed back to it
        assert not b.poll_changes()


def test_concurrent_code_edits_are_detected(server: str):
    with Project.open(server) as a, Project.open(server) as b:
        code_a = a.codes()[0]
        code_b = b.code(code_a.id)
        a.update_code(code_a.id, expected_version=code_a.version, name="Turnover and burnout")
        with pytest.raises(ConcurrentEdit, match="changed by someone else"):
            b.update_code(code_b.id, expected_version=code_b.version, name="Staff turnover")
        assert b.code(code_a.id).name == "Turnover and burnout"  # the current state, for the message
        a.delete_code(code_a.id)
        with pytest.raises(NotFound):
            b.update_code(code_b.id, name="Too late")


def test_roles_in_the_service_layer(server: str, logins: dict[str, str]):
    with Project.open(logins["Maya"]) as maya, Project.open(logins["Lead"]) as lead:
        assert maya.role is Role.CODER and lead.role is Role.LEAD
        doc = maya.documents()[0]
        code = maya.codes()[0]
        mine = maya.add_coding(doc.id, code.id, maya.actor_id, 10, 20)
        maya.update_coding(mine.id, memo="my note")
        theirs = lead.add_coding(doc.id, code.id, lead.actor_id, 30, 40)
        with pytest.raises(PermissionDenied):
            maya.remove_codings([theirs.id])
        with pytest.raises(PermissionDenied):
            maya.add_coding(doc.id, code.id, lead.actor_id, 0, 5)
        with pytest.raises(PermissionDenied, match="only a lead"):
            maya.create_code("New theme")
        with pytest.raises(PermissionDenied):
            maya.set_blind_mode(True)
        lead.create_code("New theme")
        lead.remove_codings([mine.id])


def test_row_level_security_stops_a_modified_client(server: str, logins: dict[str, str]):
    with Project.open(server) as owner:
        maya_id = owner.coder_by_name("Maya").id
        jordan_id = owner.coder_by_name("Jordan").id
        doc = owner.documents()[0]
        code = owner.codes()[0]
    engine = create_engine(logins["Jordan"])
    with engine.begin() as conn:  # Jordan bypasses qcoder and writes SQL directly
        hit = conn.execute(text("UPDATE codings SET memo = 'hacked' WHERE coder_id = :m"), {"m": maya_id})
        assert hit.rowcount == 0
        gone = conn.execute(text("DELETE FROM codings WHERE coder_id = :m"), {"m": maya_id})
        assert gone.rowcount == 0
    with pytest.raises(Exception, match="row-level security"), engine.begin() as conn:
        conn.execute(
            text(
                'INSERT INTO codings (id, document_id, code_id, coder_id, start, "end", memo, exemplar, created_at, '
                "updated_at) VALUES (:i, :d, :c, :m, 0, 5, '', false, now(), now())"
            ),
            {"i": str(uuid.uuid4()), "d": doc.id, "c": code.id, "m": maya_id},
        )
    with pytest.raises(Exception, match="permission denied"), engine.begin() as conn:
        conn.execute(text("UPDATE codes SET name = 'hacked'"))
    with engine.begin() as conn:
        own = conn.execute(
            text(
                'INSERT INTO codings (id, document_id, code_id, coder_id, start, "end", memo, exemplar, created_at, '
                "updated_at) VALUES (:i, :d, :c, :j, 0, 5, '', false, now(), now())"
            ),
            {"i": str(uuid.uuid4()), "d": doc.id, "c": code.id, "j": jordan_id},
        )
        assert own.rowcount == 1
    engine.dispose()
    with Project.open(server) as owner:
        assert [c.memo for c in owner.codings(coder_ids=[maya_id])] == ["clear"]


def test_coders_write_only_their_own_summaries(server: str, logins: dict[str, str]):
    with Project.open(server) as owner:
        maya_id = owner.coder_by_name("Maya").id
        code = owner.codes()[0]
    with Project.open(logins["Maya"]) as maya, Project.open(logins["Jordan"]) as jordan:
        maya.set_summary("site=Harbor City", code.id, "Maya's summary.")
        assert [(s.author, s.text) for s in jordan.summaries()] == [(maya_id, "Maya's summary.")]
        jordan.set_summary("site=Harbor City", code.id, "Jordan's own.")
        with pytest.raises(PermissionDenied):
            jordan.set_summary("site=Harbor City", code.id, "overwritten", author=maya_id)
    engine = create_engine(logins["Jordan"])
    with engine.begin() as conn:  # raw SQL cannot touch Maya's summary either
        assert (
            conn.execute(text("UPDATE summaries SET text = 'hacked' WHERE author = :m"), {"m": maya_id}).rowcount == 0
        )
        assert conn.execute(text("DELETE FROM summaries WHERE author = :m"), {"m": maya_id}).rowcount == 0
    engine.dispose()
    with Project.open(server) as owner:
        assert sorted(s.text for s in owner.summaries()) == ["Jordan's own.", "Maya's summary."]


def test_cli_push_pull_server(pg_database: str, local: Path, tmp_path: Path, capsys):
    from qcoder.cli import main

    assert main(["push", str(local), pg_database]) == 0
    assert "1 codings" in capsys.readouterr().out
    assert main(["pull", pg_database, str(tmp_path / "back.qcoder")]) == 0
    tag = uuid.uuid4().hex[:6]
    assert main(["server", "init", pg_database, "--coder", "Lead"]) == 0
    assert "Lead is lead" in capsys.readouterr().out
    import os

    os.environ["QCODER_NEW_PASSWORD"] = "pw"
    try:
        assert main(["server", "add-member", pg_database, "--coder", "Sam", "--db-user", f"sam_{tag}"]) == 0
    finally:
        del os.environ["QCODER_NEW_PASSWORD"]
    with Project.open(pg_database) as p:
        sam = p.coder_by_name("Sam")
        assert p.members()[sam.id] == ("coder", f"sam_{tag}")
    admin = create_engine(pg_database, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP OWNED BY "sam_{tag}"'))
        conn.execute(text(f'DROP ROLE "sam_{tag}"'))
    admin.dispose()


def test_push_and_pull_carry_summaries_and_memos(pg_database: str, local: Path, tmp_path: Path):
    with Project.open(local) as p:
        maya, code = p.coder_by_name("Maya"), p.codes()[0]
        p.set_summary(f"document:{p.documents()[0].id}", code.id, "Churn everywhere.", maya.id)
        add_memo(p, "code:Turnover", "Check against the exit data.", maya.id)
        wanted = [(s.case_key, s.code_id, s.author, s.text) for s in p.summaries()]
    push(local, pg_database)
    copy = tmp_path / "copy.qcoder"
    pull(pg_database, copy)
    for where in (pg_database, copy):
        with Project.open(where) as q:
            assert [(s.case_key, s.code_id, s.author, s.text) for s in q.summaries()] == wanted
            memo = next(m for m in q.memos() if m.text == "Check against the exit data.")
            assert memo.author == wanted[0][2]
