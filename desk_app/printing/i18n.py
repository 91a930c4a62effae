"""The words of printed documents (agendas, badges, table sheets) in French and English.

Paper is printed once and read by everybody at the event, so it follows the event, not
the desk's interface language. Pure Python on purpose: the core never imports Qt (the
interface's translations are Qt .qm files in :mod:`desk_app.gui.i18n`), and dates are
spelled here rather than through ``strftime``, whose month names depend on the
machine's locale.

Default language (``document_language``): the one asked for, else French when the
event's timezone is in :data:`FRENCH_TIMEZONES` or the system locale is French, else
English.
"""

from __future__ import annotations

import datetime as dt
import locale
import os

from desk_app.errors import InvalidInput
from desk_app.i18n import t

LANGUAGES = ("fr", "en")

# Timezones of places where an event is printed in French: France (with its overseas
# departments and territories), Monaco, Luxembourg, Quebec and French-speaking West
# Africa. Belgium and Switzerland are bilingual: pass --lang there.
FRENCH_TIMEZONES = frozenset({
    "Europe/Paris", "Europe/Monaco", "Europe/Luxembourg",
    "America/Guadeloupe", "America/Martinique", "America/Cayenne", "America/Miquelon",
    "America/St_Barthelemy", "America/Marigot", "Indian/Reunion", "Indian/Mayotte",
    "Pacific/Noumea", "Pacific/Tahiti", "Pacific/Wallis", "Pacific/Marquesas",
    "America/Montreal", "America/Toronto",
    "Africa/Dakar", "Africa/Abidjan", "Africa/Bamako", "Africa/Ouagadougou",
    "Africa/Niamey", "Africa/Lome", "Africa/Porto-Novo", "Africa/Conakry",
    "Africa/Douala", "Africa/Libreville", "Africa/Kinshasa", "Africa/Brazzaville",
})

MESSAGES: dict[str, dict[str, str]] = {
    # Agendas
    "col_time": {"en": "Time", "fr": "Heure"},
    "col_table": {"en": "Table", "fr": "Table"},
    "col_company": {"en": "Company", "fr": "Société"},
    "col_contact": {"en": "Contact", "fr": "Contact"},
    "col_country": {"en": "Country", "fr": "Pays"},
    "continued": {"en": "{company} — {name} (continued)", "fr": "{company} — {name} (suite)"},
    "your_table": {"en": "Your table: {table}", "fr": "Votre table : {table}"},
    "version": {"en": "Version {version}, revised {time}",
                "fr": "Version {version}, révisée à {time}"},
    "changes_highlighted": {
        "en": " — changes since version {version} are highlighted",
        "fr": " — les changements depuis la version {version} sont surlignés"},
    "free": {"en": "free", "fr": "libre"},
    "not_available": {"en": "not available", "fr": "indisponible"},
    "break": {"en": "break", "fr": "pause"},
    "mark_added": {"en": "NEW", "fr": "NOUVEAU"},
    "mark_moved": {"en": "MOVED", "fr": "DÉPLACÉ"},
    "table_label": {"en": "Table {table}", "fr": "Table {table}"},
    "was": {"en": "was {starts}, table {table}", "fr": "avant : {starts}, table {table}"},
    "cancelled_since": {"en": "Cancelled since version {version}:",
                        "fr": "Annulés depuis la version {version} :"},
    "cancelled_line": {"en": "{starts}  {company} (table {table}) — cancelled",
                       "fr": "{starts}  {company} (table {table}) — annulé"},
    "agendas_title": {"en": "Agendas", "fr": "Agendas"},
    # Table sheets
    "col_participant": {"en": "Participant", "fr": "Participant"},
    "zone": {"en": "Zone {zone}", "fr": "Zone {zone}"},
    "host": {"en": "Host: {host}", "fr": "Hôte : {host}"},
    "meetings_one": {"en": "{count} meeting", "fr": "{count} rendez-vous"},
    "meetings_many": {"en": "{count} meetings", "fr": "{count} rendez-vous"},
    "tables_title": {"en": "{event} - tables", "fr": "{event} - tables"},
    # Badges
    "badges_title": {"en": "{event} - badges", "fr": "{event} - badges"},
}

ROLE_WORDS: dict[str, dict[str, str]] = {
    "buyer": {"en": "Buyer", "fr": "Acheteur"},
    "supplier": {"en": "Supplier", "fr": "Fournisseur"},
}

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}
# French programmes print 14h40; a colon would read as English to a French eye.
_HOUR_SEPARATOR = {"en": ":", "fr": "h"}


def check_language(lang: str) -> str:
    """``lang`` normalised ("FR" -> "fr"); InvalidInput when it is not printable."""
    code = lang.strip().lower()
    if code not in LANGUAGES:
        raise InvalidInput(
            t("Documents can be printed in {first} or {second}, not {lang}.",
              first=LANGUAGES[0], second=LANGUAGES[1], lang=repr(lang)),
            code="unknown_language")
    return code


def tr(key: str, lang: str, **values: object) -> str:
    """The message ``key`` in ``lang`` with ``{names}`` filled in."""
    return MESSAGES[key][lang].format(**values)


def meetings_count(count: int, lang: str) -> str:
    return tr("meetings_one" if count == 1 else "meetings_many", lang, count=count)


def long_date(day: dt.date, lang: str) -> str:
    """"jeudi 3 décembre 2026" / "Thursday 3 December 2026"."""
    weekday = _WEEKDAYS[lang][day.weekday()]
    month = _MONTHS[lang][day.month - 1]
    # French writes the first of the month as "1er".
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{weekday} {number} {month} {day.year}"


def clock(moment: dt.datetime | dt.time, lang: str) -> str:
    """"14h40" / "14:40"."""
    return f"{moment.hour:02d}{_HOUR_SEPARATOR[lang]}{moment.minute:02d}"


def clock_text(hh_mm: str, lang: str) -> str:
    """A stored "14:40" (agenda snapshots) as ``clock`` prints it."""
    return hh_mm.replace(":", _HOUR_SEPARATOR[lang], 1) if hh_mm else hh_mm


def time_range(start: dt.datetime, end: dt.datetime, lang: str) -> str:
    return f"{clock(start, lang)}–{clock(end, lang)}"


def role_word(role: str, lang: str) -> str:
    """buyer -> "Acheteur" in French; other roles as typed, tidied ("key_account")."""
    known = ROLE_WORDS.get(role.strip().lower())
    if known is not None:
        return known[lang]
    return role.replace("_", " ").capitalize()


def system_language(system_locale: str | None = None) -> str:
    """"fr" when the machine's locale is French (LC_ALL, LC_MESSAGES, LANG, then
    Python's view of it, e.g. "French_France" on Windows), else "en"."""
    if system_locale is None:
        names = [os.environ.get(var, "") for var in ("LC_ALL", "LC_MESSAGES", "LANG")]
        names.append(locale.getlocale()[0] or "")
        system_locale = next((name for name in names if name), "")
    return "fr" if system_locale.lower().startswith("fr") else "en"


def document_language(timezone: str, lang: str | None = None, *,
                      system_locale: str | None = None) -> str:
    """The language to print an event's documents in (see the module docstring)."""
    if lang:
        return check_language(lang)
    if timezone in FRENCH_TIMEZONES:
        return "fr"
    return system_language(system_locale)
