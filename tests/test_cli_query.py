"""``qcoder query`` on the demo project: the JSON shape, a one-code query equal to ``qcoder
stats``, restrictions, CSV, results coded as a code in one undoable step with one audit entry,
saved queries re-run on current data, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from qcoder.analysis.query import QueryEngine
from qcoder.app import Project
from qcoder.app.queries import QuerySpec, code_results, query_index, run_spec, saved_queries
from tests.helpers import demo_project, run_cli

TURNOVER = "Challenges > Turnover and burnout"
BREAKDOWNS = "Challenges > Communication breakdowns"


run = run_cli


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_project(tmp_path_factory)


@pytest.fixture
def project(demo: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "p.qcoder"
    shutil.copy(demo, copy)
    return copy


def test_one_code_equals_stats(demo: Path, capsys):
    code, out, _ = run(capsys, "stats", str(demo), "--format", "json")
    assert code == 0
    stats = {row["code"]: row for row in json.loads(out)}
    for path in (TURNOVER, "Challenges", "Recommendations > Colocation"):
        code, out, _ = run(capsys, "query", str(demo), f'"{path}"')
        assert code == 0
        data = json.loads(out)
        assert set(data) == {"query", "count", "documents", "respondents", "excerpts"}
        assert (data["count"], data["documents"], data["respondents"]) == (
            stats[path]["excerpts"],
            stats[path]["documents"],
            stats[path]["participants"],
        )
        assert len(data["excerpts"]) == data["count"]
        assert set(data["excerpts"][0]) == {"document", "start", "end", "speaker", "codes"}


def test_scopes_and_restrictions_narrow_the_results(demo: Path, capsys):
    def count(*args: str) -> int:
        code, out, err = run(capsys, "query", str(demo), *args)
        assert code == 0, err
        return int(json.loads(out)["count"])

    query = f'"{TURNOVER}" AND "{BREAKDOWNS}"'
    counts = [count(query, "--within", w) for w in ("turn", "document")]
    assert 0 < counts[0] <= counts[1]
    everyone = count(f'"{TURNOVER}"')
    groups = count(f'"{TURNOVER}"', "--where", "stakeholder_group=law enforcement")
    either = count(
        f'"{TURNOVER}"', "--where", "stakeholder_group=law enforcement", "--where", "stakeholder_group=prosecutor"
    )
    assert 0 < groups < either < everyone
    # --where follows the matrix's rule (the participant's value, else the document's)
    code, out, _ = run(capsys, "stats", str(demo), "--by", "stakeholder_group,site", "--format", "json")
    by = next(r for r in json.loads(out) if r["code"] == TURNOVER)["by"]
    assert groups == by["stakeholder_group"]["law enforcement"]["excerpts"]
    assert count(f'"{TURNOVER}"', "--where", "site=Northfield") == by["site"]["Northfield"]["excerpts"]
    both = count(f'"{TURNOVER}"', "--where", "site=Northfield", "--where", "stakeholder_group=prosecutor")
    assert both <= min(by["site"]["Northfield"]["excerpts"], by["stakeholder_group"]["prosecutor"]["excerpts"])
    # "--where ATTR=VALUE ..." as the issue writes it: several after one --where, the query before or after
    assert count(f'"{TURNOVER}"', "--where", "site=Northfield", "stakeholder_group=prosecutor") == both
    assert count("--where", "site=Northfield", "stakeholder_group=prosecutor", f'"{TURNOVER}"') == both
    assert count(f'"{TURNOVER}"', "--coder", "Maya Chen") < everyone
    code, out, _ = run(capsys, "query", str(demo), f'"{TURNOVER}"', "--speaker", "Renee Walker")
    speakers = {e["speaker"] for e in json.loads(out)["excerpts"]}
    assert speakers == {"Renee Walker"}
    assert count(f'"{TURNOVER}" OR NOT "{TURNOVER}"', "--text", "zzzz-not-there") == 0


def test_csv(demo: Path, capsys, tmp_path: Path):
    out_file = tmp_path / "q.csv"
    code, out, _ = run(capsys, "query", str(demo), f'"{TURNOVER}"', "--format", "csv", "-o", str(out_file))
    assert code == 0 and "wrote" in out
    rows = list(csv.reader(io.StringIO(out_file.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["document", "start", "end", "speaker", "participant", "coder", "codes", "text"]
    assert all(r[6] == TURNOVER and r[7] for r in rows[1:])


def test_code_as_is_one_undoable_step_with_one_audit_entry(project: Path, capsys):
    query = f'"{TURNOVER}" NEAR/turn "{BREAKDOWNS}"'
    code, out, err = run(capsys, "query", str(project), query, "--code-as", "Query results > Turnover with breakdowns")
    assert code == 0, err
    found = json.loads(out)["count"]
    assert f"coded {found} excerpt(s)" in err
    with Project.open(project) as p:
        new = p.code_by_path("Query results > Turnover with breakdowns")
        assert new is not None
        assert len(p.codings(code_ids=[new.id])) == found
        log = [entry for entry in p.audit_log() if entry[3] == "code query results"]
        assert len(log) == 1 and log[0][4]["query"] == query
        # the same through the service: one step to undo, code and codings and entry together
        spec = QuerySpec(f'"{TURNOVER}"', coders=("Maya Chen",))
        result = run_spec(QueryEngine(query_index(p)), spec)
        before = len(p.codes())
        assert code_results(p, result, "Turnover again") == result.count > 0
        assert len(p.codes()) == before + 1
        p.undo()
        assert len(p.codes()) == before and p.code_by_path("Turnover again") is None
        assert len([e for e in p.audit_log() if e[3] == "code query results"]) == 1
    # coding again the same results adds nothing
    code, _, err = run(capsys, "query", str(project), query, "--code-as", "Query results > Turnover with breakdowns")
    assert code == 0 and "coded 0 excerpt(s)" in err


def test_code_as_takes_a_code_path_with_the_angle_separator(project: Path, capsys):
    query = f'"{TURNOVER}"'
    code, out, err = run(capsys, "query", str(project), query, "--code-as", "Survey/Turnover")
    assert code == 1 and "write 'Survey > Turnover'" in err and len(err.strip().splitlines()) == 1
    code, out, err = run(capsys, "query", str(project), query, "--code-as", "survey >  Turnover")
    assert code == 0 and "as 'survey > Turnover'" in err
    with Project.open(project) as p:
        assert p.code_by_path("Survey/Turnover") is None
        new = p.code_by_path("Survey > Turnover")
        assert new is not None and len(p.codings(code_ids=[new.id])) == json.loads(out)["count"]


def test_saved_queries_rerun_on_current_data(project: Path, capsys):
    query = f'"{TURNOVER}" AND NOT "{BREAKDOWNS}"'
    code, out, err = run(
        capsys, "query", str(project), query, "--within", "turn", "--where", "site=Harbor City", "--save", "T"
    )
    assert code == 0 and "saved query 'T'" in err
    first = json.loads(out)
    code, out, _ = run(capsys, "query", str(project), "--list")
    assert code == 0 and out.startswith(f"T\t{query}\t--within turn --where site=Harbor City")
    code, out, _ = run(capsys, "query", str(project), "--run", "T")
    assert json.loads(out) == first
    # new codings change the re-run
    with Project.open(project) as p:
        assert saved_queries(p)["T"].where == ("site=Harbor City",)
        excerpt = first["excerpts"][0]
        doc = p.document_by_name(excerpt["document"])
        turnover = p.code_by_path(TURNOVER)
        assert turnover is not None
        coder = p.coders()[0]
        text = p.document(doc.id).text
        end = len(text.rstrip())
        p.add_coding(doc.id, turnover.id, coder.id, end - 5, end)
    code, out, _ = run(capsys, "query", str(project), "--run", "T")
    assert json.loads(out)["count"] >= first["count"]
    code, _, _ = run(capsys, "query", str(project), "--delete", "T")
    assert code == 0
    code, _, err = run(capsys, "query", str(project), "--run", "T")
    assert code == 1 and "saved query not found: T" in err


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (['"Challenges" AND'], 1, "at position 17"),
        (['"No such code"'], 1, "code not found"),
        (['"Challenges"', "--where", "nope=1"], 1, "attribute not found"),
        (['"Challenges"', "--where", "site"], 1, "ATTR=VALUE"),
        (['"Challenges"', "--within", "soon"], 1, "scope"),
        (['"Challenges"', "--coder", "Nobody"], 1, "coder not found"),
        ([], 2, "give a query"),
        (['"Challenges"', "--run", "x"], 2, "give no query"),
        (["--list", "--run", "x"], 2, "one of"),
        (['"Nope"', "--save", "bad"], 1, "code not found"),
    ],
)
def test_errors_are_one_line(project: Path, capsys, args: list[str], status: int, message: str):
    code, out, err = run(capsys, "query", str(project), *args)
    assert code == status
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    with Project.open(project) as p:
        assert saved_queries(p) == {}
