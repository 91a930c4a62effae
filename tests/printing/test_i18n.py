from __future__ import annotations

import datetime as dt
import string

import pytest

from desk_app.errors import InvalidInput
from desk_app.printing.i18n import (
    LANGUAGES,
    MESSAGES,
    check_language,
    clock,
    clock_text,
    document_language,
    long_date,
    meetings_count,
    role_word,
    system_language,
    time_range,
    tr,
)


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_every_message_exists_in_every_language_with_the_same_fields() -> None:
    for key, texts in MESSAGES.items():
        assert set(texts) == set(LANGUAGES), key
        assert _fields(texts["fr"]) == _fields(texts["en"]), key


def test_dates_and_times_as_each_language_prints_them() -> None:
    day = dt.date(2026, 12, 3)
    assert long_date(day, "fr") == "jeudi 3 décembre 2026"
    assert long_date(day, "en") == "Thursday 3 December 2026"
    assert long_date(dt.date(2027, 8, 1), "fr") == "dimanche 1er août 2027"
    assert long_date(dt.date(2027, 8, 1), "en") == "Sunday 1 August 2027"
    start, end = dt.datetime(2026, 12, 3, 9, 5), dt.datetime(2026, 12, 3, 9, 25)
    assert clock(start, "fr") == "09h05"
    assert clock(start.time(), "en") == "09:05"
    assert time_range(start, end, "fr") == "09h05–09h25"
    assert clock_text("14:40", "fr") == "14h40"
    assert clock_text("14:40", "en") == "14:40"
    assert clock_text("", "fr") == ""


def test_words_roles_and_counts() -> None:
    assert tr("version", "fr", version=2, time="14h05") == "Version 2, révisée à 14h05"
    assert tr("version", "en", version=2, time="14:05") == "Version 2, revised 14:05"
    assert role_word("buyer", "fr") == "Acheteur"
    assert role_word("Supplier", "fr") == "Fournisseur"
    assert role_word("supplier", "en") == "Supplier"
    assert role_word("key_account", "fr") == "Key account"
    assert role_word("", "fr") == ""
    assert meetings_count(1, "en") == "1 meeting"
    assert meetings_count(3, "en") == "3 meetings"
    assert meetings_count(3, "fr") == "3 rendez-vous"


@pytest.mark.parametrize(("timezone", "asked", "system", "expected"), [
    ("Europe/Paris", None, "en_GB.UTF-8", "fr"),
    ("Indian/Reunion", None, "C", "fr"),
    ("Europe/London", None, "en_GB.UTF-8", "en"),
    ("Europe/London", None, "fr_BE.UTF-8", "fr"),
    ("Europe/London", None, "French_France", "fr"),  # Windows' name for it
    ("Europe/Paris", "en", "fr_FR.UTF-8", "en"),
    ("Europe/London", " FR ", "C", "fr"),
])
def test_document_language_defaults(timezone: str, asked: str | None, system: str,
                                    expected: str) -> None:
    assert document_language(timezone, asked, system_locale=system) == expected


def test_system_language_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert system_language() == "fr"
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")  # LC_ALL wins over LANG
    assert system_language() == "en"


def test_unknown_languages_are_refused_with_a_sentence() -> None:
    assert check_language("EN") == "en"
    with pytest.raises(InvalidInput, match="fr or en"):
        check_language("de")
