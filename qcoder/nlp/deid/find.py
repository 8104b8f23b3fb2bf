"""Finding candidates in a text (roster, patterns, entities), resolving overlaps, propagating and
numbering placeholders, and the Scrubber that applies them to short texts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from qcoder.nlp.analysis import Entity
from qcoder.nlp.deid.candidates import (
    _PRIORITY,
    ADDRESS,
    AGENCY,
    CITY,
    COUNTRY,
    DATE,
    EMAIL,
    NAME,
    NER,
    NUMBER,
    PATTERN,
    PHONE,
    PLACE,
    PROPAGATED,
    ROSTER,
    SPEAKER,
    SPEAKER_LABEL,
    STATE,
    Candidate,
    Roster,
    placeholder,
)
from qcoder.nlp.deid.lexicon import (
    _COUNTRY_LIKE,
    _MONTH,
    _NATIONAL_AGENCIES,
    _PERSON_TITLES,
    _ROLE_WORDS,
    TITLES,
    US_STATES,
)
from qcoder.nlp.deid.roster import RosterMatcher, _phrase, roster_entries

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (EMAIL, re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    (PHONE, re.compile(r"(?<![\w-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w-])")),
    (NUMBER, re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])")),  # social security number
    (DATE, re.compile(r"(?<![\w/-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))(?![\w/-])")),
    (DATE, re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?!\w)")),
    (DATE, re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?(?!\w)")),
    (
        ADDRESS,
        re.compile(
            r"\b\d{1,6}\s+(?:[A-Z][\w'-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr"
            r"|Court|Ct|Way|Place|Pl|Highway|Hwy|Parkway|Pkwy|Terrace|Circle)\b\.?"
        ),
    ),
    (
        ADDRESS,
        re.compile(r"\b(?:[A-Z][\w'-]*\s+){1,2}(?:Street|Avenue|Road|Boulevard|Lane|Drive|Highway|Parkway|Terrace)\b"),
    ),
    (
        NUMBER,
        re.compile(
            r"(?i)\b(?:case|docket|file|badge|account|license|licence|plate|inmate|booking|id|member)"
            r"(?:\s+(?:no\.?|number|#))?\s*[:#]?\s*(?P<v>(?=[a-z0-9-]*\d)[a-z0-9][a-z0-9-]{3,})\b"
        ),
    ),
    (NUMBER, re.compile(r"(?<![\w.,-])\d{7,}(?![\w.,-])")),
)


def pattern_matches(text: str) -> list[tuple[int, int, str]]:
    out = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span("v") if "v" in pattern.groupindex else m.span()
            if e > s:
                out.append((s, e, kind))
    return out


_SPECIFIC_DATE = re.compile(rf"{_MONTH}\s+\d|\d\s+{_MONTH}|\d{{1,2}}/\d{{1,2}}", re.IGNORECASE)


def entity_candidate(text: str, ent: Entity) -> tuple[int, int, str, bool] | None:
    """``(start, end, kind, accepted)`` for an entity worth reviewing, or None."""
    s, e = ent.start, ent.end
    surface = text[s:e]
    lower = surface.casefold()
    if lower.startswith("the ") and ent.label in ("ORG", "GPE", "FAC", "LOC"):
        s += 4
        surface = text[s:e]
        lower = surface.casefold()
    surface_stripped = surface.strip()
    if len(surface_stripped) < 2 or "\n" in surface or ":" in surface:
        return None
    if ent.label != "DATE" and not any(ch.isupper() for ch in surface):
        return None
    if lower in _ROLE_WORDS:
        return None
    words = surface.split()
    if ent.label == "PERSON" or (
        ent.label in ("GPE", "ORG", "LOC", "FAC")
        and len(words) >= 2
        and words[0].rstrip(".").casefold() in _PERSON_TITLES
    ):
        if all(w.strip(".").casefold() in TITLES for w in words):
            return None
        return s, e, NAME, True
    if ent.label == "GPE":
        if lower in US_STATES:
            return s, e, STATE, True
        if lower in _COUNTRY_LIKE:
            return s, e, COUNTRY, False
        return s, e, CITY, True
    if ent.label in ("LOC", "FAC"):
        return s, e, PLACE, lower not in _COUNTRY_LIKE
    if ent.label == "ORG":
        acronym = surface.isupper() and len(surface) <= 4
        return s, e, AGENCY, lower not in _NATIONAL_AGENCIES and not acronym
    if ent.label == "DATE" and _SPECIFIC_DATE.search(surface):
        return s, e, DATE, True
    return None


def find_candidates(
    document_id: str,
    text: str,
    matcher: RosterMatcher | None,
    entities: Iterable[Entity] | None,
    labels: Sequence[tuple[int, int, str]] = (),
    use_patterns: bool = True,
) -> list[Candidate]:
    """Everything identifying in one text, overlaps resolved (see :func:`resolve_overlaps`).
    ``labels`` are speaker-label spans with the pseudonym that replaces each."""
    found: list[Candidate] = []
    for s, e, pseudonym in labels:
        found.append(Candidate(document_id, s, e, text[s:e], SPEAKER, pseudonym, SPEAKER_LABEL))
    if matcher is not None:
        for s, e, entry in matcher.find(text):
            found.append(Candidate(document_id, s, e, text[s:e], entry.kind, placeholder(entry.kind), ROSTER))
    if use_patterns:
        for s, e, kind in pattern_matches(text):
            found.append(Candidate(document_id, s, e, text[s:e], kind, placeholder(kind), PATTERN))
    for ent in entities or ():
        got = entity_candidate(text, ent)
        if got is not None:
            s, e, kind, accepted = got
            found.append(Candidate(document_id, s, e, text[s:e], kind, placeholder(kind), NER, accepted))
    if labels:  # a finding that runs across a speaker label is a segmentation error: drop it
        spans = [(s, e) for s, e, _ in labels]
        found = [
            c
            for c in found
            if c.source == SPEAKER_LABEL
            or not any(s < c.end and c.start < e and not (s <= c.start and c.end <= e) for s, e in spans)
        ]
    return resolve_overlaps(found, text)


def resolve_overlaps(candidates: Iterable[Candidate], text: str) -> list[Candidate]:
    """Non-overlapping candidates: one inside another goes (the outer one covers it); two
    that cross merge into their union, with the kind of the more trusted source."""
    ordered = sorted(candidates, key=lambda c: (c.start, -(c.end - c.start), -_PRIORITY.get(c.source, 0)))
    out: list[Candidate] = []
    for c in ordered:
        if out and c.start < out[-1].end:
            last = out[-1]
            if c.end <= last.end:
                if (
                    c.start == last.start
                    and c.end == last.end
                    and _PRIORITY.get(c.source, 0) > _PRIORITY.get(last.source, 0)
                ):
                    out[-1] = replace(c, accepted=c.accepted or last.accepted)
                continue
            lead = c if _PRIORITY.get(c.source, 0) > _PRIORITY.get(last.source, 0) else last
            out[-1] = replace(
                lead, start=last.start, end=c.end, text=text[last.start : c.end], accepted=last.accepted or c.accepted
            )
            continue
        out.append(c)
    return out


def propagate(
    document_id: str, text: str, existing: Sequence[Candidate], surfaces: dict[str, Candidate]
) -> list[Candidate]:
    """Every other whole-word, same-case occurrence of ``surfaces`` (text → the candidate that
    found it) in this text, as new candidates: so a name the model found once is replaced
    everywhere."""
    if not surfaces:
        return []
    taken = sorted((c.start, c.end) for c in existing)
    alts = "|".join(_phrase(t) for t in sorted(surfaces, key=len, reverse=True))
    out: list[Candidate] = []
    for m in re.finditer(rf"(?<!\w)(?:{alts})(?!\w)", text):
        s, e = m.span()
        if any(a < e and s < b for a, b in taken):
            continue
        model = surfaces.get(m.group(0)) or surfaces.get(" ".join(m.group(0).split()))
        if model is None:
            continue
        out.append(Candidate(document_id, s, e, m.group(0), model.kind, model.placeholder, PROPAGATED, model.accepted))
    return out


def name_parts(candidates: Iterable[Candidate]) -> set[str]:
    """First and last names taken from findings of full names ("Karin Lindqvist" → Karin,
    Lindqvist)."""
    parts: set[str] = set()
    for c in candidates:
        words = re.findall(r"[\w'’-]+", c.text)
        if c.kind == NAME and c.accepted and len(words) >= 2:
            parts.update(w for w in words if len(w) >= 3 and w[:1].isupper() and w.casefold() not in TITLES)
    return parts


def relabel_name_parts(candidates: Sequence[Candidate], parts: set[str]) -> list[Candidate]:
    """A single word the model called a place or an organisation that is also part of a
    person's name elsewhere is a name ("Gloria" → [name], not [city])."""
    out = []
    for c in candidates:
        if c.kind != NAME and c.source in (NER, PROPAGATED) and c.text.strip() in parts:
            c = replace(c, kind=NAME, placeholder=placeholder(NAME), accepted=True)
        out.append(c)
    return out


