"""``qcoder saturation``: JSON records, orders, coders, the CSV file and one-line errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from qcoder.app.safety import create_project
from qcoder.cli import main
from qcoder.core.model import AttributeScope
from tests.helpers import imported


@pytest.fixture(scope="module")
def project_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three documents: "b" (dated 2024-05-01) codes P > X and Q, "a" (2024-01-01) codes P > X
    and P (the parent itself), "c" (no date) nothing; Maya codes everything but "a"'s P, which
    Jordan codes."""
    path = tmp_path_factory.mktemp("saturation") / "s.qcoder"
    with create_project(path, "Saturation") as p:
        b = p.add_document(imported(name="b.txt"))
        a = p.add_document(imported(name="a.txt"))
        c = p.add_document(imported(name="c.txt"))
        p.set_attributes(AttributeScope.DOCUMENT, {b.id: {"interview_date": "2024-05-01"}})
        p.set_attributes(AttributeScope.DOCUMENT, {a.id: {"interview_date": "2024-01-01"}, c.id: {}})
        x, q = p.ensure_code_path("P > X"), p.ensure_code_path("Q")
        parent = p.ensure_code_path("P")
        maya, jordan = p.ensure_coder("Maya"), p.ensure_coder("Jordan")
        p.add_coding(b.id, x.id, maya.id, 0, 10)
        p.add_coding(b.id, q.id, maya.id, 20, 30)
        p.add_coding(a.id, x.id, maya.id, 0, 10)
        p.add_coding(a.id, parent.id, jordan.id, 40, 50)
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["saturation", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _names(project_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    code, out, _ = _run(capsys, str(project_path), "--format", "json")
    assert code == 0
    return [r["document"] for r in json.loads(out)]


def test_json_in_project_order(project_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, str(project_path), "--format", "json")
    assert code == 0, err
    docs = _names(project_path, capsys)
    assert json.loads(out) == [
        {"document": docs[0], "new_codes": 2, "cumulative_codes": 2},
        {"document": docs[1], "new_codes": 1, "cumulative_codes": 3},
        {"document": docs[2], "new_codes": 0, "cumulative_codes": 3},
    ]
    assert docs[0].startswith("b") and docs[1].startswith("a")


def test_orders_coders_and_by_coder(project_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = str(project_path)
    code, out, _ = _run(capsys, p, "--order", "date", "--format", "json")
    assert code == 0
    # a (2024-01-01): P > X, P; b: Q; c: no date, last
    assert [(r["new_codes"], r["cumulative_codes"]) for r in json.loads(out)] == [(2, 2), (1, 3), (0, 3)]
    code, out, _ = _run(capsys, p, "--order", "name", "--coder", "Maya", "--format", "json")
    assert [(r["new_codes"], r["cumulative_codes"]) for r in json.loads(out)] == [(1, 1), (1, 2), (0, 2)]
    code, out, _ = _run(capsys, p, "--order", "coding", "--format", "json", "--by-coder")
    records = json.loads(out)
    assert code == 0 and records[0]["document"].startswith("b")  # b was coded first
    assert records[1]["coders"] == {
        "Maya": {"new_codes": 0, "cumulative_codes": 2},
        "Jordan": {"new_codes": 1, "cumulative_codes": 1},
    }


def test_table_and_csv(project_path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = _run(capsys, str(project_path))
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:3] == ["#", "Document", "New"]
    assert lines[1].split()[2:5] == ["2", "2", "P"]
    code, out, _ = _run(capsys, str(project_path), "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:4] == ["#", "Document", "New codes", "Cumulative codes"] and len(rows) == 4
    target = tmp_path / "sat.csv"
    code, out, _ = _run(capsys, str(project_path), "--format", "csv", "--by-coder", "-o", str(target))
    header = next(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert code == 0 and "Maya: cumulative" in header and out.startswith("wrote")


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["--coder", "Nobody"], 2, "no coder named 'Nobody'"),
        (["-o", "x.csv"], 2, "--format csv"),
        (["--order", "sideways"], 2, "invalid choice"),
    ],
)
def test_errors_are_one_line(
    project_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], status: int, message: str
) -> None:
    if args[0] == "--order":
        with pytest.raises(SystemExit) as exc:
            main(["saturation", str(project_path), *args])
        assert exc.value.code == status
        err = capsys.readouterr().err
    else:
        code, _, err = _run(capsys, str(project_path), *args)
        assert code == status
    # argparse's usage lines come first; the error itself is one line
    assert message in err.strip().splitlines()[-1]


def test_no_date_attribute(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plain.qcoder"
    with create_project(path, "Plain") as p:
        p.add_document(imported())
    code, _, err = _run(capsys, str(path), "--order", "date")
    assert code == 1 and "no interview date" in err and len(err.strip().splitlines()) == 1
