"""Session 10, round 2: material codes by mechanism. Foreign troops ordered out (or expelled) are
forces withdrawn at the host's demand (166), however many of them there are: no mass expulsion
(201); a crowd that blocks a border crossing or checkpoint protests by obstruction (144, with an
aim 144x), while police or troops that do so blockade (191); an armed group that seizes a
headquarters, stronghold or outpost occupies ground (192), while police seizing an office take
property (1711); a mob or a party's youths beating protesters or activists assault them (182), while
police doing so repress them (175); an outlet suspended or ordered off the air is censored (1721).
Every sentence is written for this file."""

from __future__ import annotations

import pytest

from _events_fake import cameo_codes, code_rules


@pytest.mark.parametrize(
    "text",
    [
        "Burkina Faso's junta ordered the 400 French soldiers based near Ouagadougou to leave"
        " within a month.",
        "The government in Bamako ordered all foreign troops to leave the country.",
        "Niger's leaders told the 1,100 American soldiers stationed at the air base to leave"
        " by the end of the year.",
        "The president expelled the Russian soldiers stationed in the capital.",
    ],
)
def test_foreign_troops_ordered_out_are_withdrawn_forces(code, text: str) -> None:
    events = code(text)
    codes = cameo_codes(events)
    assert "166" in codes, code_rules(events)
    assert "201" not in codes, code_rules(events)


def test_many_civilians_ordered_out_stay_a_mass_expulsion(code) -> None:
    # the count still makes a mass expulsion where the group is a population, not a force
    events = code("The militia ordered 20,000 villagers to leave the district within three days.")
    assert "201" in cameo_codes(events), code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "Romanian farmers blocked two border crossings with Moldova on Thursday.",
        "Striking truckers blocked checkpoints on the road to the port for a week.",
    ],
)
def test_crowd_blocking_a_crossing_is_an_obstruction_protest(code, text: str) -> None:
    events = code(text)
    assert any(c.startswith("144") for c in cameo_codes(events)), code_rules(events)
    assert "172" not in cameo_codes(events), code_rules(events)


def test_crowd_blocking_a_crossing_for_an_aim_takes_the_aim(code) -> None:
    events = code("Fishermen blocked the border crossing with Senegal to protest against higher fuel prices.")
    assert "1442" in cameo_codes(events), code_rules(events)


def test_police_blocking_a_crossing_stay_a_blockade(code) -> None:
    events = code("Police blocked the border crossing with Nigeria on Monday.")
    codes = cameo_codes(events)
    assert "191" in codes, code_rules(events)
    assert not any(c.startswith("144") for c in codes), code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "Separatist rebels seized the army headquarters in the eastern town on Sunday.",
        "The militia seized a government stronghold near the border after two days of fighting.",
        "Jihadist fighters seized an army outpost in the north.",
    ],
)
def test_armed_group_seizing_a_headquarters_or_post_occupies_ground(code, text: str) -> None:
    events = code(text)
    codes = cameo_codes(events)
    assert "192" in codes, code_rules(events)
    assert "1711" not in codes, code_rules(events)


def test_police_seizing_an_office_confiscate_property(code) -> None:
    events = code("Police seized the headquarters of the opposition party in the capital.")
    codes = cameo_codes(events)
    assert "1711" in codes, code_rules(events)
    assert "192" not in codes, code_rules(events)


def test_sentence_initial_plural_read_as_a_name_still_gates_the_doer(code) -> None:
    # the tagger reads a sentence-initial "Rebels of the ..." as a name whose lemma keeps the plural
    events = code("Rebels of the National Front seized the police headquarters in Goma.")
    assert "192" in cameo_codes(events), code_rules(events)


def test_a_crowd_named_as_a_group_seizing_a_building_is_no_occupation_of_ground(code) -> None:
    events = code("A group of protesters seized the town hall building in the capital.")
    assert "192" not in cameo_codes(events), code_rules(events)


def test_a_mob_beating_activists_is_assault(code) -> None:
    events = code("A mob of ruling party supporters beat several opposition activists outside the court.")
    codes = cameo_codes(events)
    assert "182" in codes, code_rules(events)
    assert "175" not in codes, code_rules(events)


def test_police_beating_activists_stay_repression(code) -> None:
    events = code("Riot police beat up opposition activists outside parliament.")
    assert "175" in cameo_codes(events), code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "Guinea's junta has ordered the private broadcaster Djoma TV off the air for a month.",
        "Niger's junta suspended the French radio station RFI indefinitely.",
        "The military government suspended the broadcasts of two foreign radio stations for three months.",
    ],
)
def test_an_outlet_suspended_or_ordered_off_the_air_is_censored(code, text: str) -> None:
    events = code(text)
    assert "1721" in cameo_codes(events), code_rules(events)


