"""The DOCX theme report and the DOCX codebook, read back with python-docx.

Counts refer to :func:`qcoder.analysis.synthetic.example_project` (codings c1..c11 by
coder A in its docstring) and are worked out in tests/analysis/test_frequencies.py.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from qcoder.analysis.frequencies import theme_frequencies
from qcoder.analysis.index import NONE_VALUE
from qcoder.analysis.synthetic import INTERVIEWER, SnapshotBuilder, example_project
from qcoder.core.model import AttributeScope
from qcoder.exporters.codebook_docs import export_codebook_docx
from qcoder.exporters.docx_report import export_report, group_label, group_noun, join_words, summary_sentence


def blocks(document: DocxDocument) -> list[tuple[str, str]]:
    """(kind, text) of the body in order: kind is the paragraph style name or "table"."""
    out: list[tuple[str, str]] = []
    for el in document.element.body.iterchildren():
        if el.tag == qn("w:p"):
            para = docx.text.paragraph.Paragraph(el, document)
            out.append((para.style.name if para.style is not None else "Normal", para.text))
        elif el.tag == qn("w:tbl"):
            table = docx.table.Table(el, document)
            out.append(("table", "\n".join("\t".join(c.text for c in row.cells) for row in table.rows)))
    return out


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str]]:
    path = tmp_path_factory.mktemp("docx") / "report.docx"
    export_report(example_project(), path, coders=["A"], report_date=date(2024, 5, 6))
    return blocks(docx.Document(str(path)))


def texts(report: list[tuple[str, str]]) -> str:
    return "\n".join(t for _, t in report)


def test_outline(report: list[tuple[str, str]]) -> None:
    heads = [(k, t) for k, t in report if k.startswith("Heading") or k in ("Title", "Subtitle")]
    assert heads == [
        ("Title", "Task force collaboration: findings by theme"),
        ("Subtitle", "Theme report, May 6, 2024"),
        ("Heading 1", "Themes by stakeholder group"),
        ("Heading 1", "Methods"),
        ("Heading 1", "Codebook"),
        ("Heading 1", "Findings"),
        ("Heading 2", "Collaboration"),
        ("Heading 3", "Trust"),
        ("Heading 3", "Information sharing"),
        ("Heading 2", "Challenges"),
        ("Heading 3", "Turnover"),
    ]
    # Funding was never coded: no section, one closing sentence instead
    assert report[-1] == ("Normal", "Not mentioned in the selected documents: Funding.")


def test_no_empty_sections(report: list[tuple[str, str]]) -> None:
    for i, (kind, _) in enumerate(report):
        if kind.startswith("Heading"):
            level = int(kind.split()[-1])
            following = report[i + 1] if i + 1 < len(report) else ("", "")
            nxt_kind = following[0]
            # something other than a heading of the same or a higher level comes next
            assert not (nxt_kind.startswith("Heading") and int(nxt_kind.split()[-1]) <= level), report[i]
            assert following != ("", "")


def test_methods_paragraph(report: list[tuple[str, str]]) -> None:
    body = texts(report)
    # 5 documents; sites A and B; respondents: Lee, Lou (law enforcement), Pat, Pia
    # (prosecutors), Sam and doc4 (service providers), doc5's Guest (no group) = 7.
    assert (
        "This report summarizes the themes coded in 5 documents from 2 sites. They record 7 respondents: "
        "2 law enforcement officials, 2 prosecutors, 2 service providers, and 1 unclassified respondent."
    ) in body
    assert "Excerpts were coded by A with a codebook of 6 codes in 3 themes." in body


def test_codebook_table(report: list[tuple[str, str]]) -> None:
    codebook = [t for k, t in report if k == "table"][1]  # after the overview table
    lines = codebook.split("\n")
    assert lines[0] == "\tCode\tDefinition"
    assert lines[1] == "\tCollaboration\tWorking together across agencies."
    assert "Include: Statements of trust or distrust." in codebook and "Exclude: Trust in survivors." in codebook
    assert len(lines) >= 7


def test_summary_sentences(report: list[tuple[str, str]]) -> None:
    body = texts(report)
    # Information sharing, coder A: service providers Sam + doc4 = 2 of 2 (100%); law
    # enforcement Lee of (Lee, Lou) = 1 of 2 (50%); prosecutors 0 of 2 and the
    # unclassified Guest 0 of 1; sites A and B = both; c2, c3, c5, c9 = 4 excerpts in
    # documents 1, 2 and 4 (c7, the interviewer's question, is not counted).
    assert (
        "Mentioned in both sites, by 2 of 2 service providers (100%) and 1 of 2 law enforcement officials "
        "(50%). It did not come up with the 2 prosecutors or the one unclassified respondent. It was coded in 4 "
        "excerpts from 3 of the 5 documents."
    ) in body
    # Turnover: prosecutors Pat and Pia 2 of 2 before the service providers' 1 of 2 (doc4).
    assert "Mentioned in both sites, by 2 of 2 prosecutors (100%) and 1 of 2 service providers (50%)." in body


def test_frequency_tables(report: list[tuple[str, str]]) -> None:
    i = report.index(("Heading 3", "Trust"))
    tables = [t for k, t in report[i:] if k == "table"][:2]
    by_group, by_site = (t.split("\n") for t in tables)
    assert by_group[0] == "Stakeholder group\tRespondents\tShare\tExcerpts\tSites"
    # Trust, coder A: law enforcement c1 (Lee), c4 (Lou) -> 2 of 2, both at site A
    assert by_group[1] == "Law enforcement\t2 of 2\t100%\t2\t1 of 1"
    assert by_group[2] == "Prosecutor\t0 of 2\t0%\t0\t0 of 2"
    assert "Other" not in tables[0]  # a group with no respondents has no row in the report
    assert by_group[-1] == "All respondents\t3 of 7\t43%\t3\t1 of 2"
    assert by_site[0] == "Site\tRespondents\tShare\tExcerpts"
    assert by_site[1] == "A\t2 of 4\t50%\t2"
    captions = [t for k, t in report if k == "Caption"]
    assert captions[1] == "Table 2. Collaboration: respondents who mentioned it, by stakeholder group"


def test_quotes_attributed_in_brief_style(report: list[tuple[str, str]]) -> None:
    i = report.index(("Heading 3", "Trust"))
    j = report.index(("Heading 3", "Information sharing"))
    quotes = [t for k, t in report[i:j] if k == "Quote"]
    # the starred exemplar c1 first, each quote followed by its attribution
    assert quotes == [
        "We trust the advocates.",
        "—Law enforcement official",
        "Trust took years to build.",
        "—Law enforcement official",
        "We trust each other.",
        "—Respondent",
    ]
    k = report.index(("Heading 3", "Turnover"))
    turnover = [t for kind, t in report[k:] if kind == "Quote"]
    assert "—Prosecutor" in turnover and "—Service provider" in turnover


def test_never_quotes_the_interviewer(report: list[tuple[str, str]]) -> None:
    assert "Do you share information?" not in texts(report)  # c7 is coded, but it is the interviewer's


def _exemplar_project() -> SnapshotBuilder:
    b = SnapshotBuilder("Exemplars")
    b.attribute("stakeholder_group", AttributeScope.PARTICIPANT)
    pol = b.participant("Officer", stakeholder_group="police")
    adv = b.participant("Advocate", stakeholder_group="victim_services")
    d1 = b.document(
        "One",
        [
            (
                "Interviewer",
                "What about the coordinator role, do you think it matters for the task force?",
                INTERVIEWER,
            ),
            ("Officer", "A designated coordinator keeps every partner informed and the meetings on track.", pol),
        ],
    )
    d2 = b.document(
        "Two",
        [
            ("Interviewer", "And you?", INTERVIEWER),
            ("Advocate", "coordinator, yes", adv),
        ],
    )
    long = "A designated coordinator keeps every partner informed and the meetings on track."
    b.code_text(d1, "Coordinator", long)
    # question + answer coded together: only the answer may be quoted
    t1 = b.text(d1)
    b.coding(d1, "Coordinator", t1.index("What about"), t1.index("informed") + len("informed"), coder="B")
    b.code_text(d2, "Coordinator", "coordinator, yes", exemplar=True)
    b.code_text(d1, "Coordinator", "do you think it matters", coder="B")  # interviewer only
    return b


def test_exemplar_first_and_interviewer_cut(tmp_path: Path) -> None:
    path = export_report(_exemplar_project().build(), tmp_path / "r.docx", max_quotes=5)
    report = blocks(docx.Document(str(path)))
    quotes = [t for k, t in report if k == "Quote"]
    # the starred fragment comes first although the officer's sentence is longer and
    # complete; the question+answer coding by B overlaps the officer's quote and is
    # dropped as the same passage; the interviewer is never quoted
    assert quotes == [
        "coordinator, yes",
        "—Service provider",
        "A designated coordinator keeps every partner informed and the meetings on track.",
        "—Law enforcement official",
    ]
    body = texts(report)
    assert "What about" not in body and "do you think it matters" not in body


def test_max_quotes(tmp_path: Path) -> None:
    path = export_report(_exemplar_project().build(), tmp_path / "r.docx", max_quotes=1)
    quotes = [t for k, t in blocks(docx.Document(str(path))) if k == "Quote"]
    assert quotes == ["coordinator, yes", "—Service provider"]


def test_empty_selection(tmp_path: Path) -> None:
    path = export_report(example_project(), tmp_path / "r.docx", documents=[])
    report = blocks(docx.Document(str(path)))
    assert report[-1] == ("Normal", "No coded excerpts match the selection.")
    assert not any(k.startswith("Heading 2") for k, _ in report)


def test_group_labels() -> None:
    assert group_label("law_enforcement") == "Law enforcement official"
    assert group_label("Police") == "Law enforcement official"
    assert group_label("prosecutor") == "Prosecutor"
    assert group_label("victim_service_provider") == "Service provider"
    assert group_label("task_force_coordinator") == "Task force coordinator"
    assert group_label("other") == "Other stakeholder"
    assert group_label("county_government") == "County government"
    assert group_label(NONE_VALUE) == "Respondent"
    assert group_label("le", {"le": "Detective"}) == "Detective"
    assert group_noun("law_enforcement", 60) == "law enforcement officials"
    assert group_noun("prosecutor", 1) == "prosecutor"
    assert group_noun("FBI", 3) == "FBIs"
    assert join_words(["a"]) == "a" and join_words(["a", "b"]) == "a and b"
    assert join_words(["a", "b", "c"], "or") == "a, b, or c"


def test_summary_sentence_all_units_and_no_groups() -> None:
    res = theme_frequencies(example_project(), [], coders=["A"])
    cf = next(c for c in res.codes if c.name == "Collaboration")
    # no group breakdown: Lee, Lou, Sam, doc4, doc5 = 5 of 7 respondents
    assert summary_sentence(cf, res, None) == (
        "Mentioned in both sites, by 5 of 7 respondents (71%). It was coded in 6 excerpts from 4 of the 5 documents."
    )


def test_codebook_docx(tmp_path: Path) -> None:
    path = export_codebook_docx(example_project(), tmp_path / "cb.docx")
    d = docx.Document(str(path))
    assert d.paragraphs[0].text == "Codebook: Task force collaboration"
    table = d.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["", "Code", "Definition", "Inclusion", "Exclusion", "Example"]
    trust = [c.text for c in table.rows[2].cells]
    assert trust[1:] == [
        "Trust",
        "Trust between partners.",
        "Statements of trust or distrust.",
        "Trust in survivors.",
        "“We trust the advocates.”",
    ]
    fill = table.rows[2].cells[0]._tc.tcPr.find(qn("w:shd")).get(qn("w:fill"))
    assert fill == "AEC7E8"  # Trust's colour
    assert len(table.rows) == 7


def test_sub_theme_with_the_parents_figures_has_no_repeated_tables(report: list[tuple[str, str]]) -> None:
    # Challenges has one sub-theme, Turnover, holding all of its excerpts (c6, c8, c10):
    # Turnover's section points to the tables above instead of repeating them.
    i = report.index(("Heading 3", "Turnover"))
    section = report[i:]
    assert ("Normal", "Every mention of Challenges falls under this sub-theme; the tables above apply.") in section
    assert not any(k == "table" for k, _ in section)


def test_selected_sub_theme_starts_at_section_level(tmp_path: Path) -> None:
    path = export_report(
        example_project(), tmp_path / "r.docx", coders=["A"], codes=["Collaboration > Trust"], include_codebook=False
    )
    heads = [(k, t) for k, t in blocks(docx.Document(str(path))) if k.startswith("Heading")]
    assert heads == [
        ("Heading 1", "Themes by stakeholder group"),
        ("Heading 1", "Methods"),
        ("Heading 1", "Findings"),
        ("Heading 2", "Trust"),
    ]
