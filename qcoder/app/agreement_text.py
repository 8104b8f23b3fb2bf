"""Agreement as a lead reads it: a text table in codebook order with 2–3 decimals and a plain
verdict per code (``qcoder agreement``'s default output)."""

from __future__ import annotations

from collections.abc import Sequence

from qcoder.analysis.agreement import AgreementReport
from qcoder.analysis.agreement.appendix import ci_why
from qcoder.analysis.agreement.confidence import Interval
from qcoder.analysis.agreement.nominal import NominalStats
from qcoder.analysis.agreement.report import Stats
from qcoder.analysis.agreement.verdicts import ALPHA_SOURCE, KAPPA_SOURCE, alpha_verdict, kappa_band
from qcoder.app.agreement import AgreementInputs
from qcoder.core.model import Code


def codebook_order(codes: Sequence[Code]) -> list[str]:
    """Code ids depth first, siblings by position (the codebook as the window shows it)."""
    children: dict[str | None, list[Code]] = {}
    for c in codes:
        children.setdefault(c.parent_id, []).append(c)
    out: list[str] = []

    def walk(parent: str | None) -> None:
        for c in sorted(children.get(parent, []), key=lambda c: (c.position, c.name.casefold())):
            out.append(c.id)
            walk(c.id)

    walk(None)
    return out


def _num(value: float | None, digits: int = 3) -> str:
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text  # no "-0.000"


def _pct(value: float | None) -> str:
    if value is None:
        return "–"
    if 0.9995 <= value < 1:
        return ">99.9%"  # not "100.0%" when coders differ on a few of many units
    if 0 < value < 0.0005:
        return "<0.1%"
    return f"{value:.1%}"


def _with_interval(st: Stats | NominalStats, name: str) -> str:
    """The figure, with its bootstrap interval or standard error when computed (``--ci``)."""
    value: float | None = getattr(st, name)
    text = _num(value)
    interval = st.ci.get(name)
    if interval is not None:
        text += f" [{_num(interval.low)}, {_num(interval.high)}]"
    se = st.se.get(name)
    if se is not None and value is not None:
        text += f" (SE {_num(se)})"
    return text


def _row(name: str, st: Stats, two_coders: bool) -> list[str]:
    kappa_name = "cohen_kappa" if two_coders else "fleiss_kappa"
    kappa = st.value(kappa_name)
    return [
        name,
        f"{st.units:,}",
        _pct(st.percent_agreement),
        _with_interval(st, "krippendorff_alpha"),
        _with_interval(st, kappa_name),
        _num(st.gwet_ac1),
        alpha_verdict(st.krippendorff_alpha),
        kappa_band(kappa),
    ]


def agreement_rows(report: AgreementReport, inputs: AgreementInputs, codes: Sequence[Code]) -> list[list[str]]:
    """Header, one row per code (codebook order, indented by level), then the overall row."""
    two = len(report.coders) == 2
    kappa = "Cohen κ" if two else "Fleiss κ"
    rows = [["Code", "Units", "Agreement", "α", kappa, "AC1", "α verdict", "κ band"]]
    depth = {c.id: 0 for c in codes}
    by_id = {c.id: c for c in codes}
    for c in codes:
        p, d = c.parent_id, 0
        while p is not None and p in by_id:
            p, d = by_id[p].parent_id, d + 1
        depth[c.id] = d
    for cid in codebook_order(codes):
        if cid in report.by_code:
            name = "  " * depth[cid] + (by_id[cid].name if cid in by_id else inputs.code_names.get(cid, cid))
            rows.append(_row(name, report.by_code[cid], two))
    rows.append(_row("All codes", report.overall, two))
    return rows


def nominal_rows(report: AgreementReport, inputs: AgreementInputs) -> list[list[str]]:
    """One row per group of mutually exclusive codes (``--exclusive``)."""
    two = len(report.coders) == 2
    kappa_name = "cohen_kappa" if two else "fleiss_kappa"
    kappa = "Cohen κ" if two else "Fleiss κ"
    rows = [["Exclusive codes", "Units", "Agreement", "α (nominal)", kappa, "AC1", "α verdict", "κ band"]]
    for r in report.nominal:
        st = r.overall
        label = " | ".join(inputs.code_names.get(c, c) for c in r.codes)
        rows.append(
            [
                label,
                f"{st.units:,}",
                _pct(st.percent_agreement),
                _with_interval(st, "krippendorff_alpha"),
                _with_interval(st, kappa_name),
                _num(st.gwet_ac1),
                alpha_verdict(st.krippendorff_alpha),
                kappa_band(getattr(st, kappa_name)),
            ]
        )
    return rows


