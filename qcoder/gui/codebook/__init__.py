"""The codebook panel: tree model, view and dialogs."""
