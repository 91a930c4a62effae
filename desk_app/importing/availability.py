"""When a participant is there, as organisers write it, turned into the rounds they can meet.

Forms understood in an availability cell (several separated by ``;`` ``,`` ``/`` ``+``
or "et" / "and"; the rounds are the union of the parts):

* time ranges: "14:00-16:00", "14h-15h40", "9h30 à 12h", "14:00 to 16:00": the rounds
  lying wholly inside the range;
* "from 15:00", "à partir de 15h", "dès 15h", "après 15h"; "until 12:00",
  "jusqu'à 12h", "avant 12h": open-ended ranges;
* "matin" / "morning" (rounds starting before noon), "après-midi" / "afternoon"
  (the others), "journée" / "all day" / "toute la journée" (all rounds);
* round numbers (1 is the first round) and their ranges: "1-4, 7", or round codes "S03";
  a bare number is a round number, a time needs ":" or "h" ("14h", "14:00");
* empty: the whole event.

An "Arrivée" / "Départ" pair narrows it: rounds starting before the arrival or ending
after the departure are off. The result is the set of slot ids the participant *can*
meet in (None: every round), which becomes ParticipantUnavailability rows for the others.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from desk_app.i18n import t
from desk_app.services.participants import fold


@dataclass(frozen=True)
class Round:
    slot_id: int
    number: int  # 1-based, as organisers count rounds
    code: str
    starts: dt.time
    ends: dt.time


_TIME = r"(\d{1,2})\s*(?:(?:h|:|\.)\s*(\d{2})?|h)"
_TIME_RE = re.compile(rf"^{_TIME}$")
_RANGE_RE = re.compile(rf"^{_TIME}\s*(?:-|–|—|a|to|au|jusqu'a|until)\s*{_TIME}$")
_NUMBERS_RE = re.compile(r"^(\d{1,3})\s*(?:(?:-|–|a|to)\s*(\d{1,3}))?$")
_FROM_RE = re.compile(r"^(?:from|a partir de|a partir d'|des|apres|after|depuis)\s*(.+)$")
_UNTIL_RE = re.compile(r"^(?:until|till|jusqu'a|jusqu'au|avant|before|to)\s*(.+)$")
_MORNING = {"matin", "morning", "am", "matinee"}
_AFTERNOON = {"apres-midi", "apresmidi", "afternoon", "pm", "aprem"}
_ALL_DAY = {"journee", "toute la journee", "all day", "whole day", "tout", "all",
            "full day", "journee complete", "oui", "yes"}
_SEPARATORS = re.compile(r"\s*(?:;|,|/|\+|\|| et | and |\n)\s*")
NOON = dt.time(12, 0)


def parse_time(text: str) -> dt.time | None:
    """'14h', '14:40', '9h30', '14.40', an Excel time fraction ('0.5833') or a date and
    time ('2026-12-03 14:00') -> a time of day; None when it is none of them."""
    cleaned = fold(text).strip()
    if not cleaned:
        return None
    stamp = re.search(r"(\d{1,2}):(\d{2})(?::\d{2})?$", cleaned)
    if " " in cleaned and stamp:
        cleaned = stamp.group(0)
    match = _TIME_RE.match(cleaned) or re.match(r"^(\d{1,2}):(\d{2}):\d{2}$", cleaned)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        return dt.time(hour, minute) if hour < 24 and minute < 60 else None
    try:
        fraction = float(cleaned.replace(",", "."))
    except ValueError:
        return None
    if 0 < fraction < 1:
        minutes = round(fraction * 24 * 60)
        return dt.time(minutes // 60 % 24, minutes % 60)
    return None


def _within(rounds: Sequence[Round], start: dt.time, end: dt.time) -> set[int]:
    return {r.slot_id for r in rounds if r.starts >= start and r.ends <= end}


def _part(part: str, rounds: Sequence[Round]) -> tuple[set[int] | None, str]:
    """(slot ids, "") or (None, why) for one part of the cell."""
    by_code = {r.code.casefold(): r for r in rounds}
    if part in _ALL_DAY:
        return {r.slot_id for r in rounds}, ""
    if part in _MORNING or part in _AFTERNOON:
        morning = part in _MORNING
        return {r.slot_id for r in rounds if (r.starts < NOON) == morning}, ""
    if part in by_code:
        return {by_code[part].slot_id}, ""
    match = _RANGE_RE.match(part)
    if match:
        hours = [int(match.group(i) or 0) for i in (1, 2, 3, 4)]
        if hours[0] > 23 or hours[2] > 24 or hours[1] > 59 or hours[3] > 59:
            return None, t("{value} is not a time range", value=repr(part))
        start = dt.time(hours[0], hours[1])
        end = dt.time.max if hours[2] == 24 else dt.time(hours[2], hours[3])
        return _within(rounds, start, end), ""
    for pattern, is_from in ((_FROM_RE, True), (_UNTIL_RE, False)):
        opened = pattern.match(part)
        at = parse_time(opened.group(1)) if opened else None
        if at is not None:
            return (_within(rounds, at, dt.time.max) if is_from
                    else _within(rounds, dt.time.min, at)), ""
    at = parse_time(part) if not part.isdigit() else None
    if at is not None:
        return {r.slot_id for r in rounds if r.starts == at}, ""
    numbers = _NUMBERS_RE.match(part)
    if numbers:
        first = int(numbers.group(1))
        last = int(numbers.group(2) or first)
        if not 1 <= first <= last <= len(rounds):
            return None, t("no round {value} (the event has rounds 1 to {count})",
                           value=repr(part), count=len(rounds))
        return {r.slot_id for r in rounds if first <= r.number <= last}, ""
    return None, t("availability {value} not understood (write times like 14:00-16:00, "
                   "matin / après-midi, or round numbers like 1-4, 7)", value=repr(part))


def available_rounds(text: str, rounds: Sequence[Round]) -> tuple[set[int] | None, str]:
    """(slot ids the participant can meet in, "") — None for the whole event — or
    (None, the reason in words)."""
    folded = re.sub(r"apres[\s-]+midi", "apres-midi", fold(text).strip())
    folded = folded.replace("’", "'")
    if not folded:
        return None, ""
    chosen: set[int] = set()
    for part in _SEPARATORS.split(folded):
        if not part:
            continue
        slots, why = _part(part.strip(), rounds)
        if slots is None:
            return None, why
        if not slots:
            return None, t("no round lies within {value}", value=repr(part.strip()))
        chosen |= slots
    return chosen, ""


def arrival_departure(arrival: str, departure: str, rounds: Sequence[Round]
                      ) -> tuple[set[int] | None, str]:
    """The rounds between an arrival and a departure time (None: both empty)."""
    if not arrival.strip() and not departure.strip():
        return None, ""
    start, end = dt.time.min, dt.time.max
    if arrival.strip():
        at = parse_time(arrival)
        if at is None:
            return None, t("bad arrival time {value} (like 14:00 or 14h)",
                           value=repr(arrival))
        start = at
    if departure.strip():
        at = parse_time(departure)
        if at is None:
            return None, t("bad departure time {value} (like 17:30 or 17h30)",
                           value=repr(departure))
        end = at
    inside = _within(rounds, start, end)
    if not inside:
        return None, t("no round between the arrival and the departure")
    return inside, ""
