"""``qcoder agreement`` options of issue 15: ``--ci`` and ``--none`` through the CLI."""

from __future__ import annotations

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
    assert "bootstrap interval of α (Hayes & Krippendorff 2007; 1,000 draws, seed 2007)" in out
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
