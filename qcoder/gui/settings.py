"""Typed wrapper over ``QSettings``: every UI setting is declared here, once.

Project data never lives here (it is in the project database); these are per-user UI
preferences. Tests construct ``Settings.at(tmp_path / "settings.ini")`` so they never touch
the user's real settings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from qcoder.gui.i18n import CHOICES as LANGUAGE_CHOICES
from qcoder.gui.i18n import SYSTEM as LANGUAGE_SYSTEM
from qcoder.gui.themes import CHOICES as THEME_CHOICES
from qcoder.gui.themes import SYSTEM as SYSTEM_THEME

MAX_RECENT = 10
TEXT_SIZES = (100, 115, 130, 150)  # View → Text size, percent of the base font

# show-codings filter modes
SHOW_MINE = "mine"
SHOW_SELECTED = "selected"
SHOW_ALL = "all"


@dataclass(frozen=True)
class CodingFilter:
    """Which codings the viewer shows: by coder (mine / selected coders / all) and hidden codes."""

    coder_mode: str = SHOW_ALL
    coder_ids: frozenset[str] = frozenset()
    hidden_codes: frozenset[str] = field(default_factory=frozenset)

    def shows(self, code_id: str, coder_id: str, my_coder_id: str | None) -> bool:
        if code_id in self.hidden_codes:
            return False
        if self.coder_mode == SHOW_MINE:
            return coder_id == my_coder_id
        if self.coder_mode == SHOW_SELECTED:
            return coder_id in self.coder_ids
        return True


class Settings:
    """The application's UI settings."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings if qsettings is not None else QSettings("qcoder", "qcoder")

    @classmethod
    def at(cls, path: str | Path) -> Settings:
        """Settings stored in an INI file at ``path`` (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def sync(self) -> None:
        self._s.sync()

    def location(self) -> str:
        """The settings file (or, on Windows, the registry key) as Qt names it."""
        return str(self._s.fileName())

    # --- helpers ------------------------------------------------------------------------------
    def _get_json(self, key: str, default: Any) -> Any:
        raw = self._s.value(key, None)
        if raw is None or raw == "":
            return default
        try:
            return json.loads(str(raw))
        except ValueError:
            return default

    def _set_json(self, key: str, value: Any) -> None:
        self._s.setValue(key, json.dumps(value))

    def _get_bytes(self, key: str) -> QByteArray | None:
        raw = self._s.value(key, None)
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    # --- recent projects ------------------------------------------------------------------------
    def recent_projects(self) -> list[str]:
        """Recent project locations, newest first: absolute file paths or server URLs (an
        older relative entry is kept once, as it was stored)."""
        value = self._get_json("projects/recent", [])
        items = [str(v) for v in value] if isinstance(value, list) else []
        return list(dict.fromkeys(items))

    def add_recent_project(self, location: str | Path) -> None:
        loc = _absolute(location)
        items = [loc] + [p for p in self.recent_projects() if p != loc]
        self._set_json("projects/recent", items[:MAX_RECENT])

    def remove_recent_project(self, location: str | Path) -> None:
        gone = {str(location), _absolute(location)}
        self._set_json("projects/recent", [p for p in self.recent_projects() if p not in gone])

    def last_directory(self) -> str:
        """The folder file dialogs start in ("" when unset or no longer there)."""
        folder = str(self._s.value("projects/last_directory", "") or "")
        return folder if folder and Path(folder).is_dir() else ""

    def set_last_directory(self, directory: str | Path) -> None:
        self._s.setValue("projects/last_directory", str(Path(directory).resolve()))

    # --- coder identity -------------------------------------------------------------------------
    def coder_name(self) -> str:
        return str(self._s.value("coder/name", "") or "")

    def set_coder_name(self, name: str) -> None:
        self._s.setValue("coder/name", name.strip())

    # --- window layout --------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        return self._get_bytes("window/geometry")

    def set_window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        return self._get_bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    def splitter_sizes(self, name: str) -> list[int]:
        value = self._get_json(f"splitters/{name}", [])
        return [int(v) for v in value] if isinstance(value, list) else []

    def set_splitter_sizes(self, name: str, sizes: list[int]) -> None:
        self._set_json(f"splitters/{name}", [int(s) for s in sizes])

    # --- quick-code keys (per project) ----------------------------------------------------------
    def quick_codes(self, project_id: str) -> dict[int, str]:
        """Key 1–9 → code id, for one project."""
        value = self._get_json(f"quick_codes/{project_id}", {})
        if not isinstance(value, dict):
            return {}
        out: dict[int, str] = {}
        for k, v in value.items():
            if str(k).isdigit() and 1 <= int(k) <= 9 and isinstance(v, str):
                out[int(k)] = v
        return out

    def set_quick_codes(self, project_id: str, bindings: dict[int, str]) -> None:
        self._set_json(f"quick_codes/{project_id}", {str(k): v for k, v in sorted(bindings.items())})

    # --- show-codings filter (per project) ------------------------------------------------------
    def coding_filter(self, project_id: str) -> CodingFilter:
        value = self._get_json(f"coding_filter/{project_id}", {})
        if not isinstance(value, dict):
            return CodingFilter()
        mode = value.get("coder_mode", SHOW_ALL)
        return CodingFilter(
            coder_mode=mode if mode in (SHOW_MINE, SHOW_SELECTED, SHOW_ALL) else SHOW_ALL,
            coder_ids=frozenset(str(v) for v in value.get("coder_ids", [])),
            hidden_codes=frozenset(str(v) for v in value.get("hidden_codes", [])),
        )

    def set_coding_filter(self, project_id: str, value: CodingFilter) -> None:
        self._set_json(
            f"coding_filter/{project_id}",
            {
                "coder_mode": value.coder_mode,
                "coder_ids": sorted(value.coder_ids),
                "hidden_codes": sorted(value.hidden_codes),
            },
        )

    # --- viewer -------------------------------------------------------------------------------------
    def viewer_font_size(self) -> int:
        raw = self._s.value("viewer/font_size", 11)
        try:
            return int(str(raw))
        except ValueError:
            return 11

    def set_viewer_font_size(self, size: int) -> None:
        self._s.setValue("viewer/font_size", int(size))

    # --- appearance -----------------------------------------------------------------------------
    def theme(self) -> str:
        """View → Theme: "system" (the default: follow the system), "light", "dark" or
        "contrast" (``QCODER_THEME`` overrides it; qcoder.gui.themes)."""
        value = str(self._s.value("appearance/theme", SYSTEM_THEME) or SYSTEM_THEME)
        return value if value in THEME_CHOICES else SYSTEM_THEME

    def set_theme(self, name: str) -> None:
        self._s.setValue("appearance/theme", name if name in THEME_CHOICES else SYSTEM_THEME)

    def text_size(self) -> int:
        """View → Text size: the application font in percent (one of TEXT_SIZES)."""
        try:
            value = int(str(self._s.value("appearance/text_size", 100)))
        except ValueError:
            return 100
        return value if value in TEXT_SIZES else 100

    def set_text_size(self, percent: int) -> None:
        self._s.setValue("appearance/text_size", int(percent) if int(percent) in TEXT_SIZES else 100)

    def language(self) -> str:
        """View → Language: "system" (the default: follow the system), "en", "es" or "fr"
        (``QCODER_LANG`` overrides it; qcoder.gui.i18n). Takes effect at the next start."""
        value = str(self._s.value("appearance/language", LANGUAGE_SYSTEM) or LANGUAGE_SYSTEM)
        return value if value in LANGUAGE_CHOICES else LANGUAGE_SYSTEM

    def set_language(self, name: str) -> None:
        self._s.setValue("appearance/language", name if name in LANGUAGE_CHOICES else LANGUAGE_SYSTEM)

    # --- first run ----------------------------------------------------------------------------
    def tour_seen(self) -> bool:
        """Whether the 2-minute tour was taken or turned down (the start page then stops
        offering it first; Help still starts it)."""
        return str(self._s.value("firstrun/tour_seen", "false")).lower() in ("true", "1")

    def set_tour_seen(self, seen: bool = True) -> None:
        self._s.setValue("firstrun/tour_seen", "true" if seen else "false")

    def snap_to_words(self) -> bool:
        """Whether selections widen to whole words before coding (default on)."""
        return str(self._s.value("viewer/snap_to_words", "true")).lower() not in ("false", "0")

    def set_snap_to_words(self, on: bool) -> None:
        self._s.setValue("viewer/snap_to_words", "true" if on else "false")


def _absolute(location: str | Path) -> str:
    """A project file's absolute path; a server URL unchanged."""
    text = str(location)
    if "://" in text:
        return text
    return str(Path(text).expanduser().resolve())
