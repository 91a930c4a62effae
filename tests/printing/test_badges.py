from __future__ import annotations

import datetime as dt
import math

import pytest
from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import Event, Participant
from desk_app.errors import InvalidInput
from desk_app.printing.badges import badge_contexts, render_badges
from desk_app.printing.layout import BADGE_LAYOUTS, Item, ItemKind, Layout, badge_layout
from desk_app.printing.placeholders import BadgeContext, resolve
from desk_app.printing.render import render_layout
from desk_app.services.checkin import CheckInOutcome, check_in_by_code
from tests.printing.helpers import (
    GREEK_NAME,
    POLISH_COMPANY,
    POLISH_NAME,
    decode_codes,
    make_printed_event,
    pdf_fonts,
    pdf_page_sizes_mm,
    pdf_text,
)

CARD_SIZES_MM = {"cr80": (86, 54), "a6": (105, 148), "label62": (62, 100),
                 "a4x8": (210, 297)}


@pytest.mark.parametrize("layout_name", sorted(BADGE_LAYOUTS))
def test_each_layout_prints_names_in_polish_and_greek_with_the_embedded_font(
    db: Database, layout_name: str
) -> None:
    event_id = make_printed_event(db)
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        pdf = render_badges(s, event, layout=layout_name)
    layout = BADGE_LAYOUTS[layout_name]
    sizes = pdf_page_sizes_mm(pdf)
    assert len(sizes) == math.ceil(6 / layout.cards_per_page)
    assert sizes[0] == pytest.approx(CARD_SIZES_MM[layout_name], abs=0.2)
    text = pdf_text(pdf)
    assert POLISH_NAME in text
    assert GREEK_NAME in text
    assert POLISH_COMPANY in text
    assert "Table T1" in text  # the Greek participant hosts table T1
    fonts = pdf_fonts(pdf)
    assert fonts, "no font at all"
    assert all(fonts.values()), f"fonts not embedded: {fonts}"
    assert any("DejaVuSans" in name for name in fonts)


def test_badge_qr_and_barcode_decode_to_a_code_that_checks_the_participant_in(
    db: Database,
) -> None:
    event_id = make_printed_event(db)
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        polish = s.scalars(select(Participant).where(
            Participant.contact_name == POLISH_NAME)).one()
        pdf = render_badges(s, event, [polish.id], layout="cr80")
        expected = polish.badge_code
    codes = decode_codes(pdf)
    assert codes.get("QR Code") == {expected}
    assert codes.get("Code 128") == {expected}
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        result = check_in_by_code(s, event, next(iter(codes["QR Code"])), desk="Desk 1")
        assert result.outcome is CheckInOutcome.CHECKED_IN
        assert result.name == POLISH_NAME


def test_a_tampered_badge_code_is_refused(db: Database) -> None:
    event_id = make_printed_event(db)
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        pdf = render_badges(s, event, layout="a6")
    scanned = sorted(decode_codes(pdf)["QR Code"])[0]
    event_code, ext_id, mac = scanned.split("-")
    forged = f"{event_code}-{'P2' if ext_id != 'P2' else 'P3'}-{mac}"
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        result = check_in_by_code(s, event, forged)
        assert result.outcome is CheckInOutcome.REFUSED
        assert result.problem == "tampered"


def test_every_badge_of_an_a4_sheet_scans(db: Database) -> None:
    event_id = make_printed_event(db)
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        pdf = render_badges(s, event, layout="a4x8")
        expected = set(s.scalars(select(Participant.badge_code)))
    assert decode_codes(pdf, scale=3)["QR Code"] == expected


def test_long_names_shrink_and_stay_on_the_card() -> None:
    long_name = "Maximiliane Alexandra von Hohenzollern-Sigmaringen-Wąsowska"
    context = BadgeContext(badge_code="TINY1-P1-ABCDEFGH", name=long_name,
                           company="A Company With A Really Quite Extraordinarily Long Name",
                           event_name="Tiny", event_date=dt.date(2026, 12, 3))
    pdf = render_layout(badge_layout("cr80"), [context])
    text = pdf_text(pdf)
    assert "Maximiliane" in text
    assert "Long" in text or "…" in text


def test_contexts_follow_the_requested_order_and_placeholders_resolve(db: Database) -> None:
    event_id = make_printed_event(db)
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        ids = list(s.scalars(select(Participant.id).order_by(Participant.id.desc())))[:2]
        contexts = badge_contexts(s, event, ids)
    assert [c.ext_id for c in contexts] == ["P6", "P5"]
    greek = BadgeContext(badge_code="X", name=GREEK_NAME, company="C", country="Greece",
                         role="supplier", host_table="T1")
    assert resolve("country_role", greek) == "Greece · Supplier"
    assert resolve("host_table", greek) == "Table T1"
    french = BadgeContext(badge_code="X", name=GREEK_NAME, company="C", country="Grèce",
                          role="supplier", host_table="T1", lang="fr")
    assert resolve("country_role", french) == "Grèce · Fournisseur"
    assert resolve("host_table", french) == "Table T1"
    key_account = BadgeContext(badge_code="X", name="N", company="C", role="key_account")
    assert resolve("role", key_account) == "Key account"  # an organiser's own role
    nameless = BadgeContext(badge_code="X", name="", company="Solo SA")
    assert resolve("name", nameless) == "Solo SA"
    assert resolve("company", nameless) == ""  # not printed twice
    with pytest.raises(InvalidInput):
        resolve("shoe_size", greek)
    with pytest.raises(InvalidInput):
        badge_layout("poster")


def test_a_layout_defined_as_data_draws_literal_text_lines_and_boxes() -> None:
    vip = Layout(
        "vip", "VIP pass", 90, 50, 90, 50, ((0, 0),),
        (Item(ItemKind.BOX, 2, 2, 86, 46),
         Item(ItemKind.TEXT, 5, 5, 80, 10, literal="VIP ACCESS", size_max=20, bold=True),
         Item(ItemKind.LINE, 5, 16, 80, 0),
         Item(ItemKind.TEXT, 5, 20, 50, 10, "name", size_max=14),
         Item(ItemKind.QR, 60, 20, 25, 25, "badge_code")),
    )
    context = BadgeContext(badge_code="TINY1-P9-ABCDEFGH", name="Иван Петров", company="")
    pdf = render_layout(vip, [context, context, context])
    assert pdf_page_sizes_mm(pdf) == [(90.0, 50.0)] * 3
    text = pdf_text(pdf)
    assert text.count("VIP ACCESS") == 3
    assert "Иван Петров" in text
    assert decode_codes(pdf, page=2)["QR Code"] == {"TINY1-P9-ABCDEFGH"}


def test_badges_print_role_words_in_the_events_language(db: Database) -> None:
    event_id = make_printed_event(db)
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        french = pdf_text(render_badges(s, event, layout="a6"))  # Europe/Paris: French
        english = pdf_text(render_badges(s, event, layout="a6", lang="en"))
    assert "Poland · Acheteur" in french
    assert "Greece · Fournisseur" in french
    assert "Buyer" not in french
    assert "Poland · Buyer" in english
    assert "Greece · Supplier" in english
