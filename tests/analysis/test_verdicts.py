"""Verdicts follow the cited conventions exactly at their boundaries (issue 15):
Krippendorff 2004 (Content Analysis, 2nd ed., p. 241) for alpha; Landis & Koch 1977 for kappa."""

from __future__ import annotations

import pytest

from qcoder.analysis.agreement.verdicts import alpha_verdict, kappa_band, needs_attention


@pytest.mark.parametrize(
    "alpha, verdict",
    [
        (0.800, "reliable"),
        (0.95, "reliable"),
        (0.7999, "tentative"),
        (0.667, "tentative"),
        (0.6669, "unreliable"),
        (-0.2, "unreliable"),
        (None, "not defined"),
    ],
)
def test_alpha_verdicts(alpha: float | None, verdict: str) -> None:
    assert alpha_verdict(alpha) == verdict


@pytest.mark.parametrize(
    "kappa, band",
    [
        (-0.01, "poor"),
        (0.0, "slight"),
        (0.20, "slight"),
        (0.21, "fair"),
        (0.40, "fair"),
        (0.41, "moderate"),
        (0.60, "moderate"),
        (0.61, "substantial"),
        (0.80, "substantial"),
        (0.81, "almost perfect"),
        (1.0, "almost perfect"),
        (None, "not defined"),
    ],
)
def test_kappa_bands(kappa: float | None, band: str) -> None:
    assert kappa_band(kappa) == band


def test_what_needs_attention_sorts_first() -> None:
    assert sorted([0.9, None, 0.5, 0.7], key=needs_attention) == [0.5, 0.7, 0.9, None]
