"""Code suggestions: a classifier trained on the project's own coded excerpts proposes codes
for sentences (or speaker turns) the coder has not coded yet, each with a confidence. The
coder accepts or rejects each; accepted suggestions become ordinary codings of that coder.

Training units are the sentences (or turns) of the documents that have codings: a unit is
labelled with a code when codings of that code cover at least half of it; the other units
of those documents are the negative examples. Codes with fewer than ``min_examples``
labelled units are not learnt.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from qcoder.app.project import Project
from qcoder.core.errors import InvalidValue
from qcoder.core.model import Coding, Document, new_id, utcnow
from qcoder.core.progress import CancelToken, ProgressCallback, no_progress
from qcoder.core.text import Span
from qcoder.nlp.analysis import PUNCT, TextAnalysis
from qcoder.nlp.corpus import SpeakerProfile, TurnIndex, analyses, document_sentences, speaker_profiles
from qcoder.nlp.spans import trim_span
from qcoder.nlp.textcat import CodeClassifier, LinearClassifier, TrainingUnit

UnitKind = Literal["sentence", "turn"]
Classifier = CodeClassifier | LinearClassifier


@dataclass(frozen=True)
class SuggestOptions:
    unit: UnitKind = "sentence"
    train_coder_ids: tuple[str, ...] | None = None  # learn from these coders' codings (None: all)
    threshold: float = 0.5
    top_k: int = 2  # at most this many codes per unit
    min_examples: int = 3
    epochs: int = 12
    include_interviewers: bool = False  # suggest for interviewer speech too
    limit: int = 500  # at most this many suggestions, most confident first
    engine: Literal["linear", "spacy"] = "linear"  # see make_classifier


@dataclass(frozen=True)
class Unit:
    document_id: str
    start: int
    end: int
    text: str  # lemmas, for the classifier
    speaker: str
    interviewer: bool


@dataclass(frozen=True)
class Suggestion:
    document_id: str
    document_name: str
    start: int
    end: int
    code_id: str
    code_path: str
    confidence: float
    text: str
    speaker: str = ""


def make_classifier(
    examples: Sequence[TrainingUnit],
    labels: Sequence[str],
    options: SuggestOptions,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> Classifier:
    """``linear``: tf-idf + logistic regression in numpy (the default: on the demo project it
    finds about three times as many held-back codings as the alternative at the same
    precision, and trains faster); ``spacy``: spaCy's textcat_multilabel bag-of-words model."""
    if options.engine == "spacy":
        return CodeClassifier.train(examples, labels, epochs=options.epochs, progress=progress, cancel=cancel)
    return LinearClassifier.train(examples, labels, progress=progress, cancel=cancel)


@dataclass
class SuggestionModel:
    classifier: Classifier
    options: SuggestOptions
    examples: int  # training units
    positives: dict[str, int] = field(default_factory=dict)  # code id -> labelled units
    skipped_codes: list[str] = field(default_factory=list)  # too few examples
    train_seconds: float = 0.0

    @property
    def code_ids(self) -> list[str]:
        return self.classifier.labels


def unit_text(analysis: TextAnalysis, start: int, end: int) -> str:
    tokens = analysis.tokens
    assert tokens is not None
    i = bisect_left(tokens.starts, start)
    words = []
    while i < len(tokens.starts) and tokens.ends[i] <= end:
        if not tokens.flags[i] & PUNCT:
            words.append(tokens.lemmas[i])
        i += 1
    return " ".join(words)


def document_units(
    doc: Document,
    analysis: TextAnalysis,
    turns: TurnIndex,
    profiles: dict[str, SpeakerProfile],
    kind: UnitKind,
) -> list[Unit]:
    if kind == "turn" and turns:
        spans = [trim_span(doc.text, t.start, t.end) for t in turns.turns]
    else:
        spans = document_sentences(doc, analysis, turns.turns)
    out = []
    for s, e in spans:
        if s >= e:
            continue
        turn = turns.at(s)
        prof = profiles.get(turn.speaker_id) if turn is not None else None
        speaker = prof.speaker.label if prof is not None else ""
        interviewer = bool(prof is not None and prof.speaker.is_interviewer)
        out.append(Unit(doc.id, s, e, unit_text(analysis, s, e), speaker, interviewer))
    return out


def project_units(
    project: Project,
    document_ids: Sequence[str] | None,
    kind: UnitKind,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    prefer: str | None = None,
) -> tuple[dict[str, list[Unit]], dict[str, Document]]:
    infos = project.documents()
    if document_ids is not None:
        wanted = set(document_ids)
        infos = [d for d in infos if d.id in wanted]
    docs = {d.id: project.document(d.id) for d in infos}
    found = analyses(project, None, {"sentences", "tokens"}, progress, cancel, prefer, documents=list(docs.values()))
    profiles = speaker_profiles(project, None)
    all_turns = project.turns()
    units = {}
    for doc_id, doc in docs.items():
        turns = TurnIndex(t for t in all_turns if t.document_id == doc_id)
        units[doc_id] = document_units(doc, found[doc_id], turns, profiles, kind)
    return units, docs


