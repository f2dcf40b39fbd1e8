"""How many events one act gives: a fight both armed sides wage (both ways), victims of one act (one
event), two coordinated acts with codes of their own (two events). Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from _events_fake import cameo_codes

pytestmark = pytest.mark.slow


def _roots(events: list, root: str) -> list[str]:
    """The events of one root, one entry each."""
    return [e.cameo for e in events if e.root == root]


@pytest.mark.parametrize(
    "text",
    [
        "Somali forces fought al-Shabaab militants for hours near Mogadishu on Monday.",
        "Soldiers battled Islamist insurgents in Cabo Delgado province on Sunday.",
        "Somali troops fought against al-Shabaab fighters near Afgoye on Monday.",
        "Ukrainian troops were fighting Russian forces in the streets of the town.",
    ],
)
def test_a_fight_between_armed_sides_is_coded_both_ways(code, text: str) -> None:
    events = [e for e in code(text) if e.cameo.startswith("19")]
    pairs = {(e.source.actor.code, e.target.actor.code) for e in events if e.target is not None}
    assert len(pairs) == 2
    assert {(b, a) for a, b in pairs} == pairs


@pytest.mark.parametrize(
    "text",
    [
        # who struck is named: one-sided
        "Russian forces shelled the city of Kherson on Tuesday.",
        "Houthi rebels fired a missile at a U.S. destroyer in the Red Sea, the Pentagon said.",
        # answering the other side's assault
        "Ukrainian troops fought off a Russian assault near Kupiansk.",
        # a fight only aimed at
        "Kenyan officers arrived in Haiti to help the police fight armed gangs.",
        # a participle describing a party
        "Britain sent night-vision goggles to the Nigerian army fighting the jihadists.",
        # a killing in a clash names who killed
        "Colombian soldiers killed four ELN guerrillas in a clash in Arauca province, the army said.",
    ],
)
def test_a_directed_or_aimed_fight_stays_one_way(code, text: str) -> None:
    events = [e for e in code(text) if e.cameo.startswith("19") and e.target is not None]
    pairs = {(e.source.actor.code, e.target.actor.code) for e in events}
    assert not {(b, a) for a, b in pairs} & pairs


def test_a_fight_on_no_actor_is_no_event(code) -> None:
    codes = cameo_codes(code("Firefighters fought the blaze for hours on Sunday."))
    assert not [c for c in codes if c[:2] == "19"]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Gunmen shot dead a mayor and his bodyguard in the Mexican state of Michoacan on Saturday.", "18"),
        ("The U.S. Treasury sanctioned two Venezuelan judges and a state-owned oil company on Friday.", "16"),
        ("The European Union imposed sanctions on Belarus's interior ministry and a state-owned potash "
         "producer.", "16"),
        ("Turkish police detained a former minister and two journalists in Ankara.", "17"),
        ("Unknown assailants abducted a local official and two aid workers in eastern Congo.", "18"),
    ],
)
def test_victims_of_one_country_of_one_act_are_one_event(code, text: str, root: str) -> None:
    assert len(_roots(code(text), root)) == 1


@pytest.mark.parametrize(
    ("text", "root", "n"),
    [
        # parties of different countries, or each side of a conflict, stay apart
        ("The European Union imposed sanctions on Russia and Iran over drone deliveries.", "16", 2),
        ("The UN envoy urged the Sudanese government and the rebels to return to talks.", "02", 2),
    ],
)
def test_parties_addressed_as_parties_stay_apart(code, text: str, root: str, n: int) -> None:
    assert len(_roots(code(text), root)) == n


def test_conjunct_with_its_country_unsaid_is_one_party(code) -> None:
    events = code("Bolivian farmers and truckers blocked highways around Santa Cruz on Monday.")
    assert len(_roots(events, "14")) == 1


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # two acts on the object they share, codes of their own: two events of one root
        ("Russian forces shelled and then stormed the town of Vuhledar, Ukraine's military said.",
         {"194", "190"}),
        ("Gunmen abducted and later killed a local journalist in Veracruz.", {"181", "1823"}),
    ],
)
def test_two_coordinated_acts_with_codes_of_their_own_are_two_events(
    code, text: str, codes: set[str]
) -> None:
    assert codes <= set(cameo_codes(code(text)))


def test_two_coordinated_acts_with_one_code_are_one_event(code) -> None:
    events = code("Belarus arrested and later jailed a prominent opposition blogger.")
    assert len(_roots(events, "17")) == 1


def test_a_second_act_with_one_code_on_the_same_people_by_pronoun_is_one_event(code) -> None:
    # "him" may resolve to another code than "a retired army general": one sentencing all the same
    events = code("Brazil's Supreme Court found a retired army general guilty of plotting a coup and "
                  "sentenced him to 19 years in prison.")
    assert len(_roots(events, "11")) == 1


def test_a_second_act_with_its_own_code_by_pronoun_stays(code) -> None:
    codes = cameo_codes(code("Police arrested three activists and deported them to Kenya."))
    assert {"173", "174"} <= set(codes)