def make_consistent(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Within a document, the same words get the same placeholder (the most trusted finding's)."""
    best: dict[tuple[str, str], Candidate] = {}
    for c in candidates:
        key = (c.document_id, " ".join(c.text.split()).casefold())
        old = best.get(key)
        if old is None or _PRIORITY.get(c.source, 0) > _PRIORITY.get(old.source, 0):
            best[key] = c
    out = []
    for c in candidates:
        lead = best[(c.document_id, " ".join(c.text.split()).casefold())]
        out.append(c if lead is c else replace(c, kind=lead.kind, placeholder=lead.placeholder))
    return out


def set_placeholder(candidates: Sequence[Candidate], index: int, new: str) -> list[Candidate]:
    """Change the placeholder of candidate ``index`` and of the same words elsewhere in its
    document (consistency)."""
    target = candidates[index]
    key = (target.document_id, " ".join(target.text.split()).casefold())
    return [
        replace(c, placeholder=new) if (c.document_id, " ".join(c.text.split()).casefold()) == key else c
        for c in candidates
    ]


def number_placeholders(candidates: Sequence[Candidate]) -> list[Candidate]:
    """ "[name]" → "[name 1]", "[name 2]"… per distinct words within each document, so readers
    can tell people apart (same words, same number)."""
    numbers: dict[tuple[str, str, str], int] = {}
    counters: dict[tuple[str, str], int] = {}
    out = []
    for c in sorted(candidates, key=lambda c: (c.document_id, c.start)):
        if c.source == SPEAKER_LABEL or not (c.placeholder.startswith("[") and c.placeholder.endswith("]")):
            out.append(c)
            continue
        base = c.placeholder[1:-1]
        key = (c.document_id, base, " ".join(c.text.split()).casefold())
        if key not in numbers:
            counters[(c.document_id, base)] = counters.get((c.document_id, base), 0) + 1
            numbers[key] = counters[(c.document_id, base)]
        out.append(replace(c, placeholder=f"[{base} {numbers[key]}]"))
    return out


class Scrubber:
    """Replaces known identifying words in free text (memos, names of documents, attribute
    values): the accepted findings of a review, the roster and the contact patterns."""

    def __init__(self, surfaces: dict[str, str], roster: Roster | None = None) -> None:
        table: dict[tuple[str, bool], str] = {}
        for text, ph in surfaces.items():
            text = " ".join(text.split())
            if len(text) >= 2:
                table.setdefault((text, True), ph)
        for entry in roster_entries(roster or Roster()):
            key = (entry.text if entry.case_sensitive else entry.text.casefold(), entry.case_sensitive)
            table.setdefault(key, placeholder(entry.kind))
        self._sensitive = {t: ph for (t, cs), ph in table.items() if cs}
        self._insensitive = {t: ph for (t, cs), ph in table.items() if not cs}
        self._patterns: list[tuple[re.Pattern[str], dict[str, str], bool]] = []
        for mapping, cs in ((self._sensitive, True), (self._insensitive, False)):
            if mapping:
                alts = "|".join(_phrase(t) for t in sorted(mapping, key=len, reverse=True))
                flags = 0 if cs else re.IGNORECASE
                self._patterns.append((re.compile(rf"(?<!\w)(?:{alts})(?!\w)", flags), mapping, cs))

    def __call__(self, text: str) -> str:
        if not text:
            return text
        for pattern, mapping, cs in self._patterns:

            def sub(m: re.Match[str], mapping: dict[str, str] = mapping, cs: bool = cs) -> str:
                key = " ".join(m.group(0).split())
                return mapping.get(key if cs else key.casefold(), m.group(0))

            text = pattern.sub(sub, text)
        for kind, pattern in PATTERNS:
            if kind in (EMAIL, PHONE, NUMBER):
                text = pattern.sub(functools.partial(_contact, kind=kind), text)
        return text


def _contact(m: re.Match[str], kind: str) -> str:
    """The placeholder for a pattern match (keeping a "case no." lead-in before the number)."""
    if "v" not in m.re.groupindex:
        return placeholder(kind)
    return m.group(0)[: m.start("v") - m.start()] + placeholder(kind)
