"""Language-processing windows: auto-coding preview, de-identification review, code
suggestions, the status-bar label naming the active spaCy pipeline, and sentence boundaries
for the coding actions."""

from qcoder.gui.nlp.autocode_dialog import AutocodeDialog
from qcoder.gui.nlp.deidentify_dialog import DeidentifyDialog
from qcoder.gui.nlp.sentences import SentenceIndex
from qcoder.gui.nlp.status import NlpStatusLabel
from qcoder.gui.nlp.suggestions_panel import SuggestionsPanel

__all__ = ["AutocodeDialog", "DeidentifyDialog", "NlpStatusLabel", "SentenceIndex", "SuggestionsPanel"]
