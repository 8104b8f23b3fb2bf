"""NLP benchmark: pipeline throughput, cache, auto-coding, de-identification and code
suggestions on the demo project (15 transcripts, ~720 codings by two coders).

Suggestions are evaluated by held-back codings: the documents are split into 3 folds; for
each fold a classifier is trained on the codings (both coders) of the other two folds and
suggests codes for every respondent sentence of the held-back fold; a suggestion is correct
when the held-back codings of either coder cover at least half of that sentence with that
code. Precision = correct / suggested, recall = (sentence, code) pairs found / all such
pairs in the held-back codings, micro-averaged over the folds.

Usage: python bench/bench_nlp.py [--model blank|NAME] [--out DIR] [--epochs N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def evaluate_suggestions(
    project,
    prefer,
    engine,
    epochs,
    thresholds=(0.3, 0.4, 0.5, 0.6, 0.7, 0.8),
    top_k=2,  # type: ignore[no-untyped-def]
    folds=3,
):
    from qcoder.app.suggest import SuggestOptions, make_classifier, project_units, training_set, unit_labels

    options = SuggestOptions(epochs=epochs, top_k=top_k, engine=engine)
    units, docs = project_units(project, None, "sentence", prefer=prefer)
    codings = project.codings()
    names = sorted(docs, key=lambda d: docs[d].name)
    fold_of = {doc_id: i % folds for i, doc_id in enumerate(names)}
    stats = {t: [0, 0, 0] for t in thresholds}  # suggested, correct, gold pairs found
    gold_total = 0
    train_s = predict_s = 0.0
    n_pred = 0
    for fold in range(folds):
        train_units = {d: u for d, u in units.items() if fold_of[d] != fold}
        test_units = [u for d, us in units.items() if fold_of[d] == fold for u in us if u.text and not u.interviewer]
        examples, counts = training_set(train_units, [c for c in codings if fold_of[c.document_id] != fold])
        labels = sorted(lb for lb, n in counts.items() if n >= options.min_examples)
        t0 = time.perf_counter()
        clf = make_classifier(examples, labels, options)
        train_s += time.perf_counter() - t0
        t0 = time.perf_counter()
        scores = clf.predict([u.text for u in test_units])
        predict_s += time.perf_counter() - t0
        n_pred += len(test_units)
        held = {}
        for c in codings:
            if fold_of[c.document_id] == fold:
                held.setdefault(c.document_id, []).append(c)
        for u, cats in zip(test_units, scores, strict=True):
            gold = unit_labels(u, held.get(u.document_id, [])) & set(labels)
            gold_total += len(gold)
            best = sorted(cats.items(), key=lambda kv: -kv[1])[:top_k]
            for t in thresholds:
                chosen = {lb for lb, s in best if s >= t}
                stats[t][0] += len(chosen)
                stats[t][1] += len(chosen & gold)
                stats[t][2] += len(chosen & gold)
    rows = []
    for t in thresholds:
        suggested, correct, found = stats[t]
        rows.append(
            (
                t,
                suggested,
                correct,
                correct / suggested if suggested else float("nan"),
                found / gold_total if gold_total else float("nan"),
            )
        )
    return rows, gold_total, train_s / folds, predict_s, n_pred


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=None, help="blank, or a spaCy model package (default: the preferred one)")
    ap.add_argument("--out", default=None, help="folder for the demo project (default: a temporary folder)")
    ap.add_argument("--epochs", type=int, default=None)
    args = ap.parse_args()
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="qcoder-bench-nlp-"))
    os.environ.setdefault("QCODER_NLP_CACHE", str(out / "cache"))

    from qcoder.app import Project
    from qcoder.app.demo import build_demo
    from qcoder.app.suggest import SuggestOptions
    from qcoder.nlp.pipeline import load_pipeline, pipeline_info

    prefer = args.model
    info = pipeline_info(prefer)
    print(f"pipeline: {info.label}")
    if info.missing:
        print("  unavailable: " + "; ".join(info.missing))
    demo = build_demo(out)
    project = Project.open(demo.path)
    chars = sum(d.chars for d in project.documents())
    print(f"demo project: {len(project.documents())} documents, {chars:,} characters, {len(project.codings())} codings")

    t0 = time.perf_counter()
    load_pipeline(prefer)
    print(f"load pipeline: {time.perf_counter() - t0:.2f} s")
    from qcoder.nlp.corpus import analyses, project_cache

    project_cache(project).clear()
    for layers in ({"sentences"}, {"tokens"}, {"entities"}):
        if "entities" in layers and not info.entities:
            continue
        project_cache(project).clear()
        t0 = time.perf_counter()
        analyses(project, None, layers, prefer=prefer)
        dt = time.perf_counter() - t0
        print(f"analyse {'+'.join(sorted(layers)):10s}: {dt:6.2f} s  ({chars / dt:,.0f} characters/s)")
    project_cache(project).clear()
    all_layers = {"sentences", "tokens", "entities"} if info.entities else {"sentences", "tokens"}
    t0 = time.perf_counter()
    analyses(project, None, all_layers, prefer=prefer)
    dt = time.perf_counter() - t0
    print(f"analyse all layers : {dt:6.2f} s  ({chars / dt:,.0f} characters/s)")
    t0 = time.perf_counter()
    analyses(project, None, all_layers, prefer=prefer)
    print(f"same again, cached : {time.perf_counter() - t0:6.3f} s")
    from qcoder.nlp.cache import _caches

    _caches.clear()  # a fresh process: read from the files
    t0 = time.perf_counter()
    analyses(project, None, all_layers, prefer=prefer)
    files, size = project_cache(project).size()
    print(f"cached, from disk  : {time.perf_counter() - t0:6.3f} s  ({files} files, {size / 1024:.0f} KiB)")

    from qcoder.app.autocode import AutocodeRule, Scope, find_hits

    code = project.code_by_path("Challenges > Turnover and burnout")
    coder = project.coder_by_name("Maya Chen")
    assert code is not None and coder is not None
    for rule in (
        AutocodeRule.keywords("turnover, promot*, transfer*, burnout", Scope.SENTENCE),
        AutocodeRule.lemmas("turnover, promote, transfer, burnout", Scope.SENTENCE),
        AutocodeRule.speaker_group("prosecutor"),
    ):
        t0 = time.perf_counter()
        preview = find_hits(project, code.id, coder.id, rule, prefer=prefer)
        print(
            f"auto-code preview, {rule.describe()}: {len(preview.hits)} hits, {preview.duplicates} already coded, "
            f"{time.perf_counter() - t0:.2f} s"
        )

    from qcoder.app.deidentify import find_identifiers, redacted_copy

    t0 = time.perf_counter()
    review = find_identifiers(project, prefer=prefer)
    dt = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = redacted_copy(project, review, out / "redacted.qcoder")
    print(
        f"de-identification: {len(review.candidates)} findings in {dt:.2f} s; redacted copy "
        f"({report.codings} codings carried over) in {time.perf_counter() - t0:.2f} s"
    )

    epochs = args.epochs or SuggestOptions().epochs
    for engine in ("linear", "spacy"):
        rows, gold, train_s, predict_s, n_pred = evaluate_suggestions(project, prefer, engine, epochs)
        what = (
            "tf-idf + logistic regression (default)"
            if engine == "linear"
            else f"spaCy textcat_multilabel bag-of-words, {epochs} epochs"
        )
        print(
            f"code suggestions, {what}: 3 folds by document, top 2 codes per sentence, "
            f"{gold} held-back (sentence, code) pairs"
        )
        print(f"  training: {train_s:.2f} s per fold; prediction: {n_pred / predict_s:,.0f} sentences/s")
        print("  threshold  suggested  correct  precision  recall")
        for t, suggested, correct, p, r in rows:
            print(f"  {t:9.1f}  {suggested:9d}  {correct:7d}  {p:9.2f}  {r:6.2f}")
    project.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
