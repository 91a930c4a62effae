"""Recognising organisers' column headers, in French or English, however they are typed.

"Société", "SOCIETE ", "Raison sociale" and "Company" all name the company column: a
header is folded (case, accents, spaces and punctuation dropped) before lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from desk_app.errors import InvalidInput
from desk_app.i18n import t
from desk_app.importing.reader import HEADER_SEARCH_ROWS
from desk_app.services.participants import fold

# Ligatures have no Unicode decomposition: fold() keeps "œ", while people type "oe".
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})


def name_key(text: str) -> str:
    """'Métallerie  Œuvre' -> 'metallerie oeuvre': case, accents, ligatures and runs of
    spaces ignored (how a name typed in another list still matches)."""
    return " ".join(fold(text).translate(_LIGATURES).split())


def key(text: str) -> str:
    """'Max rendez-vous' -> 'maxrendezvous', 'E-mail' -> 'email', 'Société' -> 'societe'."""
    return re.sub(r"[^a-z0-9]", "", name_key(text))


def _aliases(table: Mapping[str, Iterable[str]]) -> dict[str, str]:
    return {key(alias): field for field, aliases in table.items() for alias in aliases}


PARTICIPANT_HEADERS = _aliases({
    "ext_id": ["Id", "Identifiant", "Code", "Ref", "Référence", "Reference", "Numéro",
               "Participant id", "Id participant"],
    "company": ["Société", "Company", "Entreprise", "Raison sociale", "Organisation",
                "Organization", "Structure", "Nom de la société", "Nom de l'entreprise",
                "Company name", "Firm", "Établissement"],
    "last_name": ["Nom", "Name", "Contact", "Contact name", "Nom du contact", "Last name",
                  "Surname", "Nom de famille", "Full name", "Nom complet", "Prénom Nom",
                  "Prénom et nom", "Nom Prénom", "Nom et prénom", "Participant",
                  "Interlocuteur"],
    "first_name": ["Prénom", "First name", "Given name", "Firstname"],
    "email": ["Email", "E-mail", "Courriel", "Mail", "Adresse email", "Adresse e-mail",
              "Email address", "Adresse mail"],
    "phone": ["Téléphone", "Phone", "Tel", "Tél", "Mobile", "Portable", "Phone number",
              "GSM"],
    "country": ["Pays", "Country"],
    "role": ["Rôle", "Role", "Profil", "Profile", "Type", "Catégorie", "Category"],
    "table": ["Table", "Numéro de table", "N° table", "Table number", "Table no"],
    "max_meetings": ["Max rendez-vous", "Max meetings", "Max RDV", "Nombre max de rendez-vous",
                     "Maximum rendez-vous", "Max meeting", "Carnet", "Max",
                     "Maximum meetings", "Rendez-vous max", "RDV max"],
    "min_meetings": ["Min rendez-vous", "Min meetings", "Min RDV", "Nombre min de rendez-vous",
                     "Minimum rendez-vous", "Min meeting", "Minimum meetings", "Min",
                     "Rendez-vous min", "RDV min", "Au moins"],
    "availability": ["Disponibilités", "Disponibilité", "Dispo", "Dispos", "Présence",
                     "Présences", "Présent", "Availability", "Available", "Disponible",
                     "Horaires de présence", "Créneaux de présence", "Attendance",
                     "Horaires", "Presence"],
    "arrival": ["Arrivée", "Heure d'arrivée", "Arrival", "Arrival time", "Arrives",
                "Arrive", "Heure arrivée"],
    "departure": ["Départ", "Heure de départ", "Departure", "Departure time", "Leaves",
                  "Leaving", "Heure départ"],
    "notes": ["Notes", "Remarques", "Remarque", "Commentaire", "Commentaires", "Comments",
              "Comment"],
})

REQUEST_HEADERS = _aliases({
    "ext_id": ["Id", "Identifiant", "Code", "Ref", "Référence", "Reference"],
    "a": ["Demandeur", "From", "A", "Participant A", "Requester", "Émetteur", "De",
          "Participant 1"],
    "b": ["Invité", "To", "B", "Participant B", "Invitee", "Destinataire", "Cible",
          "Participant 2", "Target", "Avec", "With"],
    # Bigger is more wanted.
    "weight": ["Poids", "Weight", "Importance", "Type", "Intérêt", "Interest", "Score"],
    # 1 is the first choice: stored as the rank, turned into a weight.
    "rank": ["Priorité", "Priority", "Rang", "Rank", "Choix", "Choice", "Ordre",
             "N° de choix", "Numéro de choix", "Préférence", "Preference", "Order"],
    "slots": ["Créneaux", "Créneau", "Slots", "Slot", "Horaires", "Rounds"],
})


def cell(row: Sequence[str], mapping: Mapping[str, int], field: str) -> str:
    """The stripped value of ``field`` in a data row ("" when the column is absent or
    the row is short, as spreadsheets leave trailing cells out)."""
    column = mapping.get(field)
    return row[column].strip() if column is not None and column < len(row) else ""


FIELD_NAMES = ("ext_id", "company", "last_name", "first_name", "email", "phone", "country",
               "role", "table", "max_meetings", "min_meetings", "availability", "arrival",
               "departure", "notes", "a", "b", "weight", "rank", "slots")


@dataclass(frozen=True)
class HeaderReading:
    """Which row is the header and what each of its columns holds."""

    index: int  # row index of the header in the sheet
    columns: tuple[str, ...]  # the header's cells as written
    mapping: dict[str, int]  # field -> column index
    ignored: tuple[str, ...]  # named columns that feed no field

    def field_of(self, column: int) -> str | None:
        return next((f for f, c in self.mapping.items() if c == column), None)


def map_header(row: Sequence[str], aliases: Mapping[str, str],
               overrides: Mapping[str, str] | None = None) -> dict[str, int]:
    """field -> column index; the first column naming a field wins. ``overrides`` maps
    a header (as written, or folded) to a field, or to "" to ignore that column."""
    chosen = {key(name): field for name, field in (overrides or {}).items()}
    mapping: dict[str, int] = {}
    for column, text in enumerate(row):
        folded = key(text)
        field = chosen[folded] if folded in chosen else aliases.get(folded)
        if field and field not in mapping:
            mapping[field] = column
    return mapping


def reading_of(rows: Sequence[Sequence[str]], index: int,
               mapping: dict[str, int]) -> HeaderReading:
    header = tuple(rows[index]) if 0 <= index < len(rows) else ()
    used = set(mapping.values())
    ignored = tuple(text for column, text in enumerate(header)
                    if text.strip() and column not in used)
    return HeaderReading(index, header, mapping, ignored)


def first_filled_row(rows: Sequence[Sequence[str]]) -> int:
    return next((i for i, row in enumerate(rows[:HEADER_SEARCH_ROWS])
                 if any(c.strip() for c in row)), 0)


def find_header(
    rows: Sequence[Sequence[str]],
    aliases: Mapping[str, str],
    required: Sequence[str],
    *,
    what: str,
    expected: str,
    overrides: Mapping[str, str] | None = None,
) -> HeaderReading:
    """The first of the top rows that names every required field. Raises InvalidInput
    naming the columns that were expected and the ones found (``params["columns"]``)."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        mapping = map_header(row, aliases, overrides)
        if all(field in mapping for field in required):
            return reading_of(rows, index, mapping)
    found = [c for c in (rows[first_filled_row(rows)] if rows else []) if c.strip()]
    raise InvalidInput(
        t("No {what} column header was recognised in the first rows of the file: "
          "it needs at least {expected}. Columns found: {columns}. Map them in the "
          "import window, or with --map COLUMN=FIELD.", what=what, expected=expected,
          columns=", ".join(repr(c) for c in found[:20]) or t("none")),
        code="no_header", columns=found,
    )
