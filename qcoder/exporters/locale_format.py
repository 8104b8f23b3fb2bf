"""Numbers, percentages and dates in written reports, in the reader's locale (Babel's CLDR data).

One process-wide setting, :func:`set_report_locale`: the CLI's ``--locale`` (default: the
system's ``LC_ALL`` / ``LC_NUMERIC`` / ``LANG`` when it names a language qcoder speaks, else
English) and the window's language set it; exports that run in worker threads read it too.
English output is exactly what it always was ("13%", "1,234", "December 4, 2026"), French
writes "13 %", "1 234", "4 décembre 2026", Spanish "13 %", "1234", "4 de diciembre de 2026".

Rounding stays the reports' own (half up, exactly, with ``Decimal``): only the writing of the
rounded value is the locale's.
"""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

SUPPORTED = ("en", "es", "fr")
_DEFAULT = "en"
_locale = _DEFAULT


def system_locale() -> str:
    """The language the environment's locale variables name, if qcoder has it; else "en"."""
    for var in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = os.environ.get(var, "").strip()
        if value:
            code = value.split(".")[0].split("_")[0].split("-")[0].lower()
            return code if code in SUPPORTED else _DEFAULT
    return _DEFAULT


def set_report_locale(code: str | None) -> str:
    """Use ``code`` ("en", "es" or "fr"; None or "system": the environment's) from now on;
    returns the locale in use. Another code is refused with ValueError."""
    if code is None or code == "system":
        code = system_locale()
    if code not in SUPPORTED:
        raise ValueError(f"unknown locale {code!r}: use one of {', '.join(SUPPORTED)} or system")
    global _locale
    _locale = code
    return _locale


def report_locale() -> str:
    return _locale


def _english() -> bool:
    return _locale == "en"


def integer(value: int) -> str:
    """A count with the locale's grouping ("1,234" / "1 234" / "1234")."""
    from babel.numbers import format_decimal  # Babel loads CLDR data: only when a report needs it

    return format_decimal(value, locale=_locale)


def decimal(value: float | Decimal, places: int) -> str:
    """A number with exactly ``places`` decimals in the locale's form ("0.81" / "0,81")."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=pattern, locale=_locale)


def percent_value(whole_percent: Decimal | int) -> str:
    """An already rounded whole percentage (13) as the locale writes it ("13%", "13 %")."""
    if _english():
        return f"{whole_percent}%"
    from babel.numbers import format_percent

    return format_percent(Decimal(whole_percent) / 100, locale=_locale)


def long_date(day: date) -> str:
    """A date written out ("December 4, 2026", "4 décembre 2026", "4 de diciembre de 2026")."""
    if _english():
        return f"{day:%B} {day.day}, {day.year}"
    from babel.dates import format_date

    return format_date(day, format="long", locale=_locale)
