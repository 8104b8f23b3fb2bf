"""What a finding is: the kinds of identifying items, their sources in order of trust, the
bracketed placeholders, a Candidate and the roster the user supplies.
"""

from __future__ import annotations

from dataclasses import dataclass

from qcoder.core.text import Span

# kinds of identifying items
NAME, CITY, COUNTY, STATE, PLACE, COUNTRY, AGENCY = "name", "city", "county", "state", "place", "country", "agency"


DATE, PHONE, EMAIL, ADDRESS, NUMBER, SPEAKER = "date", "phone", "email", "address", "number", "speaker"


KINDS = (NAME, CITY, COUNTY, STATE, PLACE, COUNTRY, AGENCY, DATE, PHONE, EMAIL, ADDRESS, NUMBER, SPEAKER)


ROSTER, PATTERN, NER, PROPAGATED, SPEAKER_LABEL = "roster", "pattern", "ner", "propagated", "speaker"


_PRIORITY = {SPEAKER_LABEL: 5, ROSTER: 4, PATTERN: 3, NER: 2, PROPAGATED: 1}


def placeholder(kind: str) -> str:
    return f"[{kind}]"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One identifying item found in a document, for review."""

    document_id: str
    start: int
    end: int
    text: str
    kind: str
    placeholder: str
    source: str  # roster, pattern, ner, propagated, speaker
    accepted: bool = True

    @property
    def span(self) -> Span:
        return self.start, self.end


@dataclass(frozen=True)
class Roster:
    """What the user says identifies people: names (people), places, agencies."""

    names: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()

    def merged(self, other: Roster) -> Roster:
        def join(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
            seen: dict[str, str] = {}
            for x in (*a, *b):
                x = " ".join(x.split())
                if x:
                    seen.setdefault(x.casefold(), x)
            return tuple(seen.values())

        return Roster(
            join(self.names, other.names), join(self.places, other.places), join(self.agencies, other.agencies)
        )

    def __bool__(self) -> bool:
        return bool(self.names or self.places or self.agencies)
