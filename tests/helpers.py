"""Small builders shared by tests."""

from __future__ import annotations

from qcoder.importers.base import ImportedDocument
from qcoder.importers.speakers import detect_turns

INTERVIEW = (
    "Interviewer: Can you tell me about the task force?\n\n"
    "Det. Ortega: We share information with advocates every week. Turnover hurts us 😀 a lot.\n\n"
    "Interviewer: What would help?\n\n"
    "Det. Ortega: A formal protocol, honestly. And colocation with the advocates."
)


def imported(text: str = INTERVIEW, name: str = "interview.txt") -> ImportedDocument:
    return ImportedDocument(text=text, source_name=name, source_format="txt", turns=detect_turns(text))
