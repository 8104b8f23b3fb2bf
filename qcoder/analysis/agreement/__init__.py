"""Inter-coder agreement statistics as pure functions (no storage, no Qt).

Entry points: :func:`compute_agreement` (every coefficient and breakdown),
:func:`find_disagreements` and the reconciliation helpers, the unit segmenters, and the
low-level coefficient functions in :mod:`qcoder.analysis.agreement.stats`.
"""

from qcoder.analysis.agreement.inputs import (
    AgreementData,
    Pooling,
    Span,
    SpanKey,
    Unit,
    spans_from_codings,
)
from qcoder.analysis.agreement.nominal import NominalResult
from qcoder.analysis.agreement.report import AgreementReport, PairStats, Stats, compute_agreement
from qcoder.analysis.agreement.units import paragraph_units, sentence_units

__all__ = [
    "AgreementData",
    "AgreementReport",
    "NominalResult",
    "PairStats",
    "Pooling",
    "Span",
    "SpanKey",
    "Stats",
    "Unit",
    "compute_agreement",
    "paragraph_units",
    "sentence_units",
    "spans_from_codings",
]
