"""Storage: SQLAlchemy models, migrations and the repository. The only package with SQL."""
