"""Memo links against a project: what they open, broken ones, the picker's choices, the CLI."""

from __future__ import annotations

from qcoder.app.memo_links import broken_links, link_choices, resolve_link
from qcoder.core.memo_links import find_links
from tests.helpers import imported


def test_resolve_and_break(project) -> None:
    doc = project.add_document(imported())
    code = project.ensure_code_path("Barriers > Trust")
    ana = project.ensure_coder("Ana")
    coding = project.add_coding(doc.id, code.id, ana.id, 10, 40)
    text = f"[[code:Barriers > Trust]] [[code:{code.id}]] [[document:{doc.name}]] [[coding:{coding.id}]] [[code:Gone]]"
    targets = [resolve_link(project, link) for link in find_links(text)]
    assert [(t.kind, t.target_id, t.label) for t in targets[:3] if t] == [
        ("code", code.id, "Barriers > Trust"),
        ("code", code.id, "Barriers > Trust"),
        ("document", doc.id, doc.name),
    ]
    assert targets[3] is not None and (targets[3].document_id, targets[3].start, targets[3].end) == (doc.id, 10, 40)
    assert targets[4] is None
    project.remove_codings([coding.id])
    project.rename_document(doc.id, "renamed")
    assert [x.ref for x in broken_links(project, text)] == [doc.name, coding.id, "Gone"]


def test_choices(project) -> None:
    doc = project.add_document(imported())
    code = project.ensure_code_path("Barriers > Trust")
    project.add_coding(doc.id, code.id, project.ensure_coder("Ana").id, 0, 11)
    assert [m for _l, m in link_choices(project, "code")] == ["[[code:Barriers]]", "[[code:Barriers > Trust]]"]
    assert link_choices(project, "document") == [(doc.name, f"[[document:{doc.name}]]")]
    [(label, markup)] = link_choices(project, "coding")
    assert label.startswith(f"{doc.name} · Barriers > Trust · “") and markup.startswith("[[coding:")
