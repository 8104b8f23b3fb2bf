"""Framework-matrix summaries through de-identification: their text scrubbed like memos, and
their cases renamed like the values and participants they name (a summary of ``site=Harbor
City`` belongs to ``site=[city]`` once the site is pseudonymised). Two summaries of one author
that land in the same cell are joined, nothing is dropped."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from qcoder.analysis.framework import case_key
from qcoder.core.case_keys import map_case_key, split_case_key
from qcoder.core.model import AttributeDef, Summary

ValueOf = Callable[[AttributeDef, str], str]


def _mapped_key(key: str, attributes: Sequence[AttributeDef], value_of: ValueOf) -> str:
    """An attribute case's key with its values as the redacted project shows them."""
    if split_case_key(key)[0]:
        return key
    pairs = []
    for part in key.split("|"):
        name, _eq, value = part.partition("=")
        shown = (value_of(a, value) for a in attributes if a.name == name)
        pairs.append((name, next((v for v in shown if v != value), value)))
    return case_key(pairs)


def scrubbed_summaries(
    summaries: Sequence[Summary],
    scrub: Callable[[str], str],
    attributes: Sequence[AttributeDef],
    value_of: ValueOf,
    ids: tuple[Mapping[str, str], Mapping[str, str]] | None = None,
) -> list[Summary]:
    """The summaries as the redacted project holds them; ``ids`` maps document and participant
    ids into a copy (None: the same project)."""
    out: dict[tuple[str, str, str], Summary] = {}
    for s in summaries:
        key = s.case_key if ids is None else map_case_key(s.case_key, *ids)
        if key is None:
            continue  # its document or participant was left out of the copy
        key = _mapped_key(key, attributes, value_of)
        text = scrub(s.text)
        cell = (key, s.code_id, s.author)
        if cell in out:
            text = f"{out[cell].text.rstrip()}\n\n{text}"
        out[cell] = replace(s, case_key=key, text=text)
    return list(out.values())
