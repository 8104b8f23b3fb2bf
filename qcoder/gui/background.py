"""Workers that outlive the widget that started them.

A panel that reads in the background (coded excerpts, search) may be closed, or the
application may quit, while its worker still runs. Destroying a running ``QThread`` aborts
the process, so such workers have no Qt parent: they are kept here until they are done, and
waited for when the application quits. Their results go to slots of the panel; Qt drops
those connections if the panel is gone.
"""

from __future__ import annotations

import atexit

from PySide6.QtCore import QCoreApplication

from qcoder.gui.workers import Worker

_alive: set[Worker] = set()
_hooked = False


def keep_until_done(worker: Worker) -> Worker:
    """Hold ``worker`` (not yet started) until it has finished, failed or been cancelled."""
    global _hooked
    _alive.add(worker)

    def release() -> None:  # queued to the GUI thread
        worker.wait()
        _alive.discard(worker)
        worker.deleteLater()

    worker.done.connect(release)
    app = QCoreApplication.instance()
    if app is not None and not _hooked:
        app.aboutToQuit.connect(wait_all)
        _hooked = True
    return worker


def wait_all() -> None:
    """Wait for every background worker (before the project closes or the application quits)."""
    for worker in list(_alive):
        worker.wait()


atexit.register(wait_all)  # also when Python exits without a Qt event loop (scripts)


def running() -> int:
    return sum(1 for w in _alive if w.outcome == "")
