"""Analysing texts with spaCy: sentences, tokens with lemmas, named entities.

Results are plain records (:class:`TextAnalysis`) with code-point offsets into the analysed
text, so they can be cached by the text's sha256 and used without spaCy. Long texts are cut
into chunks at line breaks and fed to ``nlp.pipe`` in batches with only the components the
requested layers need; progress is reported in characters and Cancel is honoured between
chunks.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from qcoder.core.progress import CancelToken, ProgressCallback, no_progress
from qcoder.core.text import Span
from qcoder.nlp.spans import clean_sentences

LAYERS = frozenset({"sentences", "tokens", "entities"})

# token flags
ALPHA, STOP, PUNCT, NUM = 1, 2, 4, 8

CHUNK_CHARS = 4000
BATCH_SIZE = 16


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str  # spaCy's label: PERSON, GPE, ORG, ...


@dataclass
class Tokens:
    """Non-space tokens as parallel columns (compact to cache)."""

    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)  # lower-cased lemma
    flags: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.starts)

    def extend(self, other: Tokens, offset: int) -> None:
        self.starts.extend(s + offset for s in other.starts)
        self.ends.extend(e + offset for e in other.ends)
        self.lemmas.extend(other.lemmas)
        self.flags.extend(other.flags)

    def to_json(self) -> dict[str, Any]:
        vocab: dict[str, int] = {}
        ids = [vocab.setdefault(lem, len(vocab)) for lem in self.lemmas]
        return {"starts": self.starts, "ends": self.ends, "vocab": list(vocab), "lemma_ids": ids, "flags": self.flags}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Tokens:
        vocab = data["vocab"]
        return cls(list(data["starts"]), list(data["ends"]), [vocab[i] for i in data["lemma_ids"]], list(data["flags"]))


@dataclass
class TextAnalysis:
    """What the pipeline found in one text. A layer is None when it was not computed (or,
    for entities, when the pipeline cannot find them)."""

    sha256: str
    pipeline: str
    sentences: list[Span] | None = None
    tokens: Tokens | None = None
    entities: list[Entity] | None = None

    def has(self, layers: set[str] | frozenset[str]) -> bool:
        return all(getattr(self, layer) is not None for layer in layers)

    def merge(self, other: TextAnalysis) -> None:
        for layer in LAYERS:
            if getattr(other, layer) is not None:
                setattr(self, layer, getattr(other, layer))

    def to_json(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "pipeline": self.pipeline,
            "sentences": None if self.sentences is None else [list(s) for s in self.sentences],
            "tokens": None if self.tokens is None else self.tokens.to_json(),
            "entities": None if self.entities is None else [[e.start, e.end, e.label] for e in self.entities],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TextAnalysis:
        return cls(
            data["sha256"],
            data["pipeline"],
            None if data.get("sentences") is None else [(int(s), int(e)) for s, e in data["sentences"]],
            None if data.get("tokens") is None else Tokens.from_json(data["tokens"]),
            None
            if data.get("entities") is None
            else [Entity(int(s), int(e), str(lb)) for s, e, lb in data["entities"]],
        )


def chunks(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` pieces of at most ~``limit`` characters, cut after a line break
    (preferably a blank line), else after a sentence end, else at a space."""
    pos, n = 0, len(text)
    while pos < n:
        if n - pos <= limit:
            yield pos, text[pos:]
            return
        window_end = pos + limit
        cut = text.rfind("\n\n", pos + limit // 4, window_end)
        cut = cut + 2 if cut >= 0 else -1
        if cut < 0:
            cut = text.rfind("\n", pos + limit // 4, window_end)
            cut = cut + 1 if cut >= 0 else -1
        if cut < 0:
            cut = max(text.rfind(". ", pos + limit // 4, window_end), text.rfind("? ", pos + limit // 4, window_end))
            cut = cut + 2 if cut >= 0 else -1
        if cut < 0:
            cut = text.rfind(" ", pos + 1, window_end)
            cut = cut + 1 if cut >= 0 else window_end
        yield pos, text[pos:cut]
        pos = cut


def _doc_results(doc: Any, layers: set[str], pipeline: Any) -> tuple[list[Span], Tokens, list[Entity]]:
    sentences: list[Span] = []
    tokens = Tokens()
    entities: list[Entity] = []
    if "sentences" in layers:
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
    if "tokens" in layers:
        trained = pipeline.info.trained
        for t in doc:
            if t.is_space:
                continue
            lemma = t.lemma_ or t.text
            lower = t.lower_
            if not trained and lemma == t.text and lower != t.text:
                lemma = pipeline.lookup_lemma(lower) or lower  # the lookup table is case-sensitive
            flags = (
                (ALPHA if t.is_alpha else 0)
                | (STOP if t.is_stop else 0)
                | (PUNCT if t.is_punct else 0)
                | (NUM if t.like_num else 0)
            )
            tokens.starts.append(t.idx)
            tokens.ends.append(t.idx + len(t.text))
            tokens.lemmas.append(lemma.lower())
            tokens.flags.append(flags)
    if "entities" in layers:
        entities = [Entity(e.start_char, e.end_char, e.label_) for e in doc.ents]
    return sentences, tokens, entities


def analyze_texts(
    texts: Sequence[tuple[str, str]],
    layers: set[str],
    pipeline: Any,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    labels: Sequence[str] | None = None,
) -> list[TextAnalysis]:
    """Analyse ``(sha256, text)`` pairs with a :class:`~qcoder.nlp.pipeline.LoadedPipeline`.

    Only ``layers`` are computed (entities only if the pipeline has NER). ``progress`` counts
    characters; ``labels`` (e.g. document names) go into its messages.
    """
    layers = set(layers) & LAYERS
    if not pipeline.info.entities:
        layers.discard("entities")
    total = sum(len(t) for _, t in texts)
    results: list[TextAnalysis] = []
    done = 0
    components = pipeline.components_for(layers)
    with pipeline.lock, pipeline.nlp.select_pipes(enable=components):
        for i, (sha, text) in enumerate(texts):
            label = labels[i] if labels is not None else ""
            progress(done, total, label)
            sentences: list[Span] = []
            tokens = Tokens()
            entities: list[Entity] = []
            pieces = list(chunks(text))
            docs = pipeline.nlp.pipe((p for _, p in pieces), batch_size=BATCH_SIZE)
            for (offset, piece), doc in zip(pieces, docs, strict=True):
                if cancel is not None:
                    cancel.check()
                s, t, e = _doc_results(doc, layers, pipeline)
                sentences.extend((a + offset, b + offset) for a, b in s)
                tokens.extend(t, offset)
                entities.extend(Entity(x.start + offset, x.end + offset, x.label) for x in e)
                done += len(piece)
                progress(done, total, label)
            results.append(
                TextAnalysis(
                    sha,
                    pipeline.info.key,
                    clean_sentences(text, sentences) if "sentences" in layers else None,
                    tokens if "tokens" in layers else None,
                    entities if "entities" in layers else None,
                )
            )
    progress(total, total, "")
    return results


def lemmatize_terms(terms: Sequence[str], pipeline: Any) -> list[tuple[str, ...]]:
    """Each search term as a tuple of lower-cased lemmas ("were promoted" → ("be", "promote"))."""
    out: list[tuple[str, ...]] = []
    for term in terms:
        term = term.strip()
        if not term:
            continue
        [analysis] = analyze_texts([("", term)], {"tokens"}, pipeline)
        assert analysis.tokens is not None
        lemmas = tuple(
            lem for lem, f in zip(analysis.tokens.lemmas, analysis.tokens.flags, strict=True) if not f & PUNCT
        )
        if lemmas:
            out.append(lemmas)
    return out
