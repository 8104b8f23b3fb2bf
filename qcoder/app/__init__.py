"""The service API that the GUI and the CLI both call.

Nothing here returns ORM objects or sessions: only the plain records of ``qcoder.core.model``.
"""

from qcoder.app.project import Project

__all__ = ["Project"]
