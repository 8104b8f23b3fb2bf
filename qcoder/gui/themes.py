"""The three themes (light, dark, high contrast) as plain colour tables, and which one applies.

Every colour the window paints comes from the theme in force (:func:`current`): the Qt
palette, the style sheet, the transcript's bands, find hits and speaker labels, the margins,
the icons, the charts and the few HTML snippets. ``qcoder.gui.style`` applies a theme.

Which theme: ``QCODER_THEME=light|dark|contrast`` when set, else the View → Theme setting,
else the system's colour scheme (dark or light).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from qcoder.gui.i18n import QT_TRANSLATE_NOOP

SYSTEM = "system"  # the setting's default: follow the system's colour scheme
ENV_VAR = "QCODER_THEME"


@dataclass(frozen=True)
class Theme:
    name: str
    title: str  # as the View → Theme menu shows it (translate("themes", title))
    dark: bool
    # panels and text
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    accent: str
    border: str
    hover: str
    button: str
    selection: str  # selected rows and text
    selection_text: str
    placeholder: str
    # messages
    error: str
    warn: str
    good: str
    # transcript
    interviewer_band: str
    turn_rule: str
    find_hit: str
    find_current: str
    playing: str
    speaker_label: str
    interviewer_label: str
    overlap_mark: str  # underline and count label of overlapping codings
    margin: str  # the paragraph-number and stripe margins
    margin_rule: str
    number: str
    outline: str  # the selected stripe's outline
    star_pen: str
    star_fill: str
    mark: str  # a search match in result lists (HTML background)
    ink: str  # line icons


LIGHT = Theme(
    name="light",
    title=QT_TRANSLATE_NOOP("themes", "Light"),
    dark=False,
    window="#F4F5F7",
    base="#FFFFFF",
    alt_base="#F9FAFB",
    text="#111827",
    muted="#5B6472",
    accent="#2563EB",
    border="#DDE1E6",
    hover="#E5E7EB",
    button="#F9FAFB",
    selection="#BFDBFE",
    selection_text="#111827",
    placeholder="#6B7280",
    error="#B00020",
    warn="#8A4B00",
    good="#047857",
    interviewer_band="#F3F4F6",
    turn_rule="#E5E7EB",
    find_hit="#FFE58F",
    find_current="#FFA94D",
    playing="#DCEBFF",
    speaker_label="#1F4E79",
    interviewer_label="#5B6472",
    overlap_mark="#374151",
    margin="#F7F8FA",
    margin_rule="#E5E7EB",
    number="#6B7280",
    outline="#111827",
    star_pen="#B45309",
    star_fill="#FCD34D",
    mark="#FDE68A",
    ink="#374151",
)

DARK = Theme(
    name="dark",
    title=QT_TRANSLATE_NOOP("themes", "Dark"),
    dark=True,
    window="#1B1E23",
    base="#202329",
    alt_base="#262A31",
    text="#F3F4F6",
    muted="#A3AAB5",
    accent="#6EA8FE",
    border="#3A3F48",
    hover="#30353D",
    button="#2A2E35",
    selection="#1E4A8A",
    selection_text="#FFFFFF",
    placeholder="#8B93A0",
    error="#FF8A80",
    warn="#F5B971",
    good="#6EE7B7",
    interviewer_band="#282C33",
    turn_rule="#343943",
    find_hit="#6B5300",
    find_current="#A35200",
    playing="#1E3A5F",
    speaker_label="#9CC3F0",
    interviewer_label="#A3AAB5",
    overlap_mark="#D1D5DB",
    margin="#1B1E23",
    margin_rule="#343943",
    number="#8B93A0",
    outline="#FFFFFF",
    star_pen="#FCD34D",
    star_fill="#B45309",
    mark="#6B5300",
    ink="#D1D5DB",
)

CONTRAST = Theme(
    name="contrast",
    title=QT_TRANSLATE_NOOP("themes", "High contrast"),
    dark=True,
    window="#000000",
    base="#000000",
    alt_base="#0A0A0A",
    text="#FFFFFF",
    muted="#E0E0E0",
    accent="#FFFF00",
    border="#FFFFFF",
    hover="#333333",
    button="#2B2B2B",
    selection="#FFFF00",
    selection_text="#000000",
    placeholder="#C0C0C0",
    error="#FF6B6B",
    warn="#FFD166",
    good="#7CFC00",
    interviewer_band="#1A1A1A",
    turn_rule="#FFFFFF",
    find_hit="#5C4A00",
    find_current="#8A3A00",
    playing="#002A66",
    speaker_label="#00FFFF",
    interviewer_label="#FFFF00",
    overlap_mark="#FFFFFF",
    margin="#000000",
    margin_rule="#FFFFFF",
    number="#FFFFFF",
    outline="#FFFFFF",
    star_pen="#FFFF00",
    star_fill="#000000",
    mark="#5C4A00",
    ink="#FFFFFF",
)

THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, DARK, CONTRAST)}
CHOICES = (SYSTEM, *THEMES)  # what the setting may hold


class _Current:
    """The theme in force (set by ``style.apply_theme``; light until then)."""

    theme: Theme = LIGHT


def current() -> Theme:
    return _Current.theme


def set_current(theme: Theme) -> None:
    _Current.theme = theme


def env_theme() -> str | None:
    """``QCODER_THEME`` when it names a theme (light, dark, contrast), else None."""
    value = os.environ.get(ENV_VAR, "").strip().lower()
    return value if value in THEMES else None


def resolve(setting: str, system_dark: bool) -> Theme:
    """The theme to use: ``QCODER_THEME``, else ``setting`` (a theme name or "system"), else
    the system's scheme."""
    name = env_theme() or (setting if setting in THEMES else None)
    if name is None:
        name = "dark" if system_dark else "light"
    return THEMES[name]


def text_backgrounds(theme: Theme) -> tuple[str, ...]:
    """Every background transcript text is drawn on (for the readability test)."""
    return (
        theme.base,
        theme.interviewer_band,
        theme.find_hit,
        theme.find_current,
        theme.playing,
    )


def mark_backgrounds() -> tuple[str, ...]:
    """The backgrounds code stripes are painted on, in every theme: a code's colour must
    stand out on all of them (the user may switch theme)."""
    return tuple(dict.fromkeys(t.margin for t in THEMES.values()))
