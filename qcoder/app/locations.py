"""Project locations: a project file's path or a PostgreSQL server URL.

The window and the command line ask for a server password and show URLs through these
functions (they never import :mod:`qcoder.store`); a password is added in memory only and never
shown.
"""

from __future__ import annotations

from qcoder.store.urls import describe, has_password, is_server_url, needs_password, redact, with_password

__all__ = ["describe", "has_password", "is_server_url", "needs_password", "redact", "with_password"]
