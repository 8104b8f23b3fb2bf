"""Sentence boundaries for the coding actions, without ever blocking the window.

``SentenceIndex.prepare(document_id)`` (call it when the viewer shows a document) parses the
document in a background worker unless its sentences are cached; :meth:`sentence_at` and
:meth:`snap` answer from memory, or return None while the sentences are not known yet (the
caller then falls back to its own rule-based sentence).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.text import Span
from qcoder.gui.background import keep_until_done
from qcoder.gui.context import AppContext
from qcoder.gui.workers import Worker
from qcoder.nlp.corpus import cached_sentences, sentences
from qcoder.nlp.spans import sentence_at, snap_to_sentences


class SentenceIndex(QObject):
    ready = Signal(str)  # document id whose sentences are now known

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._sentences: dict[str, list[Span]] = {}
        self._pending: set[str] = set()
        ctx.project_closed.connect(self._sentences.clear)
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, changes: object) -> None:
        if isinstance(changes, ChangeSet) and (changes.touches(Kind.DOCUMENT) or changes.touches(Kind.SPEAKER)):
            for doc_id in changes.ids(Kind.DOCUMENT) | set(self._sentences if changes.touches(Kind.SPEAKER) else ()):
                self._sentences.pop(doc_id, None)

    def prepare(self, document_id: str) -> Worker | None:
        """Make the sentences of ``document_id`` available (from the cache, or parsed in a worker)."""
        project = self.ctx.project
        if project is None or not document_id or document_id in self._sentences or document_id in self._pending:
            return None
        found = cached_sentences(project, document_id)
        if found is not None:
            self._sentences[document_id] = found
            self.ready.emit(document_id)
            return None
        self._pending.add(document_id)

        def task(progress: Any, cancel: Any) -> list[Span]:
            return sentences(project, document_id, progress, cancel)

        worker = keep_until_done(Worker(task))
        worker.finished.connect(lambda result: self._store(document_id, result))
        worker.done.connect(lambda: self._pending.discard(document_id))
        worker.start()
        return worker

    def _store(self, document_id: str, found: list[Span]) -> None:
        if self.ctx.project is not None:
            self._sentences[document_id] = found
            self.ready.emit(document_id)

    def sentences(self, document_id: str) -> list[Span] | None:
        return self._sentences.get(document_id)

    def sentence_at(self, document_id: str, offset: int) -> Span | None:
        known = self._sentences.get(document_id)
        return None if known is None else sentence_at(known, offset)

    def snap(self, document_id: str, start: int, end: int) -> Span | None:
        known = self._sentences.get(document_id)
        return None if known is None else snap_to_sentences(known, start, end)
