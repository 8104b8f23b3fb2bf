"""De-identification: find what identifies people, let the user review it, then write a
redacted copy of the project (or, with a backup first, redact the project in place as one
undoable step).

Placeholders follow published briefs ("[name]", "[city]", "[agency]"); within a document
the same words always get the same placeholder. Participants in the roster are renamed
"Participant 1", "Participant 2"… (numbered by first appearance), and so are the speakers
linked to them, in the speaker table and in the speaker labels of the text. Codings, turns
and sentences are carried through the replacements by :class:`qcoder.nlp.redact.RedactionMap`.

The original never changes unless :func:`redact_in_place` is called."""

from __future__ import annotations

from qcoder.app.deidentify.copy import RedactionReport, redacted_copy, write_copy
from qcoder.app.deidentify.in_place import RedactDocuments, default_backup_path, plan_in_place, redact_in_place
from qcoder.app.deidentify.review import (
    AGENCY_ATTRIBUTES,
    REVIEW_COLUMNS,
    SITE_ATTRIBUTES,
    DeidOptions,
    DeidReview,
    DocPlan,
    build_plans,
    default_roster,
    find_identifiers,
    read_review,
    scrubber,
    write_review,
)

__all__ = [
    "AGENCY_ATTRIBUTES",
    "DeidOptions",
    "DeidReview",
    "DocPlan",
    "REVIEW_COLUMNS",
    "RedactDocuments",
    "RedactionReport",
    "SITE_ATTRIBUTES",
    "build_plans",
    "default_backup_path",
    "default_roster",
    "find_identifiers",
    "plan_in_place",
    "read_review",
    "redact_in_place",
    "redacted_copy",
    "scrubber",
    "write_copy",
    "write_review",
]
