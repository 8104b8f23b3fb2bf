"""Team projects on a PostgreSQL server: push a local project up, pull a copy down, set up
roles and row-level security, add members.

Credentials never pass through qcoder's settings: libpq reads ``PGPASSWORD`` and
``~/.pgpass``; otherwise the CLI or the window asks, and keeps the password in memory only.
"""

from __future__ import annotations

from pathlib import Path

from qcoder.app.merge import MergePlan, apply_merge, plan_merge
from qcoder.app.project import Project
from qcoder.core.errors import ProjectError
from qcoder.core.permissions import Role
from qcoder.store.engine import dialect_of, is_url
from qcoder.store.urls import redact


def push(local: Path, url: str, actor: str = "") -> MergePlan:
    """Create the server project ``url`` (an empty database) from a local project file.

    Ids are kept, so a later ``pull`` and merges back match by UUID."""
    if not is_url(url):
        raise ProjectError(f"{url} is not a database URL (postgresql+psycopg://user@host/db)")
    with Project.open(local) as source:
        snapshot = source.snapshot()
        members = source.members()
    with Project.create(url, name=snapshot.name) as server:
        plan = plan_merge(server, snapshot, source=str(local))
        apply_merge(server, plan, actor)
        for coder_id, (role, db_user) in members.items():
            server.set_member(coder_id, Role(role), db_user)
        server.history.clear()
    return plan


def _server_url(url: str) -> bool:
    try:
        return is_url(url) and dialect_of(url) == "postgresql"
    except Exception:  # noqa: BLE001 - an unparsable URL is not a server's
        return False


def pull(url: str, local: Path, actor: str = "") -> MergePlan:
    """Make a local copy of a server project for offline work (merge it back with ``merge``).

    Only a server's URL is accepted: a project file (also as ``sqlite:///``) would be copied
    without its encryption; copy a file with ``handout`` or a backup instead."""
    if not _server_url(url):
        raise ProjectError(
            f"{redact(url)} is not a server project's URL (postgresql+psycopg://user@host/db); pull copies "
            "server projects; for a project file use handout or backup, which keep its encryption"
        )
    with Project.open(url) as server:
        snapshot = server.snapshot()
    with Project.create(local, name=snapshot.name) as copy:
        plan = plan_merge(copy, snapshot, source=url)
        apply_merge(copy, plan, actor)
        copy.history.clear()
    return plan


def server_init(
    url: str, lead_coder: str, lead_db_user: str | None = None, password: str | None = None
) -> tuple[str, str]:
    """Install roles and row-level security on a server project and make ``lead_coder`` its lead
    (with a database login ``lead_db_user`` when given).

    Run by the database owner (who created the project with ``push`` or ``new``)."""
    with Project.open(url) as project:
        if project.backend != "postgresql":
            raise ProjectError("roles and row-level security need a PostgreSQL project")
        coder = project.ensure_coder(lead_coder)
        project.set_member(coder.id, Role.LEAD, lead_db_user)
        roles = project.install_server_security()
        if lead_db_user:
            project.add_server_login(lead_db_user, Role.LEAD, password)
        return roles


def add_member(url: str, coder_name: str, role: Role, db_user: str, password: str | None) -> None:
    """Register a coder as a member with a database login (lead or coder group)."""
    with Project.open(url) as project:
        if project.backend != "postgresql":  # before anything is written
            raise ProjectError("members with database logins need a PostgreSQL project (a server URL)")
        coder = project.ensure_coder(coder_name)
        project.set_member(coder.id, role, db_user)
        project.add_server_login(db_user, role, password)
