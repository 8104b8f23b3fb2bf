"""One open project: queries return plain records; every mutation is an undoable command
run in one transaction.

:class:`Project` is the one service API the GUI and CLI call. Its work lives in per-area
services (:mod:`qcoder.app.services`), which it combines; each shares the command runner of
:class:`~qcoder.app.services.core.ProjectCore`, so applying a code stays one call deep:
``Project.add_codings`` → ``execute`` → command → repository → change set.
"""

from __future__ import annotations

from qcoder.app.services.attributes import AttributeService
from qcoder.app.services.codebook import CodebookService
from qcoder.app.services.coding import CodingService
from qcoder.app.services.documents import DocumentService
from qcoder.app.services.lifecycle import LifecycleService
from qcoder.app.services.memos import MemoService
from qcoder.app.services.search import SearchService
from qcoder.app.services.team import TeamService


class Project(
    LifecycleService,
    TeamService,
    DocumentService,
    SearchService,
    AttributeService,
    CodebookService,
    CodingService,
    MemoService,
):
    """The service API over one open project (SQLite file or PostgreSQL URL)."""
