"""Merging the prose of a project: memos and framework-matrix summaries (part of
:func:`qcoder.app.merge.plan_merge`).

Nothing written is lost. A memo or summary the project lacks is added with its author and
time; one that is the same, or already contained in ours, adds nothing; one that differs keeps
both texts (ours first, the other under a ``--- merged from SOURCE ---`` line) and is listed
as a conflict. A summary the other side only extended (ours is contained in it) takes its text.
Summaries are matched by case, theme and author, as codings are by coder: two coders' summaries
of one cell never conflict.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcoder.core import commands as cmd
from qcoder.core.case_keys import map_case_key
from qcoder.core.model import MemoTarget
from qcoder.core.snapshot import ProjectSnapshot

if TYPE_CHECKING:
    from qcoder.app.merge import MergePlan


def _joined(ours: str, theirs: str, source: str) -> str:
    return f"{ours}\n\n--- merged from {source} ---\n{theirs}"


def plan_memos(ours: ProjectSnapshot, other: ProjectSnapshot, plan: MergePlan) -> None:
    mine = {(m.target_kind, m.target_id): m for m in ours.memos}
    maps = {
        MemoTarget.DOCUMENT: plan.doc_map,
        MemoTarget.CODE: plan.code_map,
        MemoTarget.PARTICIPANT: plan.participant_map,
    }
    for memo in other.memos:
        if memo.target_kind is MemoTarget.PROJECT:
            target: str | None = memo.target_id
        else:
            target = maps[memo.target_kind].get(memo.target_id)
        if target is None:
            continue
        current = mine.get((memo.target_kind, target))
        if current is None:
            author = plan.coder_map.get(memo.author, "")
            plan.steps.append(cmd.SetMemo(memo.target_kind, target, memo.text, author=author, at=memo.updated_at))
            plan.memos_added += 1
        elif current.text != memo.text and memo.text not in current.text:
            # keep both texts: a memo is prose, nothing is dropped
            plan.steps.append(cmd.SetMemo(memo.target_kind, target, _joined(current.text, memo.text, plan.source)))
            plan.conflicts.append(f"{memo.target_kind.value} memo differed: both texts kept")


def plan_summaries(ours: ProjectSnapshot, other: ProjectSnapshot, plan: MergePlan) -> None:
    mine = {(s.case_key, s.code_id, s.author): s for s in ours.summaries}
    for s in other.summaries:
        case = map_case_key(s.case_key, plan.doc_map, plan.participant_map)
        code = plan.code_map.get(s.code_id)
        author = plan.coder_map.get(s.author, "") if s.author else ""
        if case is None or code is None:
            continue  # its document, participant or code was left out (and reported)
        current = mine.get((case, code, author))
        if current is not None and s.text in current.text:
            continue
        if current is None or current.text in s.text:
            step = cmd.SetSummary(case, code, author, s.text, "Merge a summary", s.updated_at, s.created_at)
            plan.steps.append(step)
            plan.summaries_added += current is None
            continue
        text = _joined(current.text, s.text, plan.source)
        plan.steps.append(cmd.SetSummary(case, code, author, text, "Merge a summary"))
        plan.conflicts.append("a framework-matrix summary differed: both texts kept")
