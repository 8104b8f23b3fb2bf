"""Group synthesis on the worked example: "n of N" and "k of K" equal the analysis matrix's
counts, case summaries roll up into the groups their cases belong to, starred quotes are
attributed to group, site and speaker."""

from __future__ import annotations

from datetime import UTC, datetime

from qcoder.analysis.analysis_data import AnalysisData
from qcoder.analysis.matrix import Options, compute_matrix
from qcoder.analysis.synthesis import Quote, compute_synthesis
from qcoder.analysis.synthetic import example_project
from qcoder.core.model import Summary

TRUST, INFO, TURNOVER = "code2", "code3", "code5"
A, B = "coder1", "coder2"


def _summary(case: str, code: str, author: str, text: str) -> Summary:
    when = datetime(2024, 1, 1, tzinfo=UTC)
    return Summary(case, code, author, text, when, when)


def test_counts_equal_the_analysis_matrix():
    data = AnalysisData(example_project())
    synthesis = compute_synthesis(data, "stakeholder_group", "site")
    matrix = compute_matrix(data, Options(attribute="stakeholder_group", unit="site"))
    column = {c.key: i for i, c in enumerate(matrix.columns)}
    assert synthesis.groups[-1] == "(none)"  # unclassified respondents come last
    assert len(synthesis.cells) == len(synthesis.themes) * len(synthesis.groups)
    for cell in synthesis.cells:
        figures = matrix.cell(matrix.row_of[cell.theme], column[(cell.group,)])
        assert (cell.respondents, cell.respondents_total) == (figures.participants, figures.respondents)
        assert (cell.cases, cell.cases_total) == (figures.units, figures.units_total)
    trust = synthesis.cell(TRUST, "law_enforcement")
    assert trust is not None and trust.counts() == "2 of 2 · 1 of 1"
    turnover = synthesis.cell(TURNOVER, "prosecutor")
    assert turnover is not None and (turnover.respondents, turnover.respondents_total) == (2, 2)
    assert (turnover.cases, turnover.cases_total) == (2, 2)  # Pat at site A, Pia at site B


def test_without_across_there_are_no_case_counts():
    synthesis = compute_synthesis(AnalysisData(example_project()), "stakeholder_group")
    assert all(c.cases is None and c.cases_total is None for c in synthesis.cells)
    assert synthesis.as_json()["across"] is None
    same = compute_synthesis(AnalysisData(example_project()), "site", "site")
    assert same.across is None


def test_starred_quotes_are_attributed_once():
    synthesis = compute_synthesis(AnalysisData(example_project()), "stakeholder_group", "site")
    trust = synthesis.cell(TRUST, "law_enforcement")
    assert trust is not None
    assert trust.quotes == (Quote("We trust the advocates.", "law_enforcement", "A", "Lee", "Interview Lee"),)
    assert trust.quotes[0].attribution() == "Lee, law_enforcement, A"
    # Collaboration rolls up Trust and Information sharing: overlapping codings are one passage
    parent = synthesis.cell("code1", "law_enforcement")
    assert parent is not None and [q.text for q in parent.quotes] == ["We trust the advocates. We share case files"]
    assert all(not c.quotes for c in synthesis.cells if c.group != "law_enforcement")
    no_site = compute_synthesis(AnalysisData(example_project()), "stakeholder_group")
    cell = no_site.cell(TRUST, "law_enforcement")
    assert cell is not None and cell.quotes[0].across is None


def test_case_summaries_roll_up_into_their_groups():
    summaries = [
        _summary("site=A|stakeholder_group=law_enforcement", TRUST, A, "Officers trust advocates."),
        _summary("participant:part4", TURNOVER, A, "Pat: turnover hurts."),  # Pat, prosecutor
        _summary("document:doc2", INFO, B, "The focus group shares with consent."),  # three groups
        _summary("site=A", TRUST, A, "Site A trusts."),  # no group: rolls up nowhere
        _summary("stakeholder_group=prosecutor", TURNOVER, B, "   "),  # blank: not shown
    ]
    data = AnalysisData(example_project())
    synthesis = compute_synthesis(data, "stakeholder_group", "site", summaries=summaries)
    trust = synthesis.cell(TRUST, "law_enforcement")
    assert trust is not None
    assert [(s.case, s.title, s.text, s.author) for s in trust.summaries] == [
        ("site=A|stakeholder_group=law_enforcement", "A", "Officers trust advocates.", "A")
    ]
    turnover = synthesis.cell(TURNOVER, "prosecutor")
    assert turnover is not None and [(s.case, s.title) for s in turnover.summaries] == [("participant:Pat", "Pat")]
    shared = {g for g in synthesis.groups if (c := synthesis.cell(INFO, g)) is not None and c.summaries}
    assert shared == {"law_enforcement", "service_provider", "prosecutor"}
    assert sum(len(c.summaries) for c in synthesis.cells) == 5
    only_a = compute_synthesis(data, "stakeholder_group", "site", coders=frozenset({A}), summaries=summaries)
    assert sum(len(c.summaries) for c in only_a.cells) == 2


def test_themes_are_chosen_in_the_given_order():
    synthesis = compute_synthesis(AnalysisData(example_project()), "site", themes=[TURNOVER, TRUST])
    assert [p for _, p in synthesis.themes] == ["Challenges > Turnover", "Collaboration > Trust"]
    data = synthesis.as_json()
    assert set(data) == {"group", "across", "groups", "themes", "cells"}
    assert data["groups"] == ["A", "B", "C", "(none)"]  # the matrix's columns: C has no documents


def test_a_document_without_turns_rolls_up_into_its_own_group():
    summaries = [_summary("document:doc4", TURNOVER, A, "Field notes: advocates leave.")]
    synthesis = compute_synthesis(AnalysisData(example_project()), "stakeholder_group", summaries=summaries)
    holding = [c.group for c in synthesis.cells if c.summaries]
    assert holding == ["service_provider"]
    cell = synthesis.cell(TURNOVER, "service_provider")
    assert cell is not None and cell.summaries[0].title == "Field notes"


def test_the_shortcut_to_starred_excerpts_finds_every_one():
    """``near_stars`` only skips excerpts no starred coding touches: the starred quotes equal
    those of every listed excerpt, on a random project with overlapping codings."""
    from qcoder.analysis.matrix import Column, cell_excerpts
    from qcoder.analysis.synthesis import near_stars, starred_quotes
    from qcoder.analysis.synthetic import synthetic_project

    data = AnalysisData(synthetic_project(documents=12, chars=6000, codings=1500, sites=3, seed=3))
    matrix = compute_matrix(data, Options(attribute="stakeholder_group", unit="site"))
    near = near_stars(data, matrix.excerpts)
    assert 0 < near.sum() < len(near)
    found = 0
    for row in matrix.rows:
        every = [e for e in cell_excerpts(data, matrix, row.code_id, Column(())) if e.exemplar]
        expected = list({(e.document_id, e.start, e.end): e for e in every}.values())
        assert starred_quotes(data, matrix, row.code_id, near) == expected
        found += len(expected)
    assert found > 20