def render(rows: list[list[str]]) -> str:
    """Aligned columns: the first left-aligned, figures right-aligned, verdicts left-aligned."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [r[0].ljust(widths[0])]
        cells += [c.rjust(w) for c, w in zip(r[1:6], widths[1:6], strict=True)]
        cells += [c.ljust(w) for c, w in zip(r[6:], widths[6:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def first_interval(report: AgreementReport) -> Interval | None:
    """An interval of the report if ``--ci`` computed any (they share level, draws and seed)."""
    stats: list[Stats | NominalStats] = [report.overall, *report.by_code.values()]
    stats += [r.overall for r in report.nominal]
    return next((iv for st in stats for iv in st.ci.values()), None)


def agreement_text(report: AgreementReport, inputs: AgreementInputs, codes: Sequence[Code]) -> str:
    coders = ", ".join(inputs.coder_names.get(c, c) for c in report.coders)
    head = (
        f"Agreement of {coders} — unit: {report.unit.value}, {report.pooling.value}; "
        f"{len(report.documents)} document(s)"
    )
    parts = [head, "", render(agreement_rows(report, inputs, codes))]
    if report.nominal:
        parts += ["", render(nominal_rows(report, inputs))]
    if report.unitized is not None:
        parts += ["", render_plain(unitized_rows(report, inputs, codes))]
        parts += [UNITIZED_NOTE]
    parts += [
        "",
        f"Verdicts are conventions: {ALPHA_SOURCE}; κ: {KAPPA_SOURCE}. "
        "Agreement = share of units where every coder agrees; – = not defined (e.g. a code nobody used).",
    ]
    interval = first_interval(report)
    if interval is not None:
        parts.append(ci_why(interval.level, interval.draws, interval.seed))
    return "\n".join(parts)


def round_rows(
    report: AgreementReport, inputs: AgreementInputs, codes: Sequence[Code], rounds: Sequence[str]
) -> list[list[str]]:
    """Krippendorff's α per code (codebook order) and round (in order), the change from the
    first round to the last, and the same over all codes: whether training works."""
    names = [r for r in rounds if r in report.by_group]
    by_id = {c.id: c for c in codes}
    rows = [["Code", *names, "Change"]]

    def row(label: str, figures: list[Stats]) -> list[str]:
        alphas = [st.krippendorff_alpha for st in figures]
        defined = [a for a in alphas if a is not None]
        change = f"{defined[-1] - defined[0]:+.3f}" if len(defined) >= 2 else "–"
        return [label, *(_with_interval(st, "krippendorff_alpha") for st in figures), change]

    for cid in codebook_order(codes):
        if cid in report.by_code:
            label = inputs.code_names.get(cid, by_id[cid].name if cid in by_id else cid)
            rows.append(row(label, [report.by_group_code[(r, cid)] for r in names]))
    rows.append(row("All codes", [report.by_group[r] for r in names]))
    rows.append(["Units", *(f"{report.by_group[r].units:,}" for r in names), ""])
    return rows


def render_plain(rows: list[list[str]]) -> str:
    """Aligned columns: the first left-aligned, the others right-aligned."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join([r[0].ljust(widths[0]), *(c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True))]).rstrip()
        for r in rows
    )


UNITIZED_NOTE = (
    "Unitizing (character continuum): α 2004 = Krippendorff's α_U (1995; 2004, §12.4), per code over its "
    "documents; uα, |uα, cuα, Cuα = Krippendorff, Mathet, Bouvry & Widlöcher (2016)."
)


def unitized_rows(report: AgreementReport, inputs: AgreementInputs, codes: Sequence[Code]) -> list[list[str]]:
    """Per code α_U (2004) and uα (2016); per exclusive group uα, |uα, cuα and each code's Cuα."""
    u = report.unitized
    assert u is not None
    rows = [["Unitizing", "α 2004", "uα", "|uα", "cuα"]]
    for cid in codebook_order(codes):
        if cid in u.by_code:
            rows.append([inputs.code_names.get(cid, cid), _num(u.by_code[cid]), _num(u.u_alpha.get(cid)), "", ""])
    for paths, g in zip(inputs.exclusive_paths or [""] * len(u.groups), u.groups, strict=True):
        rows.append([f"{paths} (exclusive)", "", _num(g.u_alpha), _num(g.bar_u_alpha), _num(g.cu_alpha)])
        cu = g.as_dict(inputs.code_names)["Cu_alpha"]
        assert isinstance(cu, dict)
        rows += [[f"  Cuα {name}", "", "", "", _num(value)] for name, value in cu.items()]
    return rows
