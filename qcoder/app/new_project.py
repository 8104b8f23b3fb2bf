"""Creating a plain project file without the database layer (``qcoder new`` in 0.1 s).

:func:`create_plain_file` builds the file from the schema script
(:func:`qcoder.store.schema_sql.create_file`) with the standard library alone. It steps aside
(False) for a server URL, a path that exists or whose folder does not, and a script that is not
for the newest schema; then :meth:`qcoder.app.project.Project.create` creates the project and
says what is wrong, as always. Encrypted projects always go through ``Project.create``.
"""

from __future__ import annotations

from pathlib import Path

from qcoder.store.schema_sql import create_file


def create_plain_file(location: str, name: str = "") -> bool:
    if "://" in location or not location.strip():
        return False
    path = Path(location)
    if path.exists() or path.is_symlink() or not path.parent.is_dir():
        return False
    return create_file(path, name or path.stem)
