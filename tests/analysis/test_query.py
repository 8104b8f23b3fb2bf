"""Coding queries: the language, worked examples on the example project, the same counts as the
analysis matrix for a one-code query, and every operator and scope against a brute-force
evaluator on generated projects (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcoder.analysis.analysis_data import AnalysisData
from qcoder.analysis.index import ProjectIndex
from qcoder.analysis.matrix import Options, compute_matrix
from qcoder.analysis.query import AttributeCount, QueryEngine, QueryOptions, parse_where, run_query
from qcoder.analysis.query_parse import (
    Binary,
    CodeRef,
    Not,
    Op,
    QuerySyntaxError,
    Scope,
    ScopeKind,
    parse_query,
    parse_scope,
    unparse,
)
from qcoder.analysis.synthetic import example_project, synthetic_project
from qcoder.core.errors import InvalidValue, NotFound

TRUST, INFO = "Collaboration > Trust", "Collaboration > Information sharing"


# -- the language ------------------------------------------------------------------------------


def test_precedence_not_then_near_then_and_then_or():
    tree = parse_query('"a" OR "b" AND NOT "c" NEAR "d"')
    assert isinstance(tree, Binary) and tree.op == Op.OR
    right = tree.right
    assert isinstance(right, Binary) and right.op == Op.AND
    assert isinstance(right.right, Binary) and right.right.op == Op.NEAR
    assert isinstance(right.right.left, Not)
    assert unparse(tree) == '"a" OR ("b" AND (NOT "c" NEAR "d"))'


def test_quotes_scopes_and_keywords_in_any_case():
    text = "('Parent > \"x\"' followed by/turn “Other”) and/200 word"
    tree = parse_query(text)
    assert isinstance(tree, Binary) and tree.op == Op.AND and tree.scope == Scope(ScopeKind.CHARS, 200)
    inner = tree.left
    assert isinstance(inner, Binary) and inner.op == Op.FOLLOWED_BY and inner.scope == Scope(ScopeKind.TURN)
    assert inner.left == CodeRef('Parent > "x"', 1)
    assert tree.right == CodeRef("word", text.rindex("word"))
    assert unparse(parse_query(unparse(tree))) == unparse(tree)


@pytest.mark.parametrize(
    ("text", "position", "message"),
    [
        ("", 1, "empty query"),
        ('"a" AND', 8, "end of the query"),
        ('"a" "b"', 5, "expected AND"),
        ('("a" OR "b"', 12, "closing parenthesis"),
        ('"a" NEAR "b', 10, "unclosed quote"),
        ('"a" FOLLOWED "b"', 14, "BY"),
        ('"a" NEAR/soon "b"', 10, "scope"),
        ('"a" AND )', 9, "parenthesis"),
        ('""', 1, "empty code path"),
    ],
)
def test_errors_name_the_position(text: str, position: int, message: str):
    with pytest.raises(QuerySyntaxError, match=message) as info:
        parse_query(text)
    assert info.value.position + 1 == position
    assert f"at position {position}" in str(info.value)


def test_scopes_and_where():
    assert parse_scope(" Turn ") == Scope(ScopeKind.TURN)
    assert parse_scope("40") == Scope(ScopeKind.CHARS, 40)
    with pytest.raises(InvalidValue):
        parse_scope("-1")
    assert parse_where(["site=A", "site=B", "group = x"]) == {"site": {"A", "B"}, "group": {"x"}}
    with pytest.raises(InvalidValue):
        parse_where(["site"])


# -- worked examples -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def example() -> QueryEngine:
    return QueryEngine(ProjectIndex(example_project()))


def found(engine: QueryEngine, query: str, **options: object) -> list[tuple[str, str, str]]:
    result = engine.run(query, QueryOptions(**options))  # type: ignore[arg-type]
    docs = engine.index.documents
    return [(e.document, e.coder, docs[e.document_id].text[e.start : e.end]) for e in result.excerpts]


def test_and_is_the_text_coded_with_both(example: QueryEngine):
    assert found(example, f'"{TRUST}" AND "{INFO}"') == [("Interview Lee", "A", "trust the advocates.")]


def test_near_returns_both_codings_as_one_passage(example: QueryEngine):
    assert found(example, f'"{TRUST}" NEAR "{INFO}"') == [
        ("Interview Lee", "A", "We trust the advocates. We share case files")
    ]


def test_and_within_a_turn_or_a_document(example: QueryEngine):
    # in the focus group (Sam, Pat) and Pia's interview (the question, the answer) the two
    # codes are in different turns; the field notes have no turns: one unit
    assert found(example, '"Collaboration" AND "Challenges"', scope=Scope(ScopeKind.TURN)) == [
        ("Field notes", "A", "Advocates share updates with police. Turnover among advocates is high."),
    ]
    by_document = found(example, '"Collaboration" AND "Challenges"', scope=Scope(ScopeKind.DOCUMENT))
    assert [d for d, _, _ in by_document] == ["Focus group", "Interview Pia", "Field notes"]
    # the field notes' sentences are 1 character apart, Sam's and Pat's codings 7, Pia's 15
    assert [d for d, _, _ in found(example, '"Collaboration" NEAR/5 "Challenges"')] == ["Field notes"]
    assert [d for d, _, _ in found(example, '"Collaboration" NEAR/7 "Challenges"')] == ["Focus group", "Field notes"]


def test_followed_by_keeps_the_order(example: QueryEngine):
    query = '"Information sharing" FOLLOWED BY "Turnover"'
    assert len(found(example, query, scope=Scope(ScopeKind.DOCUMENT))) == 3
    assert found(example, '"Turnover" FOLLOWED BY "Information sharing"', scope=Scope(ScopeKind.DOCUMENT)) == []


def test_and_not_and_not(example: QueryEngine):
    texts = [t for _, _, t in found(example, f'"{INFO}" AND NOT "{TRUST}"')]
    assert texts[0] == " We share case files"  # the characters not also coded Trust
    assert found(example, '"Collaboration" AND NOT "Challenges"', scope=Scope(ScopeKind.DOCUMENT)) == [
        ("Interview Lee", "A", "We trust the advocates. We share case files"),
        ("Interview Lee", "B", "We trust the advocates."),
        ("Interview Lee", "A", "every week"),
        ("Interview Pia", "B", "Rarely."),
        ("Interview guest", "A", "We trust each other."),
    ]
    # the respondent turns without Collaboration, in the documents each coder coded
    assert found(example, 'NOT "Collaboration"', scope=Scope(ScopeKind.TURN)) == [
        ("Focus group", "A", "Turnover hurts us."),
        ("Interview Pia", "A", "Rarely. Staff turnover is high."),
    ]


def test_restrictions(example: QueryEngine):
    index = example.index
    coder_b = index.resolve_coders(["B"])
    assert [c for _, c, _ in found(example, '"Trust"', coders=coder_b)] == ["B", "B"]
    assert [d for d, _, _ in found(example, '"Collaboration"', where={"site": {"B"}})] == [
        "Interview Pia",
        "Field notes",
    ]
    # the participant's group wins over the document's: Sam in the focus group
    assert [d for d, _, _ in found(example, '"Collaboration"', where={"stakeholder_group": {"service_provider"}})] == [
        "Focus group",
        "Field notes",
    ]
    assert found(example, '"Collaboration"', speakers=frozenset({"lou"})) == [
        ("Focus group", "A", "Trust took years to build.")
    ]
    assert [t for _, _, t in found(example, '"Collaboration"', text="ADVOCATES")] == [
        "We trust the advocates. We share case files",
        "We trust the advocates.",
        "Advocates share updates with police.",
    ]
    # the interviewer's question is counted only when asked for
    assert len(found(example, '"Information sharing"')) + 1 == len(
        found(example, '"Information sharing"', include_interviewers=True)
    )


def test_unknown_names(example: QueryEngine):
    with pytest.raises(NotFound, match="code"):
        example.run('"No such code"')
    with pytest.raises(NotFound, match="attribute"):
        example.run('"Trust"', QueryOptions(where={"colour": frozenset({"red"})}))


def test_result_json_and_matching_spans(example: QueryEngine):
    result = example.run(f'"{TRUST}" NEAR "{INFO}"')
    assert result.json() == {
        "query": f'"{TRUST}" NEAR "{INFO}"',
        "count": 1,
        "documents": 1,
        "respondents": 1,
        "excerpts": [{"document": "Interview Lee", "start": 51, "end": 94, "speaker": "Lee", "codes": [TRUST, INFO]}],
    }
    assert result.excerpts[0].spans == ((51, 94),)
    both = example.run('"Collaboration" AND "Challenges"', QueryOptions(scope=Scope(ScopeKind.TURN))).excerpts[0]
    assert both.codes == ("Collaboration", "Challenges")
    assert both.spans == ((0, 36), (37, 70))  # the field notes: each sentence, not the space between


# -- the same counts as the matrix ---------------------------------------------------------------


@pytest.mark.parametrize("snapshot", [example_project(), synthetic_project(documents=8, chars=4000, codings=500)])
def test_one_code_counts_equal_the_matrix(snapshot):
    data = AnalysisData(snapshot)
    engine = QueryEngine(data.index)
    for attribute in data.attribute_names():
        matrix = compute_matrix(data, Options(attribute=attribute))
        for r, row in enumerate(matrix.rows):
            result = engine.run(f'"{row.path}"')
            total = matrix.cells[r][0]
            assert (result.count, result.documents, result.respondents) == (
                total.excerpts,
                total.documents,
                total.participants,
            ), row.path
            by = {c.value: c for c in result.by_attribute(attribute)}
            for col, cell in zip(matrix.columns[1:], matrix.cells[r][1:], strict=True):
                got = by.get(col.key[0], AttributeCount(col.key[0], 0, 0, 0))  # (none) only when found
                assert (got.excerpts, got.documents, got.respondents) == (
                    cell.excerpts,
                    cell.documents,
                    cell.participants,
                ), (row.path, col.key)


# -- against a brute-force evaluator -------------------------------------------------------------

from tests.analysis.query_brute import brute_force, projects, queries  # noqa: E402


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_equals_brute_force(data: st.DataObject):
    snapshot = data.draw(projects())
    query = data.draw(queries())
    scope = data.draw(
        st.sampled_from([Scope(k) for k in ScopeKind if k != ScopeKind.CHARS])
        | st.integers(0, 12).map(lambda n: Scope(ScopeKind.CHARS, n))
    )
    index = ProjectIndex(snapshot)
    result = run_query(index, query, QueryOptions(scope=scope, include_interviewers=True))
    got = sorted((e.document_id, e.coder_id, e.start, e.end) for e in result.excerpts)
    assert got == brute_force(index, parse_query(query), scope)


def test_a_code_by_its_name_alone_when_no_other_code_has_it(example: QueryEngine):
    assert example.run('"Turnover"').count == example.run('"Challenges > Turnover"').count == 3
    assert example.run("Funding").count == 0  # a bare word is a code name too
