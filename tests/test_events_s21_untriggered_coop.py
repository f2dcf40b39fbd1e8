"""Session 21: cooperation acts (01-08) that had no trigger. Openness to an act of one's own is an intent
to do it (03); options looked at or entertained are considered (014); a mediator by another name (045,
039 when offered); humanitarian access permitted (0863, before the general 086); inspectors let in by a
bare infinitive or an adverb clause, or hosted (0862); sums given "in military aid" (072, 0332 when
pledged); satellite imagery shared (064); air cover provided (074). Negatives keep their readings. Every
sentence is written for this file."""

from __future__ import annotations

import pytest

from _event_sets import coded_roots, coded_triples


def _codes(events: list) -> set[str]:
    return {e.cameo for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maduro said he was open to meeting the new U.S. envoy in Caracas.", "036"),
        ("The rebels said they were open to freeing the aid workers in a swap.", "0353"),
        ("Islamabad is amenable to resuming talks with Kabul, a Pakistani official said.", "036"),
    ],
)
def test_openness_to_an_own_act_is_an_intent(code, text: str, expected: str) -> None:
    events = code(text)
    assert expected in _codes(events), coded_triples(events)


def test_openness_to_visitors_is_no_event(code) -> None:
    events = code("The new wing of the hospital is open to patients from Monday.")
    assert not events, coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Canberra is looking at options to bring its nationals home from Lebanon.",
        "Ottawa has entertained the idea of recognising a Palestinian state.",
        "The Kremlin toyed with the idea of a new offensive in the north.",
    ],
)
def test_options_looked_at_are_considered(code, text: str) -> None:
    events = code(text)
    assert "014" in _codes(events), coded_triples(events)
    assert "043" not in _codes(events), coded_triples(events)


def test_a_go_between_offered_is_mediation_offered(code) -> None:
    events = code("Oman offered to act as a go-between for Washington and Tehran.")
    assert "039" in _codes(events), coded_triples(events)


def test_humanitarian_access_permitted_is_humanitarian_access(code) -> None:
    events = code("Ethiopia permitted humanitarian access to Tigray on Thursday.")
    assert "0863" in _codes(events), coded_triples(events)


def test_inspectors_let_in_by_a_bare_infinitive(code) -> None:
    events = code("Syria let OPCW inspectors examine the site in Douma.")
    assert "0862" in _codes(events), coded_triples(events)


def test_inspectors_allowed_back_in_is_intended(code) -> None:
    events = code("Pyongyang said it would allow IAEA inspectors back into Yongbyon.")
    assert "0355" in _codes(events), coded_triples(events)


def test_inspectors_hosted_are_received(code) -> None:
    events = code("Iraq hosted a team of UN weapons inspectors in Baghdad.")
    assert "0862" in _codes(events), coded_triples(events)
    assert "043" not in _codes(events), coded_triples(events)


def test_a_sum_in_military_aid_is_military_aid(code) -> None:
    events = code("Norway provided 500 million crowns in military aid to Ukraine.")
    assert "072" in _codes(events), coded_triples(events)


def test_a_sum_pledged_in_security_assistance_is_intended_military_aid(code) -> None:
    events = code("Denmark pledged $300 million in security assistance to Kyiv.")
    assert "0332" in _codes(events), coded_triples(events)


def test_a_sum_in_profits_is_no_aid(code) -> None:
    events = code("The bank announced $3 billion in profits for the quarter.")
    assert not (coded_roots(events) & {"07"}), coded_triples(events)


def test_satellite_imagery_shared_is_intelligence(code) -> None:
    events = code("Washington shared satellite imagery with Kyiv of Russian troop movements.")
    assert "064" in _codes(events), coded_triples(events)


def test_air_cover_provided_is_protection(code) -> None:
    events = code("French jets provided air cover for Malian troops.")
    assert "074" in _codes(events), coded_triples(events)


def test_cover_for_officials_is_no_protection(code) -> None:
    events = code("The governor provided cover for the corrupt officials.")
    assert "074" not in _codes(events), coded_triples(events)


def test_a_titled_official_unknown_by_name_speaks_for_the_state_that_acts(code) -> None:
    events = code(
        "Senegal will send 200 tonnes of rice to Guinea-Bissau, Foreign Minister Abdou Karim Sylla said."
    )
    assert "0333" in _codes(events), coded_triples(events)


def test_a_foreign_official_does_not_state_anothers_intent(code) -> None:
    events = code("Russia will send troops to Belarus, Swedish Defence Minister Pal Jonson said.")
    assert not (coded_roots(events) & {"03"}), coded_triples(events)


def test_ports_opened_to_anothers_ships_end_their_closure(code) -> None:
    events = code("Greece opened its ports to Turkish fishing vessels on Monday.")
    assert "0872" in _codes(events), coded_triples(events)


def test_a_port_opened_for_exports_is_no_easing(code) -> None:
    events = code("The province opened a new port to boost grain exports.")
    assert "0872" not in _codes(events), coded_triples(events)


# A permission whose permitted party is named only as the doer of the act it is let do: the grantor's
# yield to that party (086x by what it may do), 0355 when only intended, 1245 when refused; the act
# permitted is not told as done. A domestic party, a foreign state's civilians or a firm is no
# international involvement.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tehran allowed the IAEA to inspect the Natanz facility on Sunday.", ("0862", "IRN", "IAE")),
        ("Damascus let the OPCW investigate the chlorine attack.", ("0862", "SYRGOV", "OPW")),
        ("Khartoum allowed the United Nations to deploy peacekeepers in Abyei.", ("0861", "SDNGOV", "UNO")),
        ("Sudan said it would allow the African Union to send observers to Darfur.", ("0355", "SDN", "AFU")),
        ("The Syrian government agreed to let the United Nations deliver aid to besieged towns.",
         ("0355", "SYRGOV", "UNO")),
        ("Sudan refused to allow the African Union to send observers to Darfur.", ("1245", "SDN", "AFU")),
        ("Venezuela said it would not allow the OAS to observe the election.", ("1245", "VEN", "OAS")),
        ("Beijing granted the UN human rights chief access to Xinjiang.", ("086", "CHNGOV", "UNO")),
    ],
)
def test_permission_to_a_party_named_as_the_doer(code, text: str, expected: tuple[str, str, str]) -> None:
    events = code(text)
    cameo, source, target = expected
    found = coded_triples(events)
    assert any(c == cameo and s[:3] == source[:3] and t == target for c, s, t in found), found


def test_permitted_act_is_not_told_as_done(code) -> None:
    events = code("Iran will allow IAEA inspectors to monitor its enrichment sites, the ministry said.")
    assert "09" not in coded_roots(events), coded_triples(events)
    events = code("Myanmar's military government agreed to allow ASEAN to deliver humanitarian aid.")
    assert "07" not in coded_roots(events), coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "The authorities allowed opposition leaders to visit the jailed activist.",
        "Beijing allowed Apple to open stores in Shanghai.",
        "The parents let their children play outside.",
    ],
)
def test_permission_without_international_involvement_is_no_086(code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo.startswith("086") for e in events), coded_triples(events)


def test_withheld_permission_of_other_acts_stays_a_rejection(code) -> None:
    events = code("Hungary's leader said he would not allow the EU to send Hungarian money to Ukraine.")
    assert "120" in _codes(events), coded_triples(events)
