"""The CLI contract: command names, JSON shapes, exit codes, one-line errors."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from qcoder.cli import main
from tests.helpers import INTERVIEW

ROOT = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def transcripts(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "HC-LE-01.txt").write_text(INTERVIEW, encoding="utf-8")
    (folder / "sub" / "PV-PROS-02.txt").write_text(
        "Interviewer: Hello?\n\nDA Kessler: We go through the advocates.\n\nInterviewer: Why?\n\nDA Kessler: Trust.",
        encoding="utf-8",
    )
    (folder / "broken.txt").write_bytes(b"")
    return folder


def test_new_import_documents(capsys, tmp_path, transcripts):
    project = str(tmp_path / "p.qcoder")
    assert run(capsys, "new", project)[0] == 0
    sheet = tmp_path / "attrs.csv"
    sheet.write_text(
        "document,site,stakeholder_group\nHC-LE-01.txt,Harbor City,law enforcement\n"
        "PV-PROS-02,Pine Valley,prosecutor\nNOPE,x,y\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "import", project, str(transcripts), "--attributes", str(sheet), "--json")
    assert code == 0
    report = json.loads(out)
    assert sorted(i["document"] for i in report["imported"]) == ["HC-LE-01", "PV-PROS-02"]
    first = next(i for i in report["imported"] if i["document"] == "HC-LE-01")
    assert first["chars"] == len(INTERVIEW) and first["speakers"] == 2 and first["turns"] == 4
    assert [f["path"].endswith("broken.txt") for f in report["failed"]] == [True]
    assert "empty" in report["failed"][0]["error"]
    assert report["skipped"] == []
    assert report["attributes"]["unknown_documents"] == ["NOPE"]
    # importing the same folder again skips identical texts
    code, out, _ = run(capsys, "import", project, str(transcripts), "--json")
    assert len(json.loads(out)["skipped"]) == 2

    code, out, _ = run(capsys, "documents", project, "--json")
    docs = json.loads(out)
    assert set(docs[0]) == {"name", "chars", "format", "sha256", "speakers", "attributes", "language", "media"}
    hc = next(d for d in docs if d["name"] == "HC-LE-01")
    assert hc["attributes"] == {"site": "Harbor City", "stakeholder_group": "law enforcement"}
    assert hc["format"] == "txt" and sorted(hc["speakers"]) == ["Det. Ortega", "Interviewer"]


def test_codebook_and_codings_roundtrip(capsys, tmp_path, transcripts):
    project = str(tmp_path / "p.qcoder")
    run(capsys, "new", project)
    run(capsys, "import", project, str(transcripts), "--json")
    codes = tmp_path / "codebook.csv"
    codes.write_text(
        "code,color,definition\nChallenges,#E15759,Barriers\nChallenges > Turnover,,Staff leave\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, "codebook", "import", project, str(codes))
    assert code == 0 and "2 created" in out
    xlsx = tmp_path / "codebook.xlsx"
    assert run(capsys, "codebook", "export", project, str(xlsx))[0] == 0
    fresh = str(tmp_path / "fresh.qcoder")
    run(capsys, "new", fresh)
    assert "2 created" in run(capsys, "codebook", "import", fresh, str(xlsx))[1]

    codings = tmp_path / "codings.csv"
    with codings.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["document", "code", "coder", "start", "end", "memo"])
        w.writerow(["HC-LE-01", "Challenges > Turnover", "Maya", 60, 90, "clear case"])
        w.writerow(["HC-LE-01", "Recommendations > Formal protocols", "Jordan", 100, 130, ""])
        w.writerow(["HC-LE-01", "Challenges > Turnover", "Maya", 60, 90, "duplicate row"])
    code, out, _ = run(capsys, "codings", "import", project, str(codings))
    assert code == 0 and "2 imported, 1 duplicates" in out and "new codes: 2" in out
    exported = tmp_path / "out.csv"
    assert run(capsys, "codings", "export", project, str(exported))[0] == 0
    # export then import into a fresh project with the same documents reproduces the codings
    run(capsys, "import", fresh, str(transcripts), "--json")
    assert run(capsys, "codings", "import", fresh, str(exported))[0] == 0
    run(capsys, "codings", "export", fresh, str(tmp_path / "again.csv"))
    assert (tmp_path / "again.csv").read_text("utf-8-sig") == exported.read_text("utf-8-sig")


def test_bad_codings_rows_write_nothing(capsys, tmp_path, transcripts):
    project = str(tmp_path / "p.qcoder")
    run(capsys, "new", project)
    run(capsys, "import", project, str(transcripts), "--json")
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "document,code,coder,start,end,memo\nHC-LE-01,A,Maya,0,10,\nHC-LE-01,A,Maya,50,10,\n"
        "NOPE,A,Maya,0,1,\nHC-LE-01,A,Maya,x,1,\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "codings", "import", project, str(bad))
    assert code == 1
    assert err.count("\n") == 1 and "3 bad row(s), nothing imported" in err and "row 3" in err
    _, out, _ = run(capsys, "documents", project, "--json")
    assert all(d for d in json.loads(out))
    code, out, _ = run(capsys, "codings", "export", project, str(tmp_path / "none.csv"))
    assert "wrote 0 codings" in out


def test_stats_json_shape(capsys, tmp_path, transcripts):
    project = str(tmp_path / "p.qcoder")
    run(capsys, "new", project)
    sheet = tmp_path / "attrs.csv"
    sheet.write_text(
        "document,site,stakeholder_group\nHC-LE-01,Harbor City,law enforcement\nPV-PROS-02,Pine Valley,prosecutor\n",
        encoding="utf-8",
    )
    run(capsys, "import", project, str(transcripts), "--attributes", str(sheet), "--json")
    codings = tmp_path / "codings.csv"
    codings.write_text(
        "document,code,coder,start,end,memo\nHC-LE-01,Challenges > Turnover,Maya,60,90,\n"
        "PV-PROS-02,Challenges > Turnover,Jordan,40,60,\n",
        encoding="utf-8",
    )
    run(capsys, "codings", "import", project, str(codings))
    code, out, _ = run(capsys, "stats", project, "--by", "stakeholder_group,site", "--format", "json")
    assert code == 0
    rows = {r["code"]: r for r in json.loads(out)}
    turnover = rows["Challenges > Turnover"]
    assert turnover["excerpts"] == 2 and turnover["documents"] == 2
    assert turnover["by"]["stakeholder_group"]["prosecutor"]["excerpts"] == 1
    assert turnover["by"]["site"]["Harbor City"]["documents"] == 1
    assert turnover["sites"] == "2 of 2"
    code, out, _ = run(capsys, "stats", project, "--by", "site", "--coder", "Maya", "--format", "json")
    assert {r["code"]: r["excerpts"] for r in json.loads(out)}["Challenges > Turnover"] == 1
    code, out, _ = run(capsys, "stats", project, "--by", "site", "--format", "csv")
    assert code == 0 and out.startswith("# ") and "Challenges > Turnover" in out
    code, _, err = run(capsys, "stats", project, "--by", "colour", "--format", "json")
    assert code == 2 and "no attribute named 'colour'" in err


def test_errors_are_one_line_with_exit_codes(capsys, tmp_path):
    code, _, err = run(capsys, "documents", str(tmp_path / "missing.qcoder"), "--json")
    assert code == 1 and err.count("\n") == 1 and "no project" in err and "Traceback" not in err
    junk = tmp_path / "junk.qcoder"
    junk.write_bytes(b"\x00garbage" * 100)
    code, _, err = run(capsys, "documents", str(junk))
    assert code == 1 and "not a qcoder project" in err
    with pytest.raises(SystemExit) as exc:
        main(["stats"])
    assert exc.value.code == 2


def test_console_script_runs_without_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "qcoder.cli", "documents", str(tmp_path / "nope.qcoder")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("qcoder documents: error:")


def test_handout_mine_merge_blind_and_refi(capsys, tmp_path, transcripts):
    lead = str(tmp_path / "lead.qcoder")
    run(capsys, "new", lead)
    run(capsys, "import", lead, str(transcripts), "--json")
    codes = tmp_path / "codebook.csv"
    codes.write_text("code\nChallenges > Turnover\n", encoding="utf-8")
    run(capsys, "codebook", "import", lead, str(codes))
    copy = str(tmp_path / "maya.qcoder")
    code, out, _ = run(capsys, "handout", lead, "--coder", "Maya", "--documents", "HC-LE-01", "-o", copy)
    assert code == 0 and "1 documents for Maya" in out
    codings = tmp_path / "c.csv"
    codings.write_text(
        "document,code,coder,start,end,memo\nHC-LE-01,Challenges > Turnover,Maya,60,90,\n", encoding="utf-8"
    )
    run(capsys, "codings", "import", copy, str(codings))
    small = str(tmp_path / "maya.qcodings")
    assert run(capsys, "mine", copy, "--coder", "Maya", "-o", small)[0] == 0
    code, out, _ = run(capsys, "merge", lead, small, "--dry-run", "--json")
    preview = json.loads(out)[0]
    assert preview["codings"]["added"] == 1 and preview["written"] is False
    code, out, _ = run(capsys, "merge", lead, small, copy)
    assert code == 0 and "added 0 documents" in out and "1 codings" in out
    assert "1 codings already present" in out.splitlines()[-1]
    assert "blind mode is on" in run(capsys, "blind", lead, "on")[1]
    assert "blind mode is on" in run(capsys, "blind", lead)[1]

    qdpx = str(tmp_path / "lead.qdpx")
    assert run(capsys, "export", lead, "-o", qdpx)[0] == 0
    fresh = str(tmp_path / "fresh.qcoder")
    run(capsys, "new", fresh)
    code, out, _ = run(capsys, "import", fresh, qdpx, "--json")
    data = json.loads(out)
    assert code == 0 and data["exchange"][0]["merge"]["codings"]["added"] == 1
    assert len(data["exchange"][0]["merge"]["documents"]["added"]) == 2


def _two_coders(capsys, tmp_path, transcripts, more: str = "") -> str:  # type: ignore[no-untyped-def]
    """A project of the sample transcripts coded by Maya and Jordan (they differ on two codes)."""
    project = str(tmp_path / "p.qcoder")
    run(capsys, "new", project)
    run(capsys, "import", project, str(transcripts), "--json")
    codings = tmp_path / "c.csv"
    codings.write_text(
        "document,code,coder,start,end,memo\n"
        "HC-LE-01,Turnover,Maya,60,90,\nHC-LE-01,Turnover,Jordan,60,100,\n"
        "HC-LE-01,Protocols,Jordan,150,170,\n" + more,
        encoding="utf-8",
    )
    run(capsys, "codings", "import", project, str(codings))
    return project


def test_agreement_disagreements_reconcile(capsys, tmp_path, transcripts):
    project = _two_coders(capsys, tmp_path, transcripts)
    code, out, _ = run(capsys, "agreement", project, "--coders", "Maya,Jordan", "--format", "json")
    data = json.loads(out)
    assert code == 0 and set(data) >= {"unit", "coders", "overall", "codes"}
    assert set(data["overall"]) >= {
        "percent_agreement",
        "cohen_kappa",
        "fleiss_kappa",
        "krippendorff_alpha",
        "gwet_ac1",
    }
    assert {c["code"] for c in data["codes"]} == {"Turnover", "Protocols"}
    assert all("documents" in c and "stats" in c for c in data["codes"])
    code, out, _ = run(capsys, "agreement", project, "--coders", "Maya,Jordan", "--unit", "turn", "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("unit,pooling,scope")
    code, _, err = run(capsys, "agreement", project, "--coders", "Maya,Nobody")
    assert code == 1 and "no coder named Nobody" in err
    # issue 15: readable by default — a table in codebook order with 3 decimals and verdicts
    code, out, _ = run(capsys, "agreement", project, "--coders", "Maya,Jordan")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("Agreement of Maya, Jordan — unit: character")
    header = next(i for i, line in enumerate(lines) if line.startswith("Code"))
    assert lines[header].split()[:4] == ["Code", "Units", "Agreement", "α"]
    rows = [line.split() for line in lines[header + 1 : header + 3]]
    assert [r[0] for r in rows] == ["Turnover", "Protocols"]  # codebook order (created in that order)
    alpha = data["codes"][[c["code"] for c in data["codes"]].index("Turnover")]["stats"]["krippendorff_alpha"]
    assert rows[0][3] == f"{alpha:.3f}"
    assert "Krippendorff 2004" in out and "Landis & Koch 1977" in out
    code, out, _ = run(capsys, "disagreements", project, "--coders", "Maya,Jordan", "--json")
    kinds = sorted(d["kind"] for d in json.loads(out))
    assert kinds == ["boundary", "omission"]
    code, _, err = run(
        capsys, "reconcile", project, "--coders", "Maya,Jordan", "--method", "union", "--consensus", "Maya"
    )
    assert code == 1 and "one of the coders compared" in err  # issue 22 #2: never overwrite a coder
    code, out, _ = run(capsys, "reconcile", project, "--coders", "Maya,Jordan", "--method", "union", "--dry-run")
    assert code == 0 and "nothing written (dry run)" in out
    code, out, _ = run(capsys, "reconcile", project, "--coders", "Maya,Jordan", "--method", "accept:Jordan")
    assert code == 0 and "2 disagreements decided" in out
    assert run(capsys, "reconcile", project, "--coders", "Maya,Jordan", "--method", "accept")[0] == 2


def test_exports_and_report(capsys, tmp_path, transcripts):
    from docx import Document as Docx
    from openpyxl import load_workbook

    project = str(tmp_path / "p.qcoder")
    run(capsys, "new", project)
    sheet = tmp_path / "attrs.csv"
    sheet.write_text(
        "document,site,stakeholder_group\nHC-LE-01,Harbor City,law enforcement\nPV-PROS-02,Pine Valley,prosecutor\n",
        encoding="utf-8",
    )
    run(capsys, "import", project, str(transcripts), "--attributes", str(sheet), "--json")
    codings = tmp_path / "c.csv"
    codings.write_text(
        "document,code,coder,start,end,memo\nHC-LE-01,Challenges > Turnover,Maya,63,110,\n", encoding="utf-8"
    )
    run(capsys, "codings", "import", project, str(codings))
    for args in (
        ["export", project, "-o", str(tmp_path / "t.xlsx")],
        ["stats", project, "--by", "site", "--format", "xlsx", "-o", str(tmp_path / "s.xlsx")],
        ["report", project, "-o", str(tmp_path / "r.docx")],
        ["codebook", "export", project, str(tmp_path / "cb.docx")],
    ):
        assert run(capsys, *args)[0] == 0, args
    assert "Codebook" in " ".join(load_workbook(tmp_path / "t.xlsx").sheetnames)
    text = "\n".join(p.text for p in Docx(str(tmp_path / "r.docx")).paragraphs)
    assert "Turnover" in text
    assert run(capsys, "report", project, "-o", str(tmp_path / "r.pdf"))[0] == 2


def test_demo_command_prints_the_theme_table(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    code, out, _ = run(capsys, "demo", "--out", str(tmp_path / "demo"))
    assert code == 0
    assert "imported 15 transcripts (0 failed, 0 skipped)" in out
    assert "victim service provider" in out and "Turnover and burnout" in out
    assert "no display found" in out and (tmp_path / "demo" / "demo.qcoder").exists()


def test_stats_matrix_is_the_windows_matrix(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Issue 13: `qcoder stats --matrix` prints the analysis window's matrix (same rows, columns
    and figures as matrix_grid), and `export -o x.xlsx` works on a project without the usual
    stakeholder_group/site attributes."""
    from qcoder.analysis.matrix import AnalysisData, CountKind, Options, compute_matrix, matrix_grid
    from qcoder.app import Project
    from qcoder.core.model import AttributeScope
    from qcoder.importers.base import finish

    path = tmp_path / "plain.qcoder"
    project = Project.create(path, name="Plain")
    doc = project.add_document(finish("Interviewer: Why?\n\nRespondent: Because we trust them.\n", "a.txt", "txt"))
    project.set_attributes(AttributeScope.DOCUMENT, {doc.id: {"region": "North"}})
    code = project.create_code("Trust")
    coder = project.ensure_coder("Ana")
    text = project.document(doc.id).text
    s = text.index("Because")
    project.add_coding(doc.id, code.id, coder.id, s, s + len("Because we trust them."))
    grid = matrix_grid(
        compute_matrix(AnalysisData(project.snapshot()), Options(attribute="region")), CountKind.EXCERPTS
    )
    project.close()
    assert main(["stats", str(path), "--by", "region", "--matrix", "excerpts"]) == 0
    printed = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert printed == [" ".join(line).split() for line in grid]
    assert printed[1] == ["Trust", "1", "1"]
    assert main(["export", str(path), "-o", str(tmp_path / "plain.xlsx")]) == 0
    assert (tmp_path / "plain.xlsx").exists()


