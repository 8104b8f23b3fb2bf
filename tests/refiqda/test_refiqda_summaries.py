"""Summaries and memos of every kind through a .qdpx export and back into a new project: the
same texts on the same things, with their authors where the standard carries one."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree

import xmlschema

from qcoder.app import Project, memos
from qcoder.app.exchange import export_exchange, import_exchange
from qcoder.core.model import AttributeScope, Summary
from qcoder.exchange.refiqda import PROJECT_XSD
from tests.helpers import imported


def _project(path: Path) -> Project:
    p = Project.create(path, name="summaries")
    doc = p.add_document(imported())
    p.set_attributes(AttributeScope.DOCUMENT, {doc.id: {"site": "Harbor City"}})
    ortega = p.add_participant("Ortega")
    trust = p.ensure_code_path("Barriers > Trust")
    turnover = p.create_code("Turnover")
    ana, ben = p.ensure_coder("Ana"), p.ensure_coder("Ben")
    p.add_coding(doc.id, trust.id, ana.id, 10, 40, memo="A clear case of distrust.")
    p.set_summary("site=Harbor City", trust.id, "Trust is earned slowly.", ana.id)
    p.set_summary("site=Harbor City", trust.id, "Ben's view of trust.", ben.id)
    p.set_summary(f"document:{doc.id}", turnover.id, "This interview: people leave.", ben.id)
    p.set_summary(f"participant:{ortega.id}", trust.id, "Ortega trusts advocates.", ana.id)
    memos.add_memo(p, "project", "Journal: week one.", ana.id)
    memos.add_memo(p, f"document:{doc.name}", "Good rapport.", ana.id)
    memos.add_memo(p, "code:Turnover", "Staff who leave within a year.", ben.id)
    memos.add_memo(p, "participant:Ortega", "Met twice.", ana.id)
    return p


def _summaries(p: Project) -> set[tuple[str, str, str, str]]:
    names = {c.id: c.name for c in p.coders()}
    docs = {d.id: d.name for d in p.documents()}
    people = {x.id: x.name for x in p.participants()}
    paths = p.code_paths()
    out = set()
    for s in p.summaries():
        kind, _sep, ident = s.case_key.partition(":")
        case = {"document": f"document:{docs.get(ident)}", "participant": f"participant:{people.get(ident)}"}.get(
            kind, s.case_key
        )
        out.add((case, paths[s.code_id], names.get(s.author, "?"), s.text))
    return out


def _memos(p: Project) -> set[tuple[str, str, str]]:
    return {(e.on.partition(":")[0] if e.kind == "coding" else e.on, e.author, e.text) for e in memos.memo_entries(p)}


def _seconds(s: Summary) -> tuple[datetime, datetime]:
    """When a summary was written, to the second (xsd:dateTime as qcoder writes it)."""
    return s.created_at.replace(microsecond=0), s.updated_at.replace(microsecond=0)


def test_summaries_and_memos_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "out.qdpx"
    with _project(tmp_path / "a.qcoder") as source:
        export_exchange(source, out)
        want_summaries, want_memos = _summaries(source), _memos(source)
        times = {(s.case_key.partition(":")[0], s.text): _seconds(s) for s in source.summaries()}
    with zipfile.ZipFile(out) as archive:
        qde = archive.read("project.qde")
    xmlschema.XMLSchema(str(PROJECT_XSD)).validate(ElementTree.fromstring(qde))
    root = ElementTree.fromstring(qde)
    ns = {"q": "urn:QDA-XML:project:1.0"}
    notes = {n.get("guid"): n for n in root.iterfind("q:Notes/q:Note", ns)}
    trust = next(c for c in root.iter("{urn:QDA-XML:project:1.0}Code") if c.get("name") == "Trust")
    names = sorted(notes[r.get("targetGUID")].get("name") for r in trust.iterfind("q:NoteRef", ns))
    assert names == [
        "Summary: participant:Ortega × Barriers > Trust",
        "Summary: site=Harbor City × Barriers > Trust",
        "Summary: site=Harbor City × Barriers > Trust",
    ]
    assert all(notes[r.get("targetGUID")].get("creatingUser") for r in trust.iterfind("q:NoteRef", ns))

    with Project.create(tmp_path / "b.qcoder") as target:
        import_exchange(target, out)
        assert _summaries(target) == want_summaries
        # a case's memo is its Description: the standard gives it no author
        assert _memos(target) == (want_memos - {("participant:Ortega", "Ana", "Met twice.")}) | {
            ("participant:Ortega", "", "Met twice.")
        }
        back = {(s.case_key.partition(":")[0], s.text): _seconds(s) for s in target.summaries()}
        assert back == times
        # importing again adds nothing
        assert import_exchange(target, out).plan.summaries_added == 0


def test_summaries_of_missing_cases_are_reported(tmp_path: Path) -> None:
    out = tmp_path / "out.qdpx"
    with _project(tmp_path / "a.qcoder") as source:
        export_exchange(source, out)
    with zipfile.ZipFile(out) as archive:
        qde = archive.read("project.qde").decode()
    start = qde.index("<Cases>")
    qde = qde[:start] + qde[qde.index("</Cases>") + len("</Cases>") :]  # the participant is gone
    with zipfile.ZipFile(out) as archive, zipfile.ZipFile(tmp_path / "cut.qdpx", "w") as cut:
        for item in archive.namelist():
            cut.writestr(item, qde if item == "project.qde" else archive.read(item))
    with Project.create(tmp_path / "b.qcoder") as target:
        result = import_exchange(target, tmp_path / "cut.qdpx")
        assert len(target.summaries()) == 3
        lost = [x for x in result.report.losses if x.subject.startswith("note 'Summary: participant:Ortega")]
        assert len(lost) == 1
