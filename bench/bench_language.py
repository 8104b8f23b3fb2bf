"""Language detection: how often the detector qcoder uses names the right language.

Texts: every transcript in tests/data/real/ (English; the whole text as imported, and up to 15
of its speech lines of 20–120 characters, labels and timestamps stripped) and the Spanish,
French and German interview snippets below (written for this benchmark: each line alone, the
ten lines joined, and three joined at a time). qcoder's detector (:func:`qcoder.nlp.language.detect`:
py3langid limited to spaCy's languages) is measured, and py3langid unrestricted, plus langdetect
when it is installed (it is not a dependency: ``pip install langdetect`` to compare).

Usage: python bench/bench_language.py
"""

# ruff: noqa: E501  (interview lines are long, as real ones are)
from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ES = [
    "Entrevistadora: ¿Cuánto tiempo lleva trabajando en el centro de salud?",
    "Participante: Unos ocho años. Al principio era muy difícil porque no teníamos suficiente personal.",
    "Creo que el protocolo nuevo ayudó, pero las familias todavía no confían en nosotros.",
    "Sí, claro.",
    "Bueno, depende del día. A veces llegan veinte pacientes y solo somos dos enfermeras.",
    "Lo que más me preocupa es que los jóvenes se van del pueblo y nadie los reemplaza.",
    "Nosotros hablamos con la alcaldía muchas veces, pero nunca nos dieron una respuesta clara sobre el presupuesto.",
    "¿Y cómo se sintió cuando cerraron la escuela?",
    "Me sentí muy triste, la verdad. Mis hijos estudiaron allí.",
    "No sé, no me acuerdo bien.",
]
FR = [
    "Intervieweur : Depuis combien de temps travaillez-vous dans cette association ?",
    "Participante : Depuis presque dix ans. Au début, on n'avait pas de local, on se réunissait chez les bénévoles.",
    "Je pense que la nouvelle procédure a aidé, mais les familles ne nous font pas encore confiance.",
    "Oui, bien sûr.",
    "Ça dépend des jours. Parfois on reçoit vingt personnes et on n'est que deux.",
    "Ce qui m'inquiète le plus, c'est que les jeunes quittent le village et que personne ne les remplace.",
    "Nous avons parlé avec la mairie plusieurs fois, mais ils ne nous ont jamais donné de réponse claire sur le budget.",
    "Et comment vous êtes-vous sentie quand l'école a fermé ?",
    "J'étais très triste, franchement. Mes enfants y ont fait leurs études.",
    "Je ne sais pas, je ne m'en souviens plus.",
]
DE = [
    "Interviewer: Wie lange arbeiten Sie schon in der Beratungsstelle?",
    "Teilnehmerin: Seit ungefähr acht Jahren. Am Anfang war es schwierig, weil wir zu wenig Personal hatten.",
    "Ich glaube, das neue Verfahren hat geholfen, aber die Familien vertrauen uns noch nicht.",
    "Ja, genau.",
    "Das kommt auf den Tag an. Manchmal kommen zwanzig Leute und wir sind nur zu zweit.",
    "Was mich am meisten beunruhigt, ist, dass die jungen Leute aus dem Dorf wegziehen.",
    "Wir haben mehrmals mit der Gemeinde gesprochen, aber nie eine klare Antwort zum Haushalt bekommen.",
    "Und wie haben Sie sich gefühlt, als die Schule geschlossen wurde?",
    "Ich war sehr traurig, ehrlich gesagt. Meine Kinder sind dort zur Schule gegangen.",
    "Ich weiß nicht, ich erinnere mich nicht mehr.",
]

Case = tuple[str, str, str]  # expected language, text, "short" or "long"


def cases() -> list[Case]:
    from qcoder.importers import import_file

    real = ROOT / "tests" / "data" / "real"
    found: list[Case] = []
    for path in sorted(real.rglob("*")):
        if path.suffix not in {".txt", ".vtt", ".docx", ".odt", ".pdf"} or "LICENSE" in path.name:
            continue
        if "coded-segments" in path.name or ".utf16." in path.name or ".cp1252." in path.name:
            continue
        text = import_file(path).text
        found.append(("en", text, "long"))
        lines = [re.sub(r"^[^:]{1,30}:\s*", "", line).strip() for line in text.splitlines()]
        lines = [
            line
            for line in lines
            if 20 <= len(line) <= 120 and not re.search(r"\d\d:\d\d", line) and line.count("X") < len(line) / 3
        ]  # timestamps and redacted XXXX lines are not speech
        found += [("en", line, "short") for line in lines[:: max(1, len(lines) // 15)][:15]]
    for lang, lines in (("es", ES), ("fr", FR), ("de", DE)):
        found += [(lang, line, "short") for line in lines]
        found.append((lang, " ".join(lines), "long"))
        found += [(lang, " ".join(lines[i : i + 3]), "long") for i in range(0, 9, 3)]
    return found


def measure(name: str, detect: Callable[[str], str], found: list[Case]) -> None:
    start = time.perf_counter()
    detect("a first text to load the model")
    load = time.perf_counter() - start
    right = {"short": 0, "long": 0}
    total = {"short": 0, "long": 0}
    wrong: list[str] = []
    start = time.perf_counter()
    for lang, text, kind in found:
        got = detect(text)
        total[kind] += 1
        if got == lang:
            right[kind] += 1
        else:
            wrong.append(f"    {lang} taken for {got}: {text[:60]!r}")
    took = time.perf_counter() - start
    print(
        f"{name}: long texts {right['long']}/{total['long']}, single lines {right['short']}/{total['short']}"
        f" (load {load:.2f} s, {len(found)} texts in {took:.2f} s)"
    )
    print("\n".join(wrong))


def main() -> None:
    from qcoder.nlp.language import detect

    found = cases()
    measure("qcoder (py3langid, spaCy's languages)", detect, found)
    import py3langid

    measure("py3langid, all 97 languages", lambda text: str(py3langid.classify(text)[0]), found)
    try:
        import langdetect  # type: ignore[import-not-found]
    except ImportError:
        print("langdetect: not installed")
        return
    langdetect.DetectorFactory.seed = 0
    measure("langdetect", lambda text: str(langdetect.detect(text)), found)


if __name__ == "__main__":
    main()
