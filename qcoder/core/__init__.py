"""Qt-free, storage-free domain types and rules (stdlib only)."""
