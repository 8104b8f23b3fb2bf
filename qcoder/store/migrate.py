"""Schema versions: create, detect, back up and upgrade project databases with Alembic.

Opening a project only needs to know its revision and whether it is the newest: both are read
without Alembic (the ``alembic_version`` table and the names of the scripts in
``migrations/versions``), so commands that open an up-to-date project never import Alembic
(0.4 s of start-up). Alembic is imported when a database is created or upgraded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError

from qcoder.store.revisions import MIGRATIONS as MIGRATIONS
from qcoder.store.revisions import head_revision as head_revision
from qcoder.store.revisions import known_revisions as known_revisions

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def current_revision(connection: Connection) -> str | None:
    """The database's revision, or None when it has none (no ``alembic_version`` table)."""
    if "alembic_version" not in inspect(connection).get_table_names():
        return None
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        return None


def has_tables(connection: Connection) -> bool:
    return bool(inspect(connection).get_table_names())


def upgrade(connection: Connection, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
