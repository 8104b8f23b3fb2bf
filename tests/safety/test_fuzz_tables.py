"""Codings CSV, codebook and attribute sheets with wrong columns, unknown codes, offsets out of
range or reversed, duplicate rows, junk: a clear per-row error and nothing written, or a clean
import — never another exception, never a half-written project."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcoder.app.codebook_io import import_codebook
from qcoder.app.codings_io import import_codings
from qcoder.app.safety import check_project, create_project
from qcoder.app.sheets import apply_attribute_sheet
from qcoder.core.errors import ImportFailed, InvalidRows, QcoderError
from tests.helpers import imported

FUZZ = settings(
    max_examples=int(os.environ.get("QCODER_FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CLEAR_ERRORS = (InvalidRows, ImportFailed)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tables") / "base.qcoder"
    with create_project(path, "tables") as p:
        doc = p.add_document(imported())
        p.add_document(imported("Interviewer: Hello?\n\nAna: Hi.", "second.txt"))
        trust = p.ensure_code_path("Trust > Barriers")
        coder = p.ensure_coder("ana")
        p.add_coding(doc.id, trust.id, coder.id, 0, 12)
    return path


def _state(project) -> tuple:
    s = project.snapshot(with_text=False)
    return (
        sorted(map(repr, s.codes)),
        sorted(map(repr, s.coders)),
        sorted(map(repr, s.codings)),
        sorted(map(repr, s.attributes)),
        sorted(map(repr, s.participants)),
        sorted(map(repr, s.speakers)),
        sorted(map(repr, s.documents)),
    )


def _copy(base: Path, tmp: Path) -> Path:
    from qcoder.store.backup_files import online_backup

    target = tmp / "p.qcoder"
    for p in (target, target.with_name("p.qcoder-wal"), target.with_name("p.qcoder-shm")):
        p.unlink(missing_ok=True)
    online_backup(base, target, None)
    return target


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def _run(base: Path, tmp: Path, apply, file: Path) -> object:  # type: ignore[no-untyped-def]
    from qcoder.app.safety import open_project

    path = _copy(base, tmp)
    with open_project(path, backup=False) as project:
        before = _state(project)
        try:
            result = apply(project, file)
        except CLEAR_ERRORS as exc:
            assert str(exc).strip()
            assert _state(project) == before, "an error left part of the file written"
            result = exc
        except QcoderError as exc:  # typed, but not the per-row report the user needs
            assert _state(project) == before, f"an error ({exc}) left part of the file written"
            result = exc
    report = check_project(path, full=False)
    assert report.ok, report.problems
    return result


text_cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
number_cell = st.one_of(st.integers(-10, 400).map(str), st.sampled_from(["", "x", "1.5", " 7 ", "1e3", "-0"]))
CODING_COLUMNS = ["document", "code", "coder", "start", "end", "memo"]


@st.composite
def codings_table(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    header = draw(
        st.one_of(
            st.just(CODING_COLUMNS),
            st.permutations(CODING_COLUMNS),
            st.lists(st.sampled_from([*CODING_COLUMNS, "Document", " CODE ", "offset", "extra"]), max_size=7),
        )
    )
    cell = {
        "document": st.sampled_from(["interview", "interview.txt", "INTERVIEW", "second", "missing", ""]),
        "code": st.one_of(
            st.sampled_from(["Trust", "Trust > Barriers", "New > Deep > Code", "", " > ", "A >> B", "Trust>Barriers"]),
            text_cell,
        ),
        "coder": st.one_of(st.sampled_from(["ana", "ben", "", " "]), text_cell),
        "start": number_cell,
        "end": number_cell,
        "memo": text_cell,
    }
    rows = draw(st.lists(st.tuples(*(cell.get(h.strip().lower(), text_cell) for h in header)).map(list), max_size=8))
    if rows and draw(st.booleans()):
        rows = rows + rows[: draw(st.integers(1, len(rows)))]  # duplicate rows
    return list(header), rows


@FUZZ
@given(table=codings_table())
def test_codings_csv(base: Path, tmp_path_factory: pytest.TempPathFactory, table):
    tmp = tmp_path_factory.mktemp("c")
    header, rows = table
    file = _write_csv(tmp / "codings.csv", header, rows)
    result = _run(base, tmp, import_codings, file)
    assert not isinstance(result, QcoderError) or isinstance(result, CLEAR_ERRORS), result


@st.composite
def codebook_table(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    columns = ["code", "color", "definition", "inclusion", "exclusion", "example"]
    header = draw(
        st.one_of(st.just(columns), st.lists(st.sampled_from([*columns, "name", "Code", "x"]), min_size=0, max_size=6))
    )
    cell = {
        "code": st.one_of(
            st.sampled_from(["Trust", "Trust > Barriers", "Trust > New", "", " > ", "A >> B > C", "trust"]), text_cell
        ),
        "color": st.sampled_from(["", "#1F77B4", "1f77b4", "red", "#12345", "#GGGGGG"]),
    }
    rows = draw(st.lists(st.tuples(*(cell.get(h.strip().lower(), text_cell) for h in header)).map(list), max_size=8))
    return list(header), rows


@FUZZ
@given(table=codebook_table())
def test_codebook_csv(base: Path, tmp_path_factory: pytest.TempPathFactory, table):
    tmp = tmp_path_factory.mktemp("k")
    header, rows = table
    file = _write_csv(tmp / "codebook.csv", header, rows)
    result = _run(base, tmp, import_codebook, file)
    assert not isinstance(result, QcoderError) or isinstance(result, CLEAR_ERRORS), result


@st.composite
def attribute_table(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    header = draw(
        st.one_of(
            st.just(["document", "site", "stakeholder_group"]),
            st.just(["document", "speaker", "participant", "role", "age"]),
            st.lists(
                st.sampled_from(
                    [
                        "document",
                        "file",
                        "speaker",
                        "participant",
                        "interviewer",
                        "site",
                        "age",
                        "date",
                        "",
                        "Site",
                        "x",
                    ]
                ),
                max_size=6,
            ),
        )
    )
    cell = {
        "document": st.sampled_from(["interview", "second.txt", "missing", ""]),
        "file": st.sampled_from(["interview", "second.txt", "missing", ""]),
        "speaker": st.sampled_from(["Det. Ortega", "Interviewer", "Ana", "Nobody", ""]),
        "age": st.sampled_from(["34", "", "old", "-1", "3.5"]),
        "date": st.sampled_from(["2024-01-31", "31/01/2024", "not a date", ""]),
        "interviewer": st.sampled_from(["yes", "no", "", "maybe"]),
    }
    rows = draw(st.lists(st.tuples(*(cell.get(h.strip().lower(), text_cell) for h in header)).map(list), max_size=6))
    if rows and draw(st.booleans()):
        rows = rows + rows[:1]
    return list(header), rows


@FUZZ
@given(table=attribute_table())
def test_attribute_sheet(base: Path, tmp_path_factory: pytest.TempPathFactory, table):
    tmp = tmp_path_factory.mktemp("a")
    header, rows = table
    file = _write_csv(tmp / "sheet.csv", header, rows)
    result = _run(base, tmp, apply_attribute_sheet, file)
    assert not isinstance(result, QcoderError) or isinstance(result, CLEAR_ERRORS), result


def test_codings_csv_errors_are_per_row(base: Path, tmp_path: Path):
    file = _write_csv(
        tmp_path / "c.csv",
        CODING_COLUMNS,
        [
            ["interview", "Trust", "ana", "10", "5", ""],  # reversed
            ["interview", "Trust", "ana", "0", "99999", ""],  # past the end
            ["missing", "Trust", "ana", "0", "5", ""],  # unknown document
            ["interview", "Trust", "ana", "a", "5", ""],  # not a number
            ["interview", "New code", "ana", "0", "5", ""],  # fine on its own
        ],
    )
    result = _run(base, tmp_path, import_codings, file)
    assert isinstance(result, InvalidRows)
    assert [e.split(":")[0] for e in result.errors] == ["row 2", "row 3", "row 4", "row 5"]
    assert "nothing imported" in str(result)


def test_attribute_sheet_participant_row_with_a_bad_value_writes_nothing(base: Path, tmp_path: Path):
    from qcoder.app.safety import open_project

    file = tmp_path / "s.csv"
    file.write_text(
        "document,speaker,participant,age\ninterview,Det. Ortega,Ortega,34\ninterview,Interviewer,Iris,old\n",
        encoding="utf-8",
    )
    path = _copy(base, tmp_path)
    with open_project(path, backup=False) as project:
        report = apply_attribute_sheet(project, file)
        assert report.errors == ["row 3: 'old' is not a number"]
        assert [p.name for p in project.participants()] == ["Ortega"]  # fails: "Iris" was created too
