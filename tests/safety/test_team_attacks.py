"""Issue 22 item 10: a coder's database login, bypassing qcoder with raw SQL (psycopg), cannot
swap whose codings are whose, remove the lead, overwrite memos of others, or delete or forge the
change log; the lead keeps what leads may do."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy.engine import make_url

from qcoder.app import Project
from qcoder.core.model import MemoTarget
from qcoder.core.permissions import PermissionDenied
from qcoder.store.server_pg import group_roles
from tests.team.test_team_server import local, logins, server  # noqa: F401 - fixtures

pytestmark = pytest.mark.postgres


def _connect(url: str) -> psycopg.Connection:
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    return psycopg.connect(plain, autocommit=True)


@pytest.fixture
def ids(server: str, logins: dict[str, str]) -> Iterator[dict[str, str]]:  # noqa: F811
    with Project.open(server) as owner:
        found = {name: owner.coder_by_name(name).id for name in ("Lead", "Maya", "Jordan")}
        found["doc"] = owner.documents()[0].id
    yield found


def _refused(conn: psycopg.Connection, sql: str, *params: object, match: str = "permission denied") -> None:
    with pytest.raises(psycopg.Error, match=match):
        conn.execute(sql, params)


def test_a_coder_login_cannot_rewrite_coders_or_members(server: str, logins: dict[str, str], ids):  # noqa: F811
    with _connect(logins["Jordan"]) as jordan:
        # swapping names would swap whose codings are whose in every export
        _refused(jordan, "UPDATE coders SET name = 'Maya (old)' WHERE id = %s", ids["Maya"])
        _refused(jordan, "UPDATE coders SET name = 'Maya' WHERE id = %s", ids["Jordan"])
        _refused(jordan, "DELETE FROM coders WHERE id = %s", ids["Lead"])  # would cascade to members
        _refused(jordan, "DELETE FROM members WHERE coder_id = %s", ids["Lead"])
        _refused(jordan, "UPDATE members SET role = 'lead' WHERE coder_id = %s", ids["Jordan"])
        _refused(jordan, "INSERT INTO members (coder_id, role) VALUES (%s, 'lead')", ids["Maya"])
        jordan.execute("INSERT INTO coders (id, name) VALUES ('new-coder', 'Sam')")  # adding one is fine
    with Project.open(server) as owner:
        assert owner.coder_by_name("Maya").id == ids["Maya"]
        assert owner.members()[ids["Lead"]][0] == "lead"
    with _connect(logins["Lead"]) as lead:  # a lead still manages coders
        lead.execute("UPDATE coders SET name = 'Sam B.' WHERE id = 'new-coder'")


def test_a_coder_login_cannot_overwrite_memos_of_others(server: str, logins: dict[str, str], ids):  # noqa: F811
    with Project.open(logins["Lead"]) as lead:
        lead.set_memo(MemoTarget.PROJECT, "", "the lead's project memo")
    with Project.open(logins["Maya"]) as maya:  # a coder writes their own memos through qcoder
        maya.set_memo(MemoTarget.DOCUMENT, ids["doc"], "Maya's note")
        maya.set_memo(MemoTarget.DOCUMENT, ids["doc"], "Maya's note, revised")
        with pytest.raises(PermissionDenied, match="their own memos"):  # said before the server refuses
            maya.set_memo(MemoTarget.PROJECT, "", "Maya's take")
    with _connect(logins["Jordan"]) as jordan:
        assert jordan.execute("UPDATE memos SET text = 'hacked'").rowcount == 0
        assert jordan.execute("DELETE FROM memos").rowcount == 0
        _refused(
            jordan,
            "INSERT INTO memos (target_kind, target_id, text, updated_at, author) VALUES ('code', 'x', 't', now(), %s)",
            ids["Maya"],
            match="row-level security",
        )
        _refused(
            jordan,
            "INSERT INTO memos (target_kind, target_id, text, updated_at) VALUES ('project', '', 'hacked', now()) "
            "ON CONFLICT (target_kind, target_id) DO UPDATE SET text = excluded.text",
            match="row-level security",
        )
    with Project.open(server) as owner:
        assert owner.memo(MemoTarget.PROJECT) == "the lead's project memo"
        assert owner.memo(MemoTarget.DOCUMENT, ids["doc"]) == "Maya's note, revised"
    with _connect(logins["Lead"]) as lead:
        assert lead.execute("UPDATE memos SET text = text || '.'").rowcount == 2


def test_a_coder_login_cannot_delete_or_forge_the_change_log(server: str, logins: dict[str, str], ids):  # noqa: F811
    with Project.open(logins["Jordan"]) as app:  # qcoder itself logs under Jordan's own name
        app.add_coding(ids["doc"], app.codes()[0].id, ids["Jordan"], 0, 5)
    with _connect(logins["Jordan"]) as jordan:
        before = jordan.execute("SELECT count(*) FROM change_log").fetchone()
        _refused(jordan, "DELETE FROM change_log")
        _refused(jordan, "UPDATE change_log SET actor = %s", ids["Maya"])
        _refused(
            jordan,
            "INSERT INTO change_log (at, actor, changes) VALUES (now(), %s, '{}')",
            ids["Maya"],
            match="row-level security",
        )
        _refused(jordan, "TRUNCATE change_log")
        _refused(jordan, "DELETE FROM audit_log")
        assert jordan.execute("SELECT count(*) FROM change_log").fetchone() == before
    with _connect(logins["Lead"]) as lead:
        assert lead.execute("DELETE FROM change_log WHERE actor = %s", (ids["Jordan"],)).rowcount >= 1


def test_upgrading_a_team_server_tightens_its_old_grants(server: str, logins: dict[str, str], ids):  # noqa: F811
    """A server set up before 0007 (coders could write coders and the change log) loses those
    rights when its owner opens it with this version."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from qcoder.store import migrate

    engine = create_engine(server)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0006")
        coder_group = group_roles(conn)[1]
        conn.execute(text(f'GRANT INSERT, UPDATE, DELETE ON coders, change_log TO "{coder_group}"'))
    engine.dispose()
    with _connect(logins["Jordan"]) as jordan:  # the old hole
        jordan.execute("UPDATE coders SET name = 'Jordan' WHERE id = %s", (ids["Jordan"],))
    with Project.open(server) as owner:
        assert owner.upgraded_from == "0006"
    with _connect(logins["Jordan"]) as jordan:
        _refused(jordan, "UPDATE coders SET name = 'Maya (old)' WHERE id = %s", ids["Maya"])
        _refused(jordan, "DELETE FROM change_log")
