"""The agreement appendix as plain data (built by :mod:`qcoder.app.agreement_appendix`, laid out
by :mod:`qcoder.exporters.agreement_docx` and :func:`appendix_sheets` for XLSX): what was
compared, which statistics and why, the per-code table with verdicts, and for every code below
the reliability threshold its largest disagreements quoted side by side."""

from __future__ import annotations

from dataclasses import dataclass, field

from qcoder.analysis.agreement.inputs import Unit
from qcoder.analysis.agreement.verdicts import ALPHA_SOURCE, KAPPA_SOURCE

QUOTES_PER_CODE = 3
QUOTE_CHARS = 600

UNIT_TEXT = {
    Unit.CHARACTER: "each character of each document: a coder applied the code to it or did not",
    Unit.SENTENCE: "each sentence: a coder applied the code to it when a coding touches it",
    Unit.PARAGRAPH: "each paragraph: a coder applied the code to it when a coding touches it",
    Unit.TURN: "each speaker turn: a coder applied the code to it when a coding touches it",
    Unit.DOCUMENT: "each document: a coder applied the code to it when a coding lies anywhere in it",
}

WHY = (
    "Krippendorff's α is the primary coefficient: it corrects for agreement by chance, works for any "
    f"number of coders and with missing data (documents a coder was not assigned), and has cited "
    f"thresholds ({ALPHA_SOURCE}).",
    "Cohen's κ (two coders) or Fleiss' κ (three or more) is reported for comparison with the "
    f"literature, read against the {KAPPA_SOURCE} (slight, fair, moderate, substantial, almost perfect).",
    "Gwet's AC1 is reported because α and κ fall when a code is rare even if coders mostly agree "
    "(the prevalence paradox); AC1 is less sensitive to it.",
    "Percent agreement is the share of units on which every coder agrees; it ignores agreement by "
    "chance and is shown for orientation only.",
)


def ci_why(level: float, draws: int, seed: int) -> str:
    """What the bracketed intervals and the SEs are (``--ci``)."""
    return (
        f"[low, high]: {level:.0%} bootstrap interval of α by the algorithm of Hayes & Krippendorff's "
        f"(2007) KALPHA macro ({draws:,} draws, seed {seed}, so the figures are reproducible); SE: standard "
        "error of κ (Cohen: Fleiss, Cohen & Everitt 1969; Fleiss: under κ = 0, Fleiss, Nee & Landis 1979)."
    )


ROUNDS_TEXT = (
    "Krippendorff's α per code in each training round, rounds in the order they were added; Change is "
    "the last round minus the first. A rise means the training works; a code that stays below .667 needs "
    "its definition sharpened before the coders go on."
)
UNITIZING_TEXT = (
    "Agreement on the passages themselves, not on fixed units. α 2004: Krippendorff's α_U (1995; 2004, "
    "§12.4) per code. uα (Krippendorff, Mathet, Bouvry & Widlöcher 2016): where the passages are and which "
    "code they carry, over the whole text. For a group of exclusive codes: |uα where coded passages are, "
    "whatever the code; cuα which code, only where the coders' passages overlap; Cuα the same per code."
)


@dataclass(frozen=True)
class QuotedDisagreement:
    document: str
    start: int
    end: int
    text: str
    by_coder: tuple[tuple[str, str], ...]  # (coder name, what that coder did with the passage)


@dataclass(frozen=True)
class WeakCode:
    path: str
    alpha: float | None
    verdict: str
    units: int
    disagreements: tuple[QuotedDisagreement, ...]


@dataclass
class Appendix:
    coders: list[str]
    documents: list[str]
    unit: str
    unit_text: str
    pooling: str
    rows: list[list[str]]  # header first (agreement_text's columns)
    nominal: list[list[str]] = field(default_factory=list)
    weak: list[WeakCode] = field(default_factory=list)
    why: tuple[str, ...] = WHY
    rounds: list[list[str]] = field(default_factory=list)  # α per code and training round (header first)
    unitizing: list[list[str]] = field(default_factory=list)  # α_U 2004 and the 2016 family (header first)


Sheet = tuple[str, list[str], list[list[object]]]


def appendix_sheets(appendix: Appendix) -> list[Sheet]:
    """The appendix as workbook sheets: Summary, Per code, Exclusive codes, Training rounds and
    Unitizing (each when there is one), Below threshold."""
    summary: list[list[object]] = [
        ["Coders", ", ".join(appendix.coders)],
        ["Documents", f"{len(appendix.documents)}: " + "; ".join(appendix.documents)],
        ["Unit", f"{appendix.unit}: {appendix.unit_text}"],
        ["Pooling", appendix.pooling],
    ]
    summary += [["Statistics", why] for why in appendix.why]
    sheets: list[Sheet] = [("Summary", ["Item", "Value"], summary)]
    sheets.append(("Per code", appendix.rows[0], [list(r) for r in appendix.rows[1:]]))
    for title, table in (
        ("Exclusive codes", appendix.nominal),
        ("Training rounds", appendix.rounds),
        ("Unitizing", appendix.unitizing),
    ):
        if table:
            sheets.append((title, table[0], [list(r) for r in table[1:]]))
    coders = appendix.coders
    below: list[list[object]] = []
    for w in appendix.weak:
        alpha = "–" if w.alpha is None else f"{w.alpha:.3f}"
        for q in w.disagreements or (None,):
            if q is None:
                below.append([w.path, alpha, w.verdict, "", "", "", *["" for _ in coders]])
                continue
            did = dict(q.by_coder)
            below.append(
                [w.path, alpha, w.verdict, q.document, f"{q.start}–{q.end}", q.text, *[did.get(c, "") for c in coders]]
            )
    header = ["Code", "α", "Verdict", "Document", "Characters", "Passage", *coders]
    sheets.append(("Below threshold", header, below))
    return sheets
