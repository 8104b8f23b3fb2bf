"""Roles: a lead manages the codebook, documents, merges and reconciliation; a coder adds,
edits and removes their own codings and writes memos, but not over a memo a team server
records as another's. A project without members is a single-user project in which everyone
is lead.

The service layer checks every command here before running it; on a PostgreSQL server the
same rule is enforced again by row-level security, so a modified client cannot bypass it.
"""

from __future__ import annotations

from enum import StrEnum

from qcoder.core import commands as cmd
from qcoder.core.errors import QcoderError
from qcoder.core.repository import Repository


class Role(StrEnum):
    LEAD = "lead"
    CODER = "coder"


class PermissionDenied(QcoderError):
    pass


def lead_only(action: str) -> str:
    """The refusal for a coder's action that only a lead may take, as a sentence."""
    what = f" ({action})" if action else ""
    return f"only a lead may make this change{what}; a coder may change only their own codings and memos"


def check(command: cmd.Command, role: Role, actor_id: str | None, repo: Repository) -> None:
    """Raise :class:`PermissionDenied` unless ``role``/``actor_id`` may run ``command``."""
    if role is Role.LEAD:
        return
    if isinstance(command, cmd.Batch):
        for sub in command.commands:
            check(sub, role, actor_id, repo)
        return
    if isinstance(command, cmd.SetMemo):
        # a team server records who wrote a memo and refuses coders others' (row-level security)
        if repo.memo_author(command.kind, command.target_id) not in (None, "", actor_id):
            raise PermissionDenied("a coder may only change their own memos")
        if command.author not in ("", actor_id):
            raise PermissionDenied("a coder may only write memos in their own name")
        return
    if isinstance(command, cmd.SetSummary):  # row-level security on summaries.author as well
        if command.author != actor_id:
            raise PermissionDenied("a coder may only write their own summaries")
        return
    owners: set[str] = set()
    if isinstance(command, cmd.AddCodings):
        owners = {c.coder_id for c in command.codings}
    elif isinstance(command, cmd.RemoveCodings):
        owners = {repo.get_coding(i).coder_id for i in command.coding_ids}
    elif isinstance(command, cmd.UpdateCoding):
        owners = {command.coding.coder_id, repo.get_coding(command.coding.id).coder_id}
    else:
        raise PermissionDenied(lead_only(command.text))
    if actor_id is None or owners - {actor_id}:
        raise PermissionDenied("a coder may only change their own codings")
