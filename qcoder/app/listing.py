"""Listings that commands print without opening the project the usual way (see
:mod:`qcoder.store.quick_read`: a plain project file exactly as a checked session closed it is read
with the standard library alone, so ``qcoder documents`` starts in a tenth of a second)."""

from __future__ import annotations

from pathlib import Path

from qcoder.store.quick_read import Listing, document_listing


def quick_documents(location: str | Path, *, with_counts: bool = True) -> Listing | None:
    """The project's documents and open warnings, or None: then open the project with
    :meth:`qcoder.app.project.Project.open` and list them there."""
    return document_listing(location, with_counts=with_counts)
