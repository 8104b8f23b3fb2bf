"""Theme frequencies on small projects whose counts are worked out by hand below.

The main project is :func:`qcoder.analysis.synthetic.example_project`; its docstring lists
every document, turn and coding the arithmetic refers to (c1..c11 by coder A, b1..b2 by B).
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcoder.analysis.excerpts import code_regions
from qcoder.analysis.frequencies import Cell, stats_json, stats_tables, theme_frequencies
from qcoder.analysis.index import NONE_VALUE, ProjectIndex, Selection
from qcoder.analysis.synthetic import INTERVIEWER, SnapshotBuilder, example_project
from qcoder.core.errors import NotFound
from qcoder.core.model import AttributeScope
from qcoder.core.snapshot import ProjectSnapshot

TRUST = "Collaboration > Trust"
INFO = "Collaboration > Information sharing"
TURNOVER = "Challenges > Turnover"


def by_path(result_codes: list[dict]) -> dict[str, dict]:  # type: ignore[type-arg]
    return {item["code"]: item for item in result_codes}


@pytest.fixture(scope="module")
def coder_a() -> dict[str, dict]:  # type: ignore[type-arg]
    return by_path(stats_json(example_project(), ["stakeholder_group", "site"], coders=["A"]))


def test_json_shape_is_exactly_documented(coder_a: dict) -> None:  # type: ignore[type-arg]
    item = coder_a[TRUST]
    assert list(item) == ["code", "excerpts", "documents", "participants", "by", "sites"]
    assert list(item["by"]) == ["stakeholder_group", "site"]
    assert set(item["by"]["stakeholder_group"]["prosecutor"]) == {
        "excerpts",
        "documents",
        "participants",
        "respondents",
        "share",
        "sites",
    }
    json.dumps(list(coder_a.values()))  # JSON-ready


def test_codebook_order_parents_first(coder_a: dict) -> None:  # type: ignore[type-arg]
    assert list(coder_a) == ["Collaboration", TRUST, INFO, "Challenges", TURNOVER, "Funding"]


def test_leaf_counts_overall(coder_a: dict) -> None:  # type: ignore[type-arg]
    # Trust (coder A): c1 doc1 Lee, c4 doc2 Lou, c11 doc5 Guest (unlinked -> the document is
    # the respondent) = 3 excerpts, 3 documents, 3 participants; sites: A (Lee, Lou) and
    # doc5 has no site, so 1 of the 2 sites of the project (A, B; C has nobody).
    t = coder_a[TRUST]
    assert (t["excerpts"], t["documents"], t["participants"], t["sites"]) == (3, 3, 3, "1 of 2")
    # Information sharing: c2, c3 (doc1 Lee), c5 (doc2 Sam), c9 (doc4); c7 is the
    # interviewer's question and is not counted -> 4 excerpts, docs 1, 2, 4 = 3,
    # participants Lee, Sam, doc4 = 3, sites A and B = 2 of 2.
    i = coder_a[INFO]
    assert (i["excerpts"], i["documents"], i["participants"], i["sites"]) == (4, 3, 3, "2 of 2")
    # Funding is never coded: zeros, still listed.
    f = coder_a["Funding"]
    assert (f["excerpts"], f["documents"], f["participants"], f["sites"]) == (0, 0, 0, "0 of 2")


def test_parent_rolls_up_without_double_counting(coder_a: dict) -> None:  # type: ignore[type-arg]
    # Collaboration = Trust ∪ Information sharing regions per document and coder:
    # doc1: c1 "We trust the advocates." overlaps c2 "trust the advocates. We share case
    #       files" -> one region; c3 "every week" is separate -> 2
    # doc2: c4 (Lou's turn) and c5 (Sam's turn) do not overlap -> 2
    # doc4: c9 -> 1;  doc5: c11 -> 1
    # total 6 = 3 (Trust) + 4 (Information sharing) - 1 (c1/c2 counted once)
    c = coder_a["Collaboration"]
    assert (c["excerpts"], c["documents"], c["participants"], c["sites"]) == (6, 4, 5, "2 of 2")
    # Challenges has only Turnover below it: c6 (Pat), c8 (Pia), c10 (doc4) -> 3
    assert coder_a["Challenges"]["excerpts"] == coder_a[TURNOVER]["excerpts"] == 3


def test_by_group_focus_group_split_and_shares(coder_a: dict) -> None:  # type: ignore[type-arg]
    # Respondents (all codes, structure): law_enforcement Lee, Lou = 2; prosecutor Pat,
    # Pia = 2; service_provider Sam + doc4 (document attribute, no turns) = 2; other = 0;
    # (none) = doc5's unlinked Guest = 1.
    g = coder_a["Collaboration"]["by"]["stakeholder_group"]
    assert [v for v in g] == ["law_enforcement", "prosecutor", "service_provider", "other", NONE_VALUE]
    # law_enforcement: doc1 2 regions (Lee) + doc2 Lou 1 = 3 excerpts, docs 1 and 2,
    # participants 2 of 2 -> share 1.0; all law enforcement respondents are at site A.
    assert g["law_enforcement"] == {
        "excerpts": 3,
        "documents": 2,
        "participants": 2,
        "respondents": 2,
        "share": 1.0,
        "sites": "1 of 1",
    }
    # service_provider: Sam's c5 in the focus group doc2 + doc4's c9 = 2, sites A and B.
    assert g["service_provider"] == {
        "excerpts": 2,
        "documents": 2,
        "participants": 2,
        "respondents": 2,
        "share": 1.0,
        "sites": "2 of 2",
    }
    # prosecutors (Pat at A, Pia at B) never mention collaboration: zero row, share 0.
    assert g["prosecutor"] == {
        "excerpts": 0,
        "documents": 0,
        "participants": 0,
        "respondents": 2,
        "share": 0.0,
        "sites": "0 of 2",
    }
    # 'other' is an allowed value nobody has: a zero row with no respondents (share null).
    assert g["other"] == {
        "excerpts": 0,
        "documents": 0,
        "participants": 0,
        "respondents": 0,
        "share": None,
        "sites": "0 of 0",
    }
    # (none): the Guest in doc5 (c11).
    assert g[NONE_VALUE]["excerpts"] == 1 and g[NONE_VALUE]["respondents"] == 1

    # Focus group doc2 counts for three groups at once for Information sharing vs Turnover:
    info = coder_a[INFO]["by"]["stakeholder_group"]
    assert info["law_enforcement"]["excerpts"] == 2  # c2, c3 (Lee), Lou said nothing about it
    assert info["law_enforcement"]["share"] == 0.5  # Lee of (Lee, Lou)
    assert info["service_provider"]["excerpts"] == 2  # c5 (Sam, in doc2) + c9 (doc4)
    turnover = coder_a[TURNOVER]["by"]["stakeholder_group"]
    assert turnover["prosecutor"]["excerpts"] == 2  # c6 (Pat, doc2) + c8 (Pia, doc3)
    assert turnover["prosecutor"]["sites"] == "2 of 2"  # Pat at A, Pia at B
    assert turnover["service_provider"]["share"] == 0.5  # doc4 of (Sam, doc4)


def test_by_site_zero_rows_and_none(coder_a: dict) -> None:  # type: ignore[type-arg]
    # site respondents: A = Lee, Lou, Sam, Pat (4); B = Pia, doc4 (2); C = 0; (none) = doc5.
    s = coder_a[INFO]["by"]["site"]
    assert list(s) == ["A", "B", "C", NONE_VALUE]
    assert (s["A"]["excerpts"], s["A"]["participants"], s["A"]["respondents"], s["A"]["share"]) == (3, 2, 4, 0.5)
    assert (s["B"]["excerpts"], s["B"]["participants"], s["B"]["respondents"], s["B"]["share"]) == (1, 1, 2, 0.5)
    assert s["C"] == {
        "excerpts": 0,
        "documents": 0,
        "participants": 0,
        "respondents": 0,
        "share": None,
        "sites": "0 of 0",
    }
    assert s[NONE_VALUE]["excerpts"] == 0 and s[NONE_VALUE]["respondents"] == 1


def test_coder_filters() -> None:
    snap = example_project()
    # coder B only: b1 (doc1 Lee) and b2 (doc3 Pia) -> 2 excerpts, 2 docs, 2 participants.
    b = by_path(stats_json(snap, ["stakeholder_group"], coders=["B"]))
    assert (b[TRUST]["excerpts"], b[TRUST]["documents"], b[TRUST]["participants"]) == (2, 2, 2)
    assert b[TRUST]["by"]["stakeholder_group"]["prosecutor"]["excerpts"] == 1
    assert b[INFO]["excerpts"] == 0
    # A and B together: excerpts are per coder, so c1 and b1 (same words) count twice:
    # 3 + 2 = 5 excerpts; documents doc1, doc2, doc3, doc5 = 4; participants Lee, Lou,
    # doc5, Pia = 4.
    ab = by_path(stats_json(snap, [], coders=["A", "B"]))
    assert (ab[TRUST]["excerpts"], ab[TRUST]["documents"], ab[TRUST]["participants"]) == (5, 4, 4)
    # no filter = every coder = same as A + B here
    assert by_path(stats_json(snap, []))[TRUST]["excerpts"] == 5
    # coders by id work as well as by name
    coder_b_id = next(c.id for c in snap.coders if c.name == "B")
    assert by_path(stats_json(snap, [], coders=[coder_b_id]))[TRUST]["excerpts"] == 2
    with pytest.raises(NotFound):
        stats_json(snap, [], coders=["Nobody"])


def test_document_attribute_filter() -> None:
    # site B only: doc3 (Pia) and doc4 -> respondents prosecutor 1, service_provider 1.
    # Information sharing: c7 is the interviewer's, so only c9 (doc4) -> 1; sites 1 of 1.
    r = by_path(stats_json(example_project(), ["stakeholder_group"], coders=["A"], document_attributes={"site": ["B"]}))
    assert (r[INFO]["excerpts"], r[INFO]["sites"]) == (1, "1 of 1")
    g = r[INFO]["by"]["stakeholder_group"]
    assert [v for v in g] == ["law_enforcement", "prosecutor", "service_provider", "other"]  # no "(none)" here
    assert (g["prosecutor"]["respondents"], g["service_provider"]["respondents"]) == (1, 1)
    assert g["law_enforcement"]["respondents"] == 0
    assert r[TRUST]["sites"] == "0 of 1"
    # "(none)" selects documents without the attribute: doc5 only -> Trust c11.
    n = by_path(stats_json(example_project(), [], coders=["A"], document_attributes={"site": [NONE_VALUE]}))
    assert n[TRUST]["excerpts"] == 1 and n[TRUST]["sites"] == "0 of 0"


def test_code_subset_and_paths() -> None:
    snap = example_project()
    rows = stats_json(snap, [], coders=["A"], codes=["Collaboration", TURNOVER])
    assert [r["code"] for r in rows] == ["Collaboration", TURNOVER]
    # the parent still rolls up its whole subtree
    assert rows[0]["excerpts"] == 6
    with pytest.raises(NotFound):
        stats_json(snap, [], codes=["Nope"])
    with pytest.raises(NotFound):
        stats_json(snap, ["no_such_attribute"])


def test_include_interviewers() -> None:
    # counting the interviewer's c7 as speech: Information sharing 4 + 1 = 5; the
    # interviewer of doc3 is not linked, so the excerpt belongs to doc3 (site B, no group).
    r = by_path(stats_json(example_project(), ["stakeholder_group"], coders=["A"], include_interviewers=True))
    assert r[INFO]["excerpts"] == 5
    assert r[INFO]["by"]["stakeholder_group"][NONE_VALUE]["excerpts"] == 1


def test_pair_table_has_every_combination() -> None:
    tables = {t.name: t for t in stats_tables(example_project(), ["stakeholder_group", "site"], coders=["A"])}
    assert list(tables) == ["frequencies", "by_stakeholder_group", "by_site", "by_stakeholder_group_x_site"]
    pair = tables["by_stakeholder_group_x_site"]
    assert pair.columns[:4] == ["code", "depth", "stakeholder_group", "site"]
    rows = [r for r in pair.as_dicts() if r["code"] == INFO]
    # 5 group values (4 allowed + (none)) × 4 site values (A, B, C, (none))
    assert len(rows) == 20
    cell = {(r["stakeholder_group"], r["site"]): r for r in rows}
    assert cell[("law_enforcement", "A")]["excerpts"] == 2  # c2, c3
    assert cell[("service_provider", "A")]["excerpts"] == 1  # c5 (Sam)
    assert cell[("service_provider", "B")]["excerpts"] == 1  # c9 (doc4)
    assert cell[("prosecutor", "B")]["respondents"] == 1  # Pia
    assert cell[("law_enforcement", "C")]["excerpts"] == 0
    assert sum(int(r["excerpts"]) for r in rows) == 4  # type: ignore[arg-type]
    overall = {r["code"]: r for r in tables["frequencies"].as_dicts()}
    assert overall[INFO]["excerpts"] == 4 and overall[INFO]["respondents"] == 7 and overall[INFO]["sites"] == 2
    assert overall["Collaboration"]["depth"] == 0 and overall[TRUST]["depth"] == 1


def test_cell_share_and_units_text() -> None:
    assert Cell(3, 2, 2, 5, 1, 4).share == 0.4
    assert Cell(0, 0, 0, 0).share is None
    assert Cell(3, 2, 2, 5, 7, 10).units_text() == "7 of 10"


def _largest_overlap_project() -> SnapshotBuilder:
    b = SnapshotBuilder()
    b.attribute("stakeholder_group", AttributeScope.PARTICIPANT)
    le = b.participant("Lee", stakeholder_group="law_enforcement")
    sp = b.participant("Sam", stakeholder_group="service_provider")
    b.document(
        "Focus group",
        [
            ("Interviewer", "A long question that the interviewer asks at length?", INTERVIEWER),
            ("Lee", "Short.", le),
            ("Sam", "A much longer answer about sharing.", sp),
        ],
    )
    return b


def test_excerpt_spanning_turns_goes_to_largest_respondent_overlap() -> None:
    b = _largest_overlap_project()
    d = "doc1"
    text = b.text(d)
    # from inside Lee's "Short." to the end of Sam's answer: Lee overlaps 4 chars ("ort."),
    # Sam 35 -> Sam's group.
    b.coding(d, "Theme", text.index("ort."), text.index("sharing.") + len("sharing."))
    # the interviewer's long question + Lee's short answer: the interviewer overlaps more,
    # but a respondent turn wins -> Lee.
    b.coding(d, "Q and A", text.index("A long question"), text.index("Short.") + len("Short."))
    # only the interviewer: not counted at all.
    b.code_text(d, "Question only", "asks at length?")
    r = by_path(stats_json(b.build(), ["stakeholder_group"]))
    assert r["Theme"]["by"]["stakeholder_group"]["service_provider"]["excerpts"] == 1
    assert r["Theme"]["by"]["stakeholder_group"]["law_enforcement"]["excerpts"] == 0
    assert r["Q and A"]["by"]["stakeholder_group"]["law_enforcement"]["excerpts"] == 1
    assert r["Question only"]["excerpts"] == 0


def test_participant_attribute_overrides_document_attribute() -> None:
    b = SnapshotBuilder()
    b.attribute("site", AttributeScope.DOCUMENT)
    moved = b.participant("Mo", site="North")
    stay = b.participant("Di")
    d = b.document("Interview", [("Mo", "I moved north.", moved), ("Di", "I stayed.", stay)], site="South")
    b.code_text(d, "Moving", "I moved north.")
    b.code_text(d, "Staying", "I stayed.")
    r = by_path(stats_json(b.build(), ["site"]))
    # Mo's participant site (North) overrides the document's (South); Di has none -> South.
    assert r["Moving"]["by"]["site"]["North"]["excerpts"] == 1
    assert r["Moving"]["by"]["site"]["South"]["excerpts"] == 0
    assert r["Staying"]["by"]["site"]["South"]["excerpts"] == 1
    assert r["Moving"]["sites"] == "1 of 2"


def test_touching_spans_stay_separate_and_own_overlaps_merge() -> None:
    b = SnapshotBuilder()
    d = b.document("Notes", text="One two three four.")
    b.coding(d, "P > X", 0, 3)  # "One"
    b.coding(d, "P > Y", 3, 7)  # " two": touches X -> a separate excerpt for P
    b.coding(d, "P > X", 1, 3)  # inside the first X coding: the same excerpt of X
    b.coding(d, "P > Y", 8, 13)  # "three"
    b.coding(d, "P > Y", 10, 18)  # overlaps "three" -> merges for Y and for P
    r = by_path(stats_json(b.build(), []))
    # X: [0,3) ∪ [1,3) = 1; Y: [3,7), [8,18) = 2; P: [0,3), [3,7), [8,18) = 3 (touching kept apart)
    assert (r["P > X"]["excerpts"], r["P > Y"]["excerpts"], r["P"]["excerpts"]) == (1, 2, 3)
    # a document without turns and without participants is one respondent
    assert r["P"]["participants"] == 1


def test_no_unit_attribute_leaves_units_out() -> None:
    b = SnapshotBuilder()
    d = b.document("Notes", text="Hello there.")
    b.coding(d, "Greeting", 0, 5)
    rows = stats_json(b.build(), [])
    assert rows == [{"code": "Greeting", "excerpts": 1, "documents": 1, "participants": 1, "by": {}}]


def test_theme_frequencies_result_carries_groups() -> None:
    res = theme_frequencies(example_project(), ["stakeholder_group"], coders=["A"])
    assert res.overall.respondents == 7 and res.overall.units_total == 2
    assert res.groups["stakeholder_group"]["service_provider"].respondents == 2
    assert res.documents == 5 and res.unit_label == "sites"


# -- an independent, plain-Python count on random projects -----------------------------------


@st.composite
def evaluation_projects(draw: st.DrawFn) -> ProjectSnapshot:
    b = SnapshotBuilder()
    b.attribute("stakeholder_group", AttributeScope.PARTICIPANT, ("le", "pr", "sp"))
    b.attribute("site", AttributeScope.DOCUMENT, ("A", "B", "C"))
    people = [
        b.participant(
            f"P{i}", **({"stakeholder_group": g} if (g := draw(st.sampled_from(["le", "pr", "sp", ""]))) else {})
        )
        for i in range(4)
    ]
    for d in range(draw(st.integers(1, 4))):
        site = draw(st.sampled_from(["A", "B", ""]))
        attrs = {"site": site} if site else {}
        if draw(st.booleans()):
            b.document(f"D{d}", text="z" * 80, **attrs)
        else:
            turns = []
            for _ in range(draw(st.integers(1, 6))):
                who = draw(st.sampled_from(["iv", "p0", "p1", "p2", "p3", "anon"]))
                link = INTERVIEWER if who == "iv" else (None if who == "anon" else people[int(who[1])])
                turns.append((who.upper(), "w" * draw(st.integers(3, 20)), link))
            b.document(f"D{d}", turns, **attrs)
    for path in ("T > X", "T > Y", "U"):
        b.code(path)
    docs = [d.id for d in b.snapshot.documents]
    for _ in range(draw(st.integers(0, 15))):
        doc = draw(st.sampled_from(docs))
        n = len(b.text(doc))
        s = draw(st.integers(0, n - 1))
        b.coding(
            doc,
            draw(st.sampled_from(["T > X", "T > Y", "U", "T"])),
            s,
            draw(st.integers(s + 1, n)),
            draw(st.sampled_from(["A", "B"])),
        )
    return b.build()


def brute_force(snap: ProjectSnapshot, attr: str) -> dict[str, dict[str, tuple[int, int, int, int, int]]]:
    """code path -> value -> (excerpts, documents, participants, respondents, sites)."""
    index = ProjectIndex(snap)
    profiles_of_speech = []
    for d in index.document_order:
        turns = [t for t in snap.turns if t.document_id == d]
        speakers = {s.id: s for s in snap.speakers}
        found = False
        for t in turns:
            if not speakers[t.speaker_id].is_interviewer:
                profiles_of_speech.append(index.attribute_span(d, t.start, t.end).profile)
                found = True
        if not found:
            profiles_of_speech.append(index.document_profile(d))
    counted: dict[str, list] = {}  # type: ignore[type-arg]
    for cid, per_key in code_regions(index, Selection()).items():
        for (doc, _coder), spans in per_key.items():
            for s, e in spans:
                p = index.attribute_span(doc, s, e).profile
                if not p.is_interviewer:
                    counted.setdefault(cid, []).append((doc, p))
    everyone = profiles_of_speech + [p for items in counted.values() for _, p in items]
    out: dict[str, dict[str, tuple[int, int, int, int, int]]] = {}
    for cid in index.code_order:
        items = counted.get(cid, [])
        per_value: dict[str, tuple[int, int, int, int, int]] = {}
        for value in {p.value(attr) for p in everyone}:
            mine = [(d, p) for d, p in items if p.value(attr) == value]
            respondents = {p.unit for p in everyone if p.value(attr) == value}
            sites = {p.value("site") for _, p in mine} - {NONE_VALUE}
            per_value[value] = (
                len(mine),
                len({d for d, _ in mine}),
                len({p.unit for _, p in mine}),
                len(respondents),
                len(sites),
            )
        out[index.paths[cid]] = per_value
    return out


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(evaluation_projects(), st.sampled_from(["stakeholder_group", "site"]))
def test_counts_match_plain_python(snap: ProjectSnapshot, attr: str) -> None:
    expected = brute_force(snap, attr)
    for item in stats_json(snap, [attr]):
        for value, want in expected[item["code"]].items():
            got = item["by"][attr][value]
            sites_n = int(got["sites"].split(" of ")[0])
            assert (got["excerpts"], got["documents"], got["participants"], got["respondents"], sites_n) == want


def test_a_snapshot_without_texts_counts_the_same_and_fast():
    # 'qcoder stats' reads no texts; the turn lookup then takes lengths from the document info
    # (it used to take them from the empty texts, sending every span down the slow path)
    from dataclasses import replace

    from qcoder.core.model import Document

    full = example_project()
    bare = replace(full, documents=[Document(d.info, "") for d in full.documents])
    assert not ProjectIndex(bare).turn_arrays().overlapping.any()
    assert stats_json(bare, ["stakeholder_group", "site"]) == stats_json(full, ["stakeholder_group", "site"])
