"""Inter-coder agreement statistics as pure functions (no storage, no Qt).

Entry points: :func:`compute_agreement` (every coefficient and breakdown, pooled or
averaged, JSON/rows for export), :func:`find_disagreements` and the reconciliation
helpers, the unit segmenters, and the low-level coefficient functions in
:mod:`~qcoder.analysis.agreement.stats`, :mod:`~qcoder.analysis.agreement.nominal` and
:mod:`~qcoder.analysis.agreement.unitized`.
"""

from qcoder.analysis.agreement.disagreements import (
    Disagreement,
    Kind,
    Method,
    consensus_for,
    consensus_spans,
    find_disagreements,
    resolve,
)
from qcoder.analysis.agreement.inputs import AgreementData, Pooling, SpanKey, Unit, spans_from_codings
from qcoder.analysis.agreement.nominal import NominalResult, NominalStats, nominal_stats
from qcoder.analysis.agreement.report import AgreementReport, PairStats, Stats, compute_agreement
from qcoder.analysis.agreement.unitized import UnitizedResult, unitized_alpha
from qcoder.analysis.agreement.units import paragraph_units, sentence_units
from qcoder.core.text import Span

__all__ = [
    "AgreementData",
    "AgreementReport",
    "Disagreement",
    "Kind",
    "Method",
    "NominalResult",
    "NominalStats",
    "PairStats",
    "Pooling",
    "Span",
    "SpanKey",
    "Stats",
    "Unit",
    "UnitizedResult",
    "compute_agreement",
    "consensus_for",
    "consensus_spans",
    "find_disagreements",
    "nominal_stats",
    "paragraph_units",
    "resolve",
    "sentence_units",
    "spans_from_codings",
    "unitized_alpha",
]
