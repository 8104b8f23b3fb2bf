"""The memo list and journal over a project: every memo as a :class:`MemoEntry`, ``--on``
targets (``project``, ``document:NAME``, ``code:PATH``, ``participant:NAME``), adding and
editing memos (undoable commands); the framework matrix's summaries as entries of the list too,
and the search of every note's text.

Decision: the project journal is a list of dated entries (``memo add --on project`` writes a new
one each time); a document, code or participant has one memo, edited in place, and ``memo add``
on one appends a paragraph to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcoder.core import commands as cmd
from qcoder.core.case_keys import case_label
from qcoder.core.commands.summaries import summary_key
from qcoder.core.errors import InvalidValue, NotFound
from qcoder.core.memos import MemoEntry
from qcoder.core.model import MemoTarget, new_id

if TYPE_CHECKING:
    from qcoder.app.project import Project

ON_FORMS = "project, document:NAME, code:PATH or participant:NAME"


def parse_on(project: Project, on: str) -> tuple[MemoTarget, str]:
    """The memo target ``on`` names; raises InvalidValue or NotFound with a one-line reason."""
    kind_name, sep, name = on.partition(":")
    kind_name = kind_name.strip().casefold()
    if kind_name == "project" and not name.strip():
        return MemoTarget.PROJECT, ""
    if not sep or not name.strip() or kind_name not in ("document", "code", "participant"):
        raise InvalidValue(f"a memo is on {ON_FORMS}, not {on!r}")
    name = name.strip()
    if kind_name == "document":
        return MemoTarget.DOCUMENT, project.document_by_name(name).id
    if kind_name == "code":
        code = project.code_by_path(name)
        if code is None:
            raise NotFound("code", name)
        return MemoTarget.CODE, code.id
    participant = project.participant_by_name(name)
    if participant is None:
        raise NotFound("participant", name)
    return MemoTarget.PARTICIPANT, participant.id


def memo_entries(project: Project, *, codings: bool = True, summaries: bool = False) -> list[MemoEntry]:
    """Every memo of the project (coding memos too unless ``codings`` is False; the framework
    matrix's summaries too when ``summaries``), unordered."""
    coders = {c.id: c.name for c in project.coders()}
    docs = {d.id: d.name for d in project.documents()}
    labels = {
        MemoTarget.DOCUMENT: docs,
        MemoTarget.CODE: project.code_paths(),
        MemoTarget.PARTICIPANT: {p.id: p.name for p in project.participants()},
    }
    out = _summary_entries(project, coders, labels) if summaries else []
    for m in project.memos():
        if m.target_kind is MemoTarget.PROJECT:
            on, entry_id = "project", m.target_id or "project"
        elif (label := labels[m.target_kind].get(m.target_id)) is not None:
            on, entry_id = f"{m.target_kind.value}:{label}", m.target_id
        else:
            continue  # a memo on something no longer there
        author = coders.get(m.author, m.author)
        out.append(MemoEntry(entry_id, m.target_kind.value, m.target_id, on, author, m.updated_at, m.text))
    if codings:
        for c in project.codings_with_memos():
            if c.document_id in docs:
                on = f"coding:{docs[c.document_id]}:{c.start}-{c.end}"
                author = coders.get(c.coder_id, "")
                out.append(
                    MemoEntry(c.id, "coding", c.id, on, author, c.updated_at, c.memo, c.document_id, c.start, c.end)
                )
    return out


def _summary_entries(
    project: Project, coders: dict[str, str], labels: dict[MemoTarget, dict[str, str]]
) -> list[MemoEntry]:
    out = []
    for s in project.summaries():
        case = case_label(s.case_key, labels[MemoTarget.DOCUMENT], labels[MemoTarget.PARTICIPANT])
        theme = labels[MemoTarget.CODE].get(s.code_id)
        if case is None or theme is None:
            continue  # its document or participant was removed
        key = summary_key(s.case_key, s.code_id, s.author)
        on = f"summary:{case} × {theme}"
        out.append(MemoEntry(key, "summary", s.code_id, on, coders.get(s.author, s.author), s.updated_at, s.text))
    return out


def summary_cell(entry: MemoEntry) -> tuple[str, str, str]:
    """(case key, theme code id, author id) of a summary's entry."""
    case_key, code_id, author = entry.id.rsplit("\t", 2)
    return case_key, code_id, author


def add_memo(project: Project, on: str, text: str, author_id: str = "") -> str:
    """Add a memo on ``on``: a new journal entry on the project, else a paragraph appended to the
    target's memo. Returns the memo's id in the list (the entry's or the target's)."""
    if not text.strip():
        raise InvalidValue("a memo needs some text")
    kind, target_id = parse_on(project, on)
    if kind is MemoTarget.PROJECT:
        target_id = new_id()
        project.execute(cmd.SetMemo(kind, target_id, text, "Add a journal entry", author_id))
        return target_id
    old = project.memo(kind, target_id)
    joined = f"{old.rstrip()}\n\n{text}" if old.strip() else text
    project.execute(cmd.SetMemo(kind, target_id, joined, "Add to a memo", author_id))
    return target_id


def edit_memo(project: Project, entry: MemoEntry, text: str, author_id: str = "") -> None:
    """Replace the text of the memo ``entry`` shows (one undoable step; empty text removes it)."""
    if entry.kind == "coding":
        project.update_coding(entry.target_id, memo=text)
        return
    if entry.kind == "summary":  # edited in place: still its author's summary
        case_key, code_id, author = summary_cell(entry)
        project.set_summary(case_key, code_id, text, author)
        return
    project.execute(cmd.SetMemo(MemoTarget(entry.kind), entry.target_id, text, "Edit memo", author_id))
