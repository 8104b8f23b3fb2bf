"""The language of a document: detected on import and, when it is not English, stored as the
document attribute ``language`` (an ISO 639-1 code such as ``es``), changeable like any
attribute value. A document without a value (an English one, or one imported before detection
existed) is analysed as English: ``qcoder documents P --set-language NAME=auto`` detects and
stores it, and ``qcoder nlp P`` names the documents that look like another language.

Detection uses py3langid (a maintained fork of langid.py: naive Bayes over byte n-grams, numpy
only, its 4 MB model inside the package, deterministic), limited to the languages spaCy has a
tokenizer for; a guess below :data:`CONFIDENT` probability gives English. Measured by
``bench/bench_language.py`` on the transcripts in tests/data/real/ and on Spanish, French and
German interview snippets (README, "Transcripts in other languages").
"""

from __future__ import annotations

import importlib.util
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from qcoder.core.model import DEFAULT_LANGUAGE, LANGUAGE_ATTRIBUTE, Document, DocumentInfo

MIN_LETTERS = 4  # fewer letters than this: too little to tell, the default language is assumed
CONFIDENT = 0.5  # a less probable guess (a short "Hmm, yes." taken for Azerbaijani) gives the default
SAMPLE_CHARS = 20_000  # detection reads at most this much of a document (spread over it)

# names users may type or have stored, for the languages qcoder's users are most likely to meet
NAMES = {
    "english": "en",
    "spanish": "es",
    "español": "es",
    "espanol": "es",
    "castellano": "es",
    "french": "fr",
    "français": "fr",
    "francais": "fr",
    "german": "de",
    "deutsch": "de",
    "italian": "it",
    "italiano": "it",
    "portuguese": "pt",
    "português": "pt",
    "portugues": "pt",
    "dutch": "nl",
    "nederlands": "nl",
    "catalan": "ca",
    "català": "ca",
    "polish": "pl",
    "russian": "ru",
    "arabic": "ar",
    "chinese": "zh",
    "japanese": "ja",
    "norwegian": "nb",
    "swedish": "sv",
    "danish": "da",
    "finnish": "fi",
    "greek": "el",
    "turkish": "tr",
    "ukrainian": "uk",
}
ALIASES = {"no": "nb"}  # the detector's code -> spaCy's


@lru_cache(maxsize=1)
def spacy_languages() -> frozenset[str]:
    """Codes of the languages spaCy has a tokenizer for (found without importing spaCy)."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return frozenset({DEFAULT_LANGUAGE})
    folder = Path(next(iter(spec.submodule_search_locations))) / "lang"
    found = {p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith("_") and p.name != "xx"}
    return frozenset(found | {DEFAULT_LANGUAGE})


def normalize(value: str | None) -> str | None:
    """The spaCy code for a stored or typed language (``"es"``, ``"ES"``, ``"Spanish"``,
    ``"es-MX"``), or None when it names no language spaCy knows."""
    if not value:
        return None
    word = value.strip().casefold().replace("_", "-")
    code = NAMES.get(word) or ALIASES.get(word) or word.split("-")[0]
    code = ALIASES.get(code, code)
    return code if code in spacy_languages() else None


_identifier: Any = None
_identifier_lock = threading.Lock()


def _detector() -> Any:
    global _identifier
    with _identifier_lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            known = spacy_languages()
            identifier.set_languages(sorted({c for c in identifier.nb_classes if ALIASES.get(c, c) in known}))
            _identifier = identifier
        return _identifier


def sample(text: str, limit: int = SAMPLE_CHARS) -> str:
    """At most ``limit`` characters of ``text``: its beginning, middle and end when longer."""
    if len(text) <= limit:
        return text
    third = limit // 3
    middle = len(text) // 2 - third // 2
    return "\n".join((text[:third], text[middle : middle + third], text[-third:]))


def detect(text: str) -> str:
    """The language of ``text`` as a spaCy code; :data:`DEFAULT_LANGUAGE` when there is too
    little text to tell (a few letters, or a guess less probable than :data:`CONFIDENT`)."""
    piece = sample(text)
    if sum(1 for ch in piece if ch.isalpha()) < MIN_LETTERS:
        return DEFAULT_LANGUAGE
    code, probability = _detector().classify(piece)
    if float(probability) < CONFIDENT:
        return DEFAULT_LANGUAGE
    return normalize(str(code)) or DEFAULT_LANGUAGE


def stored_language(info: DocumentInfo) -> str | None:
    """The language stored for a document (its ``language`` attribute), if it names one."""
    return normalize(info.attributes.get(LANGUAGE_ATTRIBUTE))


def document_language(document: Document | DocumentInfo) -> str:
    """The language a document is analysed in: the stored one, else English."""
    info = document.info if isinstance(document, Document) else document
    return stored_language(info) or DEFAULT_LANGUAGE
