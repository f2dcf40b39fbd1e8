"""Session 11 resolver facts and forms from real wire news: national police and intelligence agencies by name
and acronym, Gulf crown princes and deputies in office, abbreviated titles ("Gov.", "Sen.", "Gen."), the
governments of Australian states, and a one-word paper title ("The Australian") before a role noun."""

from __future__ import annotations

from datetime import date

import pytest
from tests._actors_helpers import covering, resolve_text

from triadic.actors import ActorResolver

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The NCA arrested four men suspected of smuggling migrants across the Channel.", "NCA", "GBRCOP"),
    ("Officers of the National Crime Agency searched a warehouse in Kent.", "National Crime Agency",
     "GBRCOP"),
    ("The RCMP charged a former intelligence official with leaking secrets.", "RCMP", "CANCOP"),
    ("Italian Carabinieri detained 40 suspected members of a crime clan near Naples.", "Carabinieri",
     "ITACOP"),
    ("ASIO warned that a foreign state had tried to recruit local politicians.", "ASIO", "AUSSPY"),
    ("The BKA raided flats linked to an extremist network in Hamburg.", "BKA", "DEUCOP"),
    ("SAPS officers arrested three suspects after the cash-in-transit heist.", "SAPS", "ZAFCOP"),
    ("The Philippine National Police killed two suspects in a raid in Manila.", "Philippine National Police",
     "PHLCOP"),
])
def test_national_agencies_by_name(resolver, text: str, word: str, code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


@pytest.mark.parametrize(("text", "word", "day", "code"), [
    ("Abu Dhabi Crown Prince Mohammed bin Zayed received the Indian foreign minister.", "bin Zayed",
     date(2019, 3, 1), "AREGOV"),
    ("Mohammed bin Zayed hosted the French president in Abu Dhabi.", "bin Zayed", date(2023, 3, 1), "AREGOV"),
    ("Sheikh Mohammed bin Rashid inaugurated the new port on Tuesday.", "bin Rashid", date(2015, 5, 1),
     "AREGOV"),
    ("Bahrain's Crown Prince Salman bin Hamad met the British prime minister.", "Salman bin Hamad",
     date(2012, 6, 1), "BHRGOV"),
    ("Sheikh Nawaf received the Iraqi envoy at Bayan Palace.", "Nawaf", date(2012, 6, 1), "KWTGOV"),
])
def test_gulf_office_holders(resolver, text: str, word: str, day: date, code: str) -> None:
    assert covering(resolve_text(resolver, text, day), word).actor.code == code


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Ohio Gov. Dan Frost signed the bill on Friday.", "Dan Frost", "USAGOV"),
    ("Nevada Gov. Ruth Lowell vetoed the measure.", "Ruth Lowell", "USAGOV"),
])
def test_abbreviated_governor_with_state(resolver, text: str, word: str, code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


@pytest.mark.parametrize(("text", "word", "role"), [
    ("Gov. Dan Frost declined to comment.", "Dan Frost", "GOV"),
    ("Sen. Paul Hardy criticised the deal.", "Paul Hardy", "LEG"),
    ("Gen. Omar Sidi said the army would withdraw.", "Omar Sidi", "MIL"),
    ("Senate Majority Leader Tom Reed blocked the bill.", "Tom Reed", "LEG"),
])
def test_abbreviated_and_chamber_titles(resolver, text: str, word: str, role: str) -> None:
    m = covering(resolve_text(resolver, text), word)
    assert m.actor.role == role
    assert m.text.split()[0] in text.split()[0]  # the title is part of the mention


@pytest.mark.parametrize("text", [
    "The Victorian government extended the lockdown in Melbourne.",
    "The Tasmanian Government rejected the union's pay claim.",
])
def test_australian_state_governments(resolver, text: str) -> None:
    assert covering(resolve_text(resolver, text), "overnment").actor.code == "AUSGOV"


def test_victorian_era_is_no_actor(resolver) -> None:
    assert resolve_text(resolver, "The couple restored a Victorian-era mansion.").mentions == []


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The Australian Government provided $40 million in aid to Fiji.", "Government", "AUSGOV"),
    ("The Australian Defence Force sent two aircraft to Tonga.", "Defence Force", "AUSMIL"),
    ("The Australian reported that the minister would resign.", "Australian", "AUSMED"),
    ("The Australian newspaper reported the deal on Monday.", "newspaper", "AUSMED"),
])
def test_paper_title_before_role_noun(resolver, text: str, word: str, code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The Nigerian High Commissioner to Ghana protested the closures.", "High Commissioner", "NGAGOV"),
    ("India summoned the Pakistani deputy high commissioner on Monday.", "high commissioner", "PAKGOV"),
    ("Britain's High Commissioner in Nairobi met opposition leaders.", "High Commissioner", "GBRGOV"),
    ("The U.S. charge d'affaires in Caracas was ordered to leave.", "charge", "USAGOV"),
])
def test_high_commissioners_and_charges(resolver, text: str, word: str, code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The UN High Commissioner for Refugees visited the camps on the border.", "Refugees", "HCR"),
    ("The High Commissioner for Human Rights criticised the crackdown.", "Human Rights", "HCH"),
])
def test_un_high_commissioners_stay_igos(resolver, text: str, word: str, code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


@pytest.mark.parametrize(("text", "word", "role"), [
    ("Rep. Anna Kerr introduced a bill to cut the aid.", "Anna Kerr", "LEG"),
    ("A state representative from Ohio refused to resign.", "representative", "LEG"),
    ("The county commission rejected the mining permit.", "commission", "GOV"),
])
def test_us_legislators_and_county_bodies(resolver, text: str, word: str, role: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.role == role


@pytest.mark.parametrize(("text", "first", "later", "code"), [
    ("The Ghana Air Force (GAF) flew supplies to the north. GAF said two aircraft were used.",
     "The Ghana Air Force (GAF)", "GAF", "GHAMIL"),
    ("The Malawi Defence Force (MDF) deployed troops to the border. MDF officials said it was calm.",
     "(MDF)", "MDF", "MWIMIL"),
    ("The Nigeria Labour Congress (NLC) threatened a strike. Police arrested NLC leaders in Abuja.",
     "(NLC)", "NLC", "NGALAB"),
])
def test_bracketed_acronym_names_the_body_later(resolver, text: str, first: str, later: str,
                                                code: str) -> None:
    index = resolve_text(resolver, text)
    defined = covering(index, first)
    assert defined.actor.code == code and defined.text.endswith(")")
    again = [m for m in index.mentions if m.start >= defined.end and later in m.text]
    assert again and again[0].actor.code == code


def test_bracketed_acronym_not_after_a_person(resolver) -> None:
    index = resolve_text(resolver, "Senator Mary Stone (D) said the plan would fail.")
    assert all(not m.text.endswith("(D)") for m in index.mentions)


@pytest.mark.parametrize(("text", "word"), [
    ("Senator Anne Hollis (D-Ore.) criticised the arms sale to Riyadh.", "Anne Hollis"),
    ("Sen. Mark Dunne, R-S.C., urged new sanctions on Ankara.", "Mark Dunne"),
    ("Farm committee member Ruth Gale (D-Mich.) said the rule ignores the farm bill.", "Ruth Gale"),
])
def test_us_party_state_tag_marks_congress(resolver, text: str, word: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == "USALEG"


def test_bare_party_letter_is_no_tag(resolver) -> None:
    m = covering(resolve_text(resolver, "Councillor Joan Abbot (R) said the vote was rigged."), "Joan Abbot")
    assert m.actor.country is None


@pytest.mark.parametrize("text", [
    "Lithuania downgraded its ties with China to the level of charge d'affaires.",
    "Kenya cut relations with Somalia to the rank of charge d'affaires on Friday.",
    "The lawmaker was appointed to the post of prime minister in June.",
])
def test_rank_of_an_office_is_no_side(resolver, text: str) -> None:
    index = resolve_text(resolver, text)
    assert all("charge" not in m.text and "minister" not in m.text for m in index.mentions)


# Session 15: countryless opposition and rebel actors. A titled leader no table knows, taking on a state's
# government, is that state's; armed men named by a stateless people fight inside the one state their
# sentence names; a meeting abroad gives neither.
@pytest.mark.parametrize(("text", "word", "code"), [
    ("Opposition leader Amos Banda accused President Emmerson Mnangagwa of rigging the vote.", "Banda",
     "ZWEOPP"),
    ("Rebel leader Idriss Kaba demanded that the government in N'Djamena release his fighters.", "Kaba",
     "TCDREB"),
    ("Tuareg separatists overran an army post after Nigerien troops pulled back.", "separatists", "NERSEP"),
    ("Karen rebels said the Myanmar army had shelled three villages overnight.", "rebels", "MMRREB"),
])
def test_countryless_opposition_takes_the_state_it_opposes(resolver: ActorResolver, text: str, word: str,
                                                           code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


def test_a_titled_opposition_leader_meeting_abroad_takes_no_country(resolver: ActorResolver) -> None:
    text = "Opposition leader Amos Banda met the French president in Paris on Monday."
    assert covering(resolve_text(resolver, text), "Banda").actor.country is None


def test_the_party_refers_back_to_the_named_party(resolver: ActorResolver) -> None:
    text = ("Police detained two officials of the Awami League in Dhaka. "
            "The party said the arrests were political.")
    assert covering(resolve_text(resolver, text), "The party").actor.code == "BGDPTY"


def test_a_party_of_guests_is_no_political_party(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "The Awami League won the vote. Guests at the party in Dhaka danced.")
    assert all(m.via != "coref" for m in index)


# Session 17: leaders, ministers, army chiefs and opposition leaders of mid-size and small states, resolved
# by their distinctive surname on the article's date; a common surname on its own names no office holder.
@pytest.mark.parametrize(("text", "word", "day", "code"), [
    ("Marape told parliament the resource deal would be renegotiated.", "Marape", date(2023, 3, 14),
     "PNGGOV"),
    ("Locsin summoned the Chinese envoy over the reef incident.", "Locsin", date(2021, 4, 6), "PHLGOV"),
    ("Doval discussed border patrolling with his Chinese counterpart.", "Doval", date(2020, 7, 6), "INDGOV"),
    ("Syrskyi said reserves had been moved to the eastern front.", "Syrskyi", date(2025, 2, 3), "UKRMIL"),
    ("Tsikhanouskaya asked Lithuania to shelter activists fleeing Minsk.", "Tsikhanouskaya",
     date(2021, 8, 2), "BLROPP"),
    ("Dodik rejected the ruling of the state court in Sarajevo.", "Dodik", date(2023, 7, 1), "BIHGOV"),
    ("Sogavare signed a policing accord with Beijing.", "Sogavare", date(2022, 4, 19), "SLBGOV"),
    ("Bajwa met the American envoy at army headquarters in Rawalpindi.", "Bajwa", date(2020, 9, 1), "PAKMIL"),
    ("Kayani met the American envoy at army headquarters in Rawalpindi.", "Kayani", date(2020, 9, 1),
     "PAKELI"),
])
def test_leaders_of_smaller_states_by_surname(resolver: ActorResolver, text: str, word: str, day: date,
                                              code: str) -> None:
    assert covering(resolve_text(resolver, text, day), word).actor.code == code


@pytest.mark.parametrize(("text", "word", "day"), [
    ("Brown said the committee would meet again in the spring.", "Brown", date(2022, 5, 1)),
    ("Murillo scored twice as the visitors won in Bogota.", "Murillo", date(2021, 10, 3)),
    ("Karki, a teacher in Pokhara, said the school had reopened.", "Karki", date(2025, 10, 1)),
])
def test_a_common_surname_alone_names_no_office_holder(resolver: ActorResolver, text: str, word: str,
                                                       day: date) -> None:
    hits = [m for m in resolve_text(resolver, text, day).mentions if word in m.text]
    assert all(m.actor.role in ("CVL", "ELI", None, "") and not m.actor.country for m in hits)


def test_an_opposition_leader_is_no_titled_office_holder(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "The Venezuelan leader addressed the National Assembly in Caracas.",
                         date(2024, 9, 1))
    assert covering(index, "leader").actor.role != "OPP"
