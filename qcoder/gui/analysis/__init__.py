"""The analysis view: theme × group frequencies as a heat-map matrix, a bar chart of the same,
and the excerpts behind each cell (see :mod:`qcoder.gui.analysis.view`)."""

from qcoder.gui.analysis.view import AnalysisView

__all__ = ["AnalysisView"]
