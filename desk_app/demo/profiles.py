"""The four demo event shapes, as in shared/benchmarks/synthetic/README.md."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.errors import InvalidInput
from desk_app.i18n import t

DEMO_DATE = dt.date(2026, 12, 3)


@dataclass(frozen=True)
class DemoProfile:
    name: str
    event_name: str
    venue: str
    participants: int
    sessions: tuple[tuple[dt.time, int], ...]  # (first round's start, number of rounds)
    round_minutes: int
    tables: int
    zones: tuple[str, ...]
    host_share: float  # share of firms receiving at a fixed table of their own
    max_meetings: int | None
    wishes: tuple[int, int]  # wishes per participant, inclusive range
    heavy_askers: tuple[int, ...] = ()  # a few firms asking for many meetings
    time_limit: float = 5.0  # seconds of solving when the demo is scheduled

    @property
    def slot_count(self) -> int:
        return sum(count for _, count in self.sessions)


PROFILES = {
    "artois": DemoProfile(
        name="artois", event_name="Rencontres d'affaires de l'Artois 2026",
        venue="Artois Expo, Arras", participants=180,
        sessions=((dt.time(14, 0), 12),), round_minutes=20, tables=70,
        zones=("Hall A", "Hall B"), host_share=0.0, max_meetings=None, wishes=(4, 10),
        heavy_askers=(50, 50, 30, 30),
    ),
    "metz": DemoProfile(
        name="metz", event_name="Business Meetings Grand Est 2026",
        venue="Metz Congrès Robert Schuman", participants=200,
        sessions=((dt.time(9, 0), 7), (dt.time(14, 0), 8)), round_minutes=30, tables=100,
        zones=("Hall A", "Hall B", "Mezzanine"), host_share=0.5, max_meetings=10,
        wishes=(6, 14),
    ),
    "large": DemoProfile(
        name="large", event_name="Convention d'affaires Hauts-de-France 2026",
        venue="Lille Grand Palais", participants=600,
        sessions=((dt.time(9, 0), 9), (dt.time(14, 0), 9)), round_minutes=25, tables=220,
        zones=("Hall A", "Hall B", "Mezzanine"), host_share=0.15, max_meetings=None,
        wishes=(6, 14), time_limit=15.0,
    ),
    "xl": DemoProfile(
        name="xl", event_name="Salon européen de la sous-traitance 2026",
        venue="Parc des Expositions, Strasbourg", participants=2500,
        sessions=((dt.time(8, 30), 12), (dt.time(14, 0), 11)), round_minutes=22, tables=900,
        zones=("Hall A", "Hall B", "Hall C", "Mezzanine"), host_share=0.2, max_meetings=12,
        wishes=(6, 14), time_limit=30.0,
    ),
}


def get_profile(name: str) -> DemoProfile:
    try:
        return PROFILES[name]
    except KeyError:
        raise InvalidInput(
            t("There is no demo profile {name}; choose one of {known}.", name=repr(name),
              known=", ".join(PROFILES)),
            code="unknown_profile",
        ) from None