def unit_labels(unit: Unit, codings: Sequence[Coding], min_share: float = 0.5) -> frozenset[str]:
    """Codes whose codings cover at least ``min_share`` of the unit."""
    length = unit.end - unit.start
    cover: dict[str, list[Span]] = {}
    for c in codings:
        if c.start < unit.end and unit.start < c.end:
            cover.setdefault(c.code_id, []).append((max(c.start, unit.start), min(c.end, unit.end)))
    out = set()
    for code_id, spans in cover.items():
        covered, last = 0, unit.start
        for s, e in sorted(spans):
            s = max(s, last)
            if e > s:
                covered += e - s
                last = e
        if covered >= min_share * length:
            out.add(code_id)
    return frozenset(out)


def training_set(units: dict[str, list[Unit]], codings: Sequence[Coding]) -> tuple[list[TrainingUnit], dict[str, int]]:
    by_doc: dict[str, list[Coding]] = {}
    for c in codings:
        by_doc.setdefault(c.document_id, []).append(c)
    examples: list[TrainingUnit] = []
    counts: dict[str, int] = {}
    for doc_id, doc_units in units.items():
        doc_codings = by_doc.get(doc_id)
        if not doc_codings:
            continue  # uncoded documents say nothing about what is not a code
        for u in doc_units:
            if not u.text:
                continue
            labels = unit_labels(u, doc_codings)
            for lb in labels:
                counts[lb] = counts.get(lb, 0) + 1
            examples.append(TrainingUnit(u.text, labels))
    return examples, counts


def train_model(
    project: Project,
    options: SuggestOptions | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    prefer: str | None = None,
    training_documents: Sequence[str] | None = None,
) -> SuggestionModel:
    """Learn the codes from the codings of ``options.train_coder_ids`` (all coders by default)."""
    options = options or SuggestOptions()
    units, _docs = project_units(project, training_documents, options.unit, progress, cancel, prefer)
    coder_ids = list(options.train_coder_ids) if options.train_coder_ids is not None else None
    codings = [c for c in project.codings(coder_ids=coder_ids) if c.document_id in units]
    examples, counts = training_set(units, codings)
    labels = sorted(lb for lb, n in counts.items() if n >= options.min_examples)
    skipped = sorted(lb for lb, n in counts.items() if n < options.min_examples)
    if not labels:
        raise InvalidValue(
            f"not enough coded examples to learn from: each code needs at least {options.min_examples} coded "
            f"{options.unit}s"
        )
    t0 = time.perf_counter()
    classifier = make_classifier(examples, labels, options, progress, cancel)
    return SuggestionModel(
        classifier, options, len(examples), {lb: counts[lb] for lb in labels}, skipped, time.perf_counter() - t0
    )


def suggest(
    project: Project,
    model: SuggestionModel,
    coder_id: str,
    document_ids: Sequence[str] | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    prefer: str | None = None,
    rejected: set[tuple[str, int, int, str]] | None = None,
) -> list[Suggestion]:
    """Codes for the units ``coder_id`` has not coded yet, most confident first. ``rejected``
    holds (document id, start, end, code id) the coder turned down already."""
    options = model.options
    units, docs = project_units(project, document_ids, options.unit, progress, cancel, prefer)
    mine: dict[str, list[Coding]] = {}
    for c in project.codings(coder_ids=[coder_id]):
        mine.setdefault(c.document_id, []).append(c)
    candidates = [
        u
        for doc_units in units.values()
        for u in doc_units
        if u.text
        and (options.include_interviewers or not u.interviewer)
        and not any(c.start < u.end and u.start < c.end for c in mine.get(u.document_id, ()))
    ]
    scores = model.classifier.predict([u.text for u in candidates], cancel)
    paths = project.code_paths()
    out: list[Suggestion] = []
    for u, cats in zip(candidates, scores, strict=True):
        best = sorted(cats.items(), key=lambda kv: -kv[1])[: options.top_k]
        for code_id, score in best:
            if score < options.threshold or code_id not in paths:
                continue
            if rejected and (u.document_id, u.start, u.end, code_id) in rejected:
                continue
            doc = docs[u.document_id]
            out.append(
                Suggestion(
                    u.document_id,
                    doc.name,
                    u.start,
                    u.end,
                    code_id,
                    paths[code_id],
                    round(score, 4),
                    doc.text[u.start : u.end],
                    u.speaker,
                )
            )
    out.sort(key=lambda s: (-s.confidence, s.document_name, s.start))
    return out[: options.limit]


def accept_suggestions(project: Project, suggestions: Sequence[Suggestion], coder_id: str) -> list[Coding]:
    """Accepted suggestions as codings of ``coder_id``, one undoable step (duplicates skipped)."""
    existing = {(c.document_id, c.code_id, c.start, c.end) for c in project.codings(coder_ids=[coder_id])}
    now = utcnow()
    new = []
    for s in suggestions:
        key = (s.document_id, s.code_id, s.start, s.end)
        if key in existing:
            continue
        existing.add(key)
        new.append(Coding(new_id(), s.document_id, s.code_id, coder_id, s.start, s.end, "", False, now, now))
    if new:
        project.add_codings(new, label=f"Accept {len(new)} suggestion{'s' if len(new) != 1 else ''}")
    return new
