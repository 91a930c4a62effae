"""Believable French firms and contacts for demo events, from the lists in resources/demo.

Names are assembled from parts ("Métallerie" + "du Nord", "Osmose" + "Conseil") with a
seeded random generator, so a given seed always gives the same people.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desk_app.errors import DeskError
from desk_app.i18n import t
from desk_app.resources import resource_path
from desk_app.services.participants import fold

LEGAL_FORMS = ("SAS", "SARL", "SA", "SASU")
# Share of participants per country: mostly French, neighbours at cross-border events.
COUNTRY_WEIGHTS = {"FR": 82, "BE": 6, "DE": 4, "LU": 3, "PL": 2, "ES": 1, "IT": 1, "NL": 1}
TLD = {"FR": "fr", "BE": "be", "DE": "de", "LU": "lu", "PL": "pl", "ES": "es", "IT": "it",
       "NL": "nl"}


def demo_dir() -> Path:
    folder = resource_path("demo")
    if (folder / "surnames.txt").is_file():
        return folder
    raise DeskError(t("The demo name lists (resources/demo) are missing from the "
                      "installation; reinstall the application."), code="demo_data_missing")


@cache
def name_list(name: str) -> tuple[str, ...]:
    """Lines of resources/demo/<name>.txt without comments, blanks or repeats."""
    lines = (demo_dir() / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return tuple(dict.fromkeys(
        line.strip() for line in lines if line.strip() and not line.startswith("#")
    ))


@cache
def foreign_names() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Country -> (first names, surnames) for contacts from neighbouring countries."""
    table = {}
    for line in name_list("foreign_names"):
        country, firsts, lasts = line.split(";")
        table[country] = (tuple(firsts.split(",")), tuple(lasts.split(",")))
    return table


def slug(text: str) -> str:
    """'Métallerie du Nord' -> 'metallerie-du-nord' (for e-mail domains)."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


@dataclass(frozen=True)
class Person:
    company: str
    first_name: str
    last_name: str
    email: str
    phone: str
    country: str

    @property
    def contact_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class NameMaker:
    """Unique firm names and their contacts, deterministic for one random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def _firm_core(self) -> str:
        rng = self.rng
        surname, trade = rng.choice(name_list("surnames")), rng.choice(name_list("trades"))
        pattern = rng.randrange(8)
        if pattern <= 1:
            return f"{trade} {surname}"
        if pattern == 2:
            return f"{trade} {rng.choice(name_list('places'))}"
        if pattern == 3:
            return f"{rng.choice(name_list('brands'))} {rng.choice(name_list('sectors'))}"
        if pattern == 4:
            return rng.choice([f"{surname} & Fils", f"{surname} Frères", f"Groupe {surname}",
                               f"{surname}-{rng.choice(name_list('surnames'))}"])
        if pattern == 5:
            return f"{trade} de {rng.choice(name_list('cities'))}"
        if pattern == 6:
            return f"{rng.choice(name_list('brands'))} {rng.choice(name_list('places'))}"
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTV") for _ in range(rng.choice((2, 3))))
        return f"{letters} {rng.choice(name_list('sectors'))}"

    def firm(self) -> str:
        """A firm name not given yet: 'Métallerie du Nord', 'Osmose Conseil SAS'..."""
        for attempt in range(50):
            core = self._firm_core()
            if attempt >= 40:  # the lists are nearly exhausted: a town tells them apart
                core = f"{core} {self.rng.choice(name_list('cities'))}"
            if fold(core) not in self.used:
                self.used.add(fold(core))
                if self.rng.random() < 0.3:
                    return f"{core} {self.rng.choice(LEGAL_FORMS)}"
                return core
        core = f"{self._firm_core()} {len(self.used) + 1}"
        self.used.add(fold(core))
        return core

    def country(self) -> str:
        return self.rng.choices(list(COUNTRY_WEIGHTS), weights=list(COUNTRY_WEIGHTS.values()))[0]

    def phone(self, country: str) -> str:
        digits = [self.rng.randrange(10) for _ in range(9)]
        d = "".join(map(str, digits))
        formats = {
            "FR": f"+33 {self.rng.choice('673')} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:9]}",
            "BE": f"+32 47{d[0]} {d[1:3]} {d[3:5]} {d[5:7]}",
            "DE": f"+49 15{d[0]} {d[1:5]} {d[5:9]}",
            "LU": f"+352 6{d[0]}1 {d[1:4]} {d[4:7]}",
            "PL": f"+48 5{d[0:2]} {d[2:5]} {d[5:8]}",
            "ES": f"+34 6{d[0:2]} {d[2:5]} {d[5:8]}",
            "IT": f"+39 3{d[0:2]} {d[2:5]} {d[5:9]}",
            "NL": f"+31 6 {d[0:4]} {d[4:8]}",
        }
        return formats[country]

    def person(self) -> Person:
        rng = self.rng
        company = self.firm()
        country = self.country()
        if country in foreign_names():
            firsts, lasts = foreign_names()[country]
            first, last = rng.choice(firsts), rng.choice(lasts)
        else:
            first, last = rng.choice(name_list("first_names")), rng.choice(name_list("surnames"))
        core = company
        for form in LEGAL_FORMS:
            core = core.removesuffix(f" {form}")
        domain = slug(core)[:40].strip("-") or "entreprise"
        email = f"{slug(first).replace('-', '')}.{slug(last).replace('-', '')}@{domain}." \
                f"{TLD[country]}"
        return Person(company, first, last, email, self.phone(country), country)
