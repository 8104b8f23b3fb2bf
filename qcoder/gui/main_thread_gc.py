"""Cyclic garbage is collected on the GUI thread only.

Python runs its cycle collector in whatever thread happens to allocate when a threshold is
crossed. A worker thread (the sentence index, an import, an export) can then free Qt wrappers
that belong to the GUI thread, which deletes their QObjects from the wrong thread and can crash
the application (seen in a keyboard test while the sentence index ran spaCy). So, while the
window runs, automatic collection is off and a timer on the GUI thread collects instead, the
generation the allocation counts call for (the pattern of pyqtgraph's ``GarbageCollector``).
Objects without cycles are still freed at once by reference counting.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class MainThreadGarbageCollector(QObject):
    """Turns automatic collection off until :meth:`stop`; collects on the owner's thread."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> int:
        """Collect the oldest generation whose allocation count passed its threshold (-1: none)."""
        counts = gc.get_count()
        generation = -1
        for g in (2, 1, 0):
            if self.thresholds[g] and counts[g] > self.thresholds[g]:
                generation = g
                break
        if generation >= 0:
            gc.collect(generation)
        return generation

    def stop(self) -> None:
        self.timer.stop()
        if self._was_enabled:
            gc.enable()
