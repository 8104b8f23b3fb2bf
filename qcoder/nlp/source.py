"""What the language layer reads from a project: a structural protocol.

:mod:`qcoder.nlp` sits below the service layer and must not import it; the service's
:class:`qcoder.app.Project` satisfies this protocol, and so can any test double or a read-only
snapshot adapter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from qcoder.core.model import AttributeDef, AttributeScope, Document, DocumentInfo, Participant, Speaker, Turn


class CorpusSource(Protocol):
    """The read-only project surface the corpus analyses need."""

    @property
    def path(self) -> Path | None: ...

    @property
    def project_id(self) -> str: ...

    @property
    def encrypted(self) -> bool: ...

    def documents(self) -> list[DocumentInfo]: ...

    def document(self, document_id: str) -> Document: ...

    def speakers(self, document_id: str | None = None) -> list[Speaker]: ...

    def turns(self, document_id: str | None = None) -> list[Turn]: ...

    def participants(self) -> list[Participant]: ...

    def attributes(self, scope: AttributeScope | None = None) -> list[AttributeDef]: ...
