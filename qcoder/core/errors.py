"""Typed errors raised by the core, store and app layers.

User-facing wording lives in the CLI and GUI; these carry the facts.
"""

from __future__ import annotations


class QcoderError(Exception):
    """Base class of every error qcoder raises on purpose."""


class NotFound(QcoderError):
    def __init__(self, kind: str, key: str) -> None:
        super().__init__(f"{kind} not found: {key}")
        self.kind = kind
        self.key = key


class DuplicateName(QcoderError):
    def __init__(self, kind: str, name: str) -> None:
        super().__init__(f"a {kind} named {name!r} already exists")
        self.kind = kind
        self.name = name


class AlreadyImported(QcoderError):
    """An import found the same text already stored (checked inside the writing transaction)."""

    def __init__(self, name: str, existing: str) -> None:
        super().__init__(f"{name}: same text as the document {existing!r} already in the project")
        self.name = name
        self.existing = existing


class InvalidOffsets(QcoderError):
    def __init__(self, start: int, end: int, length: int) -> None:
        super().__init__(f"offsets [{start}, {end}) are not a non-empty span inside a text of {length} characters")
        self.start = start
        self.end = end
        self.length = length


class InvalidValue(QcoderError):
    """A value (attribute value, color, name…) that breaks a rule."""


class CodebookCycle(QcoderError):
    def __init__(self, code: str, parent: str) -> None:
        super().__init__(f"cannot move code {code!r} under its own descendant {parent!r}")


class ConcurrentEdit(QcoderError):
    """Another writer changed the row since it was read (optimistic concurrency)."""


class ProjectError(QcoderError):
    """The project file or database cannot be used as it is."""


class SchemaTooNew(ProjectError):
    def __init__(self, found: str) -> None:
        super().__init__(
            f"the project was written by a newer qcoder (schema revision {found}); upgrade qcoder to open it"
        )
        self.found = found


class NotAProject(ProjectError):
    pass


class ImportFailed(QcoderError):
    """A source file could not be imported; the message says why, for the user."""


class UnsupportedFile(ImportFailed):
    """A file whose content is none of the formats qcoder imports (an import lists it as
    skipped, with the reason, rather than failed)."""


class Cancelled(QcoderError):
    """A long operation was cancelled by the user."""


class InvalidRows(QcoderError):
    """A table (codebook, codings, attribute sheet) has rows that cannot be used; nothing was written."""

    def __init__(self, what: str, errors: list[str]) -> None:
        shown = "; ".join(errors[:10]) + (f"; and {len(errors) - 10} more" if len(errors) > 10 else "")
        super().__init__(f"{what}: {len(errors)} bad row(s), nothing imported: {shown}")
        self.errors = errors
