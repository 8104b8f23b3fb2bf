"""The language-processing CLI commands (qcoder.cli.nlp, registered by qcoder.cli.parser)."""

from __future__ import annotations

import argparse
import csv
import json

import pytest

from qcoder.app import Project
from qcoder.cli import nlp as cli_nlp
from qcoder.cli.parser import build_parser
from qcoder.core.errors import QcoderError


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    args = build_parser().parse_args(list(argv))
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def path(nlp_project: Project) -> str:
    location = str(nlp_project.path)
    nlp_project.close()
    return location


def test_commands_are_registered():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    for add in cli_nlp.PARSERS.values():
        add(sub)
    assert set(sub.choices) == set(cli_nlp.PARSERS) == {"autocode", "deidentify", "suggest", "words", "nlp"}


def test_autocode_dry_run_then_apply(capsys, path):
    code, out, err = run(
        capsys,
        "autocode",
        path,
        "--code",
        "Challenges > Turnover",
        "--lemmas",
        "promote,transfer",
        "--scope",
        "sentence",
        "--coder",
        "Bob",
        "--dry-run",
        "--json",
    )
    data = json.loads(out)
    assert code == 0 and data["dry_run"] and data["applied"] == 0 and len(data["hits"]) == 2
    assert data["hits"][0]["text"] == "The officers were promoted, then transferred out."
    code, out, err = run(
        capsys, "autocode", path, "--code", "Challenges > Turnover", "--keywords", "turnover", "--coder", "Bob"
    )
    assert code == 0 and "coded 3 excerpts with Challenges > Turnover as Bob" in err
    assert len(out.strip().splitlines()) == 3
    with Project.open(path) as project:
        assert len(project.codings(coder_ids=[project.coder_by_name("Bob").id])) == 3
    code, out, err = run(
        capsys,
        "autocode",
        path,
        "--code",
        "Challenges > Turnover",
        "--keywords",
        "turnover",
        "--coder",
        "Bob",
        "--json",
    )
    assert json.loads(out)["duplicates_skipped"] == 3


def test_autocode_errors_are_one_line_qcoder_errors(capsys, path):
    with pytest.raises(QcoderError, match="code not found: Nope"):
        run(capsys, "autocode", path, "--code", "Nope", "--interviewer", "--coder", "Bob")
    with pytest.raises(QcoderError, match="--coder NAME"):
        run(capsys, "autocode", path, "--code", "Challenges > Turnover", "--interviewer")
    with pytest.raises(QcoderError, match="invalid regular expression"):
        run(capsys, "autocode", path, "--code", "Challenges > Turnover", "--regex", "(", "--coder", "Bob")
    code, out, _ = run(
        capsys,
        "autocode",
        path,
        "--code",
        "New > Code",
        "--create-code",
        "--speaker-group",
        "prosecutor",
        "--coder",
        "Carol",
        "--json",
    )
    assert json.loads(out)["applied"] == 2


def test_deidentify_review_decisions_copy(capsys, path, tmp_path):
    review = tmp_path / "review.csv"
    code, _out, err = run(capsys, "deidentify", path, "--names", "Gloria Mendez", "--review", str(review))
    assert code == 0 and "wrote" in err and "language pipeline: basic English pipeline" in err
    rows = list(csv.DictReader(review.open(encoding="utf-8-sig")))
    for row in rows:
        if row["text"] == "Harbor City":
            row["accept"] = "no"
    with review.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    copy = tmp_path / "copy.qcoder"
    code, out, err = run(
        capsys, "deidentify", path, "--names", "Gloria Mendez", "--decisions", str(review), "-o", str(copy), "--json"
    )
    data = json.loads(out)
    assert data["output"]["codings"] == 3 and not data["named_entities"]
    with Project.open(copy) as project:
        text = project.document(project.document_by_name("HC-LE-01").id).text
        assert "Gloria" not in text and "Harbor City." in text
    code, out, err = run(capsys, "deidentify", path, "--in-place", "--backup", str(tmp_path / "bak.qcoder"))
    assert "redacted in place" in err and (tmp_path / "bak.qcoder").exists()


def test_words_and_kwic_export(capsys, path, tmp_path):
    code, out, err = run(capsys, "words", path, "--by", "stakeholder_group", "--top", "3")
    lines = out.strip().splitlines()
    assert lines[0].startswith("lemma\tcount\tdocuments\tlaw enforcement: count") and len(lines) == 4
    target = tmp_path / "kwic.csv"
    code, out, err = run(
        capsys,
        "words",
        path,
        "--by",
        "stakeholder_group",
        "--kwic",
        "protocol",
        "--group",
        "prosecutor",
        "-o",
        str(target),
    )
    rows = list(csv.DictReader(target.open(encoding="utf-8-sig")))
    assert len(rows) == 2 and {r["stakeholder_group"] for r in rows} == {"prosecutor"}
    xlsx = tmp_path / "words.xlsx"
    run(capsys, "words", path, "-o", str(xlsx))
    from openpyxl import load_workbook

    ws = load_workbook(xlsx).active
    assert ws is not None and ws.cell(1, 1).value == "lemma"
    with pytest.raises(QcoderError):
        run(capsys, "words", path, "-o", str(tmp_path / "words.txt"))


def test_suggest_and_nlp_status(capsys, path):
    code, out, err = run(capsys, "suggest", path, "--coder", "Bob", "--threshold", "0", "--json")
    data = json.loads(out)
    assert data["codes"] == 1 and data["suggestions"]  # only "Formal protocols" has 3 coded sentences
    assert {s["code"] for s in data["suggestions"]} == {"Recommendations > Formal protocols"}
    with pytest.raises(QcoderError, match="not enough coded examples"):
        run(capsys, "suggest", path, "--coder", "Bob", "--learn-from", "Bob")
    code, out, err = run(capsys, "nlp", path, "--json")
    data = json.loads(out)
    assert data["pipeline"]["name"] == "blank" and not data["pipeline"]["entities"]
    assert data["cache"]["files"] >= 0
    code, out, err = run(capsys, "nlp", path, "--clear-cache")
    assert "cleared the analysis cache" in out and "unavailable: named entities" in out
