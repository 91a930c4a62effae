"""The core's sentences in the desk's language (French or English), without Qt.

The GUI translates its own widgets with Qt (``desk_app.gui.i18n``), but sentences made
by the core (check-in results, booking answers, import row errors, refusals) carry
names and times, so Qt's exact-match lookup cannot find them. Here the English
*template* is the key: ``t("Both free at {time}, table {table}.", time=..., table=...)``
looks the template up in the active language's catalogue, then fills in the values.

Catalogues are ``resources/translations/core_<lang>.tsv`` plus any
``core_<lang>_<area>.tsv``, one ``english<TAB>translation`` pair per line (``#``
starts a comment line; ``\\n`` and ``\\t`` stand for a line break and a tab).
English needs no catalogue: it is the source text.

A translation never breaks a message: an unknown template, or a translation naming a
value the caller did not give, falls back to the English sentence; a value missing even
from the English leaves its ``{placeholder}`` visible rather than raising.

The language is one process-wide setting (the desk runs one language at a time; worker
threads must answer in the language the window shows), set by the CLI at start and by
the GUI's language switch.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desk_app.resources import resource_path

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "fr")

_language = SOURCE_LANGUAGE


def normalise_language(value: str | None) -> str:
    """``"fr"``, ``"fr_FR.UTF-8"``, ``"FR"`` -> ``"fr"``; anything unsupported -> ``"en"``."""
    code = (value or "").strip().lower()[:2]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def default_language(environ: Mapping[str, str] | None = None) -> str:
    """``DESK_APP_LANG`` when set, else French when the POSIX locale variables say so
    (``LC_ALL``, then ``LC_MESSAGES``, then ``LANG``: the first one set decides, as for
    gettext), else English."""
    env = os.environ if environ is None else environ
    chosen = env.get("DESK_APP_LANG", "").strip()
    if chosen:
        return normalise_language(chosen)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if value:
            return "fr" if value.lower().startswith("fr") else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def set_language(language: str) -> str:
    """Make ``language`` the one core sentences are written in; returns the language
    actually used (an unsupported one means English)."""
    global _language
    _language = normalise_language(language)
    return _language


def get_language() -> str:
    return _language


@contextmanager
def using_language(language: str) -> Iterator[str]:
    """Within the block, write core sentences in ``language`` (then restore the previous
    one): for tests and for one-off documents in another language."""
    previous = _language
    try:
        yield set_language(language)
    finally:
        set_language(previous)


def catalogue_path(language: str) -> Path:
    return resource_path("translations", f"core_{language}.tsv")


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def parse_catalogue(text: str) -> dict[str, str]:
    """``english<TAB>translation`` lines -> {english: translation}. Lines without a tab
    or with an empty translation are skipped (an untranslated sentence stays English)."""
    entries: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        english, sep, translated = line.partition("\t")
        if sep and translated.strip():
            entries[_unescape(english)] = _unescape(translated.rstrip("\r"))
    return entries


@functools.cache
def catalogue(language: str) -> dict[str, str]:
    """The translations for ``language`` (empty for English, or when the file is
    missing: the desk then speaks English rather than failing)."""
    if language == SOURCE_LANGUAGE:
        return {}
    main = catalogue_path(language)
    # core_fr.tsv, then core_fr_<area>.tsv files (one per area of the code, so that
    # people adding sentences in different areas never edit the same file).
    paths = [main, *sorted(main.parent.glob(f"core_{language}_*.tsv"))]
    entries: dict[str, str] = {}
    for path in paths:
        try:
            entries.update(parse_catalogue(path.read_text(encoding="utf-8")))
        except OSError:
            continue
    return entries


class _KeepMissing(dict[str, Any]):
    """Format values where a missing one shows as its ``{name}`` instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _format(template: str, params: Mapping[str, Any], *, lenient: bool) -> str:
    if not lenient:
        return template.format(**params)
    try:
        return template.format_map(_KeepMissing(params))
    except (ValueError, IndexError, AttributeError, KeyError, TypeError):
        # A stray brace, a positional "{}" or "{0}", a bad format spec: show the
        # template as written rather than lose the message.
        return template


def t(template: str, /, **params: Any) -> str:
    """``template`` in the active language, with ``params`` filled in."""
    translated = catalogue(_language).get(template) if _language != SOURCE_LANGUAGE else None
    if translated is not None:
        try:
            return _format(translated, params, lenient=False)
        except (ValueError, IndexError, AttributeError, KeyError, TypeError):
            pass  # a faulty translation: the English sentence is still right
    return _format(template, params, lenient=True)


__all__ = [
    "LANGUAGES", "SOURCE_LANGUAGE", "catalogue", "catalogue_path", "default_language",
    "get_language", "normalise_language", "parse_catalogue", "set_language", "t",
    "using_language",
]
