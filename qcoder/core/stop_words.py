"""A project's stop words: the language's default list with the user's additions and removals.

Kept as the difference from the default list (``added``, ``kept``), so that a project edited
with one spaCy version keeps its meaning with the next one. A token is a stop word when its
lower-cased form or its lemma is on the effective list: a default stop word (the tokenizer's
flag) unless the user kept its form or lemma, or a word the user added.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

META_KEY = "stop_words"


def _clean(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.strip().casefold() for w in words if w.strip())


@dataclass(frozen=True)
class StopWords:
    added: frozenset[str] = field(default_factory=frozenset)  # stop words beyond the default list
    kept: frozenset[str] = field(default_factory=frozenset)  # default stop words counted anyway

    @classmethod
    def from_list(cls, words: Iterable[str], defaults: Iterable[str]) -> StopWords:
        """The choice that makes ``words`` the effective list."""
        wanted, base = _clean(words), _clean(defaults)
        return cls(wanted - base, base - wanted)

    def effective(self, defaults: Iterable[str]) -> list[str]:
        """The whole list, sorted."""
        return sorted((_clean(defaults) - self.kept) | self.added)

    def is_stop(self, form: str, lemma: str, default: bool) -> bool:
        """Whether a token (lower-cased ``form``, ``lemma``, the tokenizer's stop flag) is one."""
        if form in self.added or lemma in self.added:
            return True
        return default and form not in self.kept and lemma not in self.kept

    def to_json(self) -> str:
        return json.dumps({"added": sorted(self.added), "kept": sorted(self.kept)})

    @classmethod
    def from_json(cls, text: str | None) -> StopWords:
        """The stored choice (none stored, or unreadable: the default list unchanged)."""
        if not text:
            return cls()
        try:
            data = json.loads(text)
            return cls(_clean(data.get("added", [])), _clean(data.get("kept", [])))
        except (ValueError, TypeError, AttributeError):
            return cls()
