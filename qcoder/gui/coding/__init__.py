"""Coding actions: apply, quick keys, finder, in-vivo, spans, edit codings."""
