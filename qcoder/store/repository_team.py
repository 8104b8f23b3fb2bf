"""Repository tables of memos, assignments, the audit log, the change log and members."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from qcoder.core.model import MediaLink, Memo, MemoTarget, Summary
from qcoder.store.rows import aware
from qcoder.store.schema import AssignmentRow, AuditRow, ChangeRow, MediaRow, MemberRow, MemoRow, SummaryRow, table


class TeamTables:
    """Mixed into :class:`qcoder.store.repository.SqlRepository` (one session, one transaction)."""

    s: Session

    # --- summaries (the framework matrix) ----------------------------------------------------
    def get_summary(self, case_key: str, code_id: str, author: str) -> Summary | None:
        r = self.s.get(SummaryRow, (case_key, code_id, author))
        return None if r is None else _summary(r)

    def summaries(self, code_ids: Sequence[str] | None = None) -> list[Summary]:
        q = select(SummaryRow).order_by(SummaryRow.code_id, SummaryRow.case_key, SummaryRow.author)
        if code_ids is not None:
            q = q.where(SummaryRow.code_id.in_(list(code_ids)))
        return [_summary(r) for r in self.s.scalars(q)]

    def set_summary(self, case_key: str, code_id: str, author: str, summary: Summary | None) -> None:
        self.s.execute(
            delete(SummaryRow).where(
                SummaryRow.case_key == case_key, SummaryRow.code_id == code_id, SummaryRow.author == author
            )
        )
        if summary is not None and summary.text:
            self.s.execute(
                insert(SummaryRow).values(
                    case_key=case_key,
                    code_id=code_id,
                    author=author,
                    text=summary.text,
                    created_at=summary.created_at,
                    updated_at=summary.updated_at,
                )
            )

    # --- memos ------------------------------------------------------------------------------
    def get_memo(self, kind: MemoTarget, target_id: str) -> Memo | None:
        r = self.s.get(MemoRow, (kind.value, target_id))
        if r is None:
            return None
        return Memo(kind, target_id, r.text, aware(r.updated_at), r.author)

    def memo_author(self, kind: MemoTarget, target_id: str) -> str | None:
        r = self.s.get(MemoRow, (kind.value, target_id))
        return None if r is None else r.author

    def memos(self) -> list[Memo]:
        return [
            Memo(MemoTarget(r.target_kind), r.target_id, r.text, aware(r.updated_at), r.author)
            for r in self.s.scalars(select(MemoRow))
        ]

    def set_memo(self, kind: MemoTarget, target_id: str, memo: Memo | None) -> None:
        self.s.execute(delete(MemoRow).where(MemoRow.target_kind == kind.value, MemoRow.target_id == target_id))
        if memo is not None and memo.text:
            values = {"target_kind": kind.value, "target_id": target_id, "text": memo.text}
            if memo.author:  # else the column's default (a team server: whoever writes it)
                values["author"] = memo.author
            self.s.execute(insert(MemoRow).values(updated_at=memo.updated_at, **values))
        self.s.expire_all()

    # --- recordings ---------------------------------------------------------------------------
    def get_media(self, document_id: str) -> MediaLink | None:
        r = self.s.get(MediaRow, document_id)
        return None if r is None else MediaLink(document_id, r.path, r.duration)

    def set_media(self, document_id: str, link: MediaLink | None) -> None:
        self.s.execute(delete(MediaRow).where(MediaRow.document_id == document_id))
        if link is not None:
            self.s.execute(insert(MediaRow).values(document_id=document_id, path=link.path, duration=link.duration))
        self.s.expire_all()

    def media_links(self) -> list[MediaLink]:
        return [MediaLink(r.document_id, r.path, r.duration) for r in self.s.scalars(select(MediaRow))]

    # --- assignments and audit log --------------------------------------------------------------
    def assignments(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for coder_id, doc_id in self.s.execute(select(AssignmentRow.coder_id, AssignmentRow.document_id)):
            out[coder_id].add(doc_id)
        return dict(out)

    def set_assignments(self, coder_id: str, document_ids: Iterable[str]) -> None:
        self.s.execute(delete(AssignmentRow).where(AssignmentRow.coder_id == coder_id))
        rows = [{"coder_id": coder_id, "document_id": d} for d in dict.fromkeys(document_ids)]
        if rows:
            self.s.connection().execute(insert(table(AssignmentRow)), rows)

    def add_audit(self, entry_id: str, at: datetime, actor: str, action: str, detail: dict[str, Any]) -> None:
        self.s.execute(
            insert(AuditRow).values(
                id=entry_id, at=at, actor=actor, action=action, detail=json.dumps(detail, ensure_ascii=False)
            )
        )

    def delete_audit(self, entry_id: str) -> None:
        self.s.execute(delete(AuditRow).where(AuditRow.id == entry_id))

    def audit_log(self) -> list[tuple[str, datetime, str, str, dict[str, Any]]]:
        q = select(AuditRow.id, AuditRow.at, AuditRow.actor, AuditRow.action, AuditRow.detail).order_by(AuditRow.at)
        rows = self.s.execute(q)
        return [(i, aware(at), actor, action, json.loads(detail)) for i, at, actor, action, detail in rows]

    # --- change log and members (shared projects) -------------------------------------------------
    def log_change(self, at: datetime, actor: str, changes: dict[str, Any]) -> int:
        result = self.s.execute(
            insert(ChangeRow).values(at=at, actor=actor, changes=json.dumps(changes)).returning(ChangeRow.seq)
        )
        return int(result.scalar_one())

    def latest_change(self) -> int:
        return int(self.s.scalar(select(func.max(ChangeRow.seq))) or 0)

    def changes_since(self, seq: int, limit: int = 1000) -> list[tuple[int, str, dict[str, Any]]]:
        q = (
            select(ChangeRow.seq, ChangeRow.actor, ChangeRow.changes)
            .where(ChangeRow.seq > seq)
            .order_by(ChangeRow.seq)
            .limit(limit)
        )
        return [(s, actor, json.loads(c)) for s, actor, c in self.s.execute(q)]

    def prune_changes(self, keep: int) -> None:
        latest = self.latest_change()
        self.s.execute(delete(ChangeRow).where(ChangeRow.seq <= latest - keep))

    def members(self) -> dict[str, tuple[str, str | None]]:
        """coder id -> (role, database user)."""
        return {c: (r, u) for c, r, u in self.s.execute(select(MemberRow.coder_id, MemberRow.role, MemberRow.db_user))}

    def set_member(self, coder_id: str, role: str | None, db_user: str | None = None) -> None:
        self.s.execute(delete(MemberRow).where(MemberRow.coder_id == coder_id))
        if role is not None:
            self.s.execute(insert(MemberRow).values(coder_id=coder_id, role=role, db_user=db_user))

    def database_user(self) -> str | None:
        if self.s.get_bind().dialect.name != "postgresql":
            return None
        return self.s.execute(select(func.current_user())).scalar()


def _summary(r: SummaryRow) -> Summary:
    return Summary(r.case_key, r.code_id, r.author, r.text, aware(r.created_at), aware(r.updated_at))
