"""Colour checks (issue 19, "Readable"): WCAG contrast, colour-blind simulation (Machado et al.
2009), CIEDE2000 (Sharma et al. 2005 test data), and the default code palette against them."""

from __future__ import annotations

import pytest

from qcoder.core.codes import PALETTE, least_used_color
from qcoder.core.colors import (
    MARK_CONTRAST,
    MIN_DELTA_E,
    VISIONS,
    check_color,
    check_palette,
    ciede2000,
    contrast,
    delta_e,
    min_delta_e,
    simulate,
)

# Sharma, Wu & Dalal (2005), Table 1: pairs 1, 2, 7, 17, 25 and 13
SHARMA = [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 3.1571, -77.2803), (50.0, 0.0, -82.7485), 2.8615),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((50.0, 2.49, -0.001), (50.0, -2.49, 0.0011), 7.2195),
]


@pytest.mark.parametrize(("lab1", "lab2", "expected"), SHARMA)
def test_ciede2000_matches_the_published_test_data(lab1, lab2, expected) -> None:  # type: ignore[no-untyped-def]
    assert ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert ciede2000(lab2, lab1) == pytest.approx(expected, abs=1e-4)


def test_wcag_contrast() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # the AA grey


def test_simulation_keeps_greys_and_merges_red_and_green_for_red_green_deficiencies() -> None:
    for vision in VISIONS:
        assert simulate("#FFFFFF", vision) == "#FFFFFF"
        assert simulate("#000000", vision) == "#000000"
    red, green = "#D55E00", "#4F9A00"
    assert delta_e(red, green) > 30
    assert delta_e(red, green, "deuteranopia") < delta_e(red, green) / 2
    assert delta_e(red, green, "protanopia") < delta_e(red, green) / 2


def test_the_default_palette_contrasts_with_light_and_dark_backgrounds() -> None:
    """3:1 (WCAG 2.1 SC 1.4.11) against white and black, so against every theme's margin."""
    for color in PALETTE:
        assert contrast(color, "#FFFFFF") >= MARK_CONTRAST, color
        assert contrast(color, "#000000") >= MARK_CONTRAST, color


def test_the_default_palette_stays_distinguishable_with_colour_blindness() -> None:
    assert check_palette(PALETTE, ["#FFFFFF", "#000000"]) == []
    closest = min(min_delta_e(a, b)[0] for i, a in enumerate(PALETTE) for b in PALETTE[:i])
    assert closest >= MIN_DELTA_E


def test_the_old_palette_would_have_failed() -> None:
    """The palette before issue 19 (Okabe-Ito and pastel tints): yellow on white, and pairs a
    protanope cannot tell apart."""
    old = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#FB8072")
    problems = check_palette(old, ["#FFFFFF"])
    assert any(p.kind == "contrast" and p.color == "#F0E442" for p in problems)
    assert any(p.kind == "close" and p.vision == "protanopia" for p in problems)


def test_check_color_names_the_problem() -> None:
    assert check_color(PALETTE[0], ["#FFFFFF"], PALETTE[1:]) == []
    (same,) = check_color("#4466cc", [], ["#4466CC"])
    assert same.kind == "close" and same.value == 0
    (low,) = check_color("#FFFF00", ["#FFFFFF"], [])
    assert low.kind == "contrast" and low.value < 1.1
    # red and green apart in normal vision, close for a protanope
    (cvd,) = check_color("#FB8072", [], ["#009E73"])
    assert cvd.vision == "protanopia" and delta_e("#FB8072", "#009E73") > MIN_DELTA_E


def test_new_codes_take_the_least_used_palette_colour() -> None:
    assert least_used_color([]) == PALETTE[0]
    assert least_used_color([PALETTE[0], PALETTE[1].lower()]) == PALETTE[2]
    assert least_used_color(list(PALETTE) + [PALETTE[0]]) == PALETTE[1]
