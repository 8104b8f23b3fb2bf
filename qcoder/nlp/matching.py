"""Finding words, phrases, lemmas and patterns in a text (pure functions, no spaCy)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from qcoder.core.errors import InvalidValue
from qcoder.core.text import Span
from qcoder.nlp.analysis import Tokens


def split_terms(value: str | Sequence[str]) -> list[str]:
    """``"turnover, promote;transfer"`` → ``["turnover", "promote", "transfer"]``."""
    items = re.split(r"[,;\n]", value) if isinstance(value, str) else list(value)
    seen: dict[str, None] = {}
    for item in items:
        item = " ".join(item.split())
        if item:
            seen.setdefault(item, None)
    return list(seen)


def keyword_pattern(terms: Sequence[str]) -> re.Pattern[str]:
    """Whole-word, case-insensitive alternatives; a trailing ``*`` matches any ending
    (``promot*``); spaces in a phrase match any run of whitespace."""
    alternatives = []
    for term in sorted(split_terms(terms), key=len, reverse=True):
        prefix = term.endswith("*")
        core = term.rstrip("*").strip()
        if not core:
            continue
        body = r"\s+".join(re.escape(part) for part in core.split())
        alternatives.append(body + (r"\w*" if prefix else ""))
    if not alternatives:
        raise InvalidValue("no keywords given")
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def compile_regex(expression: str, ignore_case: bool = False) -> re.Pattern[str]:
    if not expression:
        raise InvalidValue("empty regular expression")
    try:
        return re.compile(expression, (re.IGNORECASE if ignore_case else 0) | re.MULTILINE)
    except re.error as exc:
        raise InvalidValue(f"invalid regular expression {expression!r}: {exc}") from exc


def pattern_hits(text: str, pattern: re.Pattern[str]) -> list[Span]:
    """Non-empty matches of ``pattern``."""
    return [m.span() for m in pattern.finditer(text) if m.end() > m.start()]


def lemma_hits(tokens: Tokens, sequences: Sequence[tuple[str, ...]]) -> list[Span]:
    """Spans of consecutive tokens whose lemmas equal one of ``sequences`` (longest first)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for seq in sorted(set(sequences), key=len, reverse=True):
        if seq:
            by_first.setdefault(seq[0], []).append(seq)
    lemmas = tokens.lemmas
    n = len(lemmas)
    out: list[Span] = []
    i = 0
    while i < n:
        matched = 0
        for seq in by_first.get(lemmas[i], ()):
            k = len(seq)
            if i + k <= n and tuple(lemmas[i : i + k]) == seq:
                matched = k
                break
        if matched:
            out.append((tokens.starts[i], tokens.ends[i + matched - 1]))
            i += matched
        else:
            i += 1
    return out


def merge_spans(spans: Sequence[Span]) -> list[Span]:
    """Sorted union of overlapping spans (touching spans stay apart)."""
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
