"""Word frequencies and keyword-in-context by lemma, broken down by an attribute.

"What do prosecutors say about 'protocol' that advocates don't": frequencies per group of
an attribute (stakeholder_group) and the lines around each occurrence, with the group of
whoever said it. Who said it follows the rule of :mod:`qcoder.analysis.frequencies`: the
linked participant's attribute, else the document's. Interviewer speech is left out unless
asked for; so are speaker labels and headers outside the turns of a transcript.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from qcoder.analysis.tables import CellValue, Table
from qcoder.core.errors import InvalidValue
from qcoder.core.model import Document
from qcoder.core.progress import CancelToken, ProgressCallback, no_progress
from qcoder.core.stop_words import StopWords
from qcoder.nlp.analysis import ALPHA, NUM, PUNCT, STOP, TextAnalysis
from qcoder.nlp.corpus import LemmaTerms, TurnIndex, analyses, speaker_profiles
from qcoder.nlp.matching import lemma_hits
from qcoder.nlp.source import CorpusSource

NONE_GROUP = "(none)"


@dataclass
class WordFrequencies:
    attribute: str | None
    groups: list[str]
    words_per_group: dict[str, int]  # word tokens (stop words included) per group
    rows: list[tuple[str, int, int, dict[str, int]]] = field(default_factory=list)  # lemma, total, docs, by group

    def table(self) -> Table:
        cols = ["lemma", "count", "documents"]
        for g in self.groups:
            cols += [f"{g}: count", f"{g}: per 10,000 words"]
        rows: list[list[CellValue]] = []
        for lemma, total, docs, by in self.rows:
            row: list[CellValue] = [lemma, total, docs]
            for g in self.groups:
                n = by.get(g, 0)
                words = self.words_per_group.get(g, 0)
                row += [n, round(n * 10000 / words, 2) if words else None]
            rows.append(row)
        count_cols = tuple(c for c in cols if c.endswith(": count"))
        return Table(
            "word_frequencies",
            "Word frequencies by lemma" + (f" by {self.attribute}" if self.attribute else ""),
            cols,
            rows,
            count_columns=count_cols,
        )


@dataclass(frozen=True)
class KwicLine:
    document_id: str
    document: str
    speaker: str
    group: str
    start: int
    end: int
    before: str
    keyword: str
    after: str


def kwic_table(lines: Sequence[KwicLine], attribute: str | None) -> Table:
    cols = ["document", "speaker"] + ([attribute] if attribute else []) + ["before", "keyword", "after", "start", "end"]
    rows: list[list[CellValue]] = []
    for ln in lines:
        row: list[CellValue] = [ln.document, ln.speaker]
        if attribute:
            row.append(ln.group)
        row += [ln.before, ln.keyword, ln.after, ln.start, ln.end]
        rows.append(row)
    return Table("kwic", "Keyword in context", cols, rows, wrap_columns=("before", "after"))


def default_stop_words() -> frozenset[str]:
    """spaCy's English stop-word list (the tokenizer's stop flag), lower-cased."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(w.casefold() for w in STOP_WORDS)


def _attributed(
    project: CorpusSource,
    attribute: str | None,
    groups: Sequence[str] | None,
    progress: ProgressCallback,
    cancel: CancelToken | None,
    prefer: str | None,
) -> Iterator[tuple[Document, TextAnalysis, list[tuple[int, str, str, bool]]]]:
    """Per document: (document, analysis, [(token index, group, speaker label, interviewer)])
    for the tokens of speech (interviewers' included, flagged)."""
    if attribute:
        known = {a.name for a in project.attributes()}
        if attribute not in known:
            raise InvalidValue(f"no attribute named {attribute!r} (attributes: {', '.join(sorted(known)) or 'none'})")
    wanted = {g.casefold() for g in groups} if groups else None
    docs = [project.document(d.id) for d in project.documents()]
    found = analyses(project, None, {"tokens"}, progress, cancel, prefer, documents=docs)
    profiles = speaker_profiles(project, attribute)
    all_turns = project.turns()
    for doc in docs:
        if cancel is not None:
            cancel.check()
        analysis = found[doc.id]
        tokens = analysis.tokens
        assert tokens is not None
        turns = TurnIndex(t for t in all_turns if t.document_id == doc.id)
        doc_group = (doc.info.attributes.get(attribute) if attribute else None) or NONE_GROUP
        keep: list[tuple[int, str, str, bool]] = []
        for i, start in enumerate(tokens.starts):
            interviewer = False
            if turns:
                turn = turns.at(start)
                prof = profiles.get(turn.speaker_id) if turn is not None else None
                if prof is None:
                    continue
                group = (prof.group or NONE_GROUP) if attribute else ""
                speaker, interviewer = prof.speaker.label, prof.speaker.is_interviewer
            else:
                group, speaker = (doc_group if attribute else ""), ""
            if wanted is not None and group.casefold() not in wanted:
                continue
            keep.append((i, group, speaker, interviewer))
        yield doc, analysis, keep


