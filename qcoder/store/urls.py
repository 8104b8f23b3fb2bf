"""Database URLs: passwords are added in memory only and never shown."""

from __future__ import annotations

from sqlalchemy.engine import make_url


def is_server_url(location: str) -> bool:
    return "://" in location and not location.startswith("sqlite")


def has_password(location: str) -> bool:
    return bool(make_url(location).password)


def describe(location: str) -> tuple[str, str]:
    """(user, host) of a server URL, for a password prompt."""
    url = make_url(location)
    return url.username or "", url.host or "localhost"


def with_password(location: str, password: str) -> str:
    return make_url(location).set(password=password).render_as_string(hide_password=False)


def redact(location: str) -> str:
    """The URL as it may be shown: without its password."""
    if not is_server_url(location):
        return location
    return make_url(location).render_as_string(hide_password=True)


def redact_in(message: str, location: str | object) -> str:
    """``message`` with the URL's password (if any) masked, e.g. in a driver's error text."""
    if isinstance(location, str) and is_server_url(location):
        password = make_url(location).password
        if password:
            return message.replace(str(password), "***")
    return message


def needs_password(location: str) -> bool:
    """Whether the server refuses this URL for lack of a password (libpq has already tried
    PGPASSWORD and ~/.pgpass)."""
    import psycopg

    url = make_url(location)
    try:
        psycopg.connect(
            host=url.host or "",
            port=url.port or 5432,
            user=url.username or "",
            dbname=url.database or "",
            connect_timeout=10,
        ).close()
    except psycopg.OperationalError as exc:
        return "password" in str(exc)
    return False
