"""scripts/import_report.py: the figures that show a bad conversion (issue 23)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import import_report  # noqa: E402


def test_report_counts_the_marks_of_a_bad_conversion(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(
        "Interviewer: How?\nAna: Slowly, uh, with a grant.\nInterviewer: Then?\nAna: Fine.\n", encoding="utf-8"
    )
    bad = tmp_path / "columns.txt"
    bad.write_text("Thank\tyou\tfor\tcoming.\nTo ol  and ex ample  here.\n", encoding="utf-8")
    rows = {Path(r.file).name: r for r in map(import_report.report, [good, bad])}
    assert rows["good.txt"].speakers == 2 and rows["good.txt"].split_words == 0
    assert rows["columns.txt"].tabs == 3 and rows["columns.txt"].multi_spaces == 2
    assert rows["columns.txt"].split_words == 2  # "ol", "ex"
    assert rows["columns.txt"].speakers == 0


def test_report_runs_on_the_sample_transcripts(capsys) -> None:  # type: ignore[no-untyped-def]
    assert import_report.main([str(ROOT / "sample_transcripts")]) == 0
    out = capsys.readouterr().out
    assert "HC-LE-01.txt" in out and "skipped: not a transcript (.csv file)" in out
