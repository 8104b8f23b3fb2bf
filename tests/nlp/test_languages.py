"""Transcripts in other languages: detected on import, stored and changeable, and analysed
with that language's pipeline (sentences, lemmas, stop words)."""

# ruff: noqa: E501  (transcript lines are long, as real ones are)
from __future__ import annotations

import json
from pathlib import Path

import pytest

from qcoder.app import Project
from qcoder.app.languages import document_languages, set_document_language
from qcoder.cli.parser import build_parser
from qcoder.core.errors import InvalidValue
from qcoder.core.model import LANGUAGE_ATTRIBUTE, AttributeScope
from qcoder.importers import import_file
from qcoder.importers.base import finish
from qcoder.nlp.corpus import sentences
from qcoder.nlp.language import detect, normalize
from qcoder.nlp.pipeline import pipeline_info
from qcoder.nlp.words import kwic, word_frequencies

# interview snippets written for these tests
SPANISH = """Entrevistadora: ¿Cuánto tiempo lleva trabajando en el centro de salud?

Participante: Unos ocho años. Al principio era muy difícil porque no teníamos suficiente personal. Las familias no confiaban en nosotros.

Entrevistadora: ¿Y cómo se sintió cuando cerraron las escuelas?

Participante: ¡Muy triste! Mis hijos estudiaron allí. Las escuelas del pueblo eran muy importantes para las familias y para los maestros.
"""

FRENCH = """Intervieweur : Depuis combien de temps travaillez-vous dans cette association ?

Participante : Depuis presque dix ans. Au début, on n'avait pas de local. Les familles ne nous faisaient pas confiance.

Intervieweur : Et comment avez-vous vécu la fermeture des écoles ?

Participante : Très mal ! Mes enfants y ont fait leurs études. Les écoles du village comptaient beaucoup pour les familles et pour les enseignants.
"""

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def test_detects_spanish_french_and_real_english_transcripts():
    assert detect(SPANISH) == "es"
    assert detect(FRENCH) == "fr"
    assert detect("¿Y cómo se sintió cuando cerraron la escuela?") == "es"
    assert detect("Et comment vous êtes-vous sentie quand l'école a fermé ?") == "fr"
    assert detect("Ich weiß nicht, ich erinnere mich nicht mehr.") == "de"
    for name in ("zoom_transcript_filter/input_example.txt", "plc_fishbowl/transcript.vtt"):
        assert detect(import_file(REAL / name).text) == "en", name
    assert detect("Ok.") == "en"  # too little to tell: the default


def test_language_names_and_codes_are_normalized():
    assert normalize("es") == "es" and normalize("ES") == "es" and normalize("es-MX") == "es"
    assert normalize("Spanish") == "es" and normalize("Français") == "fr" and normalize("Deutsch") == "de"
    assert normalize("no") == "nb"  # the detector's Norwegian is spaCy's Bokmål
    assert normalize("klingon") is None and normalize("") is None


@pytest.fixture
def multilingual(tmp_path: Path):
    project = Project.create(tmp_path / "langs.qcoder", name="Languages")
    project.add_document(finish(SPANISH, "entrevista.txt", "txt"), name="entrevista")
    project.add_document(finish(FRENCH, "entretien.txt", "txt"), name="entretien")
    yield project
    project.close()


def _language(project: Project, name: str) -> str | None:
    return project.document_by_name(name).attributes.get(LANGUAGE_ATTRIBUTE)


def test_import_stores_the_language_and_undo_removes_it(multilingual):
    assert _language(multilingual, "entrevista") == "es" and _language(multilingual, "entretien") == "fr"
    attribute = multilingual.attribute(LANGUAGE_ATTRIBUTE, AttributeScope.DOCUMENT)
    assert attribute is not None and attribute.type == "text"
    multilingual.undo()  # the French import
    assert [d.name for d in multilingual.documents()] == ["entrevista"]
    assert multilingual.attribute(LANGUAGE_ATTRIBUTE, AttributeScope.DOCUMENT) is not None
    multilingual.undo()  # the Spanish import, which defined the attribute
    assert multilingual.documents() == []
    assert multilingual.attribute(LANGUAGE_ATTRIBUTE, AttributeScope.DOCUMENT) is None
    multilingual.redo()
    assert _language(multilingual, "entrevista") == "es"


