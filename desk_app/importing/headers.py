"""Recognising organisers' column headers, in French or English, however they are typed.

"Société", "SOCIETE ", "Raison sociale" and "Company" all name the company column: a
header is folded (case, accents, spaces and punctuation dropped) before lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from desk_app.errors import InvalidInput
from desk_app.i18n import t
from desk_app.services.participants import fold

HEADER_SEARCH_ROWS = 10  # a title or a blank line may sit above the header


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
                  "Surname", "Nom de famille", "Full name", "Nom complet"],
    "first_name": ["Prénom", "First name", "Given name", "Firstname"],
    "email": ["Email", "E-mail", "Courriel", "Mail", "Adresse email", "Adresse e-mail",
              "Email address", "Adresse mail"],
    "phone": ["Téléphone", "Phone", "Tel", "Tél", "Mobile", "Portable", "Phone number",
              "GSM"],
    "country": ["Pays", "Country"],
    "role": ["Rôle", "Role", "Profil", "Profile", "Type", "Catégorie", "Category"],
    "table": ["Table", "Numéro de table", "N° table", "Table number", "Table no"],
    "max_meetings": ["Max rendez-vous", "Max meetings", "Max RDV", "Nombre max de rendez-vous",
                     "Maximum rendez-vous", "Max meeting", "Carnet"],
    "notes": ["Notes", "Remarques", "Remarque", "Commentaire", "Commentaires", "Comments",
              "Comment"],
})

REQUEST_HEADERS = _aliases({
    "ext_id": ["Id", "Identifiant", "Code", "Ref", "Référence", "Reference"],
    "a": ["Demandeur", "From", "A", "Participant A", "Requester", "Émetteur", "De",
          "Participant 1"],
    "b": ["Invité", "To", "B", "Participant B", "Invitee", "Destinataire", "Cible",
          "Participant 2", "Target", "Avec", "With"],
    "weight": ["Poids", "Priorité", "Weight", "Priority", "Importance", "Type"],
    "slots": ["Créneaux", "Créneau", "Slots", "Slot", "Horaires", "Rounds"],
})


def cell(row: Sequence[str], mapping: Mapping[str, int], field: str) -> str:
    """The stripped value of ``field`` in a data row ("" when the column is absent or
    the row is short, as spreadsheets leave trailing cells out)."""
    column = mapping.get(field)
    return row[column].strip() if column is not None and column < len(row) else ""


def map_header(row: Sequence[str], aliases: Mapping[str, str]) -> dict[str, int]:
    """field -> column index; the first column naming a field wins."""
    mapping: dict[str, int] = {}
    for column, cell in enumerate(row):
        field = aliases.get(key(cell))
        if field is not None and field not in mapping:
            mapping[field] = column
    return mapping


def find_header(
    rows: Sequence[Sequence[str]],
    aliases: Mapping[str, str],
    required: Sequence[str],
    *,
    what: str,
    expected: str,
) -> tuple[int, dict[str, int]]:
    """(index of the header row, its mapping): the first of the top rows that names every
    required field. Raises InvalidInput naming the columns that were expected."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        mapping = map_header(row, aliases)
        if all(field in mapping for field in required):
            return index, mapping
    raise InvalidInput(
        t("No {what} column header was recognised in the first rows of the file: "
          "it needs at least {expected}.", what=what, expected=expected),
        code="no_header",
    )
