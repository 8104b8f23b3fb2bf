"""Excerpt merging and attribution (vectorized vs. plain reference), coding rows, quotes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcoder.analysis.excerpts import (
    code_regions,
    coding_rows,
    excerpt_arrays,
    merge_spans,
    quote_candidates,
    select_quotes,
    shorten,
)
from qcoder.analysis.index import ProjectIndex, Selection, make_selection
from qcoder.analysis.synthetic import INTERVIEWER, SnapshotBuilder, example_project
from qcoder.core.model import Coding, Speaker, Turn
from qcoder.core.snapshot import ProjectSnapshot

TRUST = "Collaboration > Trust"


def brute_merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Independent reference: characters covered, grouped into runs, where a run may only
    continue across a boundary that some span covers on both sides."""
    covered = sorted({i for s, e in spans for i in range(s, e)})
    joined = {(i, i + 1) for s, e in spans for i in range(s, e - 1)}  # pairs inside one span
    out: list[tuple[int, int]] = []
    for i in covered:
        if out and out[-1][1] == i and (i - 1, i) in joined:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return out


@settings(deadline=None)  # no timing on a shared, loaded machine
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 10)).map(lambda t: (t[0], t[0] + t[1])), max_size=12))
def test_merge_spans_matches_character_reference(spans: list[tuple[int, int]]) -> None:
    assert merge_spans(spans) == brute_merge(spans)


def test_merge_spans_examples() -> None:
    assert merge_spans([(5, 9), (0, 3), (2, 4)]) == [(0, 4), (5, 9)]
    assert merge_spans([(0, 3), (3, 5)]) == [(0, 3), (3, 5)]  # touching: separate
    assert merge_spans([]) == []


@st.composite
def projects(draw: st.DrawFn) -> ProjectSnapshot:
    """Random documents with random turns (sometimes overlapping), codings on a small tree."""
    b = SnapshotBuilder()
    for path in ("P > A", "P > B", "P > B > C", "Q"):
        b.code(path)
    codes = [c.id for c in b.snapshot.codes]
    n_docs = draw(st.integers(1, 3))
    snap = b.snapshot
    for d in range(n_docs):
        doc = b.document(f"D{d}", text="x" * 60)
        pos = 0
        overlapping = draw(st.booleans())
        k = 0
        while pos < 55:
            length = draw(st.integers(1, 15))
            start = pos if not overlapping else max(0, pos - draw(st.integers(0, 4)))
            end = min(60, start + length)
            gap = draw(st.integers(0, 3))
            spk = f"s{d}-{k % 3}"
            if not any(s.id == spk for s in snap.speakers):
                snap.speakers.append(Speaker(spk, doc, spk, None, is_interviewer=k % 3 == 0))
            snap.turns.append(Turn(f"t{d}-{k}", doc, spk, start, end))
            pos = end + gap
            k += 1
    n = draw(st.integers(0, 25))
    for i in range(n):
        doc = f"doc{draw(st.integers(1, n_docs))}"
        s = draw(st.integers(0, 58))
        e = draw(st.integers(s + 1, 60))
        code = draw(st.sampled_from(codes))
        snap.codings.append(Coding(f"c{i}", doc, code, draw(st.sampled_from(["k1", "k2"])), s, e))
    return snap


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(), st.booleans())
def test_vectorized_excerpts_match_reference(snap: ProjectSnapshot, include_iv: bool) -> None:
    index = ProjectIndex(snap)
    sel = Selection(include_interviewers=include_iv)
    arrays = excerpt_arrays(index, sel)
    got = sorted(
        (index.code_order[c], index.document_order[d], index.coder_order[k], s, e, index.profiles[p].index, t)
        for c, d, k, s, e, p, t in zip(
            *(
                a.tolist()
                for a in (arrays.code, arrays.doc, arrays.coder, arrays.start, arrays.end, arrays.profile, arrays.turn)
            ),
            strict=True,
        )
    )
    expected = []
    for cid, per_key in code_regions(index, sel).items():
        for (doc, coder), spans in per_key.items():
            for s, e in spans:
                a = index.attribute_span(doc, s, e)
                if a.profile.is_interviewer and not include_iv:
                    continue
                expected.append((cid, doc, coder, s, e, a.profile.index, a.turn))
    assert got == sorted(expected)


def test_scalar_attribution_rules() -> None:
    b = SnapshotBuilder()
    b.document(
        "D",
        [
            ("Interviewer", "Question here?", INTERVIEWER),
            ("Ann", "Answer one.", None),
            ("Bob", "Answer two is longer.", None),
        ],
    )
    index = ProjectIndex(b.build())
    text = b.text("doc1")
    q = text.index("Question")
    a1 = text.index("Answer one")
    a2 = text.index("Answer two")
    # inside one turn: that turn
    assert index.attribute_span("doc1", a1, a1 + 3).turn == 1
    # across Ann (whole, 11 chars) and 5 chars of Bob: Ann
    assert index.attribute_span("doc1", a1, a2 + 5).turn == 1
    # across 3 chars of Ann and Bob's whole turn: Bob
    assert index.attribute_span("doc1", a2 - 5, a2 + 21).turn == 2
    # interviewer (14 chars) + 3 chars of Ann: Ann, a respondent, wins
    assert index.attribute_span("doc1", q, a1 + 3).turn == 1
    # interviewer only
    assert index.attribute_span("doc1", q, q + 5).profile.is_interviewer
    # in the label "Ann: " between turns: no turn, the document profile
    gap = index.attribute_span("doc1", a1 - 4, a1 - 2)
    assert gap.turn == -1 and gap.profile.speaker_id is None


