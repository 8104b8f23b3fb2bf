"""Data exchange formats (REFI-QDA import/export)."""
