"""The per-area services behind the :class:`qcoder.app.Project` facade (one module per area)."""
