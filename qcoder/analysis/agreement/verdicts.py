"""What an agreement figure means, by the conventions evaluators cite (labelled as conventions,
not laws).

- Krippendorff's alpha: "rely on variables with reliabilities above α = .800; consider
  variables with reliabilities between α = .667 and α = .800 only for drawing tentative
  conclusions" (Krippendorff 2004, *Content Analysis*, 2nd ed., p. 241).
- Cohen's and Fleiss' kappa: Landis & Koch (1977), "The measurement of observer agreement
  for categorical data", *Biometrics* 33: < 0 poor, 0–.20 slight, .21–.40 fair, .41–.60
  moderate, .61–.80 substantial, .81–1 almost perfect.
"""

from __future__ import annotations

ALPHA_RELIABLE = 0.800
ALPHA_TENTATIVE = 0.667
ALPHA_SOURCE = "Krippendorff 2004: α ≥ .800 reliable, ≥ .667 tentative"
KAPPA_SOURCE = "Landis & Koch 1977 bands"

# (upper bound inclusive, band); below 0: poor
_KAPPA_BANDS = ((0.20, "slight"), (0.40, "fair"), (0.60, "moderate"), (0.80, "substantial"), (1.0, "almost perfect"))


def alpha_verdict(alpha: float | None) -> str:
    """ "reliable", "tentative", "unreliable", or "not defined" (nobody applied the code, or
    only one value occurred)."""
    if alpha is None:
        return "not defined"
    if alpha >= ALPHA_RELIABLE:
        return "reliable"
    if alpha >= ALPHA_TENTATIVE:
        return "tentative"
    return "unreliable"


def kappa_band(kappa: float | None) -> str:
    if kappa is None:
        return "not defined"
    if kappa < 0:
        return "poor"
    for upper, name in _KAPPA_BANDS:
        if kappa <= upper:
            return name
    return "almost perfect"


def needs_attention(alpha: float | None) -> int:
    """Sort key: unreliable first, then tentative, reliable, undefined last."""
    return {"unreliable": 0, "tentative": 1, "reliable": 2, "not defined": 3}[alpha_verdict(alpha)]
