"""What a badge item can show: a registry of named placeholders, each a function of the
badge's :class:`BadgeContext` (pretix / Indico style). Layouts name placeholders; adding
a field to badges means registering one function here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from desk_app.errors import InvalidInput
from desk_app.i18n import t
from desk_app.printing.i18n import role_word, tr


@dataclass(frozen=True)
class BadgeContext:
    """Everything a badge may print about one participant."""

    badge_code: str
    name: str
    company: str
    country: str = ""
    role: str = ""
    host_table: str = ""  # table label for hosts (sellers at a fixed table), else ""
    ext_id: str = ""
    event_name: str = ""
    event_date: dt.date | None = None
    venue: str = ""
    lang: str = "en"  # the words the badge prints ("Fournisseur"), printing.i18n.LANGUAGES


Placeholder = Callable[[BadgeContext], str]
PLACEHOLDERS: dict[str, Placeholder] = {}


def placeholder(name: str) -> Callable[[Placeholder], Placeholder]:
    """Decorator registering a placeholder under ``name``."""
    def register(function: Placeholder) -> Placeholder:
        PLACEHOLDERS[name] = function
        return function
    return register


def resolve(name: str, context: BadgeContext) -> str:
    try:
        function = PLACEHOLDERS[name]
    except KeyError:
        raise InvalidInput(t("The badge layout uses an unknown field {name}.", name=repr(name)),
                           code="unknown_placeholder") from None
    return function(context)


@placeholder("name")
def _name(context: BadgeContext) -> str:
    # A badge without a contact name still has to say whose it is.
    return context.name or context.company


@placeholder("company")
def _company(context: BadgeContext) -> str:
    return context.company if context.name else ""


@placeholder("country")
def _country(context: BadgeContext) -> str:
    return context.country


@placeholder("role")
def _role(context: BadgeContext) -> str:
    return role_word(context.role, context.lang)


@placeholder("country_role")
def _country_role(context: BadgeContext) -> str:
    return " · ".join(part for part in (context.country, _role(context)) if part)


@placeholder("host_table")
def _host_table(context: BadgeContext) -> str:
    return tr("table_label", context.lang, table=context.host_table) if context.host_table else ""


@placeholder("event_name")
def _event_name(context: BadgeContext) -> str:
    return context.event_name


@placeholder("event_line")
def _event_line(context: BadgeContext) -> str:
    date = context.event_date.strftime("%d/%m/%Y") if context.event_date else ""
    return " · ".join(part for part in (context.event_name, date) if part)


@placeholder("badge_code")
def _badge_code(context: BadgeContext) -> str:
    return context.badge_code


@placeholder("ext_id")
def _ext_id(context: BadgeContext) -> str:
    return context.ext_id