def _is_word(flags: int, lemma: str) -> bool:
    return not flags & (PUNCT | NUM) and bool(flags & ALPHA or any(ch.isalpha() for ch in lemma))


IntArray = npt.NDArray[np.int64]
_Counts = tuple[IntArray, IntArray, IntArray, IntArray]  # words per group; per lemma: count, by group, documents


@dataclass
class WordIndex:
    """Every word token of speech in a project (interviewers' flagged), as columns, with the
    texts: frequencies for any stop-word choice and keyword-in-context lines are computed
    from it without the language pipeline. Built by :func:`word_index`."""

    attribute: str | None
    documents: list[tuple[str, str]]  # (id, name)
    texts: list[str]
    groups: list[str]  # "" for every token without an attribute
    speakers: list[str]
    lemmas: list[str]
    forms: list[str]  # lower-cased token texts
    columns: dict[str, IntArray]  # lemma, form, doc, start, end, group, speaker, stop, interviewer
    _cache: dict[tuple[StopWords | None, bool], _Counts] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def __len__(self) -> int:
        return len(self.columns["lemma"])

    def _spoken(self, include_interviewers: bool) -> npt.NDArray[np.bool_]:
        every = np.ones(len(self), dtype=bool)
        return every if include_interviewers else self.columns["interviewer"] == 0

    def stop_mask(self, stop_words: StopWords | None) -> npt.NDArray[np.bool_]:
        """Per token: a stop word under ``stop_words`` (None: no stop words at all)."""
        if stop_words is None:
            return np.zeros(len(self), dtype=bool)
        col = self.columns

        def flags(vocab: list[str], words: frozenset[str]) -> npt.NDArray[np.bool_]:
            return np.array([w in words for w in vocab] or [False], dtype=bool)

        added = flags(self.lemmas, stop_words.added)[col["lemma"]] | flags(self.forms, stop_words.added)[col["form"]]
        kept = flags(self.lemmas, stop_words.kept)[col["lemma"]] | flags(self.forms, stop_words.kept)[col["form"]]
        stop: npt.NDArray[np.bool_] = added | ((col["stop"] != 0) & ~kept)
        return stop

    def _counts(self, stop_words: StopWords | None, include_interviewers: bool) -> _Counts:
        """Words per group, and per lemma its count, count per group and documents (kept for the
        last few choices: a new minimum count is applied without counting again)."""
        key = (stop_words, include_interviewers)
        found = self._cache.get(key)
        if found is not None:
            return found
        col = self.columns
        spoken = self._spoken(include_interviewers)
        n_groups, n_lemmas, n_docs = max(len(self.groups), 1), max(len(self.lemmas), 1), max(len(self.documents), 1)
        words = np.bincount(col["group"][spoken], minlength=n_groups)
        counted = spoken & ~self.stop_mask(stop_words)
        lemma, group, doc = col["lemma"][counted], col["group"][counted], col["doc"][counted]
        totals = np.bincount(lemma, minlength=n_lemmas)
        by_group = np.bincount(lemma * n_groups + group, minlength=n_lemmas * n_groups).reshape(n_lemmas, n_groups)
        pairs = np.sort(lemma * n_docs + doc)  # distinct (lemma, document) pairs: sorted, then deduplicated
        distinct = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))] if len(pairs) else pairs
        docs = np.bincount(distinct // n_docs, minlength=n_lemmas)
        if len(self._cache) >= 4:
            self._cache.pop(next(iter(self._cache)))
        found = self._cache[key] = (words, totals, by_group, docs)
        return found

    def frequencies(
        self, stop_words: StopWords | None, *, include_interviewers: bool = False, min_count: int = 1
    ) -> WordFrequencies:
        """Counts of each lemma, most frequent first (``stop_words`` None: stop words counted)."""
        words, totals, by_group, docs = self._counts(stop_words, include_interviewers)
        present = [g for g in range(len(self.groups)) if words[g]] if self.attribute else []
        names = sorted(present, key=lambda g: (self.groups[g] == NONE_GROUP, self.groups[g].casefold()))
        per_group = {self.groups[g]: int(words[g]) for g in range(len(self.groups)) if words[g]}
        result = WordFrequencies(self.attribute, [self.groups[g] for g in names], per_group)
        keep = np.flatnonzero(totals >= max(min_count, 1))
        counts, group_counts, doc_counts = totals[keep].tolist(), by_group[keep].tolist(), docs[keep].tolist()
        order = sorted(range(len(keep)), key=lambda k: (-counts[k], self.lemmas[keep[k]]))
        for k in order:
            by = {self.groups[g]: group_counts[k][g] for g in names}
            result.rows.append((self.lemmas[keep[k]], counts[k], doc_counts[k], by))
        return result

    def kwic(self, lemma: str, *, include_interviewers: bool = False, context: int = 60) -> list[KwicLine]:
        """Every occurrence of ``lemma`` with ``context`` characters each side, in document order."""
        try:
            wanted = self.lemmas.index(lemma)
        except ValueError:
            return []
        col = self.columns
        hits = np.flatnonzero((col["lemma"] == wanted) & self._spoken(include_interviewers))
        lines: list[KwicLine] = []
        for k in hits:
            d, start, end = int(col["doc"][k]), int(col["start"][k]), int(col["end"][k])
            text = self.texts[d]
            doc_id, name = self.documents[d]
            lines.append(
                KwicLine(
                    doc_id,
                    name,
                    self.speakers[col["speaker"][k]],
                    self.groups[col["group"][k]],
                    start,
                    end,
                    text[max(0, start - context) : start].replace("\n", " "),
                    text[start:end],
                    text[end : end + context].replace("\n", " "),
                )
            )
        return lines


def word_index(
    project: CorpusSource,
    by: str | None = None,
    groups: Sequence[str] | None = None,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    prefer: str | None = None,
) -> WordIndex:
    """The :class:`WordIndex` of a project, by attribute ``by`` (only ``groups`` of it when given)."""
    vocab: dict[str, dict[str, int]] = {"lemma": {}, "form": {}, "group": {}, "speaker": {}}
    cols: dict[str, list[int]] = {k: [] for k in ("lemma", "form", "doc", "start", "end", "group", "speaker")}
    cols["stop"], cols["interviewer"] = [], []
    documents: list[tuple[str, str]] = []
    texts: list[str] = []
    for doc, analysis, keep in _attributed(project, by, groups, progress, cancel, prefer):
        tokens = analysis.tokens
        assert tokens is not None
        d = len(documents)
        documents.append((doc.id, doc.name))
        texts.append(doc.text)
        for i, group, speaker, interviewer in keep:
            flags, lemma = tokens.flags[i], tokens.lemmas[i]
            if not _is_word(flags, lemma):
                continue
            start, end = tokens.starts[i], tokens.ends[i]
            for key, value in (
                ("lemma", lemma),
                ("form", doc.text[start:end].casefold()),
                ("group", group),
                ("speaker", speaker),
            ):
                cols[key].append(vocab[key].setdefault(value, len(vocab[key])))
            cols["doc"].append(d)
            cols["start"].append(start)
            cols["end"].append(end)
            cols["stop"].append(1 if flags & STOP else 0)
            cols["interviewer"].append(1 if interviewer else 0)
    arrays = {k: np.array(v, dtype=np.int64) for k, v in cols.items()}
    return WordIndex(
        by,
        documents,
        texts,
        list(vocab["group"]),
        list(vocab["speaker"]),
        list(vocab["lemma"]),
        list(vocab["form"]),
        arrays,
    )


def word_frequencies(
    project: CorpusSource,
    by: str | None = None,
    groups: Sequence[str] | None = None,
    *,
    include_stopwords: bool = False,
    include_interviewers: bool = False,
    min_count: int = 1,
    stop_words: StopWords | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    prefer: str | None = None,
) -> WordFrequencies:
    """Counts of each lemma (words only: no punctuation or numbers), most frequent first;
    ``stop_words``: the project's choice (default: spaCy's list)."""
    index = word_index(project, by, groups, progress=progress, cancel=cancel, prefer=prefer)
    stops = None if include_stopwords else (stop_words or StopWords())
    return index.frequencies(stops, include_interviewers=include_interviewers, min_count=min_count)


def kwic(
    project: CorpusSource,
    query: str,
    by: str | None = None,
    groups: Sequence[str] | None = None,
    *,
    context: int = 60,
    include_interviewers: bool = False,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    prefer: str | None = None,
) -> list[KwicLine]:
    """Every occurrence of the lemma (or lemma phrase) ``query`` with its context."""
    if not any(ch.isalnum() for ch in query):
        raise InvalidValue("no word to look for")
    terms = LemmaTerms([query], prefer)
    lines: list[KwicLine] = []
    for doc, analysis, keep in _attributed(project, by, groups, progress, cancel, prefer):
        tokens = analysis.tokens
        assert tokens is not None
        seqs = terms.for_document(doc)
        who = {i: (g, s) for i, g, s, interviewer in keep if include_interviewers or not interviewer}
        index_of = {s: i for i, s in enumerate(tokens.starts)}
        text = doc.text
        for start, end in lemma_hits(tokens, seqs):
            i = index_of[start]
            if i not in who:
                continue
            group, speaker = who[i]
            before = text[max(0, start - context) : start].replace("\n", " ")
            after = text[end : end + context].replace("\n", " ")
            lines.append(KwicLine(doc.id, doc.name, speaker, group, start, end, before, text[start:end], after))
    return lines
