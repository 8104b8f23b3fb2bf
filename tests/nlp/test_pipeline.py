"""The pipeline (blank, and trained when installed), the analysis, the cache."""

from __future__ import annotations

import os
import stat

import pytest

from qcoder.core.errors import Cancelled
from qcoder.core.progress import CancelToken
from qcoder.core.text import text_sha256
from qcoder.nlp import analysis as analysis_mod
from qcoder.nlp import corpus
from qcoder.nlp.analysis import analyze_texts, chunks, lemmatize_terms
from qcoder.nlp.cache import cache_dir_for
from qcoder.nlp.corpus import analyses, cached_sentences, project_cache, sentences
from qcoder.nlp.pipeline import load_pipeline, pipeline_info
from tests.nlp.conftest import needs_model


def test_blank_pipeline_says_what_is_missing():
    info = pipeline_info("blank")
    assert not info.trained and not info.entities and info.lemmatizer
    assert any("named entities" in m for m in info.missing)
    assert "basic English pipeline" in info.label


def test_blank_lemmas_and_code_point_offsets():
    text = "The officers were promoted 😀 twice. Officers REST."
    [a] = analyze_texts([("x", text)], {"tokens", "sentences"}, load_pipeline("blank"))
    assert a.tokens is not None and a.sentences is not None
    words = {text[s:e]: lem for s, e, lem in zip(a.tokens.starts, a.tokens.ends, a.tokens.lemmas, strict=True)}
    assert words["officers"] == "officer" and words["were"] == "be" and words["promoted"] == "promote"
    assert words["Officers"] == "officer"  # capitalised words are looked up lower-cased
    assert [text[s:e] for s, e in a.sentences] == ["The officers were promoted 😀 twice.", "Officers REST."]
    assert lemmatize_terms(["were promoted", "  ", "Burnout"], load_pipeline("blank")) == [
        ("be", "promote"),
        ("burnout",),
    ]


def test_chunks_cover_the_text_and_results_match_unchunked():
    text = ("Word " * 300 + "end.\n") * 12 + "x" * 5000
    pieces = list(chunks(text, 1000))
    assert "".join(p for _, p in pieces) == text
    assert all(off == sum(len(p) for _, p in pieces[:i]) for i, (off, _) in enumerate(pieces))
    small = "First one. Second one!\n\nThird?\n" * 200
    pipe = load_pipeline("blank")
    [whole] = analyze_texts([("a", small)], {"sentences", "tokens"}, pipe)
    old = analysis_mod.CHUNK_CHARS
    analysis_mod.CHUNK_CHARS = 97
    try:
        [cut] = analyze_texts([("a", small)], {"sentences", "tokens"}, pipe)
    finally:
        analysis_mod.CHUNK_CHARS = old
    assert cut.sentences == whole.sentences and cut.tokens == whole.tokens


def test_progress_and_cancel():
    seen = []
    pipe = load_pipeline("blank")
    analyze_texts([("a", "One. Two." * 2000)], {"sentences"}, pipe, lambda d, t, m: seen.append((d, t)))
    assert seen[-1] == (18000, 18000) and len(seen) > 3
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        analyze_texts([("a", "One. Two." * 2000)], {"sentences"}, pipe, cancel=token)


def test_cache_nothing_parsed_twice_and_private(nlp_project, monkeypatch, tmp_path):
    doc = nlp_project.documents()[0]
    first = sentences(nlp_project, doc.id)
    text = nlp_project.document(doc.id).text
    assert [text[s:e] for s, e in first][:3] == [
        "ECM Task Force Evaluation - Interview HC-LE-01",
        "Date: 2021-03-04",
        "How did the task force start?",
    ]
    assert all(not text[s:e].startswith(("Det. Ortega", "Interviewer")) for s, e in first)  # labels are not sentences
    corpus_cache = project_cache(nlp_project)
    folder = corpus_cache.folder
    assert folder is not None and folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list(folder.glob("*.json.gz"))
    assert files and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert files[0].name.startswith(text_sha256(text))

    def boom(*a, **k):  # noqa: ANN002, ANN003
        raise AssertionError("parsed again")

    monkeypatch.setattr(corpus, "analyze_texts", boom)
    from qcoder.nlp import cache

    cache._caches.clear()  # a new process: only the files are left
    assert sentences(nlp_project, doc.id) == first
    assert cached_sentences(nlp_project, doc.id) == first
    assert project_cache(nlp_project).clear() >= 1
    assert not folder.exists()
    assert cached_sentences(nlp_project, doc.id) is None


def test_missing_layers_are_added_to_a_cached_analysis(nlp_project):
    ids = [d.id for d in nlp_project.documents()]
    a = analyses(nlp_project, ids, {"sentences"})
    assert all(x.tokens is None for x in a.values())
    b = analyses(nlp_project, ids, {"tokens"})
    assert all(x.tokens is not None and x.sentences is not None for x in b.values())


def test_cache_location(tmp_path, monkeypatch):
    monkeypatch.delenv("QCODER_NLP_CACHE")
    assert cache_dir_for(tmp_path / "study.qcoder", "pid") == tmp_path / "study.nlpcache"
    server = cache_dir_for(None, "pid")
    assert server is not None and server.name == "pid" and "qcoder" in str(server)
    monkeypatch.setenv("QCODER_NLP_CACHE", "off")
    assert cache_dir_for(tmp_path / "study.qcoder", "pid") is None


def test_importing_nlp_does_not_import_spacy():
    import subprocess
    import sys

    code = (
        "import sys, qcoder.nlp, qcoder.nlp.words, qcoder.nlp.deid, qcoder.nlp.textcat, qcoder.app.autocode, "
        "qcoder.app.deidentify, qcoder.app.suggest, qcoder.cli.nlp; assert 'spacy' not in sys.modules"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    assert subprocess.run([sys.executable, "-c", code], env=env).returncode == 0


@needs_model
def test_trained_pipeline_sentences_lemmas_entities(trained):
    info = pipeline_info()
    assert info.trained and info.entities and info.name == trained
    text = "Gloria Mendez runs Safe Harbor in Harbor City. The officers were promoted last spring."
    [a] = analyze_texts([("t", text)], {"sentences", "tokens", "entities"}, load_pipeline())
    assert a.sentences is not None and len(a.sentences) == 2
    assert a.tokens is not None and "promote" in a.tokens.lemmas and "officer" in a.tokens.lemmas
    assert a.entities is not None
    assert any(text[e.start : e.end] == "Gloria Mendez" and e.label == "PERSON" for e in a.entities)
