"""Open-ended survey answers in the window: the import mapping dialog and the answer grid."""
