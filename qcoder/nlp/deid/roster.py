"""Roster matching: the variants of a name, place or agency that a transcript may use, and a
matcher over all of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qcoder.nlp.deid.candidates import AGENCY, CITY, COUNTY, NAME, STATE, Roster
from qcoder.nlp.deid.lexicon import _GENERIC, _ROLE_WORDS, TITLES, US_STATES


def name_variants(name: str) -> list[tuple[str, bool]]:
    """``(text, case_sensitive)`` forms under which a person may be mentioned: the full name
    and each part that is capitalised, at least three letters and not a title ("Det. Luis
    Ortega" → "Det. Luis Ortega", "Luis", "Ortega")."""
    name = " ".join(name.split())
    out: list[tuple[str, bool]] = []
    tokens = re.findall(r"[\w'’-]+\.?", name)
    parts = [
        t
        for t in tokens
        if len(t.rstrip(".")) >= 3
        and t[:1].isupper()
        and t.rstrip(".").casefold() not in TITLES
        and not any(ch.isdigit() for ch in t)
    ]
    if len(name) >= 3 and (parts or len(tokens) > 1) and name.casefold() not in _ROLE_WORDS:
        out.append((name, False))
    for p in parts:
        p = p.rstrip(".")
        if p != name:
            out.append((p, True))
    return out


def place_kind(place: str) -> str:
    folded = place.casefold()
    if folded in US_STATES:
        return STATE
    if folded.endswith((" county", " parish", " borough")):
        return COUNTY
    return CITY


def agency_variants(agency: str) -> list[str]:
    """The agency's name, and its first two words when both are capitalised and specific
    ("Safe Harbor Advocacy Center" → "Safe Harbor")."""
    agency = " ".join(agency.split())
    out = [agency] if len(agency) >= 3 else []
    words = agency.split()
    if len(words) >= 3:
        a, b = words[0], words[1]
        if a[:1].isupper() and b[:1].isupper() and a.casefold() not in _GENERIC and b.casefold() not in _GENERIC:
            out.append(f"{a} {b}")
    return out


@dataclass(frozen=True)
class RosterEntry:
    text: str
    kind: str
    case_sensitive: bool


def roster_entries(roster: Roster) -> list[RosterEntry]:
    entries: dict[tuple[str, bool], RosterEntry] = {}

    def add(text: str, kind: str, case_sensitive: bool) -> None:
        key = (text if case_sensitive else text.casefold(), case_sensitive)
        entries.setdefault(key, RosterEntry(text, kind, case_sensitive))

    for name in roster.names:
        for text, cs in name_variants(name):
            add(text, NAME, cs)
    for place in roster.places:
        place = " ".join(place.split())
        if len(place) >= 3:
            add(place, place_kind(place), " " not in place)
    for agency in roster.agencies:
        for text in agency_variants(agency):
            add(text, AGENCY, " " not in text)
    return list(entries.values())


class RosterMatcher:
    """Whole-word search for every roster entry at once (longest first)."""

    def __init__(self, entries: Sequence[RosterEntry]) -> None:
        self._sensitive = {e.text: e for e in entries if e.case_sensitive}
        self._insensitive = {e.text.casefold(): e for e in entries if not e.case_sensitive}
        self._patterns: list[tuple[re.Pattern[str], bool]] = []
        for table, cs in ((self._sensitive, True), (self._insensitive, False)):
            if table:
                alts = "|".join(_phrase(e.text) for e in sorted(table.values(), key=lambda e: -len(e.text)))
                self._patterns.append((re.compile(rf"(?<!\w)(?:{alts})(?!\w)", 0 if cs else re.IGNORECASE), cs))

    def find(self, text: str) -> list[tuple[int, int, RosterEntry]]:
        out = []
        for pattern, cs in self._patterns:
            for m in pattern.finditer(text):
                found = m.group(0)
                entry = self._sensitive.get(found) if cs else self._insensitive.get(" ".join(found.split()).casefold())
                if entry is not None:
                    out.append((m.start(), m.end(), entry))
        return out


def _phrase(text: str) -> str:
    return r"\s+".join(re.escape(p) for p in text.split())
