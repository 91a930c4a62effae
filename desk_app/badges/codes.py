"""Signed badge codes.

Payload: ``<EVENT>-<PARTICIPANT>-<MAC>``, e.g. ``K7Q2M-P0001-4F8KD2XJ``: upper-case
letters, digits and ``-`` only, so it fits QR alphanumeric mode (version 2-3 at error
correction M) and Code128. The MAC is a truncated HMAC-SHA256 with the event's secret
over the event code and participant id: a typo, a tampered id or another event's badge
is refused before any database write.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from desk_app.i18n import t

MAC_CHARS = 8  # 40 bits: forging one by guessing takes ~10^12 tries
MAX_SCAN_LENGTH = 80
_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ0123456789"  # no I, L, O, U: no misreads

# A scanner set to US layout on a French AZERTY keyboard types the keys' AZERTY meaning:
# the digit row unshifted, A/Q and Z/W swapped, M on the comma key, and our "-"
# separator comes out as ")". A code always has separators, so ")" tells the mangling.
_AZERTY_TO_US = str.maketrans({
    "&": "1", "é": "2", '"': "3", "'": "4", "(": "5", "-": "6", "è": "7", "_": "8",
    "ç": "9", "à": "0", ")": "-",
    "a": "q", "q": "a", "z": "w", "w": "z", "A": "Q", "Q": "A", "Z": "W", "W": "Z",
    ",": "m", "?": "M",
})
_CODE_RE = re.compile(rf"^([A-Z0-9]{{2,12}})-([A-Z0-9]{{1,32}})-([A-Z0-9]{{{MAC_CHARS}}})$")


class ScanProblem(StrEnum):
    EMPTY = "empty"
    MALFORMED = "malformed"
    OTHER_EVENT = "other_event"
    TAMPERED = "tampered"


@dataclass(frozen=True)
class ParsedCode:
    event_code: str
    participant_ext_id: str
    mac: str

    @property
    def text(self) -> str:
        return f"{self.event_code}-{self.participant_ext_id}-{self.mac}"


class BadgeCodeError(ValueError):
    def __init__(self, problem: ScanProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


def new_event_secret() -> str:
    return secrets.token_hex(32)


def new_event_code() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(5))


def _mac(secret: str, event_code: str, participant_ext_id: str) -> str:
    digest = hmac.new(
        secret.encode(), f"{event_code}:{participant_ext_id}".encode(), hashlib.sha256
    ).digest()
    return base64.b32encode(digest).decode()[:MAC_CHARS]


def make_badge_code(secret: str, event_code: str, participant_ext_id: str) -> str:
    ext = normalise_ext_id(participant_ext_id)
    return f"{event_code}-{ext}-{_mac(secret, event_code, ext)}"


def normalise_ext_id(ext_id: str) -> str:
    """Participant ids inside codes: upper-case letters and digits only."""
    cleaned = re.sub(r"[^A-Z0-9]", "", ext_id.upper())
    if not cleaned:
        raise ValueError(f"participant id {ext_id!r} has no letters or digits")
    return cleaned[:32]


def clean_scan(raw: str) -> str:
    """What the scanner meant: drop control characters and spaces, undo an AZERTY
    digit row, upper-case. Long noise is cut rather than processed."""
    text = raw[: MAX_SCAN_LENGTH * 2]
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C").strip()
    if ")" in text:
        text = text.translate(_AZERTY_TO_US)
    return re.sub(r"\s+", "", text).upper()


def parse_scan(raw: str) -> ParsedCode:
    """Shape check only (no secret needed); raises BadgeCodeError."""
    text = clean_scan(raw)
    if not text:
        raise BadgeCodeError(ScanProblem.EMPTY, t("Nothing was scanned."))
    match = _CODE_RE.match(text) if len(text) <= MAX_SCAN_LENGTH else None
    if match is None:
        raise BadgeCodeError(ScanProblem.MALFORMED, t("This is not a badge code of this app."))
    return ParsedCode(*match.groups())


def verify_scan(raw: str, *, event_code: str, secret: str) -> ParsedCode:
    """Parse and authenticate a scanned code for this event; raises BadgeCodeError."""
    parsed = parse_scan(raw)
    if parsed.event_code != event_code:
        raise BadgeCodeError(ScanProblem.OTHER_EVENT,
                             t("This badge belongs to another event."))
    expected = _mac(secret, event_code, parsed.participant_ext_id)
    if not hmac.compare_digest(expected, parsed.mac):
        raise BadgeCodeError(
            ScanProblem.TAMPERED, t("This badge code is not valid (mistyped or altered).")
        )
    return parsed
