"""Coders, members and roles, assignments, blind mode and the audit log."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from qcoder.app.services.core import ProjectCore
from qcoder.core import commands as cmd
from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.errors import InvalidValue
from qcoder.core.model import Coder, new_id
from qcoder.core.names import check_name
from qcoder.core.permissions import PermissionDenied, Role


class TeamService:
    """Coders, members, roles, assignments, blind mode and the audit log."""

    def __init__(self, core: ProjectCore) -> None:
        self._core = core
        self._store = core.store

    def identify(self, coder_id: str) -> Role:
        """Act as ``coder_id`` from now on; the role comes from the project's members (a
        project without members is single-user: everyone is lead)."""
        with self._store.reader() as repo:
            members = repo.members()
        self._core.actor_id = coder_id
        self._core.role = Role(members[coder_id][0]) if coder_id in members else Role.CODER if members else Role.LEAD
        return self._core.role

    def members(self) -> dict[str, tuple[str, str | None]]:
        with self._store.reader() as repo:
            return repo.members()

    def install_server_security(self) -> tuple[str, str]:
        """Roles, grants and row-level security on a PostgreSQL project (owner only)."""
        from qcoder.store.server_pg import install_security

        return install_security(self._store.engine)

    def add_server_login(self, db_user: str, role: Role, password: str | None) -> None:
        from qcoder.store.server_pg import add_login

        add_login(self._store.engine, db_user, role.value, password)

    def set_member(self, coder_id: str, role: Role | None, db_user: str | None = None) -> None:
        """Give a coder a role (None removes them). Only a lead may, once members exist."""
        with self._store.transaction() as repo:
            members = repo.members()
            if members and self._core.role is not Role.LEAD:
                raise PermissionDenied("only a lead may change members")
            repo.set_member(coder_id, role.value if role else None, db_user)
            self._core.log_changes(repo, ChangeSet().change(Kind.CODER, coder_id))

    def coders(self) -> list[Coder]:
        with self._store.reader() as repo:
            return repo.coders()

    def coder_by_name(self, name: str) -> Coder | None:
        return next((c for c in self.coders() if c.name.casefold() == name.strip().casefold()), None)

    def ensure_coder(self, name: str, coder_id: str | None = None) -> Coder:
        """The coder called ``name``, registered if new (coders are not undoable)."""
        if not name.strip():
            raise InvalidValue("a coder needs a name")
        name = check_name(name, "coder name")
        existing = self.coder_by_name(name)
        if existing is not None:
            return existing
        coder = Coder(coder_id or new_id(), name)
        changes = ChangeSet().add(Kind.CODER, coder.id)
        try:
            with self._store.transaction() as repo:
                repo.insert_coder(coder)
                self._core.log_changes(repo, changes)
        except Exception:
            existing = self.coder_by_name(name)
            if existing is not None:  # another process registered the same name meanwhile
                return existing
            raise
        self._core.notify(changes)
        return coder

    def assignments(self) -> dict[str, set[str]]:
        """coder id -> documents assigned to that coder (coders without an entry: all documents)."""
        with self._store.reader() as repo:
            return repo.assignments()

    def assign_documents(self, coder_id: str, document_ids: Sequence[str]) -> None:
        self._core.execute(cmd.SetAssignments(coder_id, list(document_ids)))

    @property
    def blind_mode(self) -> bool:
        """While on, each coder's window shows only their own codings (the lead turns it off)."""
        with self._store.reader() as repo:
            return repo.get_meta("blind_mode") == "on"

    def set_blind_mode(self, on: bool) -> None:
        if self._core.role is not Role.LEAD:
            raise PermissionDenied("only a lead may switch blind mode")
        changes = ChangeSet().change(Kind.PROJECT, "blind_mode")
        with self._store.transaction() as repo:
            repo.set_meta("blind_mode", "on" if on else "off")
            self._core.log_changes(repo, changes)
        self._core.notify(changes)

    def audit_log(self) -> list[tuple[str, datetime, str, str, dict[str, Any]]]:
        with self._store.reader() as repo:
            return repo.audit_log()
