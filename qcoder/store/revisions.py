"""The schema revisions this version of qcoder knows, read from the names of the migration
scripts (standard library only: the quick read path and the open check use them without
importing SQLAlchemy or Alembic)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS = Path(__file__).with_name("migrations")
_SCRIPT = re.compile(r"^(\d{4})_\w+\.py$")


@cache
def known_revisions() -> frozenset[str]:
    """Every revision this version of qcoder knows (scripts are named ``NNNN_what.py`` and their
    revision id is ``NNNN``; tests/store checks this against Alembic's own walk)."""
    return frozenset(m.group(1) for p in (MIGRATIONS / "versions").iterdir() if (m := _SCRIPT.match(p.name)))


def head_revision() -> str:
    return max(known_revisions())
