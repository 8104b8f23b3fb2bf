"""Project settings kept in the project's key-value table (``project_meta``): read and written
here, announced as a change of the project (``Kind.PROJECT``) so open windows recompute."""

from __future__ import annotations

from qcoder.app.services.core import ProjectCore
from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.stop_words import META_KEY, StopWords


class ProjectSettingsService:
    def __init__(self, core: ProjectCore) -> None:
        self._core = core
        self._store = core.store

    def stop_words(self) -> StopWords:
        """The project's stop-word choice (the default list unchanged when none was saved)."""
        with self._store.reader() as repo:
            return StopWords.from_json(repo.get_meta(META_KEY))

    def set_stop_words(self, words: StopWords) -> None:
        changes = ChangeSet().change(Kind.PROJECT, META_KEY)
        with self._store.transaction() as repo:
            repo.set_meta(META_KEY, words.to_json())
            self._core.log_changes(repo, changes)
        self._core.notify(changes)
