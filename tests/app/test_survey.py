"""Issue 17: open-ended survey answers imported as documents (CSV, XLSX, .sav), per answer or
per respondent, all or nothing; the case × code export counts as the analysis matrix does."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from qcoder.analysis.cases import case_table
from qcoder.analysis.index import ProjectIndex, make_selection
from qcoder.analysis.matrix import AnalysisData, Options, compute_matrix
from qcoder.app import Project
from qcoder.app.survey import SURVEY_FORMAT, SurveyMapping, import_survey
from qcoder.app.survey_grid import answer_keys, answer_page, toggle_code
from qcoder.cli import main
from qcoder.core.errors import ImportFailed
from qcoder.core.model import AttributeScope
from qcoder.importers.base import ImportedDocument, ImportedTurn
from tests.helpers import imported

SURVEY = (
    "rid,site,group,q_trust,q_barrier\n"
    'R1,Harbor,police,"I trust them, mostly.",Funding\n'
    "R2,Harbor,advocate,,Turnover\n"
    'R3,Lake,police,"I trust them, mostly.",  \n'
)
MAPPING = SurveyMapping("rid", ("q_trust", "q_barrier"), ("site", "group"))


def _survey(tmp_path: Path, text: str = SURVEY, name: str = "survey.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="cp1252" if "é" in text else "utf-8")
    return path


def test_one_document_per_answer(project: Project, tmp_path: Path) -> None:
    report = import_survey(project, _survey(tmp_path), MAPPING)
    docs = {d.name: d for d in project.documents()}
    assert sorted(docs) == ["R1 - q_barrier", "R1 - q_trust", "R2 - q_barrier", "R3 - q_trust"]
    assert report.blank == {"q_trust": 1, "q_barrier": 1} and report.answers == 4 and report.respondents == 3
    # identical answers of two respondents are both kept
    assert project.document(docs["R3 - q_trust"].id).text == project.document(docs["R1 - q_trust"].id).text
    assert docs["R2 - q_barrier"].attributes == {"site": "Harbor", "group": "advocate", "question": "q_barrier"}
    participants = {p.name: p for p in project.participants()}
    assert participants["R3"].attributes == {"site": "Lake", "group": "police"}
    (speaker,) = project.speakers(docs["R3 - q_trust"].id)
    assert speaker.participant_id == participants["R3"].id and not speaker.is_interviewer
    (turn,) = project.turns(docs["R3 - q_trust"].id)
    assert (turn.start, turn.end) == (0, len("I trust them, mostly."))
    # one undo step takes the whole import back
    project.undo()
    assert project.documents() == [] and project.participants() == []
    project.redo()  # and back, with the same ids, speakers linked and attributes set
    again = {d.name: d for d in project.documents()}
    assert again["R2 - q_barrier"].attributes == docs["R2 - q_barrier"].attributes
    assert project.speakers(docs["R3 - q_trust"].id)[0].participant_id == participants["R3"].id


def test_one_document_per_respondent_with_a_section_per_question(project: Project, tmp_path: Path) -> None:
    mapping = SurveyMapping("rid", ("q_trust", "q_barrier"), ("site",), per="respondent")
    report = import_survey(project, _survey(tmp_path), mapping)
    assert [d.name for d in project.documents()] == ["R1", "R2", "R3"] and report.answers == 4
    r1 = project.document_by_name("R1")
    text = project.document(r1.id).text
    assert text == "q_trust\nI trust them, mostly.\n\nq_barrier\nFunding"
    # each section, its question heading included, is the respondent's turn
    assert [text[t.start : t.end] for t in project.turns(r1.id)] == [
        "q_trust\nI trust them, mostly.",
        "q_barrier\nFunding",
    ]
    assert r1.attributes == {"site": "Harbor"}


def test_a_coded_question_heading_counts_for_its_respondent(project: Project, tmp_path: Path) -> None:
    """A heading outside the turns would count as a second respondent (the document) beside the
    participant: R1 twice when both its heading and its answer carry the code."""
    import_survey(project, _survey(tmp_path), SurveyMapping("rid", ("q_trust", "q_barrier"), ("site",), "respondent"))
    code, coder = project.ensure_code_path("Barriers"), project.ensure_coder("Ana")
    for name in ("R1", "R2"):
        doc = project.document_by_name(name)
        text = project.document(doc.id).text
        project.add_coding(doc.id, code.id, coder.id, text.index("q_barrier"), text.index("q_barrier") + 9)
    r1 = project.document_by_name("R1")
    end = len(project.document(r1.id).text)
    project.add_coding(r1.id, code.id, coder.id, end - len("Funding"), end)
    snapshot = project.snapshot()
    matrix = compute_matrix(AnalysisData(snapshot), Options(attribute="site", unit=None))
    (row,) = [i for i, r in enumerate(matrix.rows) if r.path == "Barriers"]
    by_site = {c.key[0]: matrix.cell(row, j) for j, c in enumerate(matrix.columns) if not c.is_total}
    assert by_site["Harbor"].participants == 2 and by_site["Harbor"].excerpts == 3
    index = ProjectIndex(snapshot)
    respondents = case_table(index, make_selection(index), "respondents")
    assert {c.name: c.counts for c in respondents.cases} == {"R1": [2], "R2": [1], "R3": [0]}


def test_reimport_reuses_participants_and_takes_free_names(project: Project, tmp_path: Path) -> None:
    path = _survey(tmp_path)
    import_survey(project, path, MAPPING)
    again = import_survey(project, path, MAPPING)
    assert again.participants_added == 0 and again.participants_reused == 3
    assert "R1 - q_trust (2)" in again.documents and len(project.participants()) == 3


@pytest.mark.parametrize(
    ("text", "mapping", "message"),
    [
        (SURVEY, SurveyMapping("respondent", ("q_trust",)), "no column 'respondent'"),
        (SURVEY, SurveyMapping("rid", ("q_trust", "q_missing")), "no column 'q_missing'"),
        (SURVEY + "R2,Lake,police,again,again\n", MAPPING, "respondent id 'R2' appears twice (rows 3 and 5)"),
        (SURVEY + ",Lake,police,x,y\n", MAPPING, "row 5: the ID column 'rid' is empty"),
        ("", MAPPING, "the survey file is empty"),
        ("rid,site,group,q_trust,q_barrier\n", MAPPING, "a header but no answers"),
        ("rid,q_trust\nR1,\nR2, \n", SurveyMapping("rid", ("q_trust",)), "every answer"),
        (SURVEY, SurveyMapping("rid", ("q_trust",), ("q_trust",)), "both a text and an attribute column"),
    ],
)
def test_errors_are_specific_and_nothing_is_written(
    project: Project, tmp_path: Path, text: str, mapping: SurveyMapping, message: str
) -> None:
    with pytest.raises(ImportFailed) as info:
        import_survey(project, _survey(tmp_path, text), mapping)
    assert message in str(info.value)
    assert project.documents() == [] and project.participants() == [] and project.attributes() == []


def test_encodings_and_xlsx(project: Project, tmp_path: Path) -> None:
    latin = _survey(tmp_path, "id;answer\nA1;Très bien, merci\n", "latin.csv")
    import_survey(project, latin, SurveyMapping("ID", ("Answer",)))  # columns match ignoring case
    assert project.document(project.document_by_name("A1 - answer").id).text == "Très bien, merci"
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [["id", "age", "answer"], [101, 34, "From the sheet"], [102, 51, None]]:
        ws.append(row)
    wb.save(tmp_path / "s.xlsx")
    report = import_survey(project, tmp_path / "s.xlsx", SurveyMapping("id", ("answer",), ("age",)))
    assert report.documents == ["101 - answer"] and report.blank == {"answer": 1}
    assert project.participant_by_name("101").attributes == {"age": "34"}  # type: ignore[union-attr]


def test_spss_value_labels_become_attribute_values(project: Project, tmp_path: Path) -> None:
    pyreadstat = pytest.importorskip("pyreadstat")
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"resp": ["S1", "S2"], "role": [1.0, 2.0], "comment": ["Helpful staff", ""]})
    path = tmp_path / "s.sav"
    pyreadstat.write_sav(frame, str(path), variable_value_labels={"role": {1.0: "police", 2.0: "advocate"}})
    report = import_survey(project, path, SurveyMapping("resp", ("comment",), ("role",)))
    assert report.documents == ["S1 - comment"] and report.blank == {"comment": 1}
    assert project.participant_by_name("S2").attributes == {"role": "advocate"}  # type: ignore[union-attr]


def test_cli_import_json_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.qcoder"
    assert main(["new", str(path)]) == 0
    argv = ["import", str(path), str(_survey(tmp_path)), "--survey", "--id-column", "rid"]
    argv += ["--text-columns", "q_trust,q_barrier", "--attribute-columns", "site,group", "--per", "answer", "--json"]
    capsys.readouterr()
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 4 and data["skipped_blank"] == 2 and data["respondents"] == 3
    assert data["skipped_blank_by_question"] == {"q_trust": 1, "q_barrier": 1}
    assert main(["import", str(path), str(tmp_path / "survey.csv"), "--survey", "--id-column", "nope"]) == 2
    assert (
        main(["import", str(path), str(tmp_path / "survey.csv"), "--survey", "--id-column", "x", "--text-columns", "y"])
        == 1
    )
    assert "no column 'x'" in capsys.readouterr().err


def _coded_project(path: Path, tmp_path: Path) -> None:
    """A survey plus an interview (with an interviewer), two coders, a parent and a child code."""
    with Project.create(path) as project:
        import_survey(project, _survey(tmp_path), MAPPING)
        doc = project.add_document(imported())
        project.set_attributes(AttributeScope.DOCUMENT, {doc.id: {"site": "Lake", "group": "police"}})
        trust, barriers = project.ensure_code_path("Trust"), project.ensure_code_path("Barriers")
        funding = project.create_code("Funding", parent_id=barriers.id)
        ana, ben = project.ensure_coder("Ana"), project.ensure_coder("Ben")
        for d in project.documents():
            if "trust" in d.name:
                project.add_coding(d.id, trust.id, ana.id, 0, 7)
                project.add_coding(d.id, trust.id, ben.id, 2, 9)
            elif "barrier" in d.name:
                project.add_coding(d.id, funding.id, ana.id, 0, 3)
        text = project.document(doc.id).text
        q = text.index("Can you")
        project.add_coding(doc.id, trust.id, ana.id, q, q + 10)  # the interviewer's question: not counted
        s = text.index("We share")
        project.add_coding(doc.id, funding.id, ana.id, s, s + 20)
        project.add_coding(doc.id, barriers.id, ben.id, text.index("Turnover"), text.index("Turnover") + 8)


def test_case_table_counts_as_the_analysis_matrix(tmp_path: Path) -> None:
    path = tmp_path / "p.qcoder"
    _coded_project(path, tmp_path)
    with Project.open(path) as project:
        snapshot = project.snapshot()
    matrix = compute_matrix(AnalysisData(snapshot), Options(attribute="group", unit=None))
    index = ProjectIndex(snapshot)
    selection = make_selection(index)
    respondents = case_table(index, selection, "respondents")
    documents = case_table(index, selection, "documents")
    assert [c.name for c in respondents.cases] == ["R1", "R2", "R3", "interview"]
    assert respondents.code_paths == [r.path for r in matrix.rows]
    for i, row in enumerate(matrix.rows):
        for j, column in enumerate(matrix.columns):
            cell = matrix.cell(i, j)
            chosen = [c for c in respondents.cases if column.is_total or c.attributes["group"] == column.key[0]]
            assert cell.participants == sum(1 for c in chosen if c.counts[i]), (row.path, column.key)
            assert cell.excerpts == sum(c.counts[i] for c in chosen), (row.path, column.key)
        assert matrix.cell(i, 0).documents == sum(1 for c in documents.cases if c.counts[i])
    assert respondents.presence(respondents.cases[0]) == [1, 1, 1]


def test_cli_case_export_in_three_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.qcoder"
    _coded_project(path, tmp_path)
    out = tmp_path / "cases.csv"
    assert main(["export", str(path), "--cases", "respondents", "--format", "csv", "-o", str(out)]) == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["case", "site", "group", "p_trust", "p_barriers", "p_barriers_funding"] + [
        "n_trust",
        "n_barriers",
        "n_barriers_funding",
    ]
    assert rows[1] == ["R1", "Harbor", "police", "1", "1", "1", "2", "1", "1"]
    assert rows[4][:3] == ["interview", "Lake", "police"] and rows[4][3:] == ["0", "1", "1", "0", "2", "1"]
    docs = tmp_path / "docs.xlsx"
    assert main(["export", str(path), "--cases", "documents", "-o", str(docs)]) == 0
    import openpyxl

    sheet = [list(r) for r in openpyxl.load_workbook(docs).worksheets[0].iter_rows(values_only=True)]
    assert sheet[0][:5] == ["case", "site", "group", "question", "p_trust"] and len(sheet) == 6
    assert main(["export", str(path), "--cases", "documents", "--format", "csv", "-o", str(tmp_path / "x.xlsx")]) == 1
    assert main(["export", str(path), "--format", "csv", "-o", str(out)]) == 2
    pyreadstat = pytest.importorskip("pyreadstat")
    sav = tmp_path / "cases.sav"
    assert main(["export", str(path), "--cases", "respondents", "--format", "sav", "-o", str(sav)]) == 0
    frame, meta = pyreadstat.read_sav(str(sav))
    assert list(frame["case"]) == ["R1", "R2", "R3", "interview"]
    assert list(frame["n_trust"]) == [2, 0, 2, 0]
    assert meta.column_names_to_labels["p_barriers_funding"] == "Barriers > Funding (present)"
    assert meta.variable_value_labels["p_trust"] == {0: "absent", 1: "present"}


def test_grid_reads_answers_of_both_per_respondent_layouts(project: Project, tmp_path: Path) -> None:
    """A section's turn holds its heading (this import) or, imported before, only the answer
    below it: the grid shows the same question and answer, and codes the answer alone."""
    import_survey(project, _survey(tmp_path), SurveyMapping("rid", ("q_trust", "q_barrier"), (), "respondent"))
    text = "q_trust\nI do.\nTwo lines.\n\nq_barrier\nFunding"
    old = ImportedDocument(text, "old.csv", SURVEY_FORMAT, [ImportedTurn("R9", 8, 24), ImportedTurn("R9", 36, 43)])
    project.add_document(old, "R9")
    keys, attributes = answer_keys(project)
    answers = {(a.key.respondent, a.question): a for a in answer_page(project, keys, attributes)}
    assert answers["R9", "q_trust"].text == "I do.\nTwo lines." and answers["R1", "q_trust"].text == (
        "I trust them, mostly."
    )
    assert answers["R9", "q_barrier"].text == answers["R1", "q_barrier"].text == "Funding"
    coder, code = project.ensure_coder("Ana"), project.ensure_code_path("Trust")
    for respondent in ("R1", "R9"):
        answer = answers[respondent, "q_trust"]
        assert toggle_code(project, answer, code.id, coder.id)
        (coding,) = project.codings(answer.key.document_id)
        assert project.document(coding.document_id).text[coding.start : coding.end] == answer.text
