"""A project's documents through the pipeline, with the cache: the glue between the service
API (any :class:`~qcoder.nlp.source.CorpusSource`, e.g. :class:`qcoder.app.Project`) and :mod:`qcoder.nlp.analysis`.

spaCy is only loaded when something is not cached yet.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from qcoder.core.model import Document, Speaker, Turn
from qcoder.core.progress import CancelToken, ProgressCallback, no_progress
from qcoder.core.text import Span, text_sha256
from qcoder.nlp.analysis import TextAnalysis, analyze_texts, lemmatize_terms
from qcoder.nlp.cache import AnalysisCache, cache_for, remove_disk_cache
from qcoder.nlp.language import document_language
from qcoder.nlp.pipeline import load_pipeline, pipeline_info
from qcoder.nlp.source import CorpusSource
from qcoder.nlp.spans import split_at_turns


def project_cache(project: CorpusSource) -> AnalysisCache:
    """The project's analysis cache; an encrypted project's stays in memory (never written in
    plain text next to it)."""
    return cache_for(project.path, project.project_id, memory_only=project.encrypted)


def clear_project_cache(project: CorpusSource) -> int:
    """Delete the project's cached analyses, in memory and on disk (for an encrypted project
    too: a plain-text folder from before it was encrypted); returns the files removed."""
    return project_cache(project).clear() + remove_disk_cache(project.path, project.project_id)


def analyses(
    project: CorpusSource,
    document_ids: Sequence[str] | None,
    layers: set[str],
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    prefer: str | None = None,
    documents: Sequence[Document] | None = None,
) -> dict[str, TextAnalysis]:
    """Analyses of the documents (all when ``document_ids`` is None), from the cache where
    possible; the rest is parsed (only the missing layers), each document by the pipeline of its
    language, and cached."""
    if documents is None:
        ids = [d.id for d in project.documents()] if document_ids is None else list(document_ids)
        documents = [project.document(i) for i in ids]
    by_language: dict[str, list[Document]] = {}
    for doc in documents:
        by_language.setdefault(document_language(doc), []).append(doc)
    out: dict[str, TextAnalysis] = {}
    for language, docs in by_language.items():
        out.update(_analyses_in(project, docs, language, layers, progress, cancel, prefer))
    return out


def _analyses_in(
    project: CorpusSource,
    documents: Sequence[Document],
    language: str,
    layers: set[str],
    progress: ProgressCallback,
    cancel: CancelToken | None,
    prefer: str | None,
) -> dict[str, TextAnalysis]:
    info = pipeline_info(prefer, language)
    wanted = set(layers)
    if not info.entities:
        wanted.discard("entities")
    cache = project_cache(project)
    out: dict[str, TextAnalysis] = {}
    todo: list[tuple[Document, str, TextAnalysis | None]] = []
    for doc in documents:
        sha = text_sha256(doc.text)
        hit = cache.get(sha, info.key)
        if hit is not None and hit.has(wanted):
            out[doc.id] = hit
        else:
            todo.append((doc, sha, hit))
    if todo:
        pipeline = load_pipeline(prefer, language)
        missing = set().union(*(wanted - _layers_of(hit) for _, _, hit in todo))
        fresh = analyze_texts(
            [(sha, doc.text) for doc, sha, _ in todo],
            missing,
            pipeline,
            progress,
            cancel,
            labels=[doc.name for doc, _, _ in todo],
        )
        for (doc, _sha, hit), analysis in zip(todo, fresh, strict=True):
            if hit is not None:
                hit.merge(analysis)
                analysis = hit
            cache.put(analysis)
            out[doc.id] = analysis
    return out


class LemmaTerms:
    """Search terms as lemma sequences in each document's language ("were promoted" →
    ("be", "promote"); "escuelas" → ("escuela",)), lemmatized once per language."""

    def __init__(self, terms: Sequence[str], prefer: str | None = None) -> None:
        self.terms = list(terms)
        self.prefer = prefer
        self._by_language: dict[str, list[tuple[str, ...]]] = {}

    def in_language(self, language: str) -> list[tuple[str, ...]]:
        found = self._by_language.get(language)
        if found is None:
            found = self._by_language[language] = lemmatize_terms(self.terms, load_pipeline(self.prefer, language))
        return found

    def for_document(self, document: Document) -> list[tuple[str, ...]]:
        return self.in_language(document_language(document))


def _layers_of(analysis: TextAnalysis | None) -> set[str]:
    if analysis is None:
        return set()
    return {layer for layer in ("sentences", "tokens", "entities") if getattr(analysis, layer) is not None}


def document_sentences(document: Document, analysis: TextAnalysis, turns: Sequence[Turn]) -> list[Span]:
    assert analysis.sentences is not None
    spans = [(t.start, t.end) for t in sorted(turns, key=lambda t: t.start)]
    return split_at_turns(document.text, analysis.sentences, spans)


def sentences(
    project: CorpusSource,
    document_id: str,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> list[Span]:
    """The sentences of a document (code-point spans, speaker labels excluded), from the
    cache or parsed now."""
    doc = project.document(document_id)
    analysis = analyses(project, None, {"sentences"}, progress, cancel, documents=[doc])[doc.id]
    return document_sentences(doc, analysis, project.turns(document_id))


def cached_sentences(project: CorpusSource, document_id: str) -> list[Span] | None:
    """The sentences if they are cached already, else None (never parses: safe on the GUI
    thread)."""
    doc = project.document(document_id)
    hit = project_cache(project).get(text_sha256(doc.text), pipeline_info(language=document_language(doc)).key)
    if hit is None or hit.sentences is None:
        return None
    return document_sentences(doc, hit, project.turns(document_id))


# --- who is speaking ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SpeakerProfile:
    speaker: Speaker
    group: str | None  # the attribute value: the linked participant's, else the document's


def speaker_profiles(project: CorpusSource, attribute: str | None) -> dict[str, SpeakerProfile]:
    """Speaker id → profile. A speaker's group is its linked participant's value of
    ``attribute``, else its document's (interviewers have none unless linked) — the rule of
    :mod:`qcoder.analysis.frequencies`."""
    participants = {p.id: p for p in project.participants()}
    doc_values = {d.id: dict(d.attributes) for d in project.documents()}
    out: dict[str, SpeakerProfile] = {}
    for sp in project.speakers():
        group: str | None = None
        if attribute:
            p = participants.get(sp.participant_id) if sp.participant_id else None
            if p is not None and p.attributes.get(attribute):
                group = p.attributes[attribute]
            elif not sp.is_interviewer:
                group = doc_values.get(sp.document_id, {}).get(attribute) or None
        out[sp.id] = SpeakerProfile(sp, group)
    return out


class TurnIndex:
    """Which turn holds an offset, for one document."""

    def __init__(self, turns: Iterable[Turn]) -> None:
        self.turns = sorted(turns, key=lambda t: t.start)
        self._starts = [t.start for t in self.turns]

    def __bool__(self) -> bool:
        return bool(self.turns)

    def at(self, offset: int) -> Turn | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.turns[i].start <= offset < self.turns[i].end:
            return self.turns[i]
        return None


def paragraph_at(text: str, offset: int) -> Span:
    """The block of text around ``offset`` between blank lines (for documents without turns)."""
    start = text.rfind("\n\n", 0, offset)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", offset)
    end = len(text) if end < 0 else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
