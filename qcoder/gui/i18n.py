"""The window's languages: every user-visible string goes through :func:`translate`.

How a string is written (``pyside6-lupdate`` finds exactly these forms; see
``scripts/translations.py``)::

    from qcoder.gui.i18n import translate, count_text

    translate("documents_panel", "Delete document")                 # context = module path
    translate("documents_panel", "Delete “{name}”?").format(name=doc.name)
    count_text(n, translate("documents_panel", "{n} document"),
               translate("documents_panel", "{n} documents"))         # plural
    LABEL = QT_TRANSLATE_NOOP("analysis.matrix", "Rows")             # a constant, translated
    ...translate("analysis.matrix", LABEL)                            # where it is shown

The context is the module's path below ``qcoder.gui`` (``"codebook.tree"``), written as a
literal: PySide6's ``self.tr`` takes the *runtime* class as its context, which lupdate cannot
know, so a subclass would lose its base class's translations. Placeholders are
``str.format`` fields, never f-strings (lupdate needs the literal).

Plurals: Qt's ``%n`` numerus forms are not detected by lupdate's Python parser, so
:func:`count_text` picks between two translated strings by the language's rule (French says
"0 document", English and Spanish "0 documents").

The language follows the system unless View → Language names one (kept in the settings), and
``QCODER_LANG=en|es|fr`` overrides both. It takes effect when the window starts; the menu says
so. :func:`install_translators` also loads Qt's own catalogue (button boxes, file dialogs)
and sets the default ``QLocale``, so numbers and dates in the window follow the language.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

ENV_VAR = "QCODER_LANG"
SYSTEM = "system"
ENGLISH = "en"
LANGUAGES = {ENGLISH: "English", "es": "Español", "fr": "Français"}  # shown in their own language
CHOICES = (SYSTEM, *LANGUAGES)
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"

# The translators in use: Qt keeps only a pointer, so they must outlive the installation.
_installed: list[QTranslator] = []
_active = ENGLISH


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation where it is defined; :func:`translate` it where shown."""
    return text


def translate(context: str, text: str) -> str:
    """``text`` in the window's language (unchanged where no translation exists)."""
    return QCoreApplication.translate(context, text)


def count_text(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both already translated, with a ``{n}`` field), chosen by the
    active language's plural rule and formatted with ``n`` in the locale's digits."""
    singular = n in (0, 1) if _active == "fr" else n == 1
    return (one if singular else many).format(n=number(n))


def env_language() -> str | None:
    """The language ``QCODER_LANG`` asks for, if it names a known one."""
    value = os.environ.get(ENV_VAR, "").strip().lower()[:2]
    return value if value in LANGUAGES else None


def system_language() -> str:
    """The system's interface language if qcoder has it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH


def resolve(choice: str) -> str:
    """The language to use for a setting: the environment first, then the setting, then the system."""
    forced = env_language()
    if forced:
        return forced
    if choice in LANGUAGES:
        return choice
    return system_language()


def active_language() -> str:
    """The language the window was started in ("en", "es" or "fr")."""
    return _active


def catalogue(language: str) -> Path:
    """The compiled catalogue shipped for ``language`` (``translations/qcoder_<lang>.qm``)."""
    return TRANSLATIONS_DIR / f"qcoder_{language}.qm"


def install_translators(language: str, app: QCoreApplication | None = None) -> str:
    """Load qcoder's and Qt's catalogues for ``language`` into ``app`` and make its locale the
    default; returns the language now active. English needs no catalogue."""
    global _active
    app = app or QCoreApplication.instance()
    remove_translators(app)
    language = language if language in LANGUAGES else ENGLISH
    QLocale.setDefault(QLocale(language))
    _active = language
    if language == ENGLISH or app is None:
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qcoder_{language}", str(TRANSLATIONS_DIR)), (f"qtbase_{language}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def remove_translators(app: QCoreApplication | None = None) -> None:
    """Back to English (tests, and before installing another language)."""
    global _active
    app = app or QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    _active = ENGLISH
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


class KnownTexts:
    """English texts a Qt-free layer writes (undo step names, progress, errors), translated
    where the window shows them: ``fixed`` texts as they are, and ``(regex, template)`` pairs
    for texts with a name or a number in them, rebuilt from the translated template with the
    regex's named groups. Every text and template is marked ``QT_TRANSLATE_NOOP(context, …)``
    where it is listed."""

    def __init__(self, context: str, fixed: Iterable[str], named: Iterable[tuple[str, str]]) -> None:
        self.context = context
        self.fixed = frozenset(fixed)
        self.named = tuple((re.compile(f"^{pattern}$", re.S), template) for pattern, template in named)

    def translated(self, text: str) -> str | None:
        """``text`` in the window's language, or None when it is not listed."""
        if text in self.fixed:
            return translate(self.context, text)
        for pattern, template in self.named:
            found = pattern.match(text)
            if found:
                return translate(self.context, template).format(**found.groupdict())
        return None


# --- numbers and dates in the window's locale ---------------------------------------------------
def number(value: int | float, decimals: int | None = None) -> str:
    """``value`` with the locale's digit grouping and decimal sign (1,234.5 / 1.234,5 / 1 234,5)."""
    locale = QLocale()
    if isinstance(value, int) and decimals is None:
        return locale.toString(value)
    return locale.toString(float(value), "f", 1 if decimals is None else decimals)


def percent(value: float, decimals: int = 0) -> str:
    """``value`` (a share, 0.25) as a percentage in the locale's form ("25 %" in French)."""
    locale = QLocale()
    digits = locale.toString(value * 100, "f", decimals)
    sign = locale.percent()
    return f"{digits}\u00a0{sign}" if locale.language() in _SPACED_PERCENT else f"{digits}{sign}"


_SPACED_PERCENT = {QLocale.Language.French, QLocale.Language.Spanish}


def date_text(value: date | datetime, long: bool = False) -> str:
    """A date (or date and time) in the locale's short or long form."""
    locale = QLocale()
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    if isinstance(value, datetime):
        moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))
        return str(locale.toString(moment, locale.dateTimeFormat(form)))
    return str(locale.toString(QDate(value.year, value.month, value.day), locale.dateFormat(form)))
