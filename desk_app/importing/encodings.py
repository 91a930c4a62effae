"""Which text encoding a CSV file was saved in, never guessed silently.

Organisers' files come from Excel on Windows (Windows-1252, Windows-1250 in central
Europe), old Macs (Mac Roman), Linux tools (ISO-8859-15), LibreOffice or Google Sheets
(UTF-8) and "Unicode text" exports (UTF-16, sometimes without its byte-order mark).
UTF-8 and UTF-16 are recognised for sure; the 8-bit encodings are scored on what the
decoded names look like (accented
lower-case letters inside words are likely, "SociÈtÈ" or control characters are not).
When two readings score alike and differ, :attr:`DecodedText.uncertain_words` lists the
words that would read differently, so the preview can show them ("Łukasz" or
"£ukasz"?); when no reading is plausible the file is refused in a sentence.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from desk_app.errors import InvalidInput
from desk_app.i18n import t

EIGHT_BIT = ("cp1252", "iso-8859-15", "mac_roman", "cp1250")
ENCODING_NAMES = {
    "utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16",
    "utf-16": "UTF-16", "cp1252": "Windows-1252", "iso-8859-15": "ISO-8859-15",
    "mac_roman": "Mac Roman", "cp1250": "Windows-1250",
}
# Letters names are made of across Europe (French, German, Spanish, Nordic, Polish...).
_COMMON_LETTERS = set("éèêëàâäçîïôöùûüÿœæñßáíóúãõøåšžčćłńśźżőűÉÈÊÀÂÇÎÔÖÜÑÅØŠŽŒ")
_COMMON_SIGNS = set("€’‘“”«»–—…°·\u00a0²")
_WORD_RE = re.compile(r"\S+")
MAX_UNCERTAIN_WORDS = 8


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # Python codec name
    uncertain_words: tuple[str, ...] = ()  # "Łukasz (or £ukasz)" when the guess is unsure

    @property
    def encoding_name(self) -> str:
        return ENCODING_NAMES.get(self.encoding, self.encoding)


def _refuse(message: str) -> InvalidInput:
    return InvalidInput(message, code="unreadable_file")


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when zero bytes sit at every other position (text in
    Latin script saved as UTF-16 without its byte-order mark)."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > half * 0.6 and even_zeros < half * 0.1:
        return "utf-16-le"
    if even_zeros > half * 0.6 and odd_zeros < half * 0.1:
        return "utf-16-be"
    return None


def plausibility(text: str) -> float:
    """How much ``text`` looks like names and words people type (higher is likelier)."""
    score = 0.0
    previous = " "
    for ch in text:
        if ord(ch) < 128:
            previous = ch
            continue
        category = unicodedata.category(ch)
        if category.startswith("C"):
            score -= 10
        elif category.startswith("L"):
            if ch.isupper() and previous.isalpha() and previous.islower():
                score -= 3  # "SociÈtÈ": an accented capital inside a lower-case word
            elif ch in _COMMON_LETTERS:
                score += 2
            else:
                score += 0.2
        elif ch in _COMMON_SIGNS:
            score += 0.5
        else:
            score -= 1.5  # "√", "¤", "‚" in the middle of names
        previous = ch
    return score


def _different_words(first: str, second: str) -> tuple[str, ...]:
    words: list[str] = []
    for a, b in zip(_WORD_RE.findall(first), _WORD_RE.findall(second), strict=False):
        if a != b:
            entry = f"{a} ({b})"
            if entry not in words:
                words.append(entry)
        if len(words) >= MAX_UNCERTAIN_WORDS:
            break
    return tuple(words)


def decode_text(data: bytes) -> DecodedText:
    """The file's text and the encoding it was read in (see the module docstring)."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(codec), codec)
            except UnicodeDecodeError:
                raise _refuse(t("The file's text is damaged (it starts as {encoding} but "
                                "is not): save it again as 'CSV UTF-8' and import it "
                                "again.", encoding=ENCODING_NAMES[codec])) from None
    wide = _utf16_without_bom(data)
    if wide is not None:
        try:
            return DecodedText(data.decode(wide), wide)
        except UnicodeDecodeError:
            pass
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    readings: list[tuple[float, str, str]] = []
    for codec in EIGHT_BIT:
        text = data.decode(codec, errors="replace")
        readings.append((plausibility(text), codec, text))
    # Windows-1252 first among equals: the most common by far for French lists.
    readings.sort(key=lambda r: (-r[0], EIGHT_BIT.index(r[1])))
    best_score, best_codec, best_text = readings[0]
    if best_score < 0 or "\ufffd" in best_text:
        raise _refuse(t("The file's text encoding cannot be recognised (it is not UTF-8, "
                        "Windows-1252, ISO-8859-15 or Mac Roman): save it as 'CSV UTF-8' "
                        "and import it again."))
    uncertain: tuple[str, ...] = ()
    for score, _codec, text in readings[1:]:
        if text != best_text and best_score - score < 2:
            uncertain = _different_words(best_text, text)
            break
    return DecodedText(best_text, best_codec, uncertain)
