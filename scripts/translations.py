"""Keep the window's translations: extract, fill, compile and check (Qt Linguist's own tools).

    python scripts/translations.py update            # pyside6-lupdate: every string of qcoder/gui
                                                     # into translations/qcoder_<lang>.ts
    python scripts/translations.py fill PART.ts ...  # take finished translations from other .ts
                                                     # files (by context and source text)
    python scripts/translations.py release           # pyside6-lrelease: .ts -> .qm (shipped)
    python scripts/translations.py check             # unfinished messages and broken {fields}
    python scripts/translations.py part --out DIR/NAME FILE.py ...
                                                     # a .ts per language for some files only

``update`` keeps every translation already made (lupdate merges), drops the ones whose source
string is gone (``-no-obsolete``) and writes no line numbers, so a moved string does not
change the file. Translators can open the .ts files in Qt Linguist (``pyside6-linguist``).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "qcoder" / "gui"
TRANSLATIONS = GUI / "translations"
LANGUAGES = ("es", "fr")
FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[!:][^{}]*)?\}")


def _tool(name: str) -> str:
    """A Qt tool from the same environment as this Python (the venv's ``bin``), else PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships pyside6-lupdate and pyside6-lrelease)")
    return found


def sources() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "translations" not in p.parts)


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"qcoder_{language}.ts"


def _lupdate(files: list[Path], target: Path, language: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    cmd = [_tool("pyside6-lupdate"), *map(str, files), "-no-obsolete", "-locations", "none"]
    cmd += ["-target-language", language, "-ts", str(target)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def update() -> None:
    for language in LANGUAGES:
        _lupdate(sources(), ts_path(language), language)
        print(f"{ts_path(language).relative_to(ROOT)}: {summary(ts_path(language))}")


def part(out: str, files: list[Path]) -> None:
    for language in LANGUAGES:
        target = Path(f"{out}_{language}.ts")
        _lupdate(files, target, language)
        print(f"{target}: {summary(target)}")


def messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message))
    return found


def _finished(message: ET.Element) -> str | None:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return None
    return translation.text or None


def fill(parts: list[Path]) -> None:
    known: dict[tuple[str, str, str], str] = {}
    for path in parts:
        tree = ET.parse(path)
        language = (tree.getroot().get("language") or "")[:2]
        for context, message in messages(tree):
            text = _finished(message)
            if text:
                known[(language, context, message.findtext("source") or "")] = text
    for language in LANGUAGES:
        target = ts_path(language)
        tree = ET.parse(target)
        filled = 0
        for context, message in messages(tree):
            text = known.get((language, context, message.findtext("source") or ""))
            translation = message.find("translation")
            if text and translation is not None and _finished(message) is None:
                translation.text = text
                translation.attrib.pop("type", None)
                filled += 1
        _write(tree, target)
        print(f"{target.relative_to(ROOT)}: {filled} filled; {summary(target)}")


def _write(tree: ET.ElementTree, target: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def release() -> None:
    for language in LANGUAGES:
        qm = TRANSLATIONS / f"qcoder_{language}.qm"
        subprocess.run([_tool("pyside6-lrelease"), str(ts_path(language)), "-qm", str(qm)], check=True)


def problems(path: Path) -> list[str]:
    """Unfinished messages and translations whose ``{fields}`` differ from the source's."""
    found = []
    for context, message in messages(ET.parse(path)):
        source = message.findtext("source") or ""
        text = _finished(message)
        if text is None:
            found.append(f"{path.name}: unfinished [{context}] {source!r}")
        elif sorted(FIELD.findall(source)) != sorted(FIELD.findall(text)):
            found.append(f"{path.name}: fields differ [{context}] {source!r} -> {text!r}")
    return found


def summary(path: Path) -> str:
    all_messages = messages(ET.parse(path))
    done = sum(1 for _, m in all_messages if _finished(m) is not None)
    return f"{done} of {len(all_messages)} translated"


def check() -> int:
    found = [line for language in LANGUAGES for line in problems(ts_path(language))]
    print("\n".join(found) if found else "every message translated, fields intact")
    return 1 if found else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    sub.add_parser("release")
    sub.add_parser("check")
    fill_p = sub.add_parser("fill")
    fill_p.add_argument("parts", nargs="+", type=Path)
    part_p = sub.add_parser("part")
    part_p.add_argument("--out", required=True)
    part_p.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "release":
        release()
    elif args.command == "check":
        return check()
    elif args.command == "fill":
        fill(args.parts)
    else:
        part(args.out, args.files)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
