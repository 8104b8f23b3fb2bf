"""While the window runs, cyclic garbage is collected on the GUI thread only: a worker thread's
allocations never run the collector (which could free the GUI thread's Qt objects there)."""

from __future__ import annotations

import gc
import threading

from qcoder.gui.main_thread_gc import MainThreadGarbageCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collection_happens_on_the_gui_thread_not_in_workers(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert gc.isenabled()
    collector = MainThreadGarbageCollector(interval_ms=20)
    seen: list[str] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        assert not gc.isenabled()
        worker = threading.Thread(target=lambda: [_Cycle() for _ in range(50_000)], name="worker")
        worker.start()
        worker.join()
        assert "worker" not in seen  # the worker's thousands of cycles did not start a collection
        qtbot.waitUntil(lambda: threading.main_thread().name in seen, timeout=5000)  # the timer did
    finally:
        gc.callbacks.remove(note)
        collector.stop()
    assert gc.isenabled()
