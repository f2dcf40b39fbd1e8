"""False events on real news: a state of war or cooperation named only as the setting or topic of the
news, a clash the clause's subject died in, a sports side standing for its country, and an easing of a
trade or money rule aimed at no one. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from _events_fake import cameo_codes
from triadic.model import Event

pytestmark = pytest.mark.slow


def _roots(evs: list[Event]) -> list[str]:
    return [c[:2] for c in cameo_codes(evs)]


@pytest.mark.parametrize(
    "text",
    [
        # a war named in a phrase is the background of the news, not an act of the day
        "Kazakhstan's wheat exports have recovered despite the war between Russia and Ukraine.",
        "The vote was held under the shadow of the conflict between the government and Tigrayan forces.",
        "The novel follows a family torn apart by the war between Iran and Iraq.",
        # the subject died in the fighting: a victim, never its doer
        "More than 300 civilians have died in the fighting in Omdurman this month, according to the UN.",
    ],
)
def test_war_as_setting_and_victims_of_fighting_are_no_violence(code, text: str) -> None:
    assert not [r for r in _roots(code(text)) if r in ("18", "19", "20")]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a war waged, or fighting between named sides that people died in, stays
        ("Azerbaijan launched a war against Armenian forces in Karabakh on Tuesday.", "19"),
        ("Four soldiers died in fighting between the army and Fano militiamen in Amhara on Sunday.", "19"),
        ("Fighting erupted between the army and M23 rebels near Goma on Sunday.", "19"),
    ],
)
def test_war_waged_and_fighting_between_named_sides_stay(code, text: str, root: str) -> None:
    assert root in _roots(code(text))


@pytest.mark.parametrize(
    "text",
    [
        # cooperation as a topic or the subject of a consequence is no material cooperation
        "A study said Turkey's cooperation with Gulf states had created thousands of jobs.",
        "The two ministers met to review progress on energy cooperation.",
    ],
)
def test_cooperation_as_topic_is_no_event(code, text: str) -> None:
    assert "06" not in _roots(code(text))


def test_cooperation_that_grows_stays(code) -> None:
    evs = code("Cooperation between Vietnam and Japan on maritime security was strengthened last year.")
    assert "06" in _roots(evs)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's hockey team arrived in Amsterdam on Monday ahead of the world cup.",
        "The Indian cricket team will tour Sri Lanka next month for three test matches.",
        "New Zealand's rugby team hosted Argentina in Wellington, winning 38-12.",
    ],
)
def test_a_sports_side_is_no_political_actor(code, text: str) -> None:
    assert cameo_codes(code(text)) == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a score or an occasion of sport in the verb's clause makes a game of the act
        ("Ghana hit Nigeria 4-2 in Accra on Sunday.", None),
        ("Ghana hosted Nigeria at the derby in Accra.", None),
        # a range that counts people is no score; a text with neither a score nor an occasion is read as
        # one (the test is skipped for such texts as a whole)
        ("Kenya's army attacked Somali militants, killing 12-15 fighters.", "19"),
        ("Kenya's army attacked Somali militants near Kismayo on Sunday.", "19"),
    ],
)
def test_a_score_or_occasion_of_sport_makes_a_game(code, text: str, root: str | None) -> None:
    roots = _roots(code(text))
    assert (roots == []) if root is None else (root in roots)


def test_a_negotiating_team_still_acts_for_its_state(code) -> None:
    assert "04" in _roots(code("Iran's negotiating team met U.S. officials in Muscat on Saturday."))


@pytest.mark.parametrize(
    "text",
    [
        "Ghana eased foreign exchange controls to attract investors.",
        "Kenya lifted a ban on the export of maize after prices fell.",
        "Vietnam relaxed its rules on foreign investment in banks.",
    ],
)
def test_easing_a_trade_rule_aimed_at_no_one_is_no_yield(code, text: str) -> None:
    assert "08" not in _roots(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Seoul lifted export curbs on semiconductor chemicals to Japan on Tuesday.",
        "Britain eased sanctions on Syria's central bank on Monday.",
        "Bolivia's government lifted a curfew in La Paz on Wednesday.",
    ],
)
def test_easing_aimed_at_an_actor_or_freedoms_stays(code, text: str) -> None:
    assert "08" in _roots(code(text))


def test_a_party_described_as_fighting_since_a_date_is_no_attack(code) -> None:
    evs = code("The ELN, which has fought the Colombian state since 1964, issued a statement on Sunday.")
    assert "19" not in _roots(evs)


@pytest.mark.parametrize(
    "text",
    [
        # the place in an act noun's "of" phrase is what the act was done to, not who forced anyone
        "The shelling of Kherson has forced thousands of residents to leave, local officials said.",
        "The blockade of Gaza has forced aid groups to cut food rations.",
    ],
)
def test_the_place_an_act_was_done_to_is_no_doer_of_its_consequence(code, text: str) -> None:
    assert "17" not in _roots(code(text))


def test_the_doer_of_an_act_noun_still_forces(code) -> None:
    evs = code("The blockade of Gaza by Israel has forced aid groups to cut food rations.")
    assert "17" in _roots(evs)


@pytest.mark.parametrize(
    "text",
    [
        # a bare participle on a party's noun describes that party, it tells no fight of the day
        "Russia sold helicopters to the Malian army fighting the jihadists in the north.",
        "The EU imposed sanctions on militias attacking UN peacekeepers in Congo.",
        "Ankara backs Syrian rebels fighting Kurdish forces near Afrin.",
        # hung on the main verb right after its object: still the object's party, never the subject
        "Britain sent night-vision goggles to the Kenyan army battling al-Shabaab.",
    ],
)
def test_a_participle_describing_a_party_is_no_fight(code, text: str) -> None:
    assert "19" not in _roots(code(text))


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # after a comma, or on the main subject, the participle tells the act itself
        ("Soldiers opened fire on the convoy, killing four drivers.", "19"),
        # (a plain wounding names no weapon: an attack on gendarmes stays the fight, as with a killing)
        ("Gunmen attacked a checkpoint in Diffa, wounding two gendarmes.", "19"),
        # a crowd's own act as police move on it is coded (14 is no description)
        ("Police detained dozens of students protesting the tuition rise in Nairobi.", "14"),
        # the participle tells what the law does: the law is no party it describes
        ("Hungary's parliament passed a bill on Tuesday banning NGOs that receive foreign money.", "17"),
    ],
)
def test_participles_telling_the_act_stay(code, text: str, root: str) -> None:
    assert root in _roots(code(text))


def test_the_main_subject_is_never_the_doer_of_a_described_partys_help(code) -> None:
    # "helping" describes the coalition the advisers join: no aid of Italy's to the Kurds
    evs = code("Italy sent trainers to the coalition helping Kurdish forces fight the Islamic State.")
    assert not [e for e in evs if e.cameo.startswith("07") and e.source.actor.code.startswith("ITA")]
    assert "19" not in _roots(evs)


def test_a_participle_on_what_a_party_puts_forward_is_its_own_act(code) -> None:
    evs = code("The African Union adopted a communique condemning the coup in Niger.")
    assert "11" in _roots(evs)


def test_a_letter_to_a_party_accusing_another_is_the_writers_act(code) -> None:
    evs = code("Iran sent a letter to the UN Security Council accusing Israel of aggression.")
    assert "11" in _roots(evs)
