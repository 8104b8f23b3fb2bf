"""The service API that the GUI and the CLI both call.

Nothing here returns ORM objects or sessions: only the plain records of ``qcoder.core.model``.
``Project`` is imported on first use, so that light modules of this package (``listing``) can be
used without SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qcoder.app.project import Project

__all__ = ["Project"]


def __getattr__(name: str) -> Any:
    if name == "Project":
        from qcoder.app.project import Project

        return Project
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
