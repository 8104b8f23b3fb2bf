"""The ORM tables and the Alembic migrations describe the same schema, on every backend."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from qcoder.store.project_store import ProjectStore
from qcoder.store.schema import Base


def test_models_match_migrations(location):
    store = ProjectStore.create(location)
    try:
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        # full-text search structures are created by migration 0002 on purpose
        diff = [d for d in diff if "fts" not in repr(d)]
        assert diff == []
    finally:
        store.close()
