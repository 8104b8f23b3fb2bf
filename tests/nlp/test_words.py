"""Word frequencies and keyword in context by lemma, by attribute."""

from __future__ import annotations

import pytest

from qcoder.core.errors import InvalidValue
from qcoder.nlp.words import kwic, kwic_table, word_frequencies


def test_frequencies_by_group_leave_out_interviewers_labels_and_stopwords(nlp_project):
    freqs = word_frequencies(nlp_project, by="stakeholder_group")
    assert freqs.groups == ["law enforcement", "prosecutor"]
    rows = {lemma: (total, docs, by) for lemma, total, docs, by in freqs.rows}
    assert rows["protocol"] == (4, 2, {"law enforcement": 2, "prosecutor": 2})
    assert rows["promote"][2] == {"law enforcement": 1, "prosecutor": 1}
    assert "the" not in rows and "interviewer" not in rows
    assert "tell" not in rows  # only the interviewer says it
    assert rows["ortega"][0] == 2  # "Luis Ortega here", "Ortega's team": the 3 speaker labels are not speech
    table = freqs.table()
    assert table.columns[:5] == [
        "lemma",
        "count",
        "documents",
        "law enforcement: count",
        "law enforcement: per 10,000 words",
    ]
    every = {r[0]: r[1] for r in word_frequencies(nlp_project, include_interviewers=True, include_stopwords=True).rows}
    assert every["the"] > 0 and every["tell"] == 1 and "." not in every


def test_kwic_by_lemma_filtered_by_group(nlp_project):
    lines = kwic(nlp_project, "protocols", by="stakeholder_group")
    assert [(ln.document, ln.keyword, ln.group) for ln in lines] == [
        ("HC-LE-01", "protocol", "law enforcement"),
        ("HC-LE-01", "protocols", "law enforcement"),
        ("PV-PROS-06", "protocol", "prosecutor"),
        ("PV-PROS-06", "protocol", "prosecutor"),
    ]
    assert lines[0].before.endswith("A formal ") and lines[0].after.startswith(", honestly.")
    only = kwic(nlp_project, "protocol", by="stakeholder_group", groups=["prosecutor"])
    assert {ln.speaker for ln in only} == {"DA Kessler"} and len(only) == 2
    table = kwic_table(only, "stakeholder_group")
    assert table.columns == ["document", "speaker", "stakeholder_group", "before", "keyword", "after", "start", "end"]
    with pytest.raises(InvalidValue):
        kwic(nlp_project, "protocol", by="no_such_attribute")
