"""Hypothesis over the badge scan parser (desk_app/badges/codes.py): whatever a scanner,
a keyboard or an attacker sends, the only exception is BadgeCodeError (a sentence), a
valid code always verifies, and any one-character change to a valid code is refused."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.badges.codes import (
    MAX_SCAN_LENGTH,
    BadgeCodeError,
    ScanProblem,
    clean_scan,
    make_badge_code,
    parse_scan,
    verify_scan,
)

SECRET = "a" * 64
EVENT = "ARTS1"
FUZZ = settings(max_examples=400, deadline=None)
noise = st.one_of(
    st.text(max_size=3 * MAX_SCAN_LENGTH),
    st.text(alphabet="ARTS1-0123456789PQ&é\"'(-è_çà)\t\r\n\x00\x1b ", max_size=80),
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
)
ext_ids = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=12)


@FUZZ
@given(noise)
def test_no_exception_but_a_sentence_escapes(raw: str) -> None:
    assert len(clean_scan(raw)) <= 2 * MAX_SCAN_LENGTH
    for check in (parse_scan, lambda r: verify_scan(r, event_code=EVENT, secret=SECRET)):
        problem: BadgeCodeError | None = None
        try:
            check(raw)
        except BadgeCodeError as exc:
            problem = exc
        if problem is not None:
            assert problem.problem in set(ScanProblem)
            assert str(problem)


@FUZZ
@given(ext_ids, st.sampled_from(["", " ", "\r\n", "\t", "\x1b"]))
def test_a_valid_code_verifies_with_scanner_noise(ext: str, padding: str) -> None:
    code = make_badge_code(SECRET, EVENT, ext)
    parsed = verify_scan(f"{padding}{code.lower()}{padding}", event_code=EVENT,
                         secret=SECRET)
    assert parsed.participant_ext_id == ext


@FUZZ
@given(ext_ids, st.data())
def test_any_changed_character_is_refused(ext: str, data: st.DataObject) -> None:
    code = make_badge_code(SECRET, EVENT, ext)
    position = data.draw(st.integers(0, len(code) - 1))
    replacement = data.draw(st.sampled_from("ABCDEFGHJKMNPQRSTUVWXYZ234567-"))
    forged = code[:position] + replacement + code[position + 1:]
    if forged == code:
        return
    with pytest.raises(BadgeCodeError):
        verify_scan(forged, event_code=EVENT, secret=SECRET)