def test_the_language_can_be_changed_and_detected_again(multilingual):
    doc = multilingual.document_by_name("entretien")
    assert set_document_language(multilingual, doc.id, "German") == "de"
    assert _language(multilingual, "entretien") == "de"
    assert {d.document: d.language for d in document_languages(multilingual)} == {"entrevista": "es", "entretien": "de"}
    with pytest.raises(InvalidValue, match="unknown language"):
        set_document_language(multilingual, doc.id, "Klingon")
    assert set_document_language(multilingual, doc.id, "auto") == "fr"
    multilingual.undo()
    assert _language(multilingual, "entretien") == "de"


def test_a_document_without_a_stored_language_is_analysed_as_english(multilingual):
    doc = multilingual.document_by_name("entrevista")
    multilingual.set_attributes(AttributeScope.DOCUMENT, {doc.id: {LANGUAGE_ATTRIBUTE: ""}})
    assert _language(multilingual, "entrevista") is None
    found = {d.document: (d.language, d.stored, d.looks_like) for d in document_languages(multilingual)}
    assert found == {"entrevista": ("en", False, "es"), "entretien": ("fr", True, None)}
    assert set_document_language(multilingual, doc.id, "auto") == "es"


def test_english_is_the_default_and_not_stored(tmp_path):
    with Project.create(tmp_path / "en.qcoder") as project:
        info = project.add_document(import_file(REAL / "zoom_transcript_filter" / "input_example.txt"))
        assert LANGUAGE_ATTRIBUTE not in info.attributes and project.attributes() == []
        [found] = document_languages(project)
        assert (found.language, found.stored, found.looks_like) == ("en", False, None)


def test_the_pipeline_of_each_language_says_what_it_is():
    spanish = pipeline_info(language="es")
    assert spanish.short_label == "es: basic (blank + lookups)" and spanish.label == spanish.short_label
    assert spanish.lemmatizer and not spanish.trained and spanish.key.startswith("es-blank-")
    assert pipeline_info().key != spanish.key and pipeline_info().language == "en"
    assert pipeline_info(language="fr").short_label == "fr: basic (blank + lookups)"
    assert pipeline_info(language="fi").short_label == "fi: basic (blank)"  # no Finnish lemma table


def test_lemmas_and_stop_words_come_from_each_documents_language(multilingual):
    rows = {lemma: (total, docs) for lemma, total, docs, _by in word_frequencies(multilingual).rows}
    assert rows["escuela"] == (1, 1)  # "escuelas" by the Spanish lookup table (the interviewer's left out)
    assert "cerrar" not in rows and "vivre" not in rows  # only the Entrevistadora / Intervieweur say them
    assert rows["école"] == (1, 1) and rows["famille"] == (2, 1)  # "écoles", "familles" by the French one
    assert rows["familia"] == (2, 1)
    for stop in ("las", "los", "el", "muy", "para", "les", "pour", "pas", "nous", "et", "de"):
        assert stop not in rows, stop
    every = {
        lemma: total
        for lemma, total, *_ in word_frequencies(multilingual, include_stopwords=True, include_interviewers=True).rows
    }
    assert {"muy", "pour", "cerrar"} <= set(every) and every["escuela"] == 2 and every["école"] == 2


def test_kwic_lemmatizes_the_word_in_each_documents_language(multilingual):
    lines = kwic(multilingual, "escuela")
    assert [(ln.document, ln.keyword) for ln in lines] == [("entrevista", "escuelas")]
    assert [ln.keyword for ln in kwic(multilingual, "familles")] == ["familles", "familles"]


