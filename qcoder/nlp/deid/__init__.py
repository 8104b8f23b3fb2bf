"""Finding what identifies people in a transcript (pure functions; entities come in from the
pipeline when it has a named-entity recogniser).

Three sources, in order of trust: rosters the user supplies (participant names, places,
agencies), patterns (phone numbers, e-mail addresses, dates, street addresses, case and
badge numbers), and the NER model's PERSON / GPE / LOC / FAC / ORG / DATE entities. Each
finding becomes a :class:`Candidate` with a bracketed placeholder in the style of published
briefs ("[name]", "[city]", "[state]", "[agency]") that the user reviews."""

from __future__ import annotations

from qcoder.nlp.deid.candidates import (
    ADDRESS,
    AGENCY,
    CITY,
    COUNTRY,
    COUNTY,
    DATE,
    EMAIL,
    KINDS,
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
from qcoder.nlp.deid.find import (
    PATTERNS,
    Scrubber,
    entity_candidate,
    find_candidates,
    make_consistent,
    name_parts,
    number_placeholders,
    pattern_matches,
    propagate,
    relabel_name_parts,
    resolve_overlaps,
    set_placeholder,
)
from qcoder.nlp.deid.lexicon import TITLES, US_STATES
from qcoder.nlp.deid.roster import (
    RosterEntry,
    RosterMatcher,
    agency_variants,
    name_variants,
    place_kind,
    roster_entries,
)

__all__ = [
    "ADDRESS",
    "AGENCY",
    "CITY",
    "COUNTRY",
    "COUNTY",
    "Candidate",
    "DATE",
    "EMAIL",
    "KINDS",
    "NAME",
    "NER",
    "NUMBER",
    "PATTERN",
    "PATTERNS",
    "PHONE",
    "PLACE",
    "PROPAGATED",
    "ROSTER",
    "Roster",
    "RosterEntry",
    "RosterMatcher",
    "SPEAKER",
    "SPEAKER_LABEL",
    "STATE",
    "Scrubber",
    "TITLES",
    "US_STATES",
    "agency_variants",
    "entity_candidate",
    "find_candidates",
    "make_consistent",
    "name_parts",
    "name_variants",
    "number_placeholders",
    "pattern_matches",
    "place_kind",
    "placeholder",
    "propagate",
    "relabel_name_parts",
    "resolve_overlaps",
    "roster_entries",
    "set_placeholder",
]
