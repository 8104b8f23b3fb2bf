"""Small local text classifiers for code suggestions, trained on the project's own coded
excerpts; nothing leaves the machine.

* :class:`LinearClassifier` — tf-idf unigrams and bigrams of lemmas, one-vs-rest logistic
  regression with balanced class weights, in numpy (the default).
* :class:`CodeClassifier` — spaCy's ``textcat_multilabel`` with its bag-of-words
  architecture. Measured on the demo project (bench/bench_nlp.py) it ranks worse and trains
  slower than the linear model, so it is kept as an alternative (``engine="spacy"``).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from qcoder.core.progress import CancelToken, ProgressCallback, no_progress

BOW_CONFIG: dict[str, Any] = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": False,
    "ngram_size": 2,
    "no_output_layer": False,
    "length": 65536,
    "nO": None,
}


@dataclass
class TrainingUnit:
    text: str  # lemmas separated by spaces
    labels: frozenset[str] = field(default_factory=frozenset)


class CodeClassifier:
    """Multi-label classifier over unit texts; labels are code ids."""

    def __init__(self, nlp: Any, labels: Sequence[str]) -> None:
        self.nlp = nlp
        self.labels = list(labels)

    @classmethod
    def train(
        cls,
        units: Sequence[TrainingUnit],
        labels: Sequence[str],
        *,
        epochs: int = 12,
        seed: int = 0,
        batch_size: int = 64,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> CodeClassifier:
        import spacy
        from spacy.training import Example
        from spacy.util import minibatch

        spacy.util.fix_random_seed(seed)  # type: ignore[attr-defined]
        nlp = spacy.blank("en")
        textcat: Any = nlp.add_pipe("textcat_multilabel", config={"model": dict(BOW_CONFIG)})
        for label in labels:
            textcat.add_label(label)
        examples = [
            Example.from_dict(nlp.make_doc(u.text), {"cats": {lb: float(lb in u.labels) for lb in labels}})
            for u in units
        ]
        optimizer = nlp.initialize(lambda: examples)
        rng = random.Random(seed)
        order = list(examples)
        for epoch in range(epochs):
            if cancel is not None:
                cancel.check()
            progress(epoch, epochs, "training")
            rng.shuffle(order)
            losses: dict[str, float] = {}
            for batch in minibatch(order, size=batch_size):  # type: ignore[no-untyped-call]
                nlp.update(batch, sgd=optimizer, losses=losses)
        progress(epochs, epochs, "training")
        return cls(nlp, labels)

    def predict(self, texts: Sequence[str], cancel: CancelToken | None = None) -> list[dict[str, float]]:
        out: list[dict[str, float]] = []
        for i, doc in enumerate(self.nlp.pipe(texts, batch_size=256)):
            if cancel is not None and i % 256 == 0:
                cancel.check()
            out.append({lb: float(doc.cats.get(lb, 0.0)) for lb in self.labels})
        return out


class LinearClassifier:
    """One-vs-rest logistic regression over tf-idf unigrams and bigrams of lemmas, with
    balanced class weights (a code is rare next to the uncoded sentences), trained by full-batch
    Adam on sparse rows in numpy. Scores are the logistic outputs: good for ranking, not
    calibrated probabilities (the class weighting pushes them up)."""

    def __init__(self, labels: Sequence[str], vocab: dict[str, int], idf: Any, weights: Any, bias: Any) -> None:
        self.labels = list(labels)
        self.vocab = vocab
        self.idf = idf
        self.weights = weights
        self.bias = bias

    @staticmethod
    def _features(text: str) -> dict[str, int]:
        words = text.split()
        feats: dict[str, int] = {}
        for w in words:
            feats[w] = feats.get(w, 0) + 1
        for a, b in zip(words, words[1:], strict=False):
            key = a + " " + b
            feats[key] = feats.get(key, 0) + 1
        return feats

    @staticmethod
    def _rows(texts: Sequence[str], vocab: dict[str, int], idf: Any) -> tuple[Any, Any, Any]:
        import numpy as np

        indices: list[int] = []
        data: list[float] = []
        indptr = [0]
        for text in texts:
            feats = LinearClassifier._features(text)
            row = [(vocab[f], 1.0 + float(np.log(n))) for f, n in feats.items() if f in vocab]
            if row:
                idx = np.array([i for i, _ in row])
                val = np.array([v for _, v in row]) * idf[idx]
                val /= max(float(np.sqrt((val * val).sum())), 1e-12)
                indices.extend(idx.tolist())
                data.extend(val.tolist())
            indptr.append(len(indices))
        return np.array(indices, dtype=np.int64), np.array(data, dtype=np.float64), np.array(indptr, dtype=np.int64)

    @classmethod
    def train(
        cls,
        units: Sequence[TrainingUnit],
        labels: Sequence[str],
        *,
        c: float = 5.0,
        iterations: int = 200,
        min_df: int = 2,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> LinearClassifier:
        import numpy as np

        df: dict[str, int] = {}
        for u in units:
            for f in cls._features(u.text):
                df[f] = df.get(f, 0) + 1
        vocab = {f: i for i, f in enumerate(sorted(f for f, n in df.items() if n >= min_df))}
        n = len(units)
        idf = np.ones(len(vocab))
        for f, i in vocab.items():
            idf[i] = np.log((1 + n) / (1 + df[f])) + 1.0
        indices, data, indptr = cls._rows([u.text for u in units], vocab, idf)
        y = np.array([[lb in u.labels for lb in labels] for u in units], dtype=np.float64).reshape(n, len(labels))
        pos = y.sum(axis=0)
        # balanced weights: each class contributes half of the loss (as scikit-learn's "balanced")
        sw = np.where(y > 0, n / (2.0 * np.maximum(pos, 1.0)), n / (2.0 * np.maximum(n - pos, 1.0)))
        x = _Sparse(indices, data, indptr, len(vocab))
        w = np.zeros((len(vocab), len(labels)))
        b = np.zeros(len(labels))
        m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
        lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
        for step in range(1, iterations + 1):
            if cancel is not None and step % 20 == 0:
                cancel.check()
            if step % 30 == 0:
                progress(step, iterations, "training")
            z = x.dot(w) + b
            p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
            g = sw * (p - y) / n  # gradient of the mean weighted log-loss
            grad_w = x.tdot(g) + w / (c * n)
            grad_b = g.sum(axis=0)
            for param, grad, m, v in ((w, grad_w, m_w, v_w), (b, grad_b, m_b, v_b)):
                m *= beta1
                m += (1 - beta1) * grad
                v *= beta2
                v += (1 - beta2) * grad * grad
                param -= lr * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + eps)
        progress(iterations, iterations, "training")
        return cls(labels, vocab, idf, w, b)

    def predict(self, texts: Sequence[str], cancel: CancelToken | None = None) -> list[dict[str, float]]:
        import numpy as np

        indices, data, indptr = self._rows(texts, self.vocab, self.idf)
        z = _Sparse(indices, data, indptr, len(self.vocab)).dot(self.weights) + self.bias
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        return [dict(zip(self.labels, (float(x) for x in row), strict=True)) for row in p]


class _Sparse:
    """Rows of (column, value) pairs (CSR) with the two products training needs, done with
    ``np.bincount`` per label (the fastest sparse product plain numpy offers)."""

    def __init__(self, indices: Any, data: Any, indptr: Any, columns: int) -> None:
        import numpy as np

        self.indices, self.data, self.columns = indices, data, columns
        self.n = len(indptr) - 1
        self.rows = np.repeat(np.arange(self.n), np.diff(indptr))

    def dot(self, w: Any) -> Any:
        """X @ w."""
        import numpy as np

        out = np.empty((self.n, w.shape[1]))
        for j in range(w.shape[1]):
            out[:, j] = np.bincount(self.rows, weights=self.data * w[self.indices, j], minlength=self.n)
        return out

    def tdot(self, g: Any) -> Any:
        """X.T @ g."""
        import numpy as np

        out = np.empty((self.columns, g.shape[1]))
        for j in range(g.shape[1]):
            out[:, j] = np.bincount(self.indices, weights=self.data * g[self.rows, j], minlength=self.columns)
        return out