def test_sentences_split_in_spanish_and_french(multilingual):
    doc = multilingual.document_by_name("entrevista")
    text = multilingual.document(doc.id).text
    found = [text[s:e] for s, e in sentences(multilingual, doc.id)]
    assert "¿Cuánto tiempo lleva trabajando en el centro de salud?" in found
    assert "¡Muy triste!" in found and "Mis hijos estudiaron allí." in found
    doc = multilingual.document_by_name("entretien")
    text = multilingual.document(doc.id).text
    found = [text[s:e] for s, e in sentences(multilingual, doc.id)]
    assert "Depuis combien de temps travaillez-vous dans cette association ?" in found
    assert "Très mal !" in found and "Au début, on n'avait pas de local." in found


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    args = build_parser().parse_args(list(argv))
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_reports_and_sets_the_language(multilingual, capsys):
    location = str(multilingual.path)
    multilingual.close()
    _code, out, _err = _run(capsys, "documents", location, "--json")
    assert {d["name"]: d["language"] for d in json.loads(out)} == {"entrevista": "es", "entretien": "fr"}
    _code, out, err = _run(capsys, "documents", location, "--set-language", "entretien=de", "--json")
    assert "entretien: language de" in err
    assert {d["name"]: d["language"] for d in json.loads(out)} == {"entrevista": "es", "entretien": "de"}
    with pytest.raises(InvalidValue):
        _run(capsys, "documents", location, "--set-language", "entretien")
    _run(capsys, "documents", location, "--set-language", "entretien=fr")
    _code, out, err = _run(capsys, "words", location, "--min-count", "1")
    assert (
        "  es: basic (blank + lookups) for 1 document" in err and "  fr: basic (blank + lookups) for 1 document" in err
    )
    assert "escuela\t1\t1" in out
    _code, out, _err = _run(capsys, "nlp", location, "--json")
    data = json.loads(out)
    assert data["languages"]["es"]["pipeline"]["label"] == "es: basic (blank + lookups)"
    assert data["languages"]["fr"]["documents"] == 1
    assert {d["document"]: d["language"] for d in data["documents"]} == {"entrevista": "es", "entretien": "fr"}
    _code, out, _err = _run(capsys, "nlp", location)
    assert "es: basic (blank + lookups): 1 document" in out and "fr: basic (blank + lookups): 1 document" in out
    with Project.open(location) as project:
        project.add_document(finish("Interviewer: How did it start?\n\nAnn: With a grant.\n", "en.txt", "txt"))
        project.set_attributes(
            AttributeScope.DOCUMENT, {project.document_by_name("entretien").id: {LANGUAGE_ATTRIBUTE: ""}}
        )
    _code, out, _err = _run(capsys, "documents", location, "--json")
    assert {d["name"]: d["language"] for d in json.loads(out)} == {"entrevista": "es", "entretien": "en", "en": "en"}
    _code, out, _err = _run(capsys, "nlp", location)
    assert "entretien\ten (not stored; looks like fr: documents --set-language 'entretien=auto')" in out
    assert "en: basic (blank + lookups): 2 documents" in out


def test_a_survey_s_language_is_told_from_all_its_answers(tmp_path):
    from qcoder.app.survey import SurveyMapping, import_survey

    path = tmp_path / "encuesta.csv"
    path.write_text(
        "id,sitio,confianza,obstaculos\n"
        'R1,Norte,"Confío en ellos, casi siempre.",Falta de dinero\n'
        'R2,Sur,"No mucho, la verdad.",La rotación del personal\n'
        'R3,Norte,"Sí, porque nos escuchan y vuelven a llamar.",Nadie contesta el teléfono\n',
        encoding="utf-8",
    )
    with Project.create(tmp_path / "survey.qcoder") as project:
        report = import_survey(project, path, SurveyMapping("id", ("confianza", "obstaculos"), ("sitio",)))
        assert {d.attributes.get(LANGUAGE_ATTRIBUTE) for d in project.documents()} == {"es"}
        assert LANGUAGE_ATTRIBUTE in report.attributes
        rows = {lemma for lemma, *_ in word_frequencies(project, min_count=1).rows}
        assert "confiar" in rows and "ellos" not in rows and "la" not in rows


def test_an_installed_trained_package_of_the_language_is_preferred(monkeypatch):
    from qcoder.nlp import pipeline

    real = pipeline._installed
    monkeypatch.setattr(pipeline, "_installed", lambda name: name == "es_core_news_sm" or real(name))
    monkeypatch.setattr(pipeline, "_model_meta", lambda name: {"version": "3.8.0", "components": ["senter", "ner"]})
    monkeypatch.delenv("QCODER_SPACY_MODEL")
    spanish = pipeline.pipeline_info(language="es")
    assert spanish.trained and spanish.entities and spanish.short_label == "es: trained (es_core_news_sm 3.8.0)"
    assert spanish.key == "es-es_core_news_sm-3.8.0"
    monkeypatch.setenv("QCODER_SPACY_MODEL", "blank")  # forces the basic pipeline in every language
    assert pipeline.pipeline_info(language="es").short_label == "es: basic (blank + lookups)"
    monkeypatch.setenv("QCODER_SPACY_MODEL", "en_core_web_sm")  # an English choice says nothing of Spanish
    assert pipeline.pipeline_info(language="es").name == "es_core_news_sm"
