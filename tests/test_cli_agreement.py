"""``qcoder agreement`` options of issue 15: ``--ci`` and ``--none`` through the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from qcoder.app.project import Project
from qcoder.cli import main
from tests.test_cli import _two_coders, run, transcripts  # noqa: F401 (fixture)


def test_agreement_ci_is_reproducible(capsys, tmp_path, transcripts):  # type: ignore[no-untyped-def]  # noqa: F811
    project = _two_coders(capsys, tmp_path, transcripts)
    args = ("agreement", project, "--coders", "Maya,Jordan", "--ci", "--format", "json")
    code, out, _ = run(capsys, *args)
    data = json.loads(out)
    stats = next(c["stats"] for c in data["codes"] if c["code"] == "Turnover")
    interval = stats["ci"]["krippendorff_alpha"]
    assert code == 0 and (interval["draws"], interval["seed"], interval["level"]) == (1000, 2007, 0.95)
    assert interval["low"] <= stats["krippendorff_alpha"] <= interval["high"]
    assert set(stats["se"]) == {"cohen_kappa", "fleiss_kappa"} and stats["se"]["cohen_kappa"] > 0
    assert json.loads(run(capsys, *args)[1]) == data  # the fixed seed: the same report twice
    _, out, _ = run(capsys, *args, "--seed", "5", "--ci-draws", "200", "--ci-level", "0.9")
    other = next(c["stats"] for c in json.loads(out)["codes"] if c["code"] == "Turnover")["ci"]
    assert (other["krippendorff_alpha"]["seed"], other["krippendorff_alpha"]["draws"]) == (5, 200)
    assert "ci" not in json.loads(run(capsys, *args[:-3], "--format", "json")[1])["overall"]
    code, out, _ = run(capsys, "agreement", project, "--coders", "Maya,Jordan", "--ci")
    row = next(line for line in out.splitlines() if line.startswith("Turnover"))
    assert code == 0 and f"[{interval['low']:.3f}, {interval['high']:.3f}]" in row and "(SE " in row
    assert "bootstrap interval of α" in out and "(1,000 draws, seed 2007, so the figures are reproducible)" in out
    code, out, _ = run(capsys, "agreement", project, "--coders", "Maya,Jordan", "--ci", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    turnover = next(r for r in rows if r["scope"] == "code" and r["code"] == "Turnover")
    assert float(turnover["krippendorff_alpha_low"]) == pytest.approx(interval["low"])
    assert turnover["ci_draws"] == "1000" and float(turnover["cohen_kappa_se"]) > 0
    code, _, err = run(capsys, "agreement", project, "--coders", "Maya,Jordan", "--ci", "--pooling", "averaged")
    assert code == 1 and "pooled" in err
    code, _, err = run(capsys, "agreement", project, "--coders", "Maya,Jordan", "--ci", "--ci-draws", "0")
    assert code == 1 and "draws" in err


def _tone_project(path: Path) -> None:
    """Maya and Jordan code the tone of a 100-character passage of a longer document; Jordan
    leaves characters 50-60 without a tone; a second document is assigned to Maya only."""
    from qcoder.importers.base import finish

    project = Project.create(path)
    doc = project.add_document(finish("word." * 40, "d.txt", "txt"))  # 200 characters
    other = project.add_document(finish("more." * 20, "e.txt", "txt"))
    tone = project.create_code("Tone")
    pos, neg = project.create_code("Positive", tone.id), project.create_code("Negative", tone.id)
    maya, jordan = project.ensure_coder("Maya"), project.ensure_coder("Jordan")
    for coder, spans in ((maya, [(0, 40, pos), (40, 100, neg)]), (jordan, [(0, 50, pos), (60, 100, neg)])):
        for s, e, code in spans:
            project.add_coding(doc.id, code.id, coder.id, s, e)
    project.add_coding(other.id, pos.id, maya.id, 0, 100)  # Jordan was not given this one
    project.add_coding(other.id, neg.id, jordan.id, 0, 100)  # ignored: not assigned
    project.assign_documents(maya.id, [doc.id, other.id])
    project.assign_documents(jordan.id, [doc.id])
    project.close()


def test_exclusive_none_is_missing_by_default_or_a_category(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "tone.qcoder"
    _tone_project(path)
    base = ["agreement", str(path), "--coders", "Maya,Jordan", "--exclusive", "Tone", "--format", "json"]
    assert main(base) == 0
    [group] = json.loads(capsys.readouterr().out)["nominal"]
    # 0-40 both Positive, 40-50 Negative/Positive, 60-100 both Negative: 90 pairable
    # characters; 50-60 (Jordan: no tone) and 100-200 (nobody) are missing; the second
    # document is missing for Jordan (not assigned), so nothing there is pairable
    assert group["none"] == "missing" and group["stats"]["units"] == 90
    assert "none" not in group["values"]
    assert group["stats"]["percent_agreement"] == pytest.approx(80 / 90)
    assert group["confusion"] == {
        "categories": ["Tone > Positive", "Tone > Negative"],
        "counts": [[40, 0], [10, 40]],
    }
    alpha_missing = group["stats"]["krippendorff_alpha"]
    assert main([*base, "--none", "category"]) == 0
    [group] = json.loads(capsys.readouterr().out)["nominal"]
    # every character of the assigned document is a unit now; the unassigned one still not
    assert group["none"] == "category" and group["stats"]["units"] == 200
    assert group["values"]["none"] == 2 * 100 + 10
    assert group["stats"]["percent_agreement"] == pytest.approx(180 / 200)
    assert group["stats"]["krippendorff_alpha"] != pytest.approx(alpha_missing)
    assert group["stats"]["cohen_kappa"] is not None


def _rounds_project(path: Path) -> None:
    """Four documents; in the first two Maya and Jordan code Trust differently, in the last
    two nearly alike (training worked)."""
    from qcoder.importers.base import finish

    project = Project.create(path)
    trust = project.create_code("Trust")
    maya, jordan = project.ensure_coder("Maya"), project.ensure_coder("Jordan")
    spans = {
        "a": ((0, 60), (40, 100)),
        "b": ((10, 50), (60, 120)),
        "c": ((0, 100), (2, 100)),
        "d": ((20, 80), (20, 81)),
    }
    for name, (mine, theirs) in spans.items():
        doc = project.add_document(finish("text." * 40, f"{name}.txt", "txt"))
        project.add_coding(doc.id, trust.id, maya.id, *mine)
        project.add_coding(doc.id, trust.id, jordan.id, *theirs)
    project.close()


def test_training_rounds_show_agreement_per_round(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "rounds.qcoder"
    _rounds_project(path)
    p = str(path)
    base = ["agreement", p, "--coders", "Maya,Jordan", "--by-round"]
    assert main(base) == 2 and "no training rounds yet" in capsys.readouterr().err
    assert main(["round", "add", p, "Pilot", "c", "d"]) == 0  # added first: shown first
    assert main(["round", "add", p, "Round 2", "a", "b"]) == 0
    assert main(["round", "add", p, "Round 3", "a"]) == 1
    assert "already in another round: a (Round 2)" in capsys.readouterr().err
    assert main(["round", "add", p, "Round 2", "zz"]) == 1 and "no document named zz" in capsys.readouterr().err
    assert main(["round", "list", p, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{"round": "Pilot", "documents": ["c", "d"]}, {"round": "Round 2", "documents": ["a", "b"]}]
    assert main([*base, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["round"] for r in data["rounds"]] == ["Pilot", "Round 2"]
    pilot, second = data["rounds"]
    assert pilot["documents"] == 2 and pilot["codes"][0]["code"] == "Trust"
    assert pilot["stats"]["krippendorff_alpha"] > 0.95 > second["stats"]["krippendorff_alpha"]
    assert pilot["stats"]["units"] == 400  # two documents of 200 characters
    # the same figure as agreement over those documents alone
    assert main(["agreement", p, "--coders", "Maya,Jordan", "--group-by", "Training round", "--format", "json"]) == 0
    groups = {g["group"]: g for g in json.loads(capsys.readouterr().out)["groups"]}
    assert groups["Pilot"]["stats"] == pilot["stats"]
    assert main(base) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    head = lines.index("Krippendorff's α per training round (rounds in the order they were added)")
    assert lines[head + 1].split() == ["Code", "Pilot", "Round", "2", "Change"]
    trust = lines[head + 2].split()
    assert trust[0] == "Trust" and float(trust[-1]) < 0  # from the pilot to round 2: worse
    assert main([*base, "--ci", "--format", "json"]) == 0
    assert "ci" in json.loads(capsys.readouterr().out)["rounds"][0]["codes"][0]["stats"]
    _appendix_has_the_round_table(p, base, tmp_path, trust)


def _appendix_has_the_round_table(p: str, base: list[str], tmp_path: Path, printed: list[str]) -> None:
    """The methods appendix (XLSX and DOCX) carries the per-round table the command prints."""
    from docx import Document
    from openpyxl import load_workbook

    assert main([*base, "--format", "xlsx", "-o", str(tmp_path / "rounds.xlsx")]) == 0
    sheet = load_workbook(tmp_path / "rounds.xlsx")["Training rounds"]
    rows = [[c.value or "" for c in r] for r in sheet.iter_rows()]
    assert rows[0] == ["Code", "Pilot", "Round 2", "Change"]
    assert rows[1][0] == "Trust" and rows[1][-1] == printed[-1]
    assert main([*base, "--format", "docx", "-o", str(tmp_path / "rounds.docx")]) == 0
    document = Document(str(tmp_path / "rounds.docx"))
    assert "Agreement per training round" in [p.text for p in document.paragraphs]
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in document.tables]
    assert rows in tables
    assert main([*base[:-1], "--format", "xlsx", "-o", str(tmp_path / "plain.xlsx")]) == 0  # no --by-round
    assert "Training rounds" not in load_workbook(tmp_path / "plain.xlsx").sheetnames


def test_appendix_says_what_the_intervals_are(capsys, tmp_path, transcripts):  # type: ignore[no-untyped-def]  # noqa: F811
    from docx import Document

    project = _two_coders(capsys, tmp_path, transcripts)
    out = tmp_path / "appendix.docx"
    code, _, _ = run(
        capsys, "agreement", project, "--coders", "Maya,Jordan", "--ci", "--format", "docx", "-o", str(out)
    )
    document = Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert code == 0 and "bootstrap interval of α" in text and "seed 2007" in text
    per_code, intervals = document.tables[0], document.tables[1]
    assert not any("[" in c.text or "SE" in c.text for row in per_code.rows for c in row.cells)  # bare figures
    assert [c.text for c in intervals.rows[0].cells] == ["Code", "α", "Interval", "Cohen κ", "SE"]
    assert all(row.cells[2].text.startswith("[") for row in intervals.rows[1:])  # a table of their own
    assert len(intervals.rows) == len(per_code.rows) and "Confidence intervals" in text
    figures = {row.cells[0].text: row.cells[3].text for row in per_code.rows}
    assert all(figures[row.cells[0].text] == row.cells[1].text for row in intervals.rows[1:])
    assert any("[" in c and "]" in c for c in cells)


def test_unitized_through_the_cli(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "tone.qcoder"
    _tone_project(path)
    base = ["agreement", str(path), "--coders", "Maya,Jordan", "--exclusive", "Tone", "--unitized"]
    assert main([*base, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    codes = data["unitized"]["codes"]
    assert set(codes["Tone > Positive"]) == {"alpha_2004", "u_alpha"}
    group = data["unitized"]["groups"]["Tone"]
    assert set(group) == {"u_alpha", "|u_alpha", "cu_alpha", "Cu_alpha"}
    assert set(group["Cu_alpha"]) == {"Tone > Positive", "Tone > Negative"}
    assert 0 < group["cu_alpha"] < 1 and 0 < group["u_alpha"] < 1
    assert main(base) == 0
    out = capsys.readouterr().out
    assert "Tone (exclusive)" in out and "Krippendorff, Mathet, Bouvry & Widlöcher (2016)" in out
    assert main([*base, "--unit", "sentence"]) == 1  # the continuum is the characters
    from openpyxl import load_workbook

    assert main([*base, "--format", "xlsx", "-o", str(tmp_path / "u.xlsx")]) == 0
    sheet = load_workbook(tmp_path / "u.xlsx")["Unitizing"]
    rows = {r[0].value: [c.value for c in r] for r in sheet.iter_rows()}
    assert rows["Unitizing"] == ["Unitizing", "α 2004", "uα", "|uα", "cuα"]
    assert rows["Tone (exclusive)"][4] == f"{group['cu_alpha']:.3f}"
