"""Finding participants: accent- and case-blind search by name or company."""

from __future__ import annotations

import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Participant

# Ligatures have no decomposition: "Œuvre" must still be found by "oeuvre".
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d"})


def fold(text: str) -> str:
    """'Société Générale' -> 'societe generale' (what a temp types on a US keyboard)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_participants(
    session: Session, event_id: int, query: str, *, limit: int = 50
) -> list[Participant]:
    """Participants whose company, contact name, email or id contains every word of
    the query, ignoring case and accents; best (prefix) matches first.

    Folding happens in Python: SQLite has no accent-insensitive collation, and a few
    thousand rows are scanned in milliseconds.
    """
    words = fold(query).split()
    if not words:
        return []
    rows = session.scalars(
        select(Participant).where(Participant.event_id == event_id)
    ).all()
    scored: list[tuple[int, str, Participant]] = []
    for p in rows:
        haystack = fold(f"{p.company} {p.contact_name} {p.email} {p.ext_id} {p.badge_code}")
        if all(w in haystack for w in words):
            starts = fold(p.company).startswith(words[0]) or fold(p.contact_name).startswith(
                words[0]
            )
            scored.append((0 if starts else 1, fold(p.company), p))
    scored.sort(key=lambda item: (item[0], item[1]))
    return [p for _, _, p in scored[:limit]]
