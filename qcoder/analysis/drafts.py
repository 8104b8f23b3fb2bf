"""Draft summaries of a framework-matrix cell: extractive, never invented text.

Method: LexRank (Erkan, G. & Radev, D. R. (2004). "LexRank: Graph-based lexical centrality as
salience in text summarization", Journal of Artificial Intelligence Research 22, 457-479), its
continuous form: the sentences of the cell's excerpts are TF-IDF vectors (IDF over these
sentences), the graph's edges are their cosine similarities, and a sentence's score is its
stationary probability under a random walk on that graph with damping 0.85 (power iteration).
The most central sentences, in score order, make the draft; a sentence too similar to one
already taken (cosine >= 0.7, or the same words) is skipped, and each keeps its speaker, its
document and the excerpt it came from. Sentences are split with a plain regular expression
(this layer cannot load spaCy). A draft is always marked as such until a coder edits it into a
summary.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]

DAMPING = 0.85
SIMILAR = 0.7  # cosine at which a sentence repeats one already in the draft
MAX_SENTENCES = 3
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'\u201d\u2019)]*|$)", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_]{2,}")
_STOP = frozenset(
    "a an and are as at be but by for from had has have he her his i if in is it its me my no not of on "
    "or our she so that the their them there they this to was we were what when which who will with "
    "you your yeah um uh like just very really do did does".split()
)


@dataclass(frozen=True, slots=True)
class DraftSource:
    """One excerpt of the cell: its text and where it is."""

    excerpt_id: str
    text: str
    start: int  # the excerpt's offset in its document
    document: str
    speaker: str
    exemplar: bool = False


@dataclass(frozen=True, slots=True)
class DraftSentence:
    text: str
    speaker: str
    document: str
    excerpt_id: str
    start: int  # offsets of the sentence in its document
    end: int
    exemplar: bool  # whether the excerpt it came from is starred
    score: float

    def source(self) -> str:
        who = f"{self.speaker}, " if self.speaker else ""
        return f"{who}{self.document} {self.start}-{self.end}"


@dataclass(frozen=True, slots=True)
class Draft:
    sentences: tuple[DraftSentence, ...]
    is_draft: bool = True

    def text(self) -> str:
        """One sentence a line, each with its speaker in brackets (what a summary starts from)."""
        return "\n".join(f"{s.text} [{s.speaker or s.document}]" for s in self.sentences)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` with at least one word, trimmed of spaces."""
    out = []
    for m in _SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if _WORD.search(text, s, e):
            out.append((s, e))
    return out


def words(sentence: str) -> list[str]:
    return [w for w in (m.group().casefold() for m in _WORD.finditer(sentence)) if w not in _STOP]


def tfidf(bags: Sequence[Sequence[str]]) -> Floats:
    """Rows of L2-normalised TF-IDF weights (smoothed IDF over ``bags``)."""
    vocab = {w: i for i, w in enumerate(sorted({w for bag in bags for w in bag}))}
    matrix = np.zeros((len(bags), len(vocab)))
    df = Counter(w for bag in bags for w in set(bag))
    n = len(bags)
    for row, bag in enumerate(bags):
        for w, tf in Counter(bag).items():
            matrix[row, vocab[w]] = tf * (math.log((1 + n) / (1 + df[w])) + 1.0)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    out: Floats = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)
    return out


def lexrank(similarity: Floats, damping: float = DAMPING, iterations: int = 200) -> Floats:
    """Continuous LexRank scores: the stationary distribution of the damped random walk whose
    transitions are the row-normalised similarities."""
    n = len(similarity)
    if n == 0:
        return np.zeros(0)
    weights = similarity.copy()
    np.fill_diagonal(weights, 0.0)  # no self-loops: a sentence alone is not central
    sums = weights.sum(axis=1, keepdims=True)
    transition = np.divide(weights, sums, out=np.full_like(weights, 1.0 / n), where=sums > 0)
    scores = np.full(n, 1.0 / n)
    for _ in range(iterations):
        new: Floats = (1 - damping) / n + damping * (transition.T @ scores)
        if np.abs(new - scores).sum() < 1e-10:
            return new
        scores = new
    return scores


def draft_summary(sources: Sequence[DraftSource], max_sentences: int = MAX_SENTENCES) -> Draft:
    """The draft of a cell whose excerpts are ``sources`` (an excerpt coded by several coders is
    read once); no sentences when the excerpts have none."""
    seen: set[tuple[str, int, str]] = set()
    units: list[tuple[DraftSource, int, int]] = []
    for src in sources:
        if (src.document, src.start, src.text) in seen:
            continue
        seen.add((src.document, src.start, src.text))
        units.extend((src, s, e) for s, e in split_sentences(src.text))
    bags = [words(src.text[s:e]) for src, s, e in units]
    keep = [i for i, bag in enumerate(bags) if bag]
    if not keep:
        return Draft(())
    vectors = tfidf([bags[i] for i in keep])
    similarity = vectors @ vectors.T
    scores = lexrank(similarity)
    chosen: list[int] = []
    taken_words: set[tuple[str, ...]] = set()
    linked = (similarity > 0).sum(axis=1) > 1  # sentences sharing a word with another come first
    for k in sorted(range(len(keep)), key=lambda j: (not linked[j], -scores[j], j)):
        bag = tuple(sorted(set(bags[keep[k]])))
        if bag in taken_words or any(similarity[k, c] >= SIMILAR for c in chosen):
            continue
        chosen.append(k)
        taken_words.add(bag)
        if len(chosen) == max_sentences:
            break
    out = []
    for k in chosen:
        src, s, e = units[keep[k]]
        out.append(
            DraftSentence(
                src.text[s:e],
                src.speaker,
                src.document,
                src.excerpt_id,
                src.start + s,
                src.start + e,
                src.exemplar,
                float(scores[k]),
            )
        )
    return Draft(tuple(out))