def test_codebook_import_takes_refi_qda_codebooks(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Issue 23 item 5: `codebook import P codebook.qdc` said "expected a .csv or .xlsx file"."""
    from qcoder.app import Project

    source = tmp_path / "source.qcoder"
    project = Project.create(source, name="Source")
    parent = project.create_code("Collaboration", definition="Working together.")
    project.create_code("Trust", parent.id)
    project.close()
    assert main(["codebook", "export", str(source), str(tmp_path / "book.qdc")]) == 0
    assert main(["export", str(source), "-o", str(tmp_path / "whole.qdpx")]) == 0
    for name in ("book.qdc", "whole.qdpx"):
        target = tmp_path / f"target-{name}.qcoder"
        Project.create(target, name="Target").close()
        capsys.readouterr()
        assert main(["codebook", "import", str(target), str(tmp_path / name)]) == 0
        assert "2 created" in capsys.readouterr().out
        with Project.open(target) as opened:
            assert sorted(c.name for c in opened.codes()) == ["Collaboration", "Trust"]
            assert opened.documents() == []
        assert main(["codebook", "import", str(target), str(tmp_path / name)]) == 0
        assert "0 created, 2 already in the codebook" in capsys.readouterr().out


def test_agreement_over_mutually_exclusive_codes(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Issue 15: nominal statistics over the subcodes of a parent, reachable from the CLI."""
    from qcoder.app import Project
    from qcoder.importers.base import finish

    path = tmp_path / "n.qcoder"
    project = Project.create(path)
    doc = project.add_document(
        finish("Interviewer: Q?\nAna: " + "word " * 40 + "\nInterviewer: Q?\nAna: end.", "d.txt", "txt")
    )
    tone = project.create_code("Tone")
    pos, neg = project.create_code("Positive", tone.id), project.create_code("Negative", tone.id)
    maya, jordan = project.ensure_coder("Maya"), project.ensure_coder("Jordan")
    for coder, spans in ((maya, [(0, 40, pos), (40, 100, neg)]), (jordan, [(0, 50, pos), (50, 100, neg)])):
        for s, e, code in spans:
            project.add_coding(doc.id, code.id, coder.id, s, e)
    project.close()
    assert main(["agreement", str(path), "--coders", "Maya,Jordan", "--exclusive", "Tone"]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("Tone > Positive | Tone > Negative"))
    assert line.split()[-2] in ("reliable", "tentative", "unreliable")  # then the κ band (two coders: Cohen's)
    assert line.split()[-1] in ("poor", "slight", "fair", "moderate", "substantial", "perfect")
    assert main(["agreement", str(path), "--coders", "Maya,Jordan", "--exclusive", "Tone", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    [group] = data["nominal"]
    assert group["codes"] == ["Tone > Positive", "Tone > Negative"] and group["stats"]["krippendorff_alpha"] > 0.5
    assert main(["agreement", str(path), "--coders", "Maya,Jordan", "--exclusive", "Tone > Positive"]) == 1


def test_agreement_appendix_docx_and_xlsx(capsys, tmp_path, transcripts):  # type: ignore[no-untyped-def]
    """Issue 15: a methods appendix — coders, documents, unit, statistics and why, per-code
    table with verdicts, codes below threshold with their largest disagreements side by side."""
    from docx import Document as Docx
    from openpyxl import load_workbook

    project = _two_coders(capsys, tmp_path, transcripts, "HC-LE-01,Trust,Maya,10,40,\nHC-LE-01,Trust,Jordan,10,40,\n")
    docx_path = tmp_path / "appendix.docx"
    code, out, err = run(
        capsys, "agreement", project, "--coders", "Maya,Jordan", "--format", "docx", "-o", str(docx_path)
    )
    assert code == 0 and "wrote" in out, err
    doc = Docx(str(docx_path))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Coders: Maya, Jordan." in text and "Unit: character" in text
    assert "Krippendorff's α is the primary coefficient" in text and "prevalence paradox" in text
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "Codes below the reliability threshold" in headings
    weak = [h for h in headings if h.startswith(("Protocols —", "Turnover —"))]
    assert weak and "Trust —" not in "".join(headings)  # Trust agrees fully: not below threshold
    per_code = doc.tables[0]
    assert [c.text for c in per_code.rows[0].cells][:4] == ["Code", "Units", "Agreement", "α"]
    assert {per_code.rows[i].cells[0].text.strip() for i in range(1, len(per_code.rows))} >= {"Trust", "Turnover"}
    side = doc.tables[1]
    assert [c.text for c in side.rows[0].cells] == ["Passage", "Maya", "Jordan"]
    assert {side.rows[1].cells[1].text, side.rows[1].cells[2].text} == {"applied the code", "did not"}
    assert "HC-LE-01, characters" in side.rows[1].cells[0].text
    xlsx_path = tmp_path / "appendix.xlsx"
    code, _, _ = run(capsys, "agreement", project, "--coders", "Maya,Jordan", "--format", "xlsx", "-o", str(xlsx_path))
    wb = load_workbook(xlsx_path)
    assert wb.sheetnames == ["Summary", "Per code", "Below threshold", "Breakdowns"]
    below = list(wb["Below threshold"].values)
    assert below[0][:6] == ("Code", "α", "Verdict", "Document", "Characters", "Passage")
    assert {row[0] for row in below[1:]} <= {"Protocols", "Turnover"} and len(below) > 1
    assert run(capsys, "agreement", project, "--coders", "Maya,Jordan", "--format", "docx")[0] == 2  # needs -o
