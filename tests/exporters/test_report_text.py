"""The report's wording rules: percentages round half up, and respondents without a group never
lead a sentence."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from qcoder.analysis.frequencies import theme_frequencies
from qcoder.analysis.synthetic import INTERVIEWER, SnapshotBuilder
from qcoder.core.model import AttributeScope
from qcoder.exporters.docx_report import export_report
from qcoder.exporters.report_text import percent, percent_of, summary_sentence


@pytest.mark.parametrize(
    ("part", "whole", "text"),
    [
        (2, 16, "13%"),  # 12.5 -> 13 (round() gives 12)
        (1, 8, "13%"),
        (1, 200, "1%"),  # 0.5 -> 1 (round() gives 0)
        (5, 200, "3%"),  # 2.5 -> 3 (round() gives 2)
        (1, 3, "33%"),
        (2, 3, "67%"),
        (0, 4, "0%"),
        (4, 4, "100%"),
        (0, 0, "—"),
    ],
)
def test_percent_rounds_half_up(part: int, whole: int, text: str) -> None:
    assert percent_of(part, whole) == text


def test_percent_of_a_share() -> None:
    assert percent(0.125) == "13%" and percent(0.005) == "1%" and percent(None) == "—"


def _mixed_groups() -> SnapshotBuilder:
    """Two prosecutors (one mentions Funding), and two respondents without a group who both do;
    only the unclassified mention Training."""
    b = SnapshotBuilder("Groups")
    b.attribute("stakeholder_group", AttributeScope.PARTICIPANT)
    pa = b.participant("Pat", stakeholder_group="prosecutor")
    pb = b.participant("Pia", stakeholder_group="prosecutor")
    ua = b.participant("Uma")
    ub = b.participant("Ugo")
    docs = {}
    for name, who in (("Pat", pa), ("Pia", pb), ("Uma", ua), ("Ugo", ub)):
        docs[name] = b.document(
            f"Interview {name}",
            [
                ("Interviewer", "What gets in the way?", INTERVIEWER),
                (name, f"{name} says money runs out and nobody trains the new people.", who),
            ],
        )
    for name in ("Pat", "Uma", "Ugo"):
        b.code_text(docs[name], "Funding", "money runs out")
    for name in ("Uma", "Ugo"):
        b.code_text(docs[name], "Training", "nobody trains")
    return b


def test_unclassified_respondents_never_lead_a_sentence(tmp_path: Path) -> None:
    snapshot = _mixed_groups().build()
    res = theme_frequencies(snapshot, ["stakeholder_group"], unit=None)
    funding = next(c for c in res.codes if c.name == "Funding")
    # the unclassified have the larger share (2 of 2) but the prosecutors (1 of 2) lead
    assert summary_sentence(funding, res, "stakeholder_group").startswith(
        "Mentioned by 1 of 2 prosecutors (50%) and 2 of 2 unclassified respondents (100%)."
    )
    training = next(c for c in res.codes if c.name == "Training")
    text = summary_sentence(training, res, "stakeholder_group")
    assert text.startswith(
        "No respondent with a stakeholder group mentioned it; 2 of 2 unclassified respondents (100%) did."
    )
    assert "It did not come up with the 2 prosecutors." in text
    # in the document: no sentence starts with the unclassified respondents
    path = export_report(snapshot, tmp_path / "r.docx", unit=None)
    body = [p.text for p in docx.Document(str(path)).paragraphs]
    sentences = [s.strip() for p in body for s in p.split(". ") if s.strip()]
    assert not [s for s in sentences if s.casefold().startswith(("unclassified", "2 of 2 unclassified"))]
    assert not [s for s in sentences if s.startswith("Mentioned by") and "unclassified" in s.split(" and ")[0]]