# Session 12: aid named but never given. Aid turned down, aid a country is short of and aid that is
# only talked over is no material cooperation (07); the turning down itself stays (12x).
@pytest.mark.parametrize(
    "text",
    [
        "The military government in Naypyidaw rejected relief aid from Thailand after the cyclone.",
        "Eritrea refused food aid from the European Union last year.",
    ],
)
def test_rejected_aid_is_not_given(code, text: str) -> None:
    events = code(text)
    roots = [c[:2] for c in cameo_codes(events)]
    assert "12" in roots, code_rules(events)
    assert "07" not in roots, code_rules(events)


def test_rejected_accusation_is_still_made(code) -> None:
    # a rejected verbal act was made: only material help turned down never changed hands
    events = code("Belgrade rejected the accusations from Pristina on Monday.")
    assert "112" in cameo_codes(events), code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "Zimbabwe will need food aid for three million people after the drought, the agency said.",
        "Chad lacks the medicine to treat the wounded, doctors said.",
        "The finance ministry said it would review its aid to the rebel-held provinces.",
    ],
)
def test_aid_needed_or_reviewed_is_not_given(code, text: str) -> None:
    events = code(text)
    assert not any(c.startswith("07") for c in cameo_codes(events)), code_rules(events)


def test_aid_given_to_whom_needs_it_stays(code) -> None:
    events = code("Japan sent medicine to Chad, which needs it to treat the wounded.")
    assert any(c.startswith("07") for c in cameo_codes(events)), code_rules(events)


def test_an_amount_received_in_aid_is_aid_not_a_host(code) -> None:  # noqa: ANN001
    # "received $X in aid from Y": the aid named by the "in" phrase (07), no visitor hosted (043)
    events = code("Moldova has received more than 300 million euros in assistance from the EU this year.")
    roots = [e.root for e in events]
    assert "07" in roots and "04" not in roots, [(e.cameo, e.rule) for e in events]


# Session 20: aid (07) read where no aid was given. Weapons sold are trade (061), as a purchase is;
# someone escorted out or away is removed, not protected (074); security for a gathering is the
# host's own policing; a debt or fine paid settles what is owed (no 071); help with another state's
# investigation is judicial cooperation (063); help whose "by" gerund names a non-aid act is that act;
# shielding a party from censure and support lent to a proposal are endorsement (051); rescue and feed
# in a figurative sense give nothing. Every sentence is written for this file.
@pytest.mark.parametrize(
    ("text", "instead"),
    [
        ("France sold 24 Rafale fighter jets to Egypt on Monday.", "061"),
        ("Russia has sold S-400 missile systems to Turkey, officials said.", "061"),
        ("Interpol assisted Kenyan police in the investigation into the bombing.", "063"),
        ("China shielded North Korea from new UN sanctions at the Security Council on Friday.", "051"),
        ("Russia has protected Syria from Western pressure at the United Nations.", "051"),
        ("Brazil lent its support to the Chinese peace plan.", "051"),
        ("Turkey gave its support to Sweden's NATO bid on Monday.", "051"),
        ("Britain gave its backing to the French proposal for a Gaza ceasefire.", "051"),
        ("Turkey assisted Azerbaijan by holding joint military exercises near the border.", None),
        ("Police escorted the opposition leader out of the courthouse in Harare.", None),
        ("Canada's police escorted the protesters away from Parliament Hill.", None),
        ("Indonesian police provided security for the ASEAN summit in Jakarta.", None),
        ("Greece paid back its last IMF loan on Friday.", None),
        ("Sri Lanka repaid $500 million to India under a currency swap.", None),
        ("India will safeguard its interests in talks with China, the foreign minister said.", None),
        ("Egypt will protect its water rights against Ethiopia's dam, President Sisi said.", None),
        ("France and Germany rescued the nuclear deal with Iran after Washington walked out.", None),
        ("The central bank fed the market with dollars to defend the lira.", None),
    ],
)
def test_no_aid_where_none_is_given(code, text: str, instead: str | None) -> None:
    events = code(text)
    codes = cameo_codes(events)
    assert not any(c.startswith(("07", "033")) for c in codes), code_rules(events)
    assert instead is None or instead in codes, code_rules(events)


@pytest.mark.parametrize(
    ("text", "code_prefix"),
    [
        ("The US Navy escorted Greek tankers through the Strait of Hormuz.", "07"),
        ("Turkey provided security to the Libyan government in Tripoli.", "07"),
        ("The Gulf states paid for the reconstruction of Lebanon's airport.", "07"),
        ("Jordan helped Syria with food and fuel after the earthquake.", "07"),
        ("French troops protect Niger's president, a government spokesman said.", "074"),
        ("Japan gave support to flood victims in Pakistan.", "07"),
        ("Iran fed the Houthis with missiles and drones, the US said.", "072"),
    ],
)
def test_protection_and_aid_given_stay_aid(code, text: str, code_prefix: str) -> None:
    events = code(text)
    assert any(c.startswith(code_prefix) for c in cameo_codes(events)), code_rules(events)