def test_coding_rows_list_every_coding_with_attribution() -> None:
    snap = example_project()
    index = ProjectIndex(snap)
    rows = coding_rows(index, make_selection(index, coders=["A"]))
    assert len(rows) == 11  # c1..c11
    first = rows[0]  # codebook order: Trust comes first; doc1 first
    assert (first.code_path, first.document_name, first.speaker_label, first.participant_name) == (
        TRUST,
        "Interview Lee",
        "Lee",
        "Lee",
    )
    assert first.attributes == {"site": "A", "stakeholder_group": "law_enforcement"}
    assert first.text == "We trust the advocates." and first.coding.exemplar
    question = next(r for r in rows if r.text == "Do you share information?")
    assert question.is_interviewer and question.speaker_label == "Interviewer"
    notes = next(r for r in rows if r.document_name == "Field notes")
    assert notes.speaker_label == "" and notes.attributes["stakeholder_group"] == "service_provider"


def test_quotes_skip_interviewer_and_cut_to_respondent_turn() -> None:
    b = SnapshotBuilder()
    le = b.participant("Lee", stakeholder_group="law_enforcement")
    d = b.document(
        "D", [("Interviewer", "Do you trust them?", INTERVIEWER), ("Lee", "Yes, we trust them completely.", le)]
    )
    text = b.text(d)
    b.code_text(d, "Trust", "Do you trust them?")  # the interviewer's words only
    b.coding(d, "Trust", text.index("trust them?"), len(text.rstrip()))  # question tail + answer
    index = ProjectIndex(b.build())
    code = index.resolve_codes(["Trust"])
    quotes = quote_candidates(index, Selection(), next(iter(code)))
    assert [q.text for q in quotes] == ["Yes, we trust them completely."]
    assert quotes[0].profile.participant_id == le


def test_select_quotes_orders_exemplars_first_then_quality() -> None:
    b = SnapshotBuilder()
    people = [b.participant(n, stakeholder_group="prosecutor") for n in ("P1", "P2", "P3", "P4")]
    long_answer = (
        "We meet the advocates every Tuesday and go through each open case together, "
        "which means nobody is surprised in court."
    )
    d = b.document(
        "D",
        [
            ("P1", "ok so we meet", people[0]),
            ("P2", long_answer, people[1]),
            ("P3", "Short but starred.", people[2]),
            ("P4", "We meet weekly.", people[3]),
            ("P1", "We also talk on the phone whenever something comes up in a case.", people[0]),
        ],
    )
    b.code_text(d, "Meetings", "ok so we meet")  # fragment: not a complete sentence
    b.code_text(d, "Meetings", long_answer)  # long, complete
    b.code_text(d, "Meetings", "Short but starred.", exemplar=True)
    b.code_text(d, "Meetings", "We meet weekly.")
    b.code_text(d, "Meetings", long_answer, coder="B")  # same passage, second coder
    b.code_text(d, "Meetings", "We also talk on the phone whenever something comes up in a case.")
    index = ProjectIndex(b.build())
    cands = quote_candidates(index, Selection(), next(iter(index.resolve_codes(["Meetings"]))))
    assert len(cands) == 6
    picked = select_quotes(cands, max_quotes=3, document_order=index.document_order)
    texts = [q.text for q in picked]
    # starred first (P3); then complete sentences by length: the long answer (P2; once,
    # although two coders coded it), then P1's phone sentence (65 chars) before P4's
    # "We meet weekly." (15 chars); the fragment ranks last.
    assert texts == [
        "Short but starred.",
        long_answer,
        "We also talk on the phone whenever something comes up in a case.",
    ]
    # with room for everyone, the fragment comes last
    everything = [q.text for q in select_quotes(cands, max_quotes=10)]
    assert everything[-1] == "ok so we meet" and len(everything) == 5


def test_select_quotes_prefers_new_respondents() -> None:
    b = SnapshotBuilder()
    p1, p2 = b.participant("One"), b.participant("Two")
    d = b.document(
        "D",
        [
            ("One", "First long complete sentence from one person here.", p1),
            ("Two", "Short one.", p2),
            ("One", "Second long complete sentence from the same person.", p1),
        ],
    )
    for frag in (
        "First long complete sentence from one person here.",
        "Short one.",
        "Second long complete sentence from the same person.",
    ):
        b.code_text(d, "T", frag)
    index = ProjectIndex(b.build())
    cands = quote_candidates(index, Selection(), next(iter(index.resolve_codes(["T"]))))
    picked = [q.text for q in select_quotes(cands, max_quotes=2)]
    assert picked == ["Second long complete sentence from the same person.", "Short one."]


def test_shorten_cuts_at_sentence_end() -> None:
    text = "First sentence here. Second sentence is here too. Third one runs on and on and on."
    assert shorten(text, 200) == text
    assert shorten(text, 55) == "First sentence here. Second sentence is here too. …"
    assert shorten("word " * 40, 30).endswith(" …") and len(shorten("word " * 40, 30)) <= 32
