"""Units, undefined cases, missing data, input errors and the JSON shape."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from qcoder.analysis.agreement import (
    AgreementData,
    Pooling,
    Unit,
    compute_agreement,
    paragraph_units,
    sentence_units,
    spans_from_codings,
)
from qcoder.analysis.agreement.intervals import intersection, merge, splice, subtract, union
from qcoder.core.errors import InvalidOffsets, InvalidValue
from qcoder.core.model import Coding

STATS = ("percent_agreement", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha", "gwet_ac1")


def test_paragraph_units_by_line_and_by_blank_line() -> None:
    text = "I: Hello there.\nR: Hi.  \n\n  R: Second block\nstill second.\n"
    lines = paragraph_units(text)
    assert [text[s:e] for s, e in lines] == ["I: Hello there.", "R: Hi.", "R: Second block", "still second."]
    blocks = paragraph_units(text, blank_line=True)
    assert [text[s:e] for s, e in blocks] == ["I: Hello there.\nR: Hi.", "R: Second block\nstill second."]
    assert paragraph_units("") == [] and paragraph_units("\n \n") == []


def test_sentence_units() -> None:
    text = 'She said "Stop!" Then left. Why?\nNew line… and more'
    got = [text[s:e] for s, e in sentence_units(text)]
    assert got == ['She said "Stop!"', "Then left.", "Why?", "New line…", "and more"]
    emoji = "Ok 😀. Next"
    assert [emoji[s:e] for s, e in sentence_units(emoji)] == ["Ok 😀.", "Next"]


def test_any_overlap_rule_and_spans_between_units() -> None:
    # units [0,10) [12,20); A codes [9,10) (touches unit 1 only by one character),
    # B codes [10,12) (the gap: no unit) and [20, 25) (after the last unit)
    data = AgreementData(
        spans={("d", "k", "A"): [(9, 10)], ("d", "k", "B"): [(10, 12), (20, 25)]},
        doc_lengths={"d": 25},
        units={"d": [(0, 10), (12, 20)]},
    )
    s = compute_agreement(data, ["A", "B"], unit=Unit.PARAGRAPH).overall
    assert s.units == 2
    assert s.percent_agreement == pytest.approx(0.5)  # unit 1: A yes, B no; unit 2: both no
    # a span ending exactly where a unit starts does not overlap it
    data2 = AgreementData(
        spans={("d", "k", "A"): [(5, 12)], ("d", "k", "B"): [(12, 13)]},
        doc_lengths={"d": 25},
        units={"d": [(0, 10), (12, 20)]},
    )
    s2 = compute_agreement(data2, ["A", "B"], unit=Unit.TURN).overall
    assert s2.percent_agreement == 0.0  # unit 1: A only; unit 2: B only (A's span ends at 12)


def test_own_overlapping_spans_count_once() -> None:
    data = AgreementData(
        spans={("d", "k", "A"): [(0, 10), (5, 15), (5, 15)], ("d", "k", "B"): [(0, 15)]},
        doc_lengths={"d": 30},
    )
    s = compute_agreement(data, ["A", "B"]).overall
    assert s.percent_agreement == 1.0
    assert s.cohen_kappa == pytest.approx(1.0)
    assert s.krippendorff_alpha == pytest.approx(1.0)


def test_undefined_is_none_never_zero_or_one() -> None:
    data = AgreementData(
        spans={("d1", "used", "A"): [(0, 5)], ("d1", "used", "B"): [(0, 5)], ("d2", "all", "A"): [(0, 8)]}
        | {("d2", "all", "B"): [(0, 8)]},
        doc_lengths={"d1": 10, "d2": 8, "empty": 0},
    )
    rep = compute_agreement(data, ["A", "B"], codes=["used", "all", "never"])
    # a code no coder used
    for d in ("d1", "d2", "empty"):
        assert all(rep.by_code_document[("never", d)].value(n) is None for n in STATS)
    assert all(rep.by_code["never"].value(n) is None for n in STATS)
    # everybody coded everything: p_e = 1, chance-corrected figures undefined
    everything = rep.by_code_document[("all", "d2")]
    assert everything.percent_agreement == 1.0
    assert everything.cohen_kappa is None
    assert everything.fleiss_kappa is None
    assert everything.krippendorff_alpha is None
    # zero units
    assert rep.by_document["empty"].units == 0
    assert all(rep.by_document["empty"].value(n) is None for n in STATS)
    # code "used" pooled over d1 (used) and d2 (never used there) is defined
    assert rep.by_code["used"].cohen_kappa == pytest.approx(1.0)
    # averaged: undefined tables are excluded and counted
    avg = compute_agreement(data, ["A", "B"], codes=["used", "all", "never"], pooling=Pooling.AVERAGED)
    assert avg.by_code["used"].percent_agreement == 1.0
    assert avg.by_code["used"].undefined["cohen_kappa"] == 2  # d2 and empty
    assert avg.overall.tables == 9
    excluded = avg.undefined_tables("cohen_kappa")
    assert len(excluded) == avg.overall.undefined["cohen_kappa"] == 8  # only ("used", "d1") is defined
    assert ("used", "d1") not in excluded


def test_missing_documents_are_not_coded_nothing() -> None:
    # C was not assigned d2: its spans there are ignored and d2 counts for A and B only
    spans = {
        ("d1", "k", "A"): [(0, 10)],
        ("d1", "k", "B"): [(0, 10)],
        ("d1", "k", "C"): [(0, 10)],
        ("d2", "k", "A"): [(0, 5)],
        ("d2", "k", "B"): [(5, 10)],
        ("d2", "k", "C"): [(0, 10)],
    }
    data = AgreementData(spans, {"d1": 20, "d2": 20}, assignments={"A": {"d1", "d2"}, "B": {"d1", "d2"}, "C": {"d1"}})
    rep = compute_agreement(data, ["A", "B", "C"])
    d2 = rep.by_document["d2"]
    assert d2.units == 20 and d2.units_all_coders == 0
    assert d2.fleiss_kappa is None  # no unit rated by all three
    assert d2.percent_agreement == pytest.approx(10 / 20)
    assert rep.overall.units_all_coders == 20
    assert rep.overall.cohen_kappa is None  # Cohen is for two coders; see pairwise
    ac = next(p for p in rep.pairwise if (p.coder_a, p.coder_b) == ("A", "C"))
    assert ac.units == 20 and ac.percent_agreement == 1.0
    matrix = rep.pairwise_matrix("percent_agreement")
    assert matrix["C"]["A"] == matrix["A"]["C"] == 1.0 and "A" not in matrix["A"]
    assert rep.pairwise_matrix("cohen_kappa", code="k")["A"]["B"] == rep.pairwise_by_code["k"][0].cohen_kappa
    # a coder assigned nothing leaves a pair with no unit in common
    data2 = AgreementData(spans, {"d1": 20, "d2": 20}, assignments={"A": {"d1"}, "B": {"d2"}})
    rep2 = compute_agreement(data2, ["A", "B"])
    assert rep2.overall.units == 0
    assert all(rep2.overall.value(n) is None for n in STATS)


def test_groups_equal_computation_on_their_documents() -> None:
    spans = {
        ("d1", "k", "A"): [(0, 10)],
        ("d1", "k", "B"): [(3, 12)],
        ("d2", "k", "A"): [(0, 4)],
        ("d2", "k", "B"): [(2, 9)],
        ("d3", "k", "A"): [(1, 2)],
    }
    lengths = {"d1": 20, "d2": 15, "d3": 9}
    data = AgreementData(spans, lengths, groups={"d1": "north", "d2": "north", "d3": "south"})
    rep = compute_agreement(data, ["A", "B"])
    north = compute_agreement(data, ["A", "B"], documents=["d1", "d2"])
    assert rep.by_group["north"] == north.overall
    assert rep.by_group_code[("north", "k")] == north.by_code["k"]
    assert set(rep.by_group) == {"north", "south"}


def test_json_shape() -> None:
    spans = {("d1", "k1", "A"): [(0, 10)], ("d1", "k1", "B"): [(3, 12)], ("d1", "k1", "C"): [(0, 12)]}
    data = AgreementData(spans, {"d1": 20, "d2": 5}, groups={"d1": "x", "d2": "y"})
    rep = compute_agreement(data, ["A", "B", "C"], codes=["k1", "k2"], exclusive_groups=[["k1", "k2"]])
    out = rep.to_json_dict({"k1": "Trust", "k2": "Fear"}, {"d1": "Interview 1", "d2": "Interview 2"}, {"A": "Ann"})
    json.dumps(out)  # plain JSON types only
    assert out["unit"] == "character"
    assert out["coders"] == ["Ann", "B", "C"]
    assert out["pooling"] == "pooled"
    assert set(STATS) <= set(out["overall"])  # type: ignore[arg-type]
    codes = out["codes"]
    assert isinstance(codes, list)
    assert [c["code"] for c in codes] == ["Trust", "Fear"]
    assert [d["document"] for d in codes[0]["documents"]] == ["Interview 1", "Interview 2"]
    assert codes[1]["stats"]["krippendorff_alpha"] is None  # nobody used "Fear"
    assert len(codes[0]["pairwise"]) == 3
    assert out["overall"]["cohen_kappa"] is None  # type: ignore[index]
    assert len(out["pairwise"]) == 3  # type: ignore[arg-type]
    assert [g["group"] for g in out["groups"]] == ["x", "y"]  # type: ignore[union-attr]
    assert out["nominal"][0]["codes"] == ["Trust", "Fear"]  # type: ignore[index]
    rows = rep.to_rows({"k1": "Trust"}, {})
    assert rows[0]["scope"] == "overall" and rows[0]["unit"] == "character"
    assert len(rows) == 1 + 2 + 2 * 2 + 2 + 2 + 2 * 2
    cell = next(r for r in rows if r["scope"] == "code_document" and r["code"] == "Trust" and r["document"] == "d1")
    assert cell["percent_agreement"] == rep.by_code_document[("k1", "d1")].percent_agreement


def test_input_errors() -> None:
    data = AgreementData({("d", "k", "A"): [(0, 11)]}, {"d": 10})
    with pytest.raises(InvalidOffsets):
        compute_agreement(data, ["A", "B"])
    with pytest.raises(InvalidOffsets):
        compute_agreement(AgreementData({("d", "k", "A"): [(5, 5)]}, {"d": 10}), ["A", "B"])
    ok = AgreementData({("d", "k", "A"): [(0, 5)]}, {"d": 10})
    with pytest.raises(InvalidValue):
        compute_agreement(ok, ["A"])
    with pytest.raises(InvalidValue):
        compute_agreement(ok, ["A", "A"])
    with pytest.raises(InvalidValue):
        compute_agreement(ok, [f"c{i}" for i in range(31)])
    with pytest.raises(InvalidValue):
        compute_agreement(ok, ["A", "B"], unit=Unit.SENTENCE)  # no unit spans
    bad_units = AgreementData(ok.spans, ok.doc_lengths, units={"d": [(5, 8), (0, 4)]})
    with pytest.raises(InvalidValue):
        compute_agreement(bad_units, ["A", "B"], unit=Unit.SENTENCE)
    with pytest.raises(InvalidValue):
        compute_agreement(ok, ["A", "B"], documents=["nope"])
    with pytest.raises(InvalidValue):
        compute_agreement(ok, ["A", "B"], documents=["d", "d"])
    with pytest.raises(InvalidValue):
        compute_agreement(ok, ["A", "B"], exclusive_groups=[["k", "missing"]])


def test_spans_from_codings() -> None:
    now = datetime(2024, 1, 1, tzinfo=UTC)
    codings = [
        Coding("1", "d", "k", "A", 0, 5, created_at=now, updated_at=now),
        Coding("2", "d", "k", "A", 3, 9, created_at=now, updated_at=now),
        Coding("3", "d", "k", "B", 1, 2, created_at=now, updated_at=now),
    ]
    assert spans_from_codings(codings) == {("d", "k", "A"): [(0, 5), (3, 9)], ("d", "k", "B"): [(1, 2)]}


def test_interval_helpers() -> None:
    assert merge([(5, 8), (0, 2), (2, 3), (7, 9), (4, 4)]) == [(0, 3), (5, 9)]
    assert union([(0, 2)], [(1, 4)], [(6, 7)]) == [(0, 4), (6, 7)]
    assert intersection([(0, 10)], [(2, 4), (6, 12)], [(3, 7)]) == [(3, 4), (6, 7)]
    assert intersection() == []
    assert subtract([(0, 10)], [(2, 3), (5, 7)]) == [(0, 2), (3, 5), (7, 10)]
    assert splice([(0, 10), (20, 30)], 5, 25, [(12, 14), (0, 100)]) == [(0, 30)]
    assert splice([(0, 10), (20, 30)], 5, 25, [(12, 14)]) == [(0, 5), (12, 14), (25, 30)]


def test_imports_without_qt_database_or_spacy() -> None:
    code = (
        "import sys\n"
        "for name in ('PySide6', 'sqlalchemy', 'spacy'):\n"
        "    sys.modules[name] = None\n"
        "import qcoder.analysis.agreement\n"
        "import qcoder.analysis.agreement.disagreements\n"
        "import qcoder.analysis.agreement.unitized\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=root)


def test_subset_histogram_counts_characters_per_coder_subset() -> None:
    from qcoder.analysis.agreement.tables import prepare, subset_histogram

    spans = {("d", "k", "A"): [(0, 10), (5, 12)], ("d", "k", "B"): [(8, 20)], ("d", "k", "C"): [(9, 11)]}
    p = prepare(AgreementData(spans, {"d": 30}), ["A", "B", "C"])
    hist = subset_histogram(p)[0, 0]
    # A = bit 0, B = bit 1, C = bit 2
    assert hist.tolist() == [10, 8, 8, 2, 0, 0, 0, 2]
    assert hist.sum() == 30


def test_nominal_alpha_on_sentence_units() -> None:
    # two sentences; sentence 1: A applied X, B applied Y; sentence 2: neither coded.
    # Coincidences: X 1, Y 1, none 2 (the pair in sentence 2): n = 4, o_same = 2,
    # alpha = 1 - (n - 1)(n - o_same) / (n^2 - sum n_c^2) = 1 - 3 * 2 / (16 - 6) = 0.4
    text = "We trust them. Nothing else."
    data = AgreementData(
        spans={("d", "X", "A"): [(3, 8)], ("d", "Y", "B"): [(0, 2)]},
        doc_lengths={"d": len(text)},
        units={"d": sentence_units(text)},
    )
    rep = compute_agreement(
        data, ["A", "B"], unit=Unit.SENTENCE, codes=["X", "Y"], exclusive_groups=[["X", "Y"]], none_category=True
    )
    nom = rep.nominal[0]
    assert nom.overall.units == 2
    assert nom.alpha == pytest.approx(0.4)
    assert dict(nom.values) == {"none": 2, "X": 1, "Y": 1}
